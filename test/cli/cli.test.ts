/** The command line as a user meets it: outputs that pass ffprobe, and one clear line for bad input. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { loadImage } from '@napi-rs/canvas';
import { probe } from '../helpers/media.js';

const exec = promisify(execFile);
const CLI = ['--import', 'tsx', 'src/cli/run.ts'];

/** Only node's own folder on PATH: no system ffmpeg, so the one shipped in the npm package is used. */
const NPM_ONLY_ENV = { ...process.env, PATH: dirname(process.execPath), SOUNDSTAGE_FFMPEG: '' };

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [...CLI, ...args], {
      maxBuffer: 1 << 26,
      env: NPM_ONLY_ENV,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function inTemp(f: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'soundstage-cli-'));
  try {
    await f(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test(
  'generate (with only the npm-shipped ffmpeg) writes an H.264 + AAC MP4 of the requested size and length, a WebP thumbnail and a JPEG spritesheet',
  { timeout: 120_000 },
  () =>
    inTemp(async (dir) => {
      const out = join(dir, 'duck.mp4');
      const planOut = join(dir, 'duck.plan.json');
      const r = await cli([
        'generate',
        'a rubber duck drops onto a table next to a coffee mug',
        '-o',
        out,
        '--seconds',
        '2',
        '--size',
        '480x270',
        '--fps',
        '24',
        '--plan-out',
        planOut,
      ]);
      assert.equal(r.code, 0, r.stderr);
      const info = await probe(out);
      const video = info.streams.find((s) => s.codec_type === 'video')!;
      const audio = info.streams.find((s) => s.codec_type === 'audio')!;
      assert.equal(video.codec_name, 'h264');
      assert.equal(video.pix_fmt, 'yuv420p');
      assert.deepEqual([video.width, video.height], [480, 270]);
      assert.equal(audio.codec_name, 'aac');
      assert.equal(audio.sample_rate, '48000');
      assert.equal(audio.channels, 2);
      assert.ok(
        Math.abs(Number(info.format.duration) - 2) <= 1 / 24 + 0.03,
        `duration ${info.format.duration}`,
      );
      // faststart: the index (moov) comes before the media data (mdat).
      const head = (await readFile(out)).subarray(0, 4096).toString('latin1');
      assert.ok(head.indexOf('moov') >= 0 && head.indexOf('moov') < Math.max(head.indexOf('mdat'), 4096));

      const thumb = await readFile(join(dir, 'duck.thumbnail.webp'));
      assert.equal(thumb.subarray(8, 12).toString('latin1'), 'WEBP');
      assert.equal((await loadImage(thumb)).width, 480);
      const sheet = await readFile(join(dir, 'duck.spritesheet.jpg'));
      assert.deepEqual([...sheet.subarray(0, 2)], [0xff, 0xd8]);
      assert.ok((await loadImage(sheet)).width > 480, 'the spritesheet is a grid of frames');
      const plan = JSON.parse(await readFile(planOut, 'utf8')) as { entities: { archetype: string }[] };
      assert.deepEqual(plan.entities.map((e) => e.archetype).sort(), ['mug', 'rubber-duck', 'table']);
    }),
);

const badInputs: [string, string[], RegExp][] = [
  ['an empty prompt', ['generate', '   ', '-o', 'OUT'], /prompt is empty/],
  ['an odd size', ['generate', 'a red ball', '-o', 'OUT', '--size', '1281x720'], /even/],
  ['a size that is not WxH', ['generate', 'a red ball', '-o', 'OUT', '--size', 'big'], /--size/],
  ['a size over 1920', ['generate', 'a red ball', '-o', 'OUT', '--size', '3840x2160'], /1920/],
  ['zero seconds', ['generate', 'a red ball', '-o', 'OUT', '--seconds', '0'], /--seconds/],
  ['a fractional fps', ['generate', 'a red ball', '-o', 'OUT', '--fps', '23.5'], /--fps/],
  ['an unknown style', ['generate', 'a red ball', '-o', 'OUT', '--style', 'oil'], /--style/],
  ['a missing plan file', ['render', 'NOPE.json', '-o', 'OUT'], /cannot read the plan/],
  ['an unknown option', ['generate', 'a red ball', '-o', 'OUT', '--colour', 'red'], /unknown option/],
  [
    'subtitles that are not .vtt',
    ['generate', 'a red ball', '-o', 'OUT', '--subtitles-out', 'x.srt'],
    /\.vtt/,
  ],
];

test(
  '--subtitles-out writes the dialogue as WebVTT, in step with the speech heard',
  { timeout: 120_000 },
  () =>
    inTemp(async (dir) => {
      const out = join(dir, 'talk.mp4');
      const vtt = join(dir, 'talk.vtt');
      const r = await cli(['generate', 'a girl says "hello there, my friend"', '-o', out, '--seconds', '3',
      '--size', '320x180', '--subtitles-out', vtt, '--captions']); // prettier-ignore
      assert.equal(r.code, 0, r.stderr);
      const text = await readFile(vtt, 'utf8');
      assert.match(text, /^WEBVTT\n/);
      const cue =
        /(\d\d):(\d\d):(\d\d\.\d{3}) --> (\d\d):(\d\d):(\d\d\.\d{3})\n<v girl>hello there, my friend/.exec(
          text,
        );
      assert.ok(cue, text);
      const start = Number(cue[3]);
      const end = Number(cue[6]);
      assert.ok(start >= 0 && end > start + 0.5 && end <= 3, `${start} → ${end}`);
    }),
);

for (const [what, args, message] of badInputs) {
  test(`${what} is refused in one line with exit code 2 and no file`, () =>
    inTemp(async (dir) => {
      const out = join(dir, 'out.mp4');
      const r = await cli(
        args.map((a) => (a === 'OUT' ? out : a === 'NOPE.json' ? join(dir, 'missing.json') : a)),
      );
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.deepEqual(await readdir(dir), []);
    }));
}

test('a plan that fails the schema names the field and writes nothing', () =>
  inTemp(async (dir) => {
    const good = await cli(['plan', 'a red ball bounces down wooden stairs']);
    assert.equal(good.code, 0);
    const plan = JSON.parse(good.stdout) as { fps: number };
    plan.fps = 500;
    await writeFile(join(dir, 'bad.json'), JSON.stringify(plan));
    await writeFile(join(dir, 'notjson.json'), '{ fps: ');
    const out = join(dir, 'out.mp4');
    const r = await cli(['render', join(dir, 'bad.json'), '-o', out]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^soundstage: error: fps: /);
    const r2 = await cli(['render', join(dir, 'notjson.json'), '-o', out]);
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /not JSON/);
    assert.equal(existsSync(out), false);
  }));

test('plan --schema prints the ScenePlan JSON Schema', async () => {
  const r = await cli(['plan', '--schema']);
  assert.equal(r.code, 0);
  const schema = JSON.parse(r.stdout) as { type: string; properties: Record<string, unknown> };
  assert.equal(schema.type, 'object');
  for (const key of ['duration', 'fps', 'entities', 'actions', 'shots', 'dialogue', 'sound', 'understanding'])
    assert.ok(key in schema.properties, `schema has ${key}`);
});

test('an edited plan renders what the edit says', { timeout: 120_000 }, () =>
  inTemp(async (dir) => {
    const r = await cli([
      'plan',
      'a red ball bounces down wooden stairs',
      '--seconds',
      '1',
      '--size',
      '320x180',
    ]);
    const plan = JSON.parse(r.stdout) as { entities: { archetype: string; color: string }[] };
    plan.entities.find((e) => e.archetype === 'ball')!.color = '#2050e0';
    await writeFile(join(dir, 'blue.json'), JSON.stringify(plan));
    const out = join(dir, 'blue.mp4');
    const render = await cli([
      'render',
      join(dir, 'blue.json'),
      '-o',
      out,
      '--no-thumbnail',
      '--no-spritesheet',
    ]);
    assert.equal(render.code, 0, render.stderr);
    assert.deepEqual((await readdir(dir)).sort(), ['blue.json', 'blue.mp4']);
  }),
);
