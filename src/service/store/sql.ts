/**
 * MetadataStore in SQL. It needs only `query(text, params)` returning `{ rows }`, which PGlite and
 * node-postgres' Pool both provide, so the embedded store and a PostgreSQL server share this code.
 */
import { randomUUID } from 'node:crypto';
import type {
  CharacterRecord,
  ListQuery,
  MetadataStore,
  NewVideo,
  VideoRecord,
  VideoSummary,
} from './types.js';
import { MIGRATIONS } from './migrations.js';

export interface SqlClient {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  exec?(text: string): Promise<unknown>;
  close?(): Promise<void>;
  end?(): Promise<void>;
}

type Row = Record<string, unknown>;

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
/** jsonb comes back parsed from PGlite and node-postgres, as text from some drivers. */
const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

function toCharacter(r: Row): CharacterRecord {
  return {
    id: r.id as string,
    projectId: r.project_id as string,
    ownerKeyHash: r.owner_key_hash as string,
    name: r.name as string,
    archetype: r.archetype as string,
    palette: json<string[]>(r.palette),
    voice: r.voice === null ? null : json<{ pitchHz: number }>(r.voice),
    createdAt: Number(r.created_at),
  };
}

/** Every column the API shows: the plan (often the largest value by far) is read only by renders. */
const SUMMARY = `id, project_id, model, status, progress, prompt, size, seconds, created_at, completed_at,
  expires_at, remixed_from_video_id, error_code, error_message, quality, attempts, webhook_url`;

function toVideo(r: Row): VideoSummary {
  return {
    id: r.id as string,
    projectId: r.project_id as string,
    model: r.model as string,
    status: r.status as VideoRecord['status'],
    progress: Number(r.progress),
    prompt: (r.prompt as string | null) ?? null,
    size: r.size as string,
    seconds: r.seconds as string,
    createdAt: Number(r.created_at),
    completedAt: num(r.completed_at),
    expiresAt: num(r.expires_at),
    remixedFromVideoId: (r.remixed_from_video_id as string | null) ?? null,
    error: r.error_code ? { code: r.error_code as string, message: r.error_message as string } : null,
    quality: r.quality as VideoRecord['quality'],
    attempts: Number(r.attempts),
    webhookUrl: (r.webhook_url as string | null) ?? null,
  };
}

export class SqlStore implements MetadataStore {
  private constructor(private readonly db: SqlClient) {}

  /** Opens the store, applying the migrations it has not seen yet, each in its own transaction. */
  static async open(db: SqlClient): Promise<SqlStore> {
    await db.query(
      'create table if not exists schema_migrations (version integer primary key, applied_at bigint not null)',
    );
    const { rows } = await db.query<{ v: number | null }>('select max(version) as v from schema_migrations');
    for (let v = (rows[0]?.v ?? 0) + 1; v <= MIGRATIONS.length; v++) {
      await db.query('begin');
      try {
        if (db.exec) await db.exec(MIGRATIONS[v - 1]!);
        else await db.query(MIGRATIONS[v - 1]!);
        await db.query('insert into schema_migrations values ($1, $2)', [v, Date.now()]);
        await db.query('commit');
      } catch (err) {
        await db.query('rollback');
        throw err;
      }
    }
    return new SqlStore(db);
  }

  async createProject(name: string): Promise<string> {
    const { rows } = await this.db.query<{ id: string }>(
      `insert into projects (id, name, created_at) values ($1, $2, $3)
       on conflict (name) do update set name = excluded.name returning id`,
      [`proj_${randomUUID().replaceAll('-', '')}`, name, Math.floor(Date.now() / 1000)],
    );
    return rows[0]!.id;
  }

  async addKey(projectId: string, hash: string): Promise<void> {
    await this.db.query(
      'insert into api_keys (hash, project_id, created_at) values ($1, $2, $3) on conflict (hash) do nothing',
      [hash, projectId, Math.floor(Date.now() / 1000)],
    );
  }

  async projectForKey(hash: string): Promise<string | undefined> {
    const { rows } = await this.db.query<{ project_id: string }>(
      'select project_id from api_keys where hash = $1',
      [hash],
    );
    return rows[0]?.project_id;
  }

  async insertVideo(v: NewVideo, idempotencyKey?: string) {
    const { rows } = await this.db.query(
      `insert into videos (id, project_id, model, status, prompt, size, seconds, created_at,
         remixed_from_video_id, plan, quality, webhook_url, idempotency_key)
       values ($1, $2, $3, 'queued', $4, $5, $6, $7, $8, $9, $10, $11, $12)
       on conflict (project_id, idempotency_key) where idempotency_key is not null do nothing
       returning ${SUMMARY}`,
      [
        v.id,
        v.projectId,
        v.model,
        v.prompt,
        v.size,
        v.seconds,
        v.createdAt,
        v.remixedFromVideoId,
        JSON.stringify(v.plan),
        v.quality,
        v.webhookUrl,
        idempotencyKey ?? null,
      ],
    );
    if (rows[0]) return { video: toVideo(rows[0]), created: true };
    const existing = await this.db.query(
      `select ${SUMMARY} from videos where project_id = $1 and idempotency_key = $2`,
      [v.projectId, idempotencyKey],
    );
    return { video: toVideo(existing.rows[0]!), created: false };
  }

  async getVideo(projectId: string, id: string) {
    const { rows } = await this.db.query(
      `select ${SUMMARY} from videos where id = $1 and project_id = $2 and not deleted`,
      [id, projectId],
    );
    return rows[0] ? toVideo(rows[0]) : undefined;
  }

  async getPlan(projectId: string, id: string) {
    const { rows } = await this.db.query(
      'select plan from videos where id = $1 and project_id = $2 and not deleted',
      [id, projectId],
    );
    return rows[0] ? json<VideoRecord['plan']>(rows[0].plan) : undefined;
  }

  async insertCharacter(c: CharacterRecord): Promise<void> {
    await this.db.query(
      `insert into characters (id, project_id, owner_key_hash, name, archetype, palette, voice, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        c.id,
        c.projectId,
        c.ownerKeyHash,
        c.name,
        c.archetype,
        JSON.stringify(c.palette),
        c.voice && JSON.stringify(c.voice),
        c.createdAt,
      ],
    );
  }

  async getCharacter(projectId: string, id: string) {
    const { rows } = await this.db.query('select * from characters where id = $1 and project_id = $2', [
      id,
      projectId,
    ]);
    return rows[0] ? toCharacter(rows[0]) : undefined;
  }

  async listCharacters(projectId: string) {
    const { rows } = await this.db.query('select * from characters where project_id = $1 order by seq', [
      projectId,
    ]);
    return rows.map(toCharacter);
  }

  async listVideos(projectId: string, q: ListQuery) {
    let from: number | undefined;
    if (q.after) {
      const { rows } = await this.db.query<{ seq: string }>(
        'select seq from videos where id = $1 and project_id = $2 and not deleted',
        [q.after, projectId],
      );
      if (!rows[0]) return undefined;
      from = Number(rows[0].seq);
    }
    const asc = q.order === 'asc';
    const { rows } = await this.db.query(
      `select ${SUMMARY} from videos where project_id = $1 and not deleted
         ${from === undefined ? '' : asc ? 'and seq > $3' : 'and seq < $3'}
       order by seq ${asc ? 'asc' : 'desc'} limit $2`,
      from === undefined ? [projectId, q.limit + 1] : [projectId, q.limit + 1, from],
    );
    return { data: rows.slice(0, q.limit).map(toVideo), hasMore: rows.length > q.limit };
  }

  async deleteVideo(projectId: string, id: string) {
    const { rows } = await this.db.query(
      `update videos set deleted = true,
         status = case when status in ('queued', 'in_progress') then 'failed' else status end,
         error_code = case when status in ('queued', 'in_progress') then 'cancelled' else error_code end,
         error_message = case when status in ('queued', 'in_progress') then 'the video was deleted' else error_message end
       where id = $1 and project_id = $2 and not deleted returning ${SUMMARY}`,
      [id, projectId],
    );
    return rows[0] ? toVideo(rows[0]) : undefined;
  }

  async claimNext() {
    const { rows } = await this.db.query(
      `update videos set status = 'in_progress', attempts = attempts + 1
       where id = (select id from videos where status = 'queued' and not deleted order by seq limit 1 for update skip locked)
       returning *`,
    );
    return rows[0] ? { ...toVideo(rows[0]), plan: json<VideoRecord['plan']>(rows[0].plan) } : undefined;
  }

  async setProgress(id: string, progress: number) {
    await this.db.query(`update videos set progress = $2 where id = $1 and status = 'in_progress'`, [
      id,
      progress,
    ]);
  }

  async complete(id: string, completedAt: number, expiresAt: number) {
    await this.db.query(
      `update videos set status = 'completed', progress = 100, completed_at = $2, expires_at = $3
       where id = $1 and status = 'in_progress'`,
      [id, completedAt, expiresAt],
    );
  }

  async fail(id: string, error: { code: string; message: string }) {
    await this.db.query(
      `update videos set status = 'failed', error_code = $2, error_message = $3
       where id = $1 and status in ('queued', 'in_progress')`,
      [id, error.code, error.message],
    );
  }

  async recoverInterrupted(maxAttempts: number) {
    const { rows } = await this.db.query<{ id: string }>(
      `update videos set status = 'failed', error_code = 'internal_error',
         error_message = 'the server stopped while rendering this video ' || attempts || ' times; giving up'
       where status = 'in_progress' and attempts >= $1 returning id`,
      [maxAttempts],
    );
    await this.db.query(`update videos set status = 'queued', progress = 0 where status = 'in_progress'`);
    return rows.map((r) => r.id);
  }

  async takeExpired(now: number) {
    const { rows } = await this.db.query<{ id: string }>(
      `update videos set assets_removed = true
       where status = 'completed' and expires_at <= $1 and not assets_removed returning id`,
      [now],
    );
    return rows.map((r) => r.id);
  }

  async takeDeleted() {
    const { rows } = await this.db.query<{ id: string }>(
      `update videos set assets_removed = true where deleted and not assets_removed and status <> 'in_progress' returning id`,
    );
    return rows.map((r) => r.id);
  }

  async close() {
    await (this.db.close ?? this.db.end)?.call(this.db);
  }
}
