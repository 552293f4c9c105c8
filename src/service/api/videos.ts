/** The /v1/videos routes: create, remix, edit, extend, retrieve, list, delete, download. */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { planWithLlm } from '../../planner/llm.js';
import { extendPlan, PlanTransformError, revisePlan } from '../../planner/revise.js';
import type { ScenePlan } from '../../plan/schema.js';
import type { BlobStore, Clock, MetadataStore, NewVideo, VideoRecord, VideoSummary } from '../store/types.js';
import { VARIANT_TYPES } from '../store/types.js';
import { ApiError, invalidRequest, notFound } from './errors.js';
import { asBackdrop, readImageReference, type ImageFetchOptions } from './images.js';
import {
  contentQuery,
  createVideoBody,
  editVideoBody,
  extendVideoBody,
  remixVideoBody,
  listVideosQuery,
  MODELS,
  STANDARD_SIZES,
  type VideoObject,
} from './schemas.js';

export interface VideoRoutesOptions {
  store: MetadataStore;
  blobs: BlobStore;
  /** Told when a job is queued or its video deleted. */
  jobs: { wake(): void; cancel(id: string): void };
  pollAfterMs: number;
  clock: Clock;
  imageFetch: ImageFetchOptions;
}

const videoNotFound = (id: string | undefined, param: string) =>
  notFound(`Video with id '${id}' not found.`, param);

export function toVideoObject(v: VideoSummary): VideoObject {
  return {
    id: v.id,
    object: 'video',
    model: v.model,
    status: v.status,
    progress: v.progress,
    prompt: v.prompt,
    size: v.size,
    seconds: v.seconds,
    created_at: v.createdAt,
    completed_at: v.completedAt,
    expires_at: v.expiresAt,
    remixed_from_video_id: v.remixedFromVideoId,
    error: v.error,
  };
}

/** The first problem zod found, as an OpenAI error naming the parameter. */
export function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const param = issue.path.map(String).join('.') || null;
  if (issue.code === 'unrecognized_keys')
    throw invalidRequest(
      `Unknown parameter: '${issue.keys[0]}'.`,
      issue.keys[0] ?? null,
      'unknown_parameter',
    );
  const missing =
    issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], value) ===
    undefined;
  if (missing)
    throw invalidRequest(`Missing required parameter: '${param}'.`, param, 'missing_required_parameter');
  throw invalidRequest(`Invalid '${param}': ${issue.message}.`, param, 'invalid_value');
}

/**
 * A body sent as JSON or as multipart form data (the way the `openai` package sends it), with at
 * most one file, in the field `fileField`.
 */
export async function readBody(
  req: FastifyRequest,
  fileField?: string,
  maxFileBytes?: number,
): Promise<{ fields: Record<string, unknown>; upload?: Buffer }> {
  if (!req.isMultipart()) return { fields: (req.body ?? {}) as Record<string, unknown> };
  const fields: Record<string, unknown> = {};
  let upload: Buffer | undefined;
  for await (const part of req.parts(maxFileBytes ? { limits: { fileSize: maxFileBytes } } : undefined)) {
    if (part.type === 'file') {
      if (part.fieldname !== fileField)
        throw invalidRequest(`Unexpected file field '${part.fieldname}'.`, part.fieldname);
      upload = await part.toBuffer();
      continue;
    }
    // Nested fields arrive as `input_reference[image_url]`.
    const nested = /^(\w+)\[(\w+)\]$/.exec(part.fieldname);
    if (nested) fields[nested[1]!] = { ...(fields[nested[1]!] as object), [nested[2]!]: part.value };
    else fields[part.fieldname] = part.value;
  }
  return { fields, upload };
}

const newVideoId = () => `video_${randomBytes(16).toString('hex')}`;

const uploadedVideo = () =>
  invalidRequest(
    'Invalid \'video\': an uploaded file has no scene plan to work from; pass the id of a completed video: {"id": "video_…"}.',
    'video',
    'unsupported_video_upload',
  );

/** Different seeds for different videos, the same seed for the same video (so a re-run is identical). */
const seedOf = (id: string) => Number.parseInt(id.slice(-8), 16) >>> 0;

export async function videoRoutes(app: FastifyInstance, o: VideoRoutesOptions) {
  const find = async (req: FastifyRequest, id: string) => {
    const video = await o.store.getVideo(req.projectId, id);
    if (!video) throw videoNotFound(id, 'video_id');
    return video;
  };

  /** Queues a render of `plan` (once per Idempotency-Key) and answers with the video object. */
  const enqueue = async (
    req: FastifyRequest,
    reply: FastifyReply,
    v: Pick<
      NewVideo,
      | 'id'
      | 'model'
      | 'prompt'
      | 'size'
      | 'seconds'
      | 'plan'
      | 'quality'
      | 'remixedFromVideoId'
      | 'webhookUrl'
    >,
  ) => {
    const key = req.headers['idempotency-key'];
    const { video, created } = await o.store.insertVideo(
      { ...v, projectId: req.projectId, createdAt: o.clock() },
      typeof key === 'string' && key ? key : undefined,
    );
    if (created) o.jobs.wake();
    reply.header('openai-poll-after-ms', o.pollAfterMs);
    return toVideoObject(video);
  };
  const characters = (req: FastifyRequest) => o.store.listCharacters(req.projectId);

  app.post('/videos', async (req, reply) => {
    const { fields, upload } = await readBody(req, 'input_reference');
    const body = parse(createVideoBody, fields);
    const quality = MODELS[body.model as keyof typeof MODELS];
    if (quality === 'standard' && !(STANDARD_SIZES as readonly string[]).includes(body.size))
      throw invalidRequest(
        `Invalid 'size': ${body.size} needs a pro model (sora-2-pro or soundstage-1-pro).`,
        'size',
        'invalid_value',
      );
    const reference =
      upload || body.input_reference
        ? await readImageReference(upload, body.input_reference, o.imageFetch)
        : undefined;
    const id = newVideoId();
    const [width, height] = body.size.split('x').map(Number) as [number, number];
    // The LLM planner when SOUNDSTAGE_LLM_URL is set (any failure falls back to the built-in one).
    const { plan, fallback } = await planWithLlm(body.prompt, {
      seconds: Number(body.seconds),
      width,
      height,
      seed: seedOf(id),
      characters: await characters(req),
      backdrop: reference && asBackdrop(reference.image, width, height),
    });
    if (fallback !== undefined)
      req.log.warn({ reason: fallback }, 'LLM planner unavailable; used the built-in planner');
    return enqueue(req, reply, {
      id,
      model: body.model,
      prompt: body.prompt,
      size: body.size,
      seconds: body.seconds,
      plan,
      quality,
      remixedFromVideoId: null,
      webhookUrl: body.webhook_url ?? null,
    });
  });

  /** The completed video a remix, edit or extension starts from. */
  const source = async (req: FastifyRequest, id: string, param: string) => {
    const video = await o.store.getVideo(req.projectId, id);
    if (!video) throw videoNotFound(id, param);
    if (video.status !== 'completed')
      throw invalidRequest(
        `Video '${id}' is ${video.status.replace('_', ' ')}; only a completed video can be remixed, edited or extended.`,
        param,
        'video_not_ready',
      );
    const plan = await o.store.getPlan(req.projectId, id);
    if (!plan) throw videoNotFound(id, param); // deleted meanwhile
    return { ...video, plan };
  };
  /** A new prompt on the source's plan: same model, size and quality; the source is recorded. */
  const derive = (
    req: FastifyRequest,
    reply: FastifyReply,
    from: VideoRecord,
    prompt: string,
    plan: ScenePlan,
  ) =>
    enqueue(req, reply, {
      id: newVideoId(),
      model: from.model,
      prompt,
      size: from.size,
      seconds: String(plan.duration),
      plan,
      quality: from.quality,
      remixedFromVideoId: from.id,
      webhookUrl: from.webhookUrl,
    });

  app.post<{ Params: { id: string } }>('/videos/:id/remix', async (req, reply) => {
    const { fields } = await readBody(req);
    const body = parse(remixVideoBody, fields);
    const from = await source(req, req.params.id, 'video_id');
    return derive(req, reply, from, body.prompt, revisePlan(from.plan, body.prompt, await characters(req)));
  });

  /** The body of an edit or extension and the video it names (`video: {id}`; a file is refused). */
  const sourceFromBody = async <T extends z.ZodType<{ video: { id: string } }>>(
    req: FastifyRequest,
    schema: T,
  ) => {
    const { fields, upload } = await readBody(req, 'video');
    if (upload) throw uploadedVideo();
    const body = parse(schema, fields);
    return { body, from: await source(req, body.video.id, 'video') };
  };

  app.post('/videos/edits', async (req, reply) => {
    const { body, from } = await sourceFromBody(req, editVideoBody);
    return derive(req, reply, from, body.prompt, revisePlan(from.plan, body.prompt, await characters(req)));
  });

  app.post('/videos/extensions', async (req, reply) => {
    const { body, from } = await sourceFromBody(req, extendVideoBody);
    let plan: ScenePlan;
    try {
      plan = extendPlan(from.plan, body.prompt, Number(body.seconds), await characters(req));
    } catch (err) {
      if (err instanceof PlanTransformError)
        throw invalidRequest(`Invalid 'seconds': ${err.message}.`, 'seconds', 'invalid_value');
      throw err;
    }
    return derive(req, reply, from, body.prompt, plan);
  });

  app.get('/videos', async (req) => {
    const q = parse(listVideosQuery, req.query);
    const page = await o.store.listVideos(req.projectId, q);
    if (!page) throw videoNotFound(q.after, 'after');
    const data = page.data.map(toVideoObject);
    return {
      object: 'list',
      data,
      first_id: data[0]?.id ?? null,
      last_id: data.at(-1)?.id ?? null,
      has_more: page.hasMore,
    };
  });

  app.get<{ Params: { id: string } }>('/videos/:id', async (req, reply) => {
    const video = await find(req, req.params.id);
    if (video.status === 'queued' || video.status === 'in_progress')
      reply.header('openai-poll-after-ms', o.pollAfterMs);
    return toVideoObject(video);
  });

  app.delete<{ Params: { id: string } }>('/videos/:id', async (req) => {
    const video = await o.store.deleteVideo(req.projectId, req.params.id);
    if (!video) throw videoNotFound(req.params.id, 'video_id');
    o.jobs.cancel(video.id);
    return { id: video.id, object: 'video.deleted', deleted: true };
  });

  app.get<{ Params: { id: string } }>('/videos/:id/content', async (req, reply) => {
    const { variant } = parse(contentQuery, req.query);
    const video = await find(req, req.params.id);
    if (video.status !== 'completed')
      throw invalidRequest(
        `Video '${video.id}' is ${video.status.replace('_', ' ')}; its content is available once it has completed.`,
        'video_id',
        'video_not_ready',
      );
    if (video.expiresAt !== null && video.expiresAt <= o.clock())
      throw new ApiError(
        410,
        `The content of video '${video.id}' expired at ${new Date(video.expiresAt * 1000).toISOString()}.`,
        'invalid_request_error',
        'video_id',
        'video_expired',
      );
    const size = await o.blobs.size(video.id, variant);
    if (size === undefined) throw notFound(`Video '${video.id}' has no ${variant}.`, 'variant');
    reply.header('content-type', VARIANT_TYPES[variant]).header('accept-ranges', 'bytes');
    const range = parseRange(req.headers.range, size);
    if (range === 'unsatisfiable') {
      reply.code(416).header('content-range', `bytes */${size}`);
      throw new ApiError(416, `Range not satisfiable for ${size} bytes.`, 'invalid_request_error', 'range');
    }
    if (range) {
      reply
        .code(206)
        .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
        .header('content-length', range.end - range.start + 1);
      return reply.send(o.blobs.read(video.id, variant, range));
    }
    reply.header('content-length', size);
    return reply.send(o.blobs.read(video.id, variant));
  });
}

/** A single `bytes=` range (the form players use); several ranges are answered with the whole file. */
function parseRange(header: string | undefined, size: number) {
  const m = header && /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  const start = m[1] === '' ? Math.max(0, size - Number(m[2])) : Number(m[1]);
  const end = m[1] === '' || m[2] === '' ? size - 1 : Math.min(size - 1, Number(m[2]));
  if (start > end || start >= size) return 'unsatisfiable' as const;
  return { start, end };
}
