import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test(
  'stopping a render with SIGINT exits 130 and leaves no file, partial or whole',
  { timeout: 60_000 },
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'soundstage-cancel-'));
    try {
      const out = join(dir, 'long.mp4');
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'src/cli/run.ts',
          'generate',
          'a red ball bounces down wooden stairs',
          '-o',
          out,
          '--seconds',
          '30',
        ],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // Wait until frames are being encoded (the partial file exists), then interrupt.
      for (let i = 0; i < 400 && !(await readdir(dir)).some((f) => f.includes('partial')); i++)
        await new Promise((r) => setTimeout(r, 50));
      assert.ok((await readdir(dir)).length > 0, 'the render started writing');
      child.kill('SIGINT');
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.equal(code, 130, stderr);
      assert.match(stderr, /cancelled/);
      assert.deepEqual(await readdir(dir), []);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
);
