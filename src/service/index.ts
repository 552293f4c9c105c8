/**
 * The Soundstage service, embedded: PGlite metadata and a blob folder under one data directory,
 * a durable job queue in the database, renders in child processes, the HTTP API in front.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { FastifyInstance } from 'fastify';
import { buildApp, hashKey } from './api/app.js';
import { JobRunner } from './jobs/runner.js';
import { LocalBlobStore } from './store/blobs.js';
import { SqlStore, type SqlClient } from './store/sql.js';
import { systemClock, type Clock, type MetadataStore } from './store/types.js';
import { WebhookSender, type WebhookEndpoint } from './webhooks.js';

export interface ServiceConfig {
  dataDir: string;
  port?: number;
  host?: string;
  /** Renders at once. */
  concurrency?: number;
  /** How long finished videos are kept, seconds (default 24 h). */
  retentionSeconds?: number;
  /** Registered at start, so a fresh install (or a test) has a known key. */
  bootstrapKey?: string;
  webhooks?: WebhookEndpoint[];
  logger?: boolean | object;
  clock?: Clock;
  /** Let `input_reference.image_url` reach loopback and private networks (off: no SSRF into the LAN). */
  allowPrivateImageUrls?: boolean;
}

/** A start or key request that cannot go ahead, with the reason (for a one-line CLI error). */
export class ServiceError extends Error {}

/**
 * A running server announces itself in its data folder: PGlite is single-process, so other
 * processes (`soundstage keys create`, a second server) must go through it, not the database.
 */
interface ServerFile {
  pid: number;
  url: string;
  adminToken: string;
}
const serverFile = (dataDir: string) => join(dataDir, 'server.json');

async function runningServer(dataDir: string): Promise<ServerFile | undefined> {
  let info: ServerFile;
  try {
    info = JSON.parse(await readFile(serverFile(dataDir), 'utf8')) as ServerFile;
  } catch {
    return undefined;
  }
  try {
    process.kill(info.pid, 0);
    return info;
  } catch {
    return undefined; // left behind by a server that was killed
  }
}

/** A new key for a project: through the running server when there is one, else in the database. */
export async function createKeyIn(dataDir: string, project: string): Promise<string> {
  const server = await runningServer(dataDir);
  if (server) {
    const res = await fetch(`${server.url}/admin/keys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ project }),
    }).catch((err: Error) => {
      throw new ServiceError(`the server in ${dataDir} (pid ${server.pid}) did not answer: ${err.message}`);
    });
    if (!res.ok) throw new ServiceError(`the server in ${dataDir} refused: HTTP ${res.status}`);
    return ((await res.json()) as { key: string }).key;
  }
  const store = await openStore(dataDir);
  try {
    return await createKey(store, project);
  } finally {
    await store.close();
  }
}

export async function openStore(dataDir: string): Promise<MetadataStore> {
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(join(dataDir, 'db'));
  return SqlStore.open(db as unknown as SqlClient);
}

/** Registers a key for a project (created if new); only its hash is stored. */
async function registerKey(store: MetadataStore, key: string, project: string): Promise<string> {
  await store.addKey(await store.createProject(project), hashKey(key));
  return key;
}

/** A new API key for a project. */
export const createKey = (store: MetadataStore, project = 'default') =>
  registerKey(store, `sk-ss-${randomBytes(24).toString('base64url')}`, project);

export interface RunningService {
  app: FastifyInstance;
  url: string;
  /** A new API key for a project of this running service. */
  createKey(project: string): Promise<string>;
  close(): Promise<void>;
}

const SWEEP_MS = 60_000;

export async function startService(config: ServiceConfig): Promise<RunningService> {
  const clock = config.clock ?? systemClock;
  const other = await runningServer(config.dataDir);
  if (other && other.pid !== process.pid)
    throw new ServiceError(
      `another soundstage server (pid ${other.pid}, ${other.url}) is using ${config.dataDir}; stop it or choose another --data`,
    );
  const store = await openStore(config.dataDir);
  if (config.bootstrapKey) await registerKey(store, config.bootstrapKey, 'default');
  const blobs = new LocalBlobStore(join(config.dataDir, 'blobs'));
  const webhooks = new WebhookSender({ endpoints: config.webhooks ?? [] });
  const runner = new JobRunner({
    queue: store,
    blobs,
    concurrency: config.concurrency ?? 1,
    retentionSeconds: config.retentionSeconds ?? 24 * 3600,
    clock,
    onFinished: (video, outcome) =>
      void webhooks.send(
        `video.${outcome}`,
        video.id,
        video.webhookUrl ? { url: video.webhookUrl } : undefined,
      ),
  });
  const adminToken = randomBytes(24).toString('base64url');
  const app = await buildApp({
    store,
    blobs,
    jobs: runner,
    clock,
    logger: config.logger,
    imageFetch: { allowPrivateNetwork: config.allowPrivateImageUrls ?? false },
    admin: { token: adminToken, createKey: (project) => createKey(store, project) },
  });
  runner.log = app.log;

  // Expired and deleted videos lose their files; their records stay, so a retrieve still answers.
  const sweep = async () => {
    for (const id of [...(await store.takeExpired(clock())), ...(await store.takeDeleted())])
      await blobs.remove(id);
  };
  const sweeper = setInterval(
    () => void sweep().catch((err: Error) => app.log.error({ err: err.message }, 'sweep failed')),
    SWEEP_MS,
  );
  sweeper.unref();

  const failed = await runner.start();
  if (failed.length) app.log.warn({ videos: failed }, 'videos interrupted too often were failed');
  await sweep();
  const url = await app.listen({ port: config.port ?? 8080, host: config.host ?? '127.0.0.1' });
  // The admin route is reached on loopback whatever address the API listens on.
  const port = (app.server.address() as { port: number }).port;
  const local = `http://127.0.0.1:${port}`;
  await writeFile(serverFile(config.dataDir), JSON.stringify({ pid: process.pid, url: local, adminToken }), {
    mode: 0o600,
  });
  return {
    app,
    url,
    createKey: (project) => createKey(store, project),
    async close() {
      clearInterval(sweeper);
      await rm(serverFile(config.dataDir), { force: true });
      await app.close();
      await runner.stop();
      webhooks.close();
      await store.close();
    },
  };
}
