/**
 * The encoder keeps the colours that were drawn: solid RGBA frames come back from the decoded MP4
 * within a few levels, and the stream says it is BT.709 so browsers and players agree.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { encodeMp4 } from '../../src/media/index.js';
import { decodeFrames, probe } from '../helpers/media.js';

const COLOURS: [number, number, number][] = [
  [200, 40, 60], // a red ball
  [30, 90, 200], // blue
  [240, 236, 226], // domino white
  [20, 20, 20], // near black
  [90, 160, 70], // grass green
];
const W = 64;
const H = 48;
const FPS = 5;

async function* solidFrames(): AsyncGenerator<Buffer> {
  for (const [r, g, b] of COLOURS) {
    const frame = Buffer.alloc(W * H * 4);
    for (let i = 0; i < W * H; i++) frame.set([r, g, b, 255], i * 4);
    yield frame;
  }
}

const silence = (seconds: number) => {
  const n = Math.round(seconds * 48000);
  return { sampleRate: 48000, left: new Float32Array(n), right: new Float32Array(n) };
};

const shipped = (createRequire(import.meta.url)('@ffmpeg-installer/ffmpeg') as { path: string }).path;

for (const [name, binary] of [
  ['the ffmpeg found first', undefined],
  ['the npm-shipped ffmpeg', shipped],
] as const) {
  test(`colours survive encoding and are tagged BT.709 (${name})`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'soundstage-encode-'));
    const saved = process.env.SOUNDSTAGE_FFMPEG;
    try {
      if (binary) process.env.SOUNDSTAGE_FFMPEG = binary;
      const out = join(dir, 'solid.mp4');
      await encodeMp4({
        width: W,
        height: H,
        fps: FPS,
        frames: solidFrames(),
        audio: Promise.resolve(silence(COLOURS.length / FPS)),
        out,
      });
      const video = (await probe(out)).streams.find((s) => s.codec_type === 'video') as Record<
        string,
        unknown
      >;
      assert.equal(video.color_space, 'bt709');
      assert.equal(video.color_primaries, 'bt709');
      assert.equal(video.color_range, 'tv');
      const frames = await decodeFrames(out, W, H);
      assert.equal(frames.length, COLOURS.length);
      COLOURS.forEach((want, i) => {
        const centre = ((H / 2) * W + W / 2) * 3;
        const got = [...frames[i]!.subarray(centre, centre + 3)];
        for (let c = 0; c < 3; c++)
          assert.ok(
            Math.abs(got[c]! - want[c]!) <= 4,
            `frame ${i}: drew ${want.join()}, decoded ${got.join()}`,
          );
      });
    } finally {
      if (saved === undefined) delete process.env.SOUNDSTAGE_FFMPEG;
      else process.env.SOUNDSTAGE_FFMPEG = saved;
      await rm(dir, { recursive: true, force: true });
    }
  });
}
