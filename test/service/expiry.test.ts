/** Finished files expire after the retention time: the video record stays, its content is gone with a clear error. */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startService } from '../../src/service/index.js';

test('expired content answers 410 with a clear message; the video can still be retrieved', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'soundstage-expiry-'));
  // The service's clock is ours to move, so the test neither waits for expiry nor races it.
  let now = 1_900_000_000;
  const service = await startService({
    dataDir: dir,
    port: 0,
    bootstrapKey: 'sk-expiry',
    retentionSeconds: 3600,
    clock: () => now,
  });
  const headers = { authorization: 'Bearer sk-expiry', 'content-type': 'application/json' };
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${service.url}/v1${path}`, { ...init, headers });
  try {
    const { id } = (await (
      await api('/videos', { method: 'POST', body: JSON.stringify({ prompt: 'a ball drops' }) })
    ).json()) as {
      id: string;
    };
    let video: { status: string; expires_at: number | null };
    do {
      await new Promise((r) => setTimeout(r, 100));
      video = (await (await api(`/videos/${id}`)).json()) as typeof video;
    } while (video.status !== 'completed' && video.status !== 'failed');
    assert.equal(video.status, 'completed');
    assert.equal(video.expires_at, now + 3600);
    now += 3599;
    assert.equal((await api(`/videos/${id}/content`)).status, 200, 'available until it expires');
    now += 1;
    const res = await api(`/videos/${id}/content`);
    const body = (await res.json()) as { error: { code: string; message: string } };
    assert.equal(res.status, 410);
    assert.equal(body.error.code, 'video_expired');
    assert.match(body.error.message, /expired/);
    assert.equal((await api(`/videos/${id}`)).status, 200, 'the record is still there');
  } finally {
    await service.close();
    await rm(dir, { recursive: true, force: true });
  }
});
