/**
 * npm run bench:api: latency (p50/p99) and throughput of retrieve and list at 50 concurrent
 * connections against the embedded service, and the queue's overhead per job: create → claimed,
 * and API turnaround versus the same render from the CLI.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';

// The server as `npx soundstage serve` runs it: the built JavaScript (`npm run build` first), whose
// render processes load plain JavaScript too, not TypeScript compiled on the fly.
const { startService } = (await import(
  '../dist/service/index.js' as string
)) as typeof import('../src/service/index.js');

const KEY = 'sk-bench';
const PROMPT = 'a red ball bounces down wooden stairs';
const dir = await mkdtemp(join(tmpdir(), 'soundstage-bench-api-'));
const service = await startService({ dataDir: dir, port: 0, bootstrapKey: KEY });
const headers = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };

async function create(): Promise<string> {
  const res = await fetch(`${service.url}/v1/videos`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ prompt: PROMPT, size: '1280x720' }),
  });
  return ((await res.json()) as { id: string }).id;
}

async function waitFor(id: string, statuses: string[]): Promise<number> {
  const start = performance.now();
  for (;;) {
    const v = (await (await fetch(`${service.url}/v1/videos/${id}`, { headers })).json()) as {
      status: string;
    };
    if (statuses.includes(v.status)) return performance.now() - start;
    await new Promise((r) => setTimeout(r, 5));
  }
}

try {
  // Queue overhead, measured on an idle server.
  const t0 = performance.now();
  const id = await create();
  const claimMs = performance.now() - t0 + (await waitFor(id, ['in_progress', 'completed']));
  await waitFor(id, ['completed']);
  const turnaround = (performance.now() - t0) / 1000;
  const cliStart = performance.now();
  await promisify(execFile)(process.execPath, [
    'dist/cli/run.js',
    'generate',
    PROMPT,
    '-o',
    join(dir, 'cli.mp4'),
  ]);
  const cli = (performance.now() - cliStart) / 1000;

  console.log('| measure | value |\n| --- | --- |');
  console.log(`| create → claimed by a worker | ${claimMs.toFixed(0)} ms |`);
  console.log(`| API turnaround, 4 s 1280x720 (create → completed) | ${turnaround.toFixed(2)} s |`);
  console.log(`| same render from the CLI | ${cli.toFixed(2)} s |`);
  const latency = async (when: string) => {
    for (const [name, path] of [
      ['retrieve', `/v1/videos/${id}`],
      ['list (20)', '/v1/videos?limit=20'],
    ] as const) {
      const r = await autocannon({ url: `${service.url}${path}`, connections: 50, duration: 5, headers });
      console.log(
        `| ${name}, 50 connections, ${when} | p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.requests.average.toFixed(0)} req/s, ${r.non2xx} non-2xx |`,
      );
    }
  };
  await latency('idle server');
  for (let i = 0; i < 9; i++) await create();
  await latency('while rendering');
} finally {
  await service.close();
  await rm(dir, { recursive: true, force: true });
}
