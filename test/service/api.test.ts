/**
 * The Videos API as an existing OpenAI client sees it: the official `openai` package pointed at a
 * real server (embedded PGlite, blob folder, render processes), plus the error cases.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import OpenAI, { toFile } from 'openai';
import { createCanvas } from '@napi-rs/canvas';
import { startService, type RunningService } from '../../src/service/index.js';
import { newWebhookSecret, type VideoEvent } from '../../src/service/webhooks.js';
import { decodeFrameAt, probe } from '../helpers/media.js';

const KEY = 'sk-test-api';
let dir: string;
let service: RunningService;
let client: OpenAI;
const secret = newWebhookSecret();
const hooks: { body: string; headers: IncomingHttpHeaders }[] = [];
const hookServer = createServer((req, res) => {
  let body = '';
  req.on('data', (d: Buffer) => (body += d.toString()));
  req.on('end', () => {
    hooks.push({ body, headers: req.headers });
    res.end();
  });
});

async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'soundstage-api-'));
  await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve));
  const { port } = hookServer.address() as { port: number };
  service = await startService({
    dataDir: dir,
    port: 0,
    bootstrapKey: KEY,
    webhooks: [{ url: `http://127.0.0.1:${port}/hook`, secret }],
  });
  client = new OpenAI({ apiKey: KEY, baseURL: `${service.url}/v1`, webhookSecret: secret });
});

after(async () => {
  await service.close();
  hookServer.close();
  await rm(dir, { recursive: true, force: true });
});

const raw = (path: string, init: RequestInit = {}, key = KEY) =>
  fetch(`${service.url}/v1${path}`, {
    ...init,
    headers: { authorization: `Bearer ${key}`, ...init.headers },
  });

test('create, poll, download all three variants, ranges, and the signed webhook', async () => {
  const created = await client.videos.create({
    prompt: 'a red ball bounces down wooden stairs',
    seconds: '4',
    size: '1280x720',
  });
  assert.match(created.id, /^video_[0-9a-f]{32}$/);
  assert.equal(created.object, 'video');
  assert.equal(created.status, 'queued');
  assert.deepEqual(Object.keys(created).sort(), [
    'completed_at',
    'created_at',
    'error',
    'expires_at',
    'id',
    'model',
    'object',
    'progress',
    'prompt',
    'remixed_from_video_id',
    'seconds',
    'size',
    'status',
  ]);
  const progress: number[] = [];
  const done = await until('completion', async () => {
    const v = await client.videos.retrieve(created.id);
    progress.push(v.progress);
    return v.status === 'completed' || v.status === 'failed' ? v : undefined;
  });
  assert.equal(done.status, 'completed', JSON.stringify(done.error));
  assert.equal(done.progress, 100);
  assert.ok(
    progress.some((p) => p > 0 && p < 100),
    `progress moved: ${progress.join(',')}`,
  );
  assert.ok(done.expires_at! > done.completed_at!);

  const video = Buffer.from(await (await client.videos.downloadContent(created.id)).arrayBuffer());
  const file = join(dir, 'download.mp4');
  await writeFile(file, video);
  const info = await probe(file);
  const v = info.streams.find((s) => s.codec_type === 'video')!;
  assert.deepEqual([v.codec_name, v.width, v.height], ['h264', 1280, 720]);
  assert.ok(info.streams.some((s) => s.codec_type === 'audio' && s.codec_name === 'aac'));
  assert.ok(Math.abs(Number(info.format.duration) - 4) < 0.1);

  const thumb = Buffer.from(
    await (await client.videos.downloadContent(created.id, { variant: 'thumbnail' })).arrayBuffer(),
  );
  assert.equal(thumb.toString('latin1', 8, 12), 'WEBP');
  const sheet = Buffer.from(
    await (await client.videos.downloadContent(created.id, { variant: 'spritesheet' })).arrayBuffer(),
  );
  assert.deepEqual([...sheet.subarray(0, 3)], [0xff, 0xd8, 0xff]);

  const part = await raw(`/videos/${created.id}/content`, { headers: { range: 'bytes=100-199' } });
  assert.equal(part.status, 206);
  assert.equal(part.headers.get('content-range'), `bytes 100-199/${video.length}`);
  assert.deepEqual(Buffer.from(await part.arrayBuffer()), video.subarray(100, 200));
  assert.equal(
    (await raw(`/videos/${created.id}/content`, { headers: { range: `bytes=${video.length}-` } })).status,
    416,
  );

  const hook = await until('the webhook', async () => hooks.find((h) => h.body.includes(created.id)));
  // The SDK's event union has no video events yet; the signature check is what matters here.
  const event = (await client.webhooks.unwrap(
    hook.body,
    hook.headers as Record<string, string>,
  )) as unknown as VideoEvent;
  assert.equal(event.type, 'video.completed');
  assert.equal(event.data.id, created.id);
});

test('an image reference is checked: a real PNG is accepted, anything else named', async () => {
  const canvas = createCanvas(64, 48);
  canvas.getContext('2d').fillRect(0, 0, 10, 10);
  const png = canvas.toBuffer('image/png');
  const ok = await client.videos.create({
    prompt: 'a blue cube on a table',
    input_reference: await toFile(png, 'ref.png', { type: 'image/png' }),
  });
  assert.equal(ok.status, 'queued');
  await client.videos.delete(ok.id);
  await assert.rejects(
    client.videos.create({
      prompt: 'a cube',
      input_reference: await toFile(Buffer.from('not an image at all'), 'x.png'),
    }),
    (err: InstanceType<typeof OpenAI.APIError>) =>
      err.status === 400 && /PNG, JPEG or WebP/.test(err.message),
  );
  const dataUrl = `data:image/png;base64,${png.toString('base64')}`;
  const viaUrl = await client.videos.create({ prompt: 'a cube', input_reference: { image_url: dataUrl } });
  await client.videos.delete(viaUrl.id);
});

test('an image reference is the backdrop: the first frame shows the picture with the scene in front', async () => {
  // Top half magenta on the left, green on the right; the bottom half grey.
  const canvas = createCanvas(400, 300);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#808080';
  ctx.fillRect(0, 0, 400, 300);
  ctx.fillStyle = '#c02090';
  ctx.fillRect(0, 0, 200, 150);
  ctx.fillStyle = '#20a040';
  ctx.fillRect(200, 0, 200, 150);
  const created = await client.videos.create({
    prompt: 'a red ball bounces down wooden stairs',
    size: '1280x720',
    input_reference: await toFile(canvas.toBuffer('image/png'), 'ref.png', { type: 'image/png' }),
  });
  const done = await until('completion', async () => {
    const v = await client.videos.retrieve(created.id);
    return v.status === 'completed' || v.status === 'failed' ? v : undefined;
  });
  assert.equal(done.status, 'completed', JSON.stringify(done.error));
  const file = join(dir, 'backdrop.mp4');
  await writeFile(file, Buffer.from(await (await client.videos.downloadContent(created.id)).arrayBuffer()));
  const frame = await decodeFrameAt(file, 0, 64, 36);
  // Mean colour of a patch of the first frame, well inside each quarter of the picture.
  const patch = (x0: number, y0: number) => {
    const sum = [0, 0, 0];
    for (let y = y0; y < y0 + 6; y++)
      for (let x = x0; x < x0 + 6; x++) for (let k = 0; k < 3; k++) sum[k]! += frame[(y * 64 + x) * 3 + k]!;
    return sum.map((v) => v / 36);
  };
  const [magenta, green] = [patch(4, 2), patch(54, 2)];
  assert.ok(magenta[0]! > 150 && magenta[1]! < 80 && magenta[2]! > 100, `magenta top left: ${magenta}`);
  assert.ok(green[1]! > 120 && green[0]! < 80, `green top right: ${green}`);
  const red = [...Array(frame.length / 3).keys()].filter(
    (i) => frame[i * 3]! > 150 && frame[i * 3 + 1]! < 70 && frame[i * 3 + 2]! < 70,
  );
  assert.ok(red.length > 0, 'the red ball is in front of it');
});

test('listing pages through videos in both orders; delete hides a video', async () => {
  const ids: string[] = [];
  for (const prompt of ['one ball', 'two balls', 'three balls'])
    ids.push((await client.videos.create({ prompt, seconds: '4' })).id);
  const asc: string[] = [];
  for await (const v of client.videos.list({ order: 'asc', limit: 1 })) asc.push(v.id);
  const desc: string[] = [];
  for await (const v of client.videos.list({ order: 'desc', limit: 2 })) desc.push(v.id);
  assert.deepEqual(asc.slice(-3), ids);
  assert.deepEqual(desc.slice(0, 3), [...ids].reverse());
  assert.deepEqual(desc, [...asc].reverse());
  for (const id of ids)
    assert.deepEqual(await client.videos.delete(id), { id, object: 'video.deleted', deleted: true });
  await assert.rejects(
    client.videos.retrieve(ids[0]!),
    (e: InstanceType<typeof OpenAI.APIError>) => e.status === 404,
  );
  const left: string[] = [];
  for await (const v of client.videos.list()) left.push(v.id);
  assert.ok(ids.every((id) => !left.includes(id)));
});

test('deleting a video mid-render stops its render and leaves no files', async () => {
  const { id } = await client.videos.create({
    prompt: 'a red ball bounces down wooden stairs',
    seconds: '12',
  });
  await until('the render to be under way', async () => {
    const v = await client.videos.retrieve(id);
    return v.status === 'in_progress' && v.progress > 0 ? v : undefined;
  });
  const deleted = await client.videos.delete(id);
  assert.deepEqual(deleted, { id, object: 'video.deleted', deleted: true });
  await assert.rejects(client.videos.retrieve(id), OpenAI.NotFoundError);
  await until('the render process to stop', async () => {
    const health = (await (await fetch(`${service.url}/healthz`)).json()) as { jobs_running: number };
    return health.jobs_running === 0 ? true : undefined;
  });
  await until(
    'its files to be removed',
    async () => (existsSync(join(dir, 'blobs', id)) ? undefined : true),
    5000,
  );
});

test('the same Idempotency-Key returns the same video', async () => {
  const opts = { headers: { 'Idempotency-Key': 'abc-123' } };
  const a = await client.videos.create({ prompt: 'a green ball rolls' }, opts);
  const b = await client.videos.create({ prompt: 'a green ball rolls' }, opts);
  assert.equal(a.id, b.id);
  await client.videos.delete(a.id);
});

test('errors come in the OpenAI shape with the right status and parameter', async () => {
  const postJson = (body: string) =>
    raw('/videos', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const cases: [string, Promise<Response>, number, string | null][] = [
    ['bad size', postJson(JSON.stringify({ prompt: 'x', size: '640x480' })), 400, 'size'],
    [
      'pro size on a standard model',
      postJson(JSON.stringify({ prompt: 'x', size: '1920x1080' })),
      400,
      'size',
    ],
    ['integer seconds', postJson(JSON.stringify({ prompt: 'x', seconds: 4 })), 400, 'seconds'],
    ['missing prompt', postJson(JSON.stringify({ seconds: '4' })), 400, 'prompt'],
    ['unknown parameter', postJson(JSON.stringify({ prompt: 'x', colour: 'red' })), 400, 'colour'],
    [
      'bad JSON',
      raw('/videos', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"prompt":' }),
      400,
      null,
    ],
    ['unknown id', raw('/videos/video_0000'), 404, 'video_id'],
    ['bad limit', raw('/videos?limit=500'), 400, 'limit'],
    ['wrong key', raw('/videos', {}, 'sk-wrong'), 401, null],
    ['no key', fetch(`${service.url}/v1/videos`), 401, null],
  ];
  for (const [name, response, status, param] of cases) {
    const res = await response;
    const body = (await res.json()) as {
      error: { message: string; type: string; param: string | null; code: string | null };
    };
    assert.equal(res.status, status, `${name}: ${JSON.stringify(body)}`);
    assert.equal(typeof body.error.message, 'string', name);
    assert.ok(body.error.message.length > 10, name);
    assert.equal(body.error.param, param, `${name}: ${JSON.stringify(body)}`);
  }
  await assert.rejects(
    client.videos.retrieve('video_missing'),
    (e: InstanceType<typeof OpenAI.APIError>) => e.status === 404 && e.type === 'invalid_request_error',
  );
});

test('a project never sees another project’s videos', async () => {
  const otherKey = await service.createKey('another-project');
  const mine = await client.videos.create({ prompt: 'a yellow duck' });
  for (const [path, method] of [
    [`/videos/${mine.id}`, 'GET'],
    [`/videos/${mine.id}/content`, 'GET'],
    [`/videos/${mine.id}`, 'DELETE'],
  ] as const)
    assert.equal((await raw(path, { method }, otherKey)).status, 404, `${method} ${path}`);
  const theirs = (await (await raw('/videos', {}, otherKey)).json()) as { data: unknown[] };
  assert.deepEqual(theirs.data, []);
  assert.equal((await client.videos.retrieve(mine.id)).id, mine.id, 'still there for its owner');
  await client.videos.delete(mine.id);
});

test('health, metrics and the OpenAPI document are served', async () => {
  assert.equal((await fetch(`${service.url}/healthz`)).status, 200);
  const metrics = await (await fetch(`${service.url}/metrics`)).text();
  assert.match(metrics, /soundstage_http_requests_total/);
  const doc = (await (await fetch(`${service.url}/openapi.json`)).json()) as {
    paths: Record<string, unknown>;
  };
  // Every /v1 route the server answers is documented (read from Fastify's route tree).
  const routes: string[] = [];
  const stack: string[] = [];
  for (const line of service.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│├└─ ]*)(\/\S*) \(/.exec(line);
    if (!m) continue;
    stack.length = m[1]!.length / 4 - 1;
    stack.push(m[2]!);
    const path = stack.join('');
    if (path.startsWith('/v1/')) routes.push(path.slice(3).replace(/:(\w+)/g, '{$1}'));
  }
  assert.ok(routes.length >= 8, routes.join(' '));
  for (const r of routes) assert.ok(doc.paths[r], `${r} is in /openapi.json`);
});
