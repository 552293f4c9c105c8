/**
 * Remix, edit, extend and characters through the official `openai` package, judged by what comes
 * out: the colours in the frames, the length of the file, the first part of an extension.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import OpenAI, { toFile } from 'openai';
import { startService, type RunningService } from '../../src/service/index.js';
import { ffmpegPath } from '../../src/media/ffmpeg.js';
import { decodeFrameAt, probe } from '../helpers/media.js';

const KEY = 'sk-test-derived';
let dir: string;
let service: RunningService;
let client: OpenAI;
let sourceId: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'soundstage-derived-'));
  service = await startService({ dataDir: dir, port: 0, bootstrapKey: KEY, concurrency: 2 });
  client = new OpenAI({ apiKey: KEY, baseURL: `${service.url}/v1` });
  const source = await client.videos.create({
    prompt: 'a red ball bounces down wooden stairs',
    seconds: '4',
  });
  sourceId = (await finished(source.id)).id;
});

after(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

async function finished(id: string) {
  for (;;) {
    const v = await client.videos.retrieve(id);
    if (v.status === 'completed' || v.status === 'failed') {
      assert.equal(v.status, 'completed', JSON.stringify(v.error));
      return v;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The frame at `seconds` of a video, as small RGB pixels. */
async function frameAt(id: string, seconds: number): Promise<Buffer> {
  const file = join(dir, `${id}.mp4`);
  await writeFile(file, Buffer.from(await (await client.videos.downloadContent(id)).arrayBuffer()));
  return decodeFrameAt(file, seconds, 360, 640);
}

const channels = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

/** Pixels close to a colour. */
function near(rgb: Buffer, hex: string, tolerance = 60): number {
  const c = channels(hex);
  let n = 0;
  for (let i = 0; i < rgb.length; i += 3)
    if (Math.hypot(rgb[i]! - c[0]!, rgb[i + 1]! - c[1]!, rgb[i + 2]! - c[2]!) < tolerance) n++;
  return n;
}

const meanDifference = (a: Buffer, b: Buffer) => a.reduce((s, v, i) => s + Math.abs(v - b[i]!), 0) / a.length;

const RED = '#d1302a';
const BLUE = '#2f62d0';

test('remix: the same scene with the change the prompt names, and the source recorded', async () => {
  const remix = await client.videos.remix(sourceId, { prompt: 'make the ball blue' });
  assert.equal(remix.remixed_from_video_id, sourceId);
  assert.equal(remix.seconds, '4');
  await finished(remix.id);
  const [before, after] = [await frameAt(sourceId, 0.5), await frameAt(remix.id, 0.5)];
  assert.ok(near(before, RED) > 15 && near(before, BLUE) < 5, 'the source ball is red');
  assert.ok(near(after, BLUE) > 15 && near(after, RED) < 5, 'the remixed ball is blue');
  assert.ok(meanDifference(before, after) < 3, 'and nothing else changed');
});

test('edit: a completed video by id; an uploaded file is refused with a reason', async () => {
  const edit = await client.videos.edit({ prompt: 'at night', video: { id: sourceId } });
  assert.equal(edit.remixed_from_video_id, sourceId);
  await finished(edit.id);
  const brightness = (rgb: Buffer) => rgb.reduce((s, v) => s + v, 0) / rgb.length;
  assert.ok(brightness(await frameAt(edit.id, 0.5)) < brightness(await frameAt(sourceId, 0.5)) - 20);

  const upload = await client.videos
    .edit({ prompt: 'at night', video: await toFile(Buffer.from('not a plan'), 'clip.mp4') })
    .catch((e: unknown) => e);
  assert.ok(upload instanceof OpenAI.BadRequestError);
  assert.equal(upload.param, 'video');
  assert.equal(upload.code, 'unsupported_video_upload');
});

test('extend: the stitched video is longer, its first part is the source, and the world runs on', async () => {
  const ext = await client.videos.extend({
    prompt: 'the ball bounces again',
    seconds: '4',
    video: { id: sourceId },
  });
  assert.equal(ext.seconds, '8');
  await finished(ext.id);
  const file = join(dir, 'ext.mp4');
  await writeFile(file, Buffer.from(await (await client.videos.downloadContent(ext.id)).arrayBuffer()));
  assert.ok(Math.abs(Number((await probe(file)).format.duration) - 8) < 0.1);
  for (const t of [0.5, 2, 3.5])
    assert.ok(
      meanDifference(await frameAt(sourceId, t), await frameAt(ext.id, t)) < 1.5,
      `same picture at ${t} s`,
    );
  assert.ok(near(await frameAt(ext.id, 6), RED) > 10, 'the red ball is still in the picture after the join');

  const tooLong = await client.videos
    .extend({ prompt: 'on and on', seconds: '12', video: { id: 'video_unknown' } })
    .catch((e: unknown) => e);
  assert.ok(tooLong instanceof OpenAI.NotFoundError);
});

test('characters: a name and a video become a character that prompts can name; owned per project', async () => {
  // A clip of a magenta-and-blue subject saying "aaa" at 220 Hz.
  const clip = join(dir, 'pip.mp4');
  execFileSync(ffmpegPath(), [
    '-v', 'error', '-y',
    '-f', 'lavfi', '-i', 'color=c=0x2060d0:s=160x120:d=2,drawbox=x=0:y=0:w=100:h=120:color=0xc02090:t=fill',
    '-f', 'lavfi', '-i', 'sine=frequency=220:duration=2',
    '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', clip,
  ]); // prettier-ignore
  const created = await client.videos.createCharacter({
    name: 'Pip',
    video: await toFile(await readFile(clip), 'pip.mp4'),
  });
  assert.match(created.id!, /^char_[0-9a-f]{32}$/);
  assert.equal(created.name, 'Pip');
  const got = (await client.videos.getCharacter(created.id!)) as typeof created & {
    palette: string[];
    voice: { pitch_hz: number } | null;
  };
  assert.equal(got.name, 'Pip');
  assert.ok(
    near(Buffer.from(channels(got.palette[0]!)), '#c02090', 40) === 1,
    `magenta first: ${got.palette}`,
  );
  assert.ok(got.voice && Math.abs(got.voice.pitch_hz - 220) < 10, `a 220 Hz voice: ${got.voice?.pitch_hz}`);

  const video = await client.videos.create({ prompt: 'Pip drops onto wooden stairs', seconds: '4' });
  await finished(video.id);
  assert.ok(
    near(await frameAt(video.id, 3), got.palette[0]!, 50) > 20,
    'Pip is in the picture, in its colour',
  );

  const other = new OpenAI({ apiKey: await service.createKey('other'), baseURL: `${service.url}/v1` });
  await assert.rejects(other.videos.getCharacter(created.id!), OpenAI.NotFoundError);
  const bad = await client.videos
    .createCharacter({ name: 'Blob', video: await toFile(Buffer.from('no video here'), 'blob.mp4') })
    .catch((e: unknown) => e);
  assert.ok(bad instanceof OpenAI.BadRequestError);
  assert.equal(bad.code, 'invalid_video');
});

test('only a completed video can be the source', async () => {
  const queued = await client.videos.create({ prompt: 'a ball drops', seconds: '4' });
  const early = await client.videos.remix(queued.id, { prompt: 'blue' }).catch((e: unknown) => e);
  if (early instanceof OpenAI.BadRequestError) assert.equal(early.code, 'video_not_ready');
  else assert.fail('a remix of an unfinished video is refused');
  await finished(queued.id);
});
