/**
 * `input_reference.image_url` over https: fetched, redirects followed and each hop checked, failures
 * named; and by default the server refuses to be pointed into its own network (no SSRF).
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:https';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createCanvas } from '@napi-rs/canvas';
import selfsigned from 'selfsigned';
import { startService } from '../../src/service/index.js';
import { startServer } from '../helpers/server.js';

const KEY = 'sk-image-url';
let dir: string;
let images: ReturnType<typeof createServer>;
let base: string;

const png = (() => {
  const canvas = createCanvas(64, 48);
  canvas.getContext('2d').fillRect(0, 0, 10, 10);
  return canvas.toBuffer('image/png');
})();

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'soundstage-image-url-'));
  const pems = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  await writeFile(join(dir, 'ca.pem'), pems.cert);
  images = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    if (req.url === '/ref.png') return res.writeHead(200, { 'content-type': 'image/png' }).end(png);
    if (req.url === '/hop') return res.writeHead(302, { location: '/ref.png' }).end();
    if (req.url === '/to-http') return res.writeHead(302, { location: `http://127.0.0.1:1/ref.png` }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => images.listen(0, '127.0.0.1', resolve));
  base = `https://127.0.0.1:${(images.address() as { port: number }).port}`;
});

after(async () => {
  images.close();
  await rm(dir, { recursive: true, force: true });
});

const create = (url: string, imageUrl: string) =>
  fetch(`${url}/v1/videos`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: 'a ball drops', input_reference: { image_url: imageUrl } }),
  });

test('an https image is fetched, through redirects; what fails is named', async () => {
  // The server trusts this test's certificate and, as configured, its own network.
  const server = await startServer(join(dir, 'lan'), {
    SOUNDSTAGE_BOOTSTRAP_KEY: KEY,
    SOUNDSTAGE_ALLOW_PRIVATE_IMAGE_URLS: '1',
    NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem'),
  });
  try {
    for (const path of ['/ref.png', '/hop']) {
      const res = await create(server.url, `${base}${path}`);
      assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
      const { id } = (await res.json()) as { id: string };
      await fetch(`${server.url}/v1/videos/${id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${KEY}` },
      });
    }
    for (const [path, message] of [
      ['/missing.png', /HTTP 404/],
      ['/to-http', /https URL/],
    ] as const) {
      const res = await create(server.url, `${base}${path}`);
      const body = (await res.json()) as { error: { param: string; message: string } };
      assert.equal(res.status, 400, path);
      assert.equal(body.error.param, 'input_reference.image_url');
      assert.match(body.error.message, message);
    }
  } finally {
    server.child.kill();
  }
});

test('by default, image URLs into loopback or private networks are refused', async () => {
  const service = await startService({ dataDir: join(dir, 'public'), port: 0, bootstrapKey: KEY });
  try {
    for (const target of [
      `${base}/ref.png`,
      'https://localhost/x.png',
      'https://[::1]/x.png',
      'https://10.1.2.3/x.png',
    ]) {
      const res = await create(service.url, target);
      const body = (await res.json()) as { error: { code: string; param: string } };
      assert.equal(res.status, 400, target);
      assert.equal(body.error.code, 'image_url_not_allowed', target);
      assert.equal(body.error.param, 'input_reference.image_url');
    }
  } finally {
    await service.close();
  }
});
