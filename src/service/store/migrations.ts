/**
 * The metadata schema, as numbered migrations. A migration, once released, never changes: a new
 * version is a new entry. Plain PostgreSQL, so PGlite and a PostgreSQL server run the same SQL.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: projects, their API keys (hashed), and videos, which double as the durable job queue.
  `
  create table projects (
    id text primary key,
    name text not null unique,
    created_at bigint not null
  );
  create table api_keys (
    hash text primary key,
    project_id text not null references projects(id),
    created_at bigint not null
  );
  create table videos (
    seq bigserial unique,
    id text primary key,
    project_id text not null references projects(id),
    model text not null,
    status text not null check (status in ('queued', 'in_progress', 'completed', 'failed')),
    progress integer not null default 0,
    prompt text,
    size text not null,
    seconds text not null,
    created_at bigint not null,
    completed_at bigint,
    expires_at bigint,
    remixed_from_video_id text,
    error_code text,
    error_message text,
    plan jsonb not null,
    quality text not null,
    attempts integer not null default 0,
    webhook_url text,
    idempotency_key text,
    deleted boolean not null default false,
    assets_removed boolean not null default false
  );
  create unique index videos_idempotency on videos (project_id, idempotency_key) where idempotency_key is not null;
  create index videos_by_project on videos (project_id, seq) where not deleted;
  create index videos_queue on videos (seq) where status = 'queued' and not deleted;
  `,
  // 2: characters: a look and a voice derived from an uploaded video. Each has an owner (the key
  // that made it), so consent and permissions can be layered on without a change of shape.
  `
  create table characters (
    seq bigserial unique,
    id text primary key,
    project_id text not null references projects(id),
    owner_key_hash text not null,
    name text not null,
    archetype text not null,
    palette jsonb not null,
    voice jsonb,
    created_at bigint not null
  );
  create index characters_by_project on characters (project_id, seq);
  `,
];
