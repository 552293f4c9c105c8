/**
 * npm run bench: wall time, speed (video seconds per wall second) and peak memory of the whole
 * pipeline (node + ffmpeg, sampled from /proc) for the issue's prompts at 4 s and 12 s, 720p and 1080p.
 * Each case runs three times: the median wall time is reported (a shared machine's timings vary
 * by a tenth from run to run) and the highest peak memory.
 * Usage: npm run bench [-- --quick | --people] [--runs N]
 *   --quick: one prompt, 4 s, 720p; --people: issue 5's prompts (people, animals, speech), 8 s, 720p
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PEOPLE_PROMPTS, SHOWCASE_PROMPTS } from '../test/helpers/prompts.js';

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(root: number): number {
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const kids = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
        if (kids) stack.push(...kids.split(/\s+/).map(Number));
      }
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

async function runCase(prompt: string, seconds: number, size: string, dir: string) {
  const out = join(dir, 'bench.mp4');
  const start = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    ['dist/cli/run.js', 'generate', prompt, '-o', out, '--seconds', String(seconds), '--size', size],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 50);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`generate failed: ${stderr}`);
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  return { wall, speed: seconds / wall, peakMb: peak / 2 ** 20 };
}

/** The median wall time and the highest peak memory of `runs` runs. */
async function measure(prompt: string, seconds: number, size: string, dir: string, runs: number) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runCase(prompt, seconds, size, dir));
  const wall = results.map((r) => r.wall).sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { wall, speed: seconds / wall, peakMb: Math.max(...results.map((r) => r.peakMb)) };
}

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Math.max(1, Number(process.argv[runsFlag + 1]) || 1) : 3;
const quick = process.argv.includes('--quick');
const people = process.argv.includes('--people');
const cases = quick
  ? [{ seconds: 4, size: '1280x720', prompts: SHOWCASE_PROMPTS.slice(0, 1) }]
  : people
    ? [{ seconds: 8, size: '1280x720', prompts: PEOPLE_PROMPTS }]
    : [
        { seconds: 4, size: '1280x720', prompts: SHOWCASE_PROMPTS },
        { seconds: 12, size: '1280x720', prompts: SHOWCASE_PROMPTS },
        { seconds: 4, size: '1920x1080', prompts: SHOWCASE_PROMPTS.slice(0, 2) },
        { seconds: 12, size: '1920x1080', prompts: SHOWCASE_PROMPTS.slice(0, 2) },
      ];

const dir = await mkdtemp(join(tmpdir(), 'soundstage-bench-'));
console.log(`${runs} run(s) per case: median wall time, highest peak memory\n`);
console.log('| clip | size | prompt | wall s | video s / wall s | peak RSS MB (node+ffmpeg) |');
console.log('| --- | --- | --- | --- | --- | --- |');
try {
  for (const c of cases)
    for (const prompt of c.prompts) {
      const r = await measure(prompt, c.seconds, c.size, dir, runs);
      console.log(
        `| ${c.seconds} s | ${c.size} | ${prompt} | ${r.wall.toFixed(2)} | ${r.speed.toFixed(2)}× | ${r.peakMb.toFixed(0)} |`,
      );
    }
} finally {
  await rm(dir, { recursive: true, force: true });
}
