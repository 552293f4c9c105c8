/**
 * The optional LLM planner against a fake OpenAI-compatible server: its plan is used when valid
 * (with the request's fixed options written over it), repaired once when not, and the built-in plan
 * is used on anything else, with the reason recorded.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, beforeEach, test } from 'node:test';
import { planFromPrompt, type PlanOptions } from '../../src/planner/index.js';
import {
  firstJsonObject,
  llmConfig,
  LlmConfigError,
  planWithLlm,
  type LlmDeps,
} from '../../src/planner/llm.js';
import type { ScenePlan } from '../../src/plan/schema.js';
import { validatePlan } from '../../src/engine/validate.js';

interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; schema: Record<string, unknown> } };
}

const requests: { headers: IncomingHttpHeaders; body: ChatRequest }[] = [];
/** What the fake server does with the n-th request (0-based). */
let answer: (res: ServerResponse, n: number, body: ChatRequest) => void = () => {};

const server = createServer((req, res) => {
  let text = '';
  req.on('data', (d: Buffer) => (text += d.toString()));
  req.on('end', () => {
    const body = JSON.parse(text) as ChatRequest;
    requests.push({ headers: req.headers, body });
    if (req.url !== '/v1/chat/completions') return void res.writeHead(404).end('no such route');
    answer(res, requests.length - 1, body);
  });
});
let base = '';

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}/v1`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  requests.length = 0;
});

const env = (more: Record<string, string> = {}): LlmDeps => ({
  env: { SOUNDSTAGE_LLM_URL: base, SOUNDSTAGE_LLM_MODEL: 'test-model', ...more },
});

const completion = (content: string) =>
  JSON.stringify({
    id: 'chatcmpl-1',
    object: 'chat.completion',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  });
const replyWith = (res: ServerResponse, content: string) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(completion(content));

const PROMPT = 'a red ball bounces off a table';
const OPTIONS: PlanOptions = { seconds: 3, width: 640, height: 360, fps: 30, seed: 7 };

/** The built-in plan with the ball made blue: what a model might sensibly answer. */
function bluePlan(): ScenePlan {
  const plan = planFromPrompt(PROMPT, OPTIONS);
  return {
    ...plan,
    entities: plan.entities.map((e) => (e.archetype === 'ball' ? { ...e, color: '#2040c0' } : e)),
  };
}

const withNote = (plan: ScenePlan, note: string): ScenePlan => ({
  ...plan,
  understanding: { ...plan.understanding, notes: [...plan.understanding.notes, note] },
});

test('not configured: exactly the built-in plan, and no request', async () => {
  for (const deps of [{ env: {} }, { env: { SOUNDSTAGE_LLM_URL: '  ', SOUNDSTAGE_LLM_MODEL: 'x' } }]) {
    const r = await planWithLlm(PROMPT, OPTIONS, deps);
    assert.equal(r.planner, 'builtin');
    assert.equal(r.fallback, undefined);
    assert.equal(JSON.stringify(r.plan), JSON.stringify(planFromPrompt(PROMPT, OPTIONS)));
  }
  assert.equal(requests.length, 0);
});

test("a valid plan from the model is used, with the request's duration, size, fps and seed kept", async () => {
  answer = (res) =>
    replyWith(
      res,
      JSON.stringify({ ...bluePlan(), duration: 9, width: 1920, height: 1080, fps: 60, seed: 123 }),
    );
  const r = await planWithLlm(PROMPT, OPTIONS, env());
  assert.equal(r.planner, 'llm');
  assert.equal(r.fallback, undefined);
  assert.deepEqual(r.plan, withNote(bluePlan(), 'planned by the LLM planner (test-model)'));
  assert.deepEqual(
    [r.plan.duration, r.plan.width, r.plan.height, r.plan.fps, r.plan.seed],
    [3, 640, 360, 30, 7],
  );
  assert.equal(r.plan.entities.find((e) => e.archetype === 'ball')!.color, '#2040c0');
  assert.equal(requests.length, 1);
  validatePlan(r.plan);
});

test('defaults count as fixed too, and a model cannot set a backdrop or change a chosen style', async () => {
  answer = (res) => {
    const plan = planFromPrompt(PROMPT);
    replyWith(
      res,
      JSON.stringify({
        ...plan,
        duration: 10,
        style: 'noir',
        environment: { ...plan.environment, backdrop: 'data:image/png;base64,AAAA' },
      }),
    );
  };
  const r = await planWithLlm(PROMPT, { style: 'cartoon' }, env());
  assert.equal(r.planner, 'llm');
  assert.equal(r.plan.duration, 4);
  assert.equal(r.plan.style, 'cartoon');
  assert.equal(r.plan.environment.backdrop, undefined);
});

for (const [what, broken, expected] of [
  [
    'names an unknown archetype',
    (p: ScenePlan) => ({ ...p, entities: p.entities.map((e) => ({ ...e, archetype: 'unicorn' })) }),
    'entities[0].archetype: unknown archetype "unicorn"',
  ],
  [
    'fails the schema',
    (p: ScenePlan) => ({ ...p, entities: p.entities.map((e) => ({ ...e, color: 'red' })) }),
    'entities[0].color: a colour is "#rrggbb"',
  ],
  ['is not JSON at all', () => 'Sure! Here is a lovely scene.', 'does not contain a JSON object'],
] as const) {
  test(`a first reply that ${what} is repaired once, with the error text`, async () => {
    answer = (res, n) => {
      const plan = bluePlan();
      const bad = broken(plan);
      replyWith(res, n === 0 ? (typeof bad === 'string' ? bad : JSON.stringify(bad)) : JSON.stringify(plan));
    };
    const r = await planWithLlm(PROMPT, OPTIONS, env());
    assert.equal(r.planner, 'llm');
    assert.deepEqual(
      r.plan,
      withNote(bluePlan(), 'planned by the LLM planner (test-model), after one repair'),
    );
    assert.equal(requests.length, 2);
    const repair = requests[1]!.body.messages;
    assert.deepEqual(
      repair.map((m) => m.role),
      ['system', 'user', 'assistant', 'user'],
    );
    assert.ok(repair.at(-1)!.content.includes(expected), repair.at(-1)!.content);
  });
}

test('invalid twice: the built-in plan, with the reason recorded', async () => {
  answer = (res) => replyWith(res, JSON.stringify({ ...bluePlan(), shots: [] }));
  const r = await planWithLlm(PROMPT, OPTIONS, env());
  assert.equal(requests.length, 2, 'one repair turn, no more');
  assert.equal(r.planner, 'builtin');
  assert.match(r.fallback!, /invalid after one repair: shots: /);
  assert.deepEqual(
    r.plan,
    withNote(
      planFromPrompt(PROMPT, OPTIONS),
      `LLM planner unavailable (${r.fallback}); used the built-in planner`,
    ),
  );
});

test('HTTP errors and bodies that are not JSON fall back; fenced JSON amid prose is read', async () => {
  answer = (res) =>
    res
      .writeHead(500, { 'content-type': 'application/json' })
      .end('{"error":{"message":"model is loading"}}');
  let r = await planWithLlm(PROMPT, OPTIONS, env());
  assert.equal(r.planner, 'builtin');
  assert.equal(r.fallback, 'HTTP 500: model is loading');
  assert.equal(requests.length, 1, 'an HTTP error is not retried');

  answer = (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>proxy login</html>');
  r = await planWithLlm(PROMPT, OPTIONS, env());
  assert.equal(r.fallback, 'the reply is not JSON');

  answer = (res) => res.writeHead(200).end(JSON.stringify({ choices: [] }));
  r = await planWithLlm(PROMPT, OPTIONS, env());
  assert.equal(r.fallback, 'the reply has no message content');

  answer = (res) =>
    replyWith(
      res,
      `<think>the user wants {a ball}</think>Here is the plan:\n\`\`\`json\n${JSON.stringify(bluePlan(), null, 2)}\n\`\`\`\nEnjoy!`,
    );
  r = await planWithLlm(PROMPT, OPTIONS, env());
  assert.equal(r.planner, 'llm');
  assert.equal(r.plan.entities.find((e) => e.archetype === 'ball')!.color, '#2040c0');

  r = await planWithLlm(PROMPT, OPTIONS, env({ SOUNDSTAGE_LLM_URL: 'http://127.0.0.1:9/v1' }));
  assert.equal(r.planner, 'builtin');
  assert.match(r.fallback!, /^cannot reach http:\/\/127\.0\.0\.1:9\/v1\/chat\/completions: /);
});

test('first JSON object: plain, fenced, after prose, with braces inside strings', () => {
  assert.deepEqual(firstJsonObject('{"a":1}'), { a: 1 });
  assert.deepEqual(firstJsonObject('```\n{"a":"}{"}\n```'), { a: '}{' });
  assert.deepEqual(firstJsonObject('Plan {not json} then {"a":{"b":"\\"}"}} and {"c":2}'), {
    a: { b: '"}' },
  });
  assert.equal(firstJsonObject('[1, 2]'), undefined);
  assert.equal(firstJsonObject('no json'), undefined);
});

test('a server that never answers: the built-in plan within the timeout', async () => {
  answer = () => {}; // holds the request open
  const start = Date.now();
  const r = await planWithLlm(PROMPT, OPTIONS, env({ SOUNDSTAGE_LLM_TIMEOUT_MS: '300' }));
  const took = Date.now() - start;
  assert.equal(r.planner, 'builtin');
  assert.equal(r.fallback, 'timeout after 300 ms');
  assert.ok(took >= 250 && took < 3000, `took ${took} ms`);
});

test('a server that answers slowly in the repair turn: the timeout covers both turns', async () => {
  answer = (res, n) => {
    if (n === 0) replyWith(res, JSON.stringify({ ...bluePlan(), shots: [] }));
    // the repair turn never answers
  };
  const r = await planWithLlm(PROMPT, OPTIONS, env({ SOUNDSTAGE_LLM_TIMEOUT_MS: '300' }));
  assert.equal(r.fallback, 'timeout after 300 ms');
  assert.equal(requests.length, 2);
});

test('an oversized reply is not read past 2 MB', async () => {
  answer = (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = 'x'.repeat(64 * 1024);
    let sent = 0;
    const more = () => {
      while (sent < 64 && !res.destroyed) {
        sent++;
        if (!res.write(chunk)) return void res.once('drain', more);
      }
      res.end();
    };
    more();
  };
  const r = await planWithLlm(PROMPT, OPTIONS, env());
  assert.equal(r.planner, 'builtin');
  assert.equal(r.fallback, 'the reply is larger than 2 MB');
});

test('the request: model, Bearer key, a JSON schema, the catalog, the prompt and its fixed options', async () => {
  answer = (res) => replyWith(res, JSON.stringify(bluePlan()));
  await planWithLlm(
    PROMPT,
    OPTIONS,
    env({ SOUNDSTAGE_LLM_API_KEY: 'sk-secret', SOUNDSTAGE_LLM_URL: `${base}/` }),
  );
  assert.equal(requests.length, 1);
  const { headers, body } = requests[0]!;
  assert.equal(headers.authorization, 'Bearer sk-secret');
  assert.equal(headers['content-type'], 'application/json');
  assert.equal(body.model, 'test-model');
  assert.equal(body.response_format?.type, 'json_schema');
  assert.equal(body.response_format?.json_schema?.name, 'ScenePlan');
  const schema = body.response_format!.json_schema!.schema as { properties: Record<string, unknown> };
  assert.ok(schema.properties.entities && schema.properties.understanding);
  const [system, user] = body.messages;
  assert.equal(system!.role, 'system');
  assert.match(system!.content, /Catalog archetypes: .*\bball\b.*\brubber-duck\b/);
  assert.match(system!.content, /"\$schema"/);
  assert.equal(user!.role, 'user');
  assert.ok(user!.content.includes(JSON.stringify(PROMPT)));
  assert.match(user!.content, /duration 3 s, width 640, height 360, fps 30, seed 7/);

  await planWithLlm(PROMPT, OPTIONS, env());
  assert.equal(requests[1]!.headers.authorization, undefined, 'no key, no Authorization header');
});

test('malformed settings are one clear error, not a silent fallback', async () => {
  const bad: [Record<string, string>, RegExp][] = [
    [
      { SOUNDSTAGE_LLM_URL: 'ftp://host/v1', SOUNDSTAGE_LLM_MODEL: 'm' },
      /SOUNDSTAGE_LLM_URL must be an http/,
    ],
    [
      { SOUNDSTAGE_LLM_URL: 'localhost:11434', SOUNDSTAGE_LLM_MODEL: 'm' },
      /SOUNDSTAGE_LLM_URL must be an http/,
    ],
    [{ SOUNDSTAGE_LLM_URL: 'not a url', SOUNDSTAGE_LLM_MODEL: 'm' }, /SOUNDSTAGE_LLM_URL must be an http/],
    [{ SOUNDSTAGE_LLM_URL: 'http://h/v1' }, /SOUNDSTAGE_LLM_MODEL must name the model/],
    [
      { SOUNDSTAGE_LLM_URL: 'http://h/v1', SOUNDSTAGE_LLM_MODEL: 'm', SOUNDSTAGE_LLM_TIMEOUT_MS: '0' },
      /TIMEOUT_MS/,
    ],
    [
      { SOUNDSTAGE_LLM_URL: 'http://h/v1', SOUNDSTAGE_LLM_MODEL: 'm', SOUNDSTAGE_LLM_TIMEOUT_MS: '-5' },
      /TIMEOUT_MS/,
    ],
    [
      { SOUNDSTAGE_LLM_URL: 'http://h/v1', SOUNDSTAGE_LLM_MODEL: 'm', SOUNDSTAGE_LLM_TIMEOUT_MS: '2s' },
      /TIMEOUT_MS/,
    ],
  ];
  for (const [settings, message] of bad) {
    assert.throws(
      () => llmConfig(settings),
      (err: Error) => err instanceof LlmConfigError && message.test(err.message),
    );
    await assert.rejects(planWithLlm(PROMPT, OPTIONS, { env: settings }), LlmConfigError);
  }
  assert.deepEqual(
    llmConfig({ SOUNDSTAGE_LLM_URL: 'https://api.example.com/v1//', SOUNDSTAGE_LLM_MODEL: 'gpt-x' }),
    { endpoint: 'https://api.example.com/v1/chat/completions', model: 'gpt-x', timeoutMs: 20000 },
  );
  assert.equal(llmConfig({ SOUNDSTAGE_LLM_MODEL: 'm' }), undefined, 'off without a URL');
});

const exec = promisify(execFile);
async function cli(args: string[], settings: Record<string, string>) {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', ...args], {
      env: { ...process.env, ...settings },
      maxBuffer: 1 << 26,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

test('soundstage plan: a fallback is told in one line on stderr and the plan is still printed', async () => {
  answer = (res) => res.writeHead(503).end('busy');
  const settings = { SOUNDSTAGE_LLM_URL: base, SOUNDSTAGE_LLM_MODEL: 'test-model' };
  const r = await cli(
    ['plan', PROMPT, '--seconds', '3', '--size', '640x360', '--fps', '30', '--seed', '7'],
    settings,
  );
  assert.equal(r.code, 0, r.stderr);
  const told = 'LLM planner unavailable (HTTP 503: busy); used the built-in planner';
  assert.ok(r.stderr.includes(`soundstage: ${told}\n`), r.stderr);
  assert.equal(r.stderr.split(told).length, 2, `told once: ${r.stderr}`);
  assert.deepEqual(JSON.parse(r.stdout), withNote(planFromPrompt(PROMPT, OPTIONS), told));

  answer = (res) => replyWith(res, JSON.stringify(bluePlan()));
  const explained = await cli(['plan', '--explain', PROMPT], settings);
  assert.equal(explained.code, 0, explained.stderr);
  assert.match(explained.stdout, /Notes:\n {2}planned by the LLM planner \(test-model\)/);
  assert.match(explained.stdout, /ball: ball \("a red ball"\), rubber, #2040c0/);
});

test('soundstage: malformed LLM settings stop plan and serve with one line and exit code 2', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'soundstage-llm-'));
  try {
    const settings = { SOUNDSTAGE_LLM_URL: base, SOUNDSTAGE_LLM_MODEL: '' };
    for (const args of [
      ['plan', PROMPT],
      ['serve', '--port', '0', '--data', dir],
    ]) {
      const r = await cli(args, settings);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(
        r.stderr,
        'soundstage: error: SOUNDSTAGE_LLM_MODEL must name the model when SOUNDSTAGE_LLM_URL is set (e.g. SOUNDSTAGE_LLM_MODEL=llama3.1)\n',
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("the server's POST /v1/videos plans through the LLM when it is configured", async () => {
  const { startService } = await import('../../src/service/index.js');
  const dir = await mkdtemp(join(tmpdir(), 'soundstage-llm-api-'));
  const saved = { url: process.env.SOUNDSTAGE_LLM_URL, model: process.env.SOUNDSTAGE_LLM_MODEL };
  process.env.SOUNDSTAGE_LLM_URL = base;
  process.env.SOUNDSTAGE_LLM_MODEL = 'test-model';
  const service = await startService({ dataDir: dir, port: 0, bootstrapKey: 'sk-llm-test' });
  try {
    answer = (res, _n, body) => {
      const seed = /seed (\d+)/.exec(body.messages[1]!.content)![1]!;
      const plan = planFromPrompt(PROMPT, { seconds: 4, width: 1280, height: 720, seed: Number(seed) });
      replyWith(res, JSON.stringify(plan));
    };
    const res = await fetch(`${service.url}/v1/videos`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-llm-test', 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: PROMPT, size: '1280x720', seconds: '4' }),
    });
    assert.equal(res.status, 200, await res.clone().text());
    const video = (await res.json()) as { id: string; status: string };
    assert.equal(video.status, 'queued');
    assert.equal(requests.length, 1);
    const user = requests[0]!.body.messages[1]!.content;
    assert.ok(user.includes(JSON.stringify(PROMPT)));
    const seed = Number.parseInt(video.id.slice(-8), 16) >>> 0;
    assert.ok(user.includes(`duration 4 s, width 1280, height 720, fps 24, seed ${seed}`), user);
  } finally {
    await service.close();
    for (const [key, value] of [
      ['SOUNDSTAGE_LLM_URL', saved.url],
      ['SOUNDSTAGE_LLM_MODEL', saved.model],
    ] as const)
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    await rm(dir, { recursive: true, force: true });
  }
});
