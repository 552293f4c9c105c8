import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import OpenAI from 'openai';
import { newWebhookSecret, signWebhook, WebhookSender, type VideoEvent } from '../../src/service/webhooks.js';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP receiver that records every request and answers `status(n)` to the n-th (1-based). */
async function receiver(status: (n: number) => number = () => 200) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const code = status(received.length);
      if (code === 0) return; // never answer: the sender's timeout has to end it
      res.statusCode = code;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Verifies with OpenAI's own client, which is what a consumer of these webhooks would run. */
async function unwrap(secret: string, r: Received): Promise<VideoEvent> {
  const client = new OpenAI({ apiKey: 'x', webhookSecret: secret });
  // The SDK's event union predates video events; unwrap itself only verifies and parses.
  return (await client.webhooks.unwrap(r.body, r.headers)) as unknown as VideoEvent;
}

function warnings() {
  const calls: { obj: Record<string, unknown>; msg: string }[] = [];
  return { calls, log: { warn: (obj: object, msg: string) => calls.push({ obj: { ...obj }, msg }) } };
}

test('signWebhook reproduces the Standard Webhooks reference vector', () => {
  assert.equal(
    signWebhook(
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'msg_p5jXN8AQM9LWM0D4loKWxJek',
      1614265330,
      '{"test": 2432232314}',
    ),
    'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
  );
  assert.throws(() => signWebhook('not-prefixed', 'msg', 1, '{}'));
  assert.throws(() => new WebhookSender({ endpoints: [{ url: 'http://x', secret: 'whsec_' }] }));
});

test('newWebhookSecret is whsec_ + 32 random bytes', () => {
  const a = newWebhookSecret();
  assert.match(a, /^whsec_[A-Za-z0-9+/]+=*$/);
  assert.equal(Buffer.from(a.slice('whsec_'.length), 'base64').length, 32);
  assert.notEqual(a, newWebhookSecret());
});

test('a video.completed event verifies with the OpenAI client; tampering does not', async () => {
  const server = await receiver();
  const secret = newWebhookSecret();
  const sender = new WebhookSender({ endpoints: [{ url: `${server.url}/hook`, secret }] });
  try {
    const before = Math.floor(Date.now() / 1000);
    await sender.send('video.completed', 'video_123');
    assert.equal(server.received.length, 1, 'send resolves after the first attempt has landed');
    const [r] = server.received;
    assert.ok(r);
    assert.equal(r.path, '/hook');
    assert.equal(r.headers['content-type'], 'application/json');

    const event = await unwrap(secret, r);
    assert.equal(event.type, 'video.completed');
    assert.equal(event.object, 'event');
    assert.equal(event.data.id, 'video_123');
    assert.match(event.id, /^evt_[0-9a-f]{32}$/);
    assert.equal(r.headers['webhook-id'], event.id);
    assert.ok(event.created_at >= before && event.created_at <= Date.now() / 1000 + 1);

    const mismatch = (err: unknown) =>
      err instanceof OpenAI.InvalidWebhookSignatureError && /signature does not match/.test(err.message);
    await assert.rejects(unwrap(secret, { ...r, body: r.body.replace('video_123', 'video_999') }), mismatch);
    await assert.rejects(unwrap(newWebhookSecret(), r), mismatch);
  } finally {
    sender.close();
    await server.close();
  }
});

test('the per-request URL is signed with the first secret, and skipped without endpoints', async () => {
  const server = await receiver();
  const secret = newWebhookSecret();
  const sender = new WebhookSender({ endpoints: [{ url: `${server.url}/configured`, secret }] });
  const bare = new WebhookSender({ endpoints: [] });
  try {
    await sender.send('video.failed', 'video_1', { url: `${server.url}/extra` });
    assert.deepEqual(server.received.map((r) => r.path).sort(), ['/configured', '/extra']);
    for (const r of server.received) assert.equal((await unwrap(secret, r)).type, 'video.failed');
    assert.equal(server.received[0]?.headers['webhook-id'], server.received[1]?.headers['webhook-id']);

    await bare.send('video.completed', 'video_2', { url: `${server.url}/extra` });
    assert.equal(server.received.length, 2);
  } finally {
    sender.close();
    bare.close();
    await server.close();
  }
});

test('a failed delivery is retried with the same webhook-id and a valid signature', async () => {
  const server = await receiver((n) => (n === 1 ? 500 : 200));
  const secret = newWebhookSecret();
  const { calls, log } = warnings();
  const sender = new WebhookSender({ endpoints: [{ url: server.url, secret }], retryDelaysMs: [50], log });
  try {
    await sender.send('video.completed', 'video_retry');
    await waitFor(() => server.received.length === 2, 'the retry');
    const [first, second] = server.received;
    assert.ok(first && second);
    assert.equal(first.headers['webhook-id'], second.headers['webhook-id']);
    assert.equal(first.body, second.body);
    assert.equal((await unwrap(secret, second)).data.id, 'video_retry');
    assert.equal(calls.length, 1);
    assert.equal(calls[0]?.obj.error, 'HTTP 500');
    assert.equal(calls[0]?.obj.retrying, true);
  } finally {
    sender.close();
    await server.close();
  }
});

test('close() stops pending retries', async () => {
  const server = await receiver(() => 500);
  const sender = new WebhookSender({
    endpoints: [{ url: server.url, secret: newWebhookSecret() }],
    retryDelaysMs: Array<number>(20).fill(50),
  });
  try {
    await sender.send('video.failed', 'video_x');
    await waitFor(() => server.received.length >= 2, 'a retry');
    sender.close();
    const count = server.received.length;
    await sleep(300);
    assert.equal(server.received.length, count);
  } finally {
    await server.close();
  }
});

test('a receiver that never answers times out and send still resolves', async () => {
  const server = await receiver(() => 0);
  const { calls, log } = warnings();
  const sender = new WebhookSender({
    endpoints: [{ url: server.url, secret: newWebhookSecret() }],
    retryDelaysMs: [],
    timeoutMs: 100,
    log,
  });
  try {
    await sender.send('video.completed', 'video_slow');
    assert.equal(calls.length, 1);
    assert.equal(calls[0]?.obj.retrying, false);
    assert.match(String(calls[0]?.obj.error), /timeout/i);
  } finally {
    sender.close();
    await server.close();
  }
});

test('a refused connection is reported, not thrown', async () => {
  const server = await receiver();
  await server.close(); // nothing listens on this port any more
  const { calls, log } = warnings();
  const sender = new WebhookSender({
    endpoints: [{ url: server.url, secret: newWebhookSecret() }],
    retryDelaysMs: [],
    log,
  });
  await sender.send('video.completed', 'video_gone');
  assert.equal(calls.length, 1);
  assert.match(String(calls[0]?.obj.error), /fetch failed: .+/);
});

test('a pending retry does not keep the process alive', { timeout: 30_000 }, async () => {
  const server = await receiver();
  await server.close();
  const script = `
    import { WebhookSender, newWebhookSecret } from ${JSON.stringify(new URL('../../src/service/webhooks.ts', import.meta.url).href)};
    const sender = new WebhookSender({ endpoints: [{ url: ${JSON.stringify(server.url)}, secret: newWebhookSecret() }], retryDelaysMs: [60_000] });
    await sender.send('video.completed', 'video_exit');
    console.log('sent');`;
  const started = Date.now();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { timeout: 20_000 },
  );
  assert.equal(stdout.trim(), 'sent');
  assert.ok(Date.now() - started < 20_000, 'exited without waiting for the 60 s retry');
});
