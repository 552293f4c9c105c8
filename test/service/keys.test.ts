/**
 * Keys for a data folder a server is using: `soundstage keys create` goes through the running
 * server (PGlite is single-process), a second server on the same folder is refused with a reason,
 * and with the server stopped the command writes to the database itself.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { startService } from '../../src/service/index.js';

const exec = promisify(execFile);

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('keys are created through a running server; a second server on its folder is refused', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'soundstage-keys-'));
  const service = await startService({ dataDir: dir, port: 0, bootstrapKey: 'sk-keys-boot' });
  const api = (path: string, key: string, init: RequestInit = {}) =>
    fetch(`${service.url}/v1${path}`, {
      ...init,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    });
  try {
    const made = await cli(['keys', 'create', '--data', dir, '--project', 'second']);
    assert.equal(made.code, 0, made.stderr);
    const key = made.stdout.trim();
    assert.match(key, /^sk-ss-[\w-]{32}$/);
    assert.equal((await api('/videos', key)).status, 200, 'the new key works at once');

    const { id } = (await (
      await api('/videos', 'sk-keys-boot', {
        method: 'POST',
        body: JSON.stringify({ prompt: 'a ball drops' }),
      })
    ).json()) as { id: string };
    assert.equal((await api(`/videos/${id}`, key)).status, 404, 'and belongs to its own project');

    const second = await cli(['serve', '--data', dir, '--port', '0']);
    assert.notEqual(second.code, 0);
    assert.match(second.stderr, /another soundstage server \(pid \d+/);
    assert.equal(second.stderr.trim().split('\n').length, 1, 'one line');

    const admin = await fetch(`${service.url}/admin/keys`, {
      method: 'POST',
      headers: { authorization: 'Bearer guessed', 'content-type': 'application/json' },
      body: JSON.stringify({ project: 'x' }),
    });
    assert.equal(admin.status, 403, 'administration needs the token in the data folder');
  } finally {
    await service.close();
  }
  try {
    assert.ok(!existsSync(join(dir, 'server.json')), 'a stopped server leaves no announcement behind');
    const offline = await cli(['keys', 'create', '--data', dir]);
    assert.equal(offline.code, 0, offline.stderr);
    const again = await startService({ dataDir: dir, port: 0 });
    try {
      const res = await fetch(`${again.url}/v1/videos`, {
        headers: { authorization: `Bearer ${offline.stdout.trim()}` },
      });
      assert.equal(res.status, 200, 'a key made with the server stopped works once it starts');
    } finally {
      await again.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
