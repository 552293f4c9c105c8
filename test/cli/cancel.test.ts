import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True once ffmpeg has started writing the (hidden, partial) video next to its destination. */
async function encoding(out: string): Promise<boolean> {
  return (await readdir(out)).some((f) => f.includes('partial'));
}

test(
  'stopping a render with SIGINT exits 130 and leaves no file, partial or temporary',
  { timeout: 60_000 },
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'soundstage-cancel-'));
    const out = join(dir, 'out');
    const temp = join(dir, 'tmp');
    await Promise.all([mkdir(out), mkdir(temp)]);
    try {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'src/cli/run.ts',
          'generate',
          'a red ball bounces down wooden stairs',
          '-o',
          join(out, 'long.mp4'),
          '--seconds',
          '30',
        ],
        { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TMPDIR: temp } },
      );
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      for (let i = 0; i < 600 && !(await encoding(out)); i++) await new Promise((r) => setTimeout(r, 50));
      assert.ok(await encoding(out), 'the render started encoding');
      child.kill('SIGINT');
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.equal(code, 130, stderr);
      assert.match(stderr, /cancelled/);
      assert.deepEqual(await readdir(out), []);
      // (tsx, which runs this test's TypeScript, keeps its own cache there.)
      assert.deepEqual(
        (await readdir(temp)).filter((f) => !f.startsWith('tsx-')),
        [],
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
);
