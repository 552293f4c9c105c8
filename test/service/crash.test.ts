/**
 * Restart safety: the server is killed with SIGKILL in the middle of a render, then started again
 * on the same data folder. Every accepted job reaches a final state and the finished file is whole.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startServer } from '../helpers/server.js';
import { probe } from '../helpers/media.js';

const KEY = 'sk-crash-test';

const api = async (url: string, path: string, init: RequestInit = {}) => {
  const res = await fetch(`${url}/v1${path}`, {
    ...init,
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json', ...init.headers },
  });
  return { status: res.status, body: (await res.json()) as { id: string; status: string; progress: number } };
};

test(
  'kill -9 mid-render, restart: every job finishes or fails clearly, and completed files are intact',
  { timeout: 180_000 },
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'soundstage-crash-'));
    try {
      let server = await startServer(dir, { SOUNDSTAGE_BOOTSTRAP_KEY: KEY }, ['--concurrency', '2']);
      const ids: string[] = [];
      for (const prompt of [
        'a red ball bounces down wooden stairs',
        'a rubber duck drops onto a table',
        'a blue ball rolls',
      ])
        ids.push(
          (
            await api(server.url, '/videos', {
              method: 'POST',
              body: JSON.stringify({ prompt, size: '1280x720' }),
            })
          ).body.id,
        );
      // Wait until a render is under way, then pull the plug.
      for (;;) {
        const v = (await api(server.url, `/videos/${ids[0]}`)).body;
        if (v.status === 'in_progress' && v.progress > 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      server.child.kill('SIGKILL');
      await new Promise((r) => server.child.once('exit', r));

      server = await startServer(dir, { SOUNDSTAGE_BOOTSTRAP_KEY: KEY }, ['--concurrency', '2']);
      try {
        const final = new Map<string, string>();
        const end = Date.now() + 150_000;
        while (final.size < ids.length && Date.now() < end) {
          for (const id of ids) {
            const v = (await api(server.url, `/videos/${id}`)).body;
            if (v.status === 'completed' || v.status === 'failed') final.set(id, v.status);
          }
          await new Promise((r) => setTimeout(r, 200));
        }
        assert.equal(final.size, ids.length, 'every job reached a final state');
        for (const id of ids) {
          assert.equal(final.get(id), 'completed', `${id} completed after the restart`);
          const res = await fetch(`${server.url}/v1/videos/${id}/content`, {
            headers: { authorization: `Bearer ${KEY}` },
          });
          const file = join(dir, `${id}.mp4`);
          await writeFile(file, Buffer.from(await res.arrayBuffer()));
          const info = await probe(file);
          assert.ok(Math.abs(Number(info.format.duration) - 4) < 0.1, `${id} is a whole 4 s video`);
        }
      } finally {
        server.child.kill('SIGTERM');
        await new Promise((r) => server.child.once('exit', r));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
);
