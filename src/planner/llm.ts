/**
 * The optional LLM planner: any OpenAI-compatible chat-completions endpoint, asked for a ScenePlan
 * under its JSON Schema. Off unless SOUNDSTAGE_LLM_URL is set. The built-in plan is made first: it
 * is shown to the model as a draft and is the answer whenever the model's is not usable (an HTTP
 * or network error, a timeout, an oversized or unreadable reply, or a plan still invalid after one
 * repair turn). What the request fixes (prompt, duration, size, fps, seed, a chosen style, a
 * backdrop) is written over whatever the model returned. The plan's `understanding.notes` record
 * which planner made it and, on a fallback, why.
 */
import { PLAN_VERSION, planJsonSchema, scenePlan, type ScenePlan } from '../plan/schema.js';
import { ARCHETYPES, catalogProblems } from '../world/index.js';
import { castCharacters } from './cast.js';
import { planFromPrompt, type PlanOptions } from './index.js';

export interface LlmConfig {
  /** The chat-completions endpoint, `${SOUNDSTAGE_LLM_URL}/chat/completions`. */
  endpoint: string;
  model: string;
  apiKey?: string;
  /** For the whole exchange, repair turn included. */
  timeoutMs: number;
}

/** A malformed SOUNDSTAGE_LLM_* setting (reported in one line at start rather than ignored). */
export class LlmConfigError extends Error {}

export const DEFAULT_LLM_TIMEOUT_MS = 20_000;
/** Replies longer than this are not read (a plan of 400 things is well under it). */
export const MAX_REPLY_BYTES = 2 * 1024 * 1024;

type Env = Readonly<Record<string, string | undefined>>;

/** The LLM planner's settings, or undefined when it is off (SOUNDSTAGE_LLM_URL unset or empty). */
export function llmConfig(env: Env = process.env): LlmConfig | undefined {
  const base = env.SOUNDSTAGE_LLM_URL?.trim();
  if (!base) return undefined;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new LlmConfigError(`SOUNDSTAGE_LLM_URL must be an http:// or https:// URL, got "${base}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new LlmConfigError(`SOUNDSTAGE_LLM_URL must be an http:// or https:// URL, got "${base}"`);
  const model = env.SOUNDSTAGE_LLM_MODEL?.trim();
  if (!model)
    throw new LlmConfigError(
      'SOUNDSTAGE_LLM_MODEL must name the model when SOUNDSTAGE_LLM_URL is set (e.g. SOUNDSTAGE_LLM_MODEL=llama3.1)',
    );
  const timeoutText = env.SOUNDSTAGE_LLM_TIMEOUT_MS?.trim();
  const timeoutMs = timeoutText ? Number(timeoutText) : DEFAULT_LLM_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0 || timeoutMs > 0x7fffffff)
    throw new LlmConfigError(
      `SOUNDSTAGE_LLM_TIMEOUT_MS must be a positive number of milliseconds, got "${timeoutText}"`,
    );
  const apiKey = env.SOUNDSTAGE_LLM_API_KEY?.trim();
  return {
    endpoint: `${base.replace(/\/+$/, '')}/chat/completions`,
    model,
    ...(apiKey && { apiKey }),
    timeoutMs: Math.ceil(timeoutMs),
  };
}

export interface PlannedPrompt {
  plan: ScenePlan;
  /** Which planner's plan this is. */
  planner: 'builtin' | 'llm';
  /** Why the LLM planner was configured but not used (also in the plan's notes). */
  fallback?: string;
}

export interface LlmDeps {
  /** Where the settings are read (default process.env). */
  env?: Env;
  fetch?: typeof fetch;
}

/** Why the exchange with the model ended without a plan. */
class Unavailable extends Error {}

type Message = { role: 'system' | 'user' | 'assistant'; content: string };

/**
 * The plan for a prompt: the LLM planner's when it is configured and its answer is valid, else the
 * built-in planner's. Not configured, this is exactly `planFromPrompt(prompt, options)`. Throws only
 * LlmConfigError (a malformed setting); every other problem is a fallback.
 */
export async function planWithLlm(
  prompt: string,
  options: PlanOptions = {},
  deps: LlmDeps = {},
): Promise<PlannedPrompt> {
  const config = llmConfig(deps.env ?? process.env);
  const draft = planFromPrompt(prompt, options);
  if (!config) return { plan: draft, planner: 'builtin' };
  const send = deps.fetch ?? fetch;
  const signal = AbortSignal.timeout(config.timeoutMs);
  const messages = firstMessages(prompt, options, draft);
  let lastProblems: string[] = [];
  try {
    for (let turn = 0; turn < 2; turn++) {
      const content = await ask(send, config, messages, signal);
      const checked = check(content, prompt, options, draft);
      if (checked.plan) {
        const by = `planned by the LLM planner (${config.model})${turn ? ', after one repair' : ''}`;
        return { plan: withNote(checked.plan, by), planner: 'llm' };
      }
      lastProblems = checked.problems;
      messages.push(
        { role: 'assistant', content },
        {
          role: 'user',
          content:
            `That reply is not a valid ScenePlan:\n${checked.problems.map((p) => `- ${p}`).join('\n')}\n\n` +
            'Reply with the corrected ScenePlan: one JSON object, nothing else.',
        },
      );
    }
    return fallback(draft, `the plan was still invalid after one repair: ${lastProblems[0]}`);
  } catch (err) {
    if (signal.aborted) return fallback(draft, `timeout after ${config.timeoutMs} ms`);
    if (err instanceof Unavailable) return fallback(draft, err.message);
    return fallback(draft, `the LLM planner failed: ${reasonOf(err)}`); // a bug here must not stop a video
  }
}

/** The most telling part of a thrown error (fetch puts the system error, e.g. ECONNREFUSED, in `cause`). */
function reasonOf(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return err instanceof Error ? err.message : String(err);
}

/** A URL fit for a log line: without a user name or password in it. */
export function withoutCredentials(url: string): string {
  const u = new URL(url);
  u.username = u.password = '';
  return u.href;
}

/** The note a fallback adds to the plan (and the CLI prints). */
export const fallbackNote = (reason: string) =>
  `LLM planner unavailable (${reason}); used the built-in planner`;

function fallback(draft: ScenePlan, reason: string): PlannedPrompt {
  const why = oneLine(reason, 300);
  return { plan: withNote(draft, fallbackNote(why)), planner: 'builtin', fallback: why };
}

const withNote = (plan: ScenePlan, note: string): ScenePlan => ({
  ...plan,
  understanding: { ...plan.understanding, notes: [...plan.understanding.notes, note] },
});

const oneLine = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function firstMessages(prompt: string, options: PlanOptions, draft: ScenePlan): Message[] {
  const fixed = [
    `duration ${draft.duration} s`,
    `width ${draft.width}`,
    `height ${draft.height}`,
    `fps ${draft.fps}`,
    `seed ${draft.seed}`,
    ...(options.style ? [`style "${options.style}"`] : []),
  ];
  const cast = castCharacters(prompt, options.characters ?? []).named.map(
    (c) =>
      `- "${c.name}" is a character: an entity with archetype "${c.archetype}", label "${c.name}"` +
      (c.palette[0] ? `, colour ${c.palette[0]}` : ''),
  );
  // The backdrop (a data URL, possibly megabytes) is the request's, not the model's to choose.
  const shown = { ...draft, environment: { ...draft.environment, backdrop: undefined } };
  const system = [
    'You are the planner of Soundstage, which turns a prompt into a short video with sound by simulating a 3D scene.',
    'Write the ScenePlan for the prompt: the things in the scene (each an archetype from the catalog below),',
    'where they start, what sets them moving, the camera shots, place, light, speech and sound.',
    'Units: metres, seconds, kilograms; Y is up and the ground is y = 0.',
    'In "understanding", record what you understood from the prompt, the words of the prompt you did not use, and notes.',
    'Keep "version", "prompt", "duration", "fps", "width" and "height" and "seed" exactly as given.',
    'Do not set environment.backdrop.',
    'Reply with one JSON object that follows the JSON Schema below, and nothing else.',
    '',
    `Catalog archetypes: ${[...ARCHETYPES.keys()].join(', ')}`,
    '',
    'ScenePlan JSON Schema:',
    JSON.stringify(planJsonSchema()),
  ].join('\n');
  const user = [
    `Prompt: ${JSON.stringify(prompt)}`,
    '',
    `Fixed by the request (keep exactly): version ${PLAN_VERSION}, the prompt above, ${fixed.join(', ')}.`,
    ...(cast.length ? ['', 'Characters named in the prompt:', ...cast] : []),
    ...(options.backdrop ? ['', 'The scene is set in front of a picture (added after you answer).'] : []),
    '',
    "A draft by Soundstage's built-in word-matching planner (keep what is right, fix what it missed or misread):",
    JSON.stringify(shown),
  ].join('\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

/** One chat-completions request; the reply's message content. */
async function ask(send: typeof fetch, config: LlmConfig, messages: Message[], signal: AbortSignal) {
  let res: Response;
  try {
    res = await send(config.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(config.apiKey && { authorization: `Bearer ${config.apiKey}` }),
      },
      body: JSON.stringify({
        model: config.model,
        messages,
        response_format: {
          type: 'json_schema',
          json_schema: { name: 'ScenePlan', schema: planJsonSchema(), strict: false },
        },
      }),
      signal,
    });
  } catch (err) {
    if (signal.aborted) throw err;
    throw new Unavailable(`cannot reach ${withoutCredentials(config.endpoint)}: ${reasonOf(err)}`);
  }
  let text: string;
  try {
    text = await readCapped(res, MAX_REPLY_BYTES);
  } catch (err) {
    if (signal.aborted || err instanceof Unavailable) throw err;
    throw new Unavailable(`the reply was cut off: ${reasonOf(err)}`);
  }
  if (!res.ok) {
    const detail = errorMessage(text);
    throw new Unavailable(`HTTP ${res.status}${detail ? `: ${detail}` : ''}`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Unavailable('the reply is not JSON');
  }
  const choice = (body as { choices?: { message?: { content?: unknown; refusal?: unknown } }[] })
    ?.choices?.[0];
  const content = choice?.message?.content;
  if (typeof content === 'string' && content.trim()) return content;
  const refusal = choice?.message?.refusal;
  throw new Unavailable(
    typeof refusal === 'string' && refusal
      ? `the model refused: ${refusal}`
      : 'the reply has no message content',
  );
}

/** The body as text, refusing to read past `max` bytes. */
async function readCapped(res: Response, max: number): Promise<string> {
  const tooBig = () => new Unavailable(`the reply is larger than ${max / (1024 * 1024)} MB`);
  const declared = Number(res.headers.get('content-length'));
  if (declared > max) {
    await res.body?.cancel().catch(() => {});
    throw tooBig();
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => {});
      throw tooBig();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The `error.message` of an OpenAI-style error body, or the start of the body. */
function errorMessage(text: string): string {
  try {
    const message = (JSON.parse(text) as { error?: { message?: unknown } })?.error?.message;
    if (typeof message === 'string') return oneLine(message, 200);
  } catch {
    // not JSON: the text itself
  }
  return oneLine(text, 200);
}

/** The model's reply as a plan (with the request's fixed fields), or what is wrong with it. */
function check(
  content: string,
  prompt: string,
  options: PlanOptions,
  draft: ScenePlan,
): { plan: ScenePlan; problems?: undefined } | { plan?: undefined; problems: string[] } {
  const value = firstJsonObject(content);
  if (value === undefined)
    return { problems: ['the reply does not contain a JSON object (reply with the plan as JSON only)'] };
  const fixed: Record<string, unknown> = {
    ...(value as Record<string, unknown>),
    version: PLAN_VERSION,
    prompt,
    duration: draft.duration,
    fps: draft.fps,
    width: draft.width,
    height: draft.height,
    seed: draft.seed,
    ...(options.style && { style: options.style }),
  };
  const env = fixed.environment;
  if (env && typeof env === 'object' && !Array.isArray(env)) {
    const own: Record<string, unknown> = { ...env };
    delete own.backdrop;
    fixed.environment = options.backdrop ? { ...own, backdrop: options.backdrop } : own;
  }
  const result = scenePlan.safeParse(fixed);
  if (!result.success) return { problems: result.error.issues.slice(0, 20).map(describeIssue) };
  const problems = catalogProblems(result.data);
  if (problems.length) return { problems: problems.slice(0, 20) };
  return { plan: result.data };
}

/** "entities[2].color: a colour is "#rrggbb"", as validatePlan words it. */
function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const where = issue.path.length
    ? issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '')
    : 'plan';
  return `${where}: ${issue.message}`;
}

/**
 * The first JSON object in a model's reply, which may wrap it in ``` fences, prose or a
 * <think>…</think> preamble (servers that ignore response_format).
 */
export function firstJsonObject(content: string): object | undefined {
  const text = content.replace(/<think>[\s\S]*?<\/think>/g, '');
  const fenced = /```[a-zA-Z]*\s*\n?([\s\S]*?)```/.exec(text)?.[1];
  for (const candidate of fenced === undefined ? [text] : [fenced, text]) {
    const whole = parseObject(candidate.trim());
    if (whole) return whole;
    let from = candidate.indexOf('{');
    for (let tries = 0; from >= 0 && tries < 100; tries++) {
      const end = matchingBrace(candidate, from);
      if (end < 0) break;
      const found = parseObject(candidate.slice(from, end + 1));
      if (found) return found;
      from = candidate.indexOf('{', from + 1);
    }
  }
  return undefined;
}

function parseObject(text: string): object | undefined {
  if (!text.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Index of the brace closing the one at `start`, skipping strings; -1 if it is never closed. */
function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}
