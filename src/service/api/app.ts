/**
 * The HTTP application: OpenAI-compatible Videos API under /v1 (Bearer keys, one project per key),
 * plus /healthz, /metrics and /openapi.json. Fastify plugins keep each concern in its own scope.
 */
import { createHash } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { systemClock, type BlobStore, type Clock, type MetadataStore } from '../store/types.js';
import { ApiError, unauthorized } from './errors.js';
import { openApiDocument } from './openapi.js';
import { parse, videoRoutes } from './videos.js';
import { adminKeyBody } from './schemas.js';
import { characterRoutes } from './characters.js';
import type { ImageFetchOptions } from './images.js';

declare module 'fastify' {
  interface FastifyRequest {
    projectId: string;
    /** Hash of the API key the request came with: who owns what it creates. */
    keyHash: string;
  }
}

export interface AppOptions {
  store: MetadataStore;
  blobs: BlobStore;
  jobs: { wake(): void; cancel(id: string): void; readonly active: number };
  pollAfterMs?: number;
  /** Largest upload, bytes (image references). */
  maxUploadBytes?: number;
  imageFetch?: ImageFetchOptions;
  /** Largest character video, bytes. */
  maxCharacterVideoBytes?: number;
  /** Local administration (`soundstage keys create` while the server runs): loopback and a token only. */
  admin?: { token: string; createKey(project: string): Promise<string> };
  logger?: boolean | object;
  clock?: Clock;
}

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: o.logger ?? false, bodyLimit: 1024 * 1024 });
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'soundstage_http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'soundstage_http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route'],
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [registry],
  });
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    requests.inc({ method: req.method, route, status: reply.statusCode });
    latency.observe({ method: req.method, route }, reply.elapsedTime / 1000);
  });

  app.setErrorHandler((err, req, reply) => {
    if (err instanceof ApiError) return reply.code(err.status).send(err.body());
    const e = err as { statusCode?: number; code?: string; message: string };
    if (e.statusCode && e.statusCode < 500) {
      const tooLarge = e.statusCode === 413 || e.code === 'FST_REQ_FILE_TOO_LARGE';
      return reply
        .code(tooLarge ? 413 : e.statusCode)
        .send(
          new ApiError(
            tooLarge ? 413 : e.statusCode,
            e.message,
            'invalid_request_error',
            null,
            e.code ?? null,
          ).body(),
        );
    }
    req.log.error({ err }, 'request failed');
    return reply
      .code(500)
      .send(new ApiError(500, 'The server had an error processing your request.', 'server_error').body());
  });
  app.setNotFoundHandler((req, reply) =>
    reply
      .code(404)
      .send(
        new ApiError(
          404,
          `Unknown request URL: ${req.method} ${req.url}.`,
          'invalid_request_error',
          null,
          'unknown_url',
        ).body(),
      ),
  );

  app.get('/healthz', async () => ({ status: 'ok', jobs_running: o.jobs.active }));
  app.get('/metrics', async (_req, reply) => reply.type(registry.contentType).send(await registry.metrics()));
  app.get('/openapi.json', async () => openApiDocument());
  const admin = o.admin;
  if (admin)
    app.post('/admin/keys', async (req) => {
      const loopback = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '');
      if (!loopback || req.headers.authorization !== `Bearer ${admin.token}`)
        throw new ApiError(
          403,
          'Administration is for the machine the server runs on.',
          'invalid_request_error',
        );
      const { project } = parse(adminKeyBody, req.body ?? {});
      return { key: await admin.createKey(project) };
    });

  await app.register(
    async (v1) => {
      await v1.register(multipart, {
        limits: { fileSize: o.maxUploadBytes ?? 10 * 2 ** 20, files: 1, fields: 20 },
        throwFileSizeLimit: true,
      });
      v1.decorateRequest('projectId', '');
      v1.decorateRequest('keyHash', '');
      // Keys are never edited, only added: a key seen once need not be looked up again.
      const projects = new Map<string, string>();
      v1.addHook('onRequest', async (req) => {
        const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
        if (!m)
          throw unauthorized('You did not provide an API key. Send it as "Authorization: Bearer YOUR_KEY".');
        const hash = hashKey(m[1]!);
        const project = projects.get(hash) ?? (await o.store.projectForKey(hash));
        if (!project) throw unauthorized('Incorrect API key provided.');
        if (projects.size < 10_000) projects.set(hash, project);
        req.projectId = project;
        req.keyHash = hash;
      });
      await v1.register(videoRoutes, {
        store: o.store,
        blobs: o.blobs,
        jobs: o.jobs,
        pollAfterMs: o.pollAfterMs ?? 1000,
        clock: o.clock ?? systemClock,
        imageFetch: o.imageFetch ?? {},
      });
      await v1.register(characterRoutes, {
        store: o.store,
        clock: o.clock ?? systemClock,
        maxVideoBytes: o.maxCharacterVideoBytes ?? 64 * 2 ** 20,
      });
    },
    { prefix: '/v1' },
  );
  return app;
}
