/**
 * soundstage: generate | plan | render. Errors in what the user typed or gave are reported in one
 * line with exit code 2, before any file is written.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { PlanOptions } from '../planner/index.js';
import { fallbackNote, llmConfig, LlmConfigError, planWithLlm, withoutCredentials } from '../planner/llm.js';
import { planJsonSchema, styles, type ScenePlan } from '../plan/schema.js';
import { explainPlan } from '../plan/explain.js';
import { PlanError, renderPlan, traceToJson, validatePlan, type RenderOutputs } from '../engine/index.js';
import { toWebVtt } from '../speech/index.js';
import {
  checkOutput,
  checkPrompt,
  checkSubtitles,
  parseNumber,
  parseSize,
  parseStyle,
  UsageError,
} from './options.js';
import { progressBar } from './progress.js';

interface PlanFlags {
  seconds?: string;
  size?: string;
  fps?: string;
  seed?: string;
  style?: string;
}

interface OutputFlags {
  output?: string;
  planOut?: string;
  traceOut?: string;
  subtitlesOut?: string;
  captions?: boolean;
  thumbnail?: string | false;
  spritesheet?: string | false;
  quality: 'standard' | 'pro';
}

class Cancelled extends Error {}

function planOptions(flags: PlanFlags): PlanOptions {
  return {
    ...(flags.seconds !== undefined && { seconds: parseNumber('--seconds', flags.seconds, 0.5, 120) }),
    ...(flags.size !== undefined && parseSize(flags.size)),
    ...(flags.fps !== undefined && { fps: parseNumber('--fps', flags.fps, 1, 60, true) }),
    ...(flags.seed !== undefined && { seed: parseNumber('--seed', flags.seed, 0, 0xffffffff, true) }),
    ...(flags.style !== undefined && { style: parseStyle(flags.style) }),
  };
}

function outputs(video: string, flags: OutputFlags): RenderOutputs {
  const stem = video.replace(/\.mp4$/i, '');
  return {
    video,
    thumbnail: flags.thumbnail === false ? undefined : (flags.thumbnail ?? `${stem}.thumbnail.webp`),
    spritesheet: flags.spritesheet === false ? undefined : (flags.spritesheet ?? `${stem}.spritesheet.jpg`),
  };
}

async function render(plan: ScenePlan, video: string, flags: OutputFlags): Promise<void> {
  const files = outputs(video, flags);
  if (flags.subtitlesOut) checkSubtitles(flags.subtitlesOut);
  if (flags.planOut) await writeFile(flags.planOut, JSON.stringify(plan, null, 2) + '\n');
  const bar = process.stderr.isTTY ? progressBar() : undefined;
  // Ctrl-C or a kill stops between frames and removes the partial file.
  const cancel = new AbortController();
  const stop = () => cancel.abort(new Cancelled('cancelled; no video written'));
  process.once('SIGINT', stop).once('SIGTERM', stop);
  try {
    const trace = await renderPlan(plan, files, {
      quality: flags.quality,
      onProgress: bar?.update,
      signal: cancel.signal,
      captions: flags.captions,
    });
    if (flags.traceOut) await writeFile(flags.traceOut, traceToJson(trace) + '\n');
    if (flags.subtitlesOut) await writeFile(flags.subtitlesOut, toWebVtt(trace.speech, speakerNames(plan)));
    for (const note of trace.notes) process.stderr.write(`note: ${note}\n`);
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop);
    bar?.stop();
  }
  const extras = [files.thumbnail, files.spritesheet].filter(Boolean).map((f) => basename(f!));
  process.stderr.write(`wrote ${video}${extras.length ? ` (+ ${extras.join(', ')})` : ''}\n`);
}

/**
 * The plan for a prompt: the LLM planner's when SOUNDSTAGE_LLM_URL is set (see planner/llm.ts),
 * else the built-in planner's. A fallback from the LLM is told in one line; its note is returned so
 * that summarize does not repeat it.
 */
async function planPrompt(prompt: string, options: PlanOptions): Promise<{ plan: ScenePlan; told?: string }> {
  const { plan, fallback } = await planWithLlm(prompt, options);
  if (fallback === undefined) return { plan };
  const told = fallbackNote(fallback);
  process.stderr.write(`soundstage: ${told}\n`);
  return { plan, told };
}

/**
 * What each speaker is called in the subtitles: the prompt's words for them ("old man"), and one
 * of a group by its number ("friend 2" of "two friends").
 */
function speakerNames(plan: ScenePlan): Record<string, string> {
  return Object.fromEntries(
    plan.entities.map((e) => {
      const name = e.label.replace(/^(a|an|the)\s+/i, '');
      const one = /-(\d+)$/.exec(e.id);
      const noun = name.split(/\s+/).at(-1)!.replace(/s$/, '');
      return [e.id, one ? `${noun} ${one[1]}` : name];
    }),
  );
}

function summarize(plan: ScenePlan, told?: string): void {
  const { ignored, notes } = plan.understanding;
  if (ignored.length) process.stderr.write(`not used from the prompt: ${ignored.join(', ')}\n`);
  for (const note of notes) if (note !== told) process.stderr.write(`note: ${note}\n`);
}

const planFlags = (c: Command) =>
  c
    .option('--seconds <n>', 'duration in seconds (default 4)')
    .option('--size <WxH>', 'frame size, e.g. 1280x720, 720x1280, 1920x1080 (default 1280x720)')
    .option('--fps <n>', 'frames per second (default 24)')
    .option('--seed <n>', 'seed for every random choice (default 1)')
    .option('--style <name>', `look: ${styles.join(', ')}`);

const outputFlags = (c: Command) =>
  c
    .option('-o, --output <file>', 'the MP4 to write')
    .option('--trace-out <file>', 'also write the simulated Trace as JSON')
    .option('--subtitles-out <file>', 'also write the dialogue as WebVTT subtitles (.vtt)')
    .option('--captions', 'burn the dialogue into the picture as captions')
    .option('--thumbnail <file>', 'where to write the WebP thumbnail (default: next to the video)')
    .option('--no-thumbnail', 'do not write a thumbnail')
    .option('--spritesheet <file>', 'where to write the JPEG spritesheet (default: next to the video)')
    .option('--no-spritesheet', 'do not write a spritesheet')
    .addOption(
      new Option('--quality <profile>', 'standard or pro').choices(['standard', 'pro']).default('standard'),
    );

export function program(): Command {
  const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };
  const cli = new Command('soundstage')
    .description('Prompt → ScenePlan → physics → picture and sound → MP4')
    .version(version)
    .exitOverride()
    .configureOutput({ outputError: () => {} });

  outputFlags(planFlags(cli.command('generate').argument('<prompt>', 'what should happen')))
    .option('--plan-out <file>', 'also write the ScenePlan as JSON')
    .description('turn a prompt into an MP4 with sound')
    .action(async (prompt: string, flags: PlanFlags & OutputFlags) => {
      const video = checkOutput(flags.output);
      const { plan, told } = await planPrompt(checkPrompt(prompt), planOptions(flags));
      summarize(plan, told);
      await render(plan, video, flags);
    });

  planFlags(cli.command('plan').argument('[prompt]', 'what should happen'))
    .option('--schema', 'print the ScenePlan JSON Schema instead')
    .option('--explain', 'print a readable account of the plan instead of its JSON')
    .description('print the ScenePlan a prompt becomes (edit it, then `soundstage render`)')
    .action(
      async (prompt: string | undefined, flags: PlanFlags & { schema?: boolean; explain?: boolean }) => {
        if (flags.schema) return void process.stdout.write(JSON.stringify(planJsonSchema(), null, 2) + '\n');
        const { plan, told } = await planPrompt(checkPrompt(prompt), planOptions(flags));
        if (flags.explain) return void process.stdout.write(explainPlan(plan));
        summarize(plan, told);
        process.stdout.write(JSON.stringify(plan, null, 2) + '\n');
      },
    );

  outputFlags(cli.command('render').argument('<plan.json>', 'a ScenePlan, e.g. from `soundstage plan`'))
    .description('render a (possibly edited) plan to MP4')
    .action(async (file: string, flags: OutputFlags) => {
      const video = checkOutput(flags.output);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (err) {
        throw new UsageError(
          `cannot read the plan "${file}": ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
        );
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (err) {
        throw new UsageError(`the plan "${file}" is not JSON: ${(err as Error).message}`);
      }
      await render(validatePlan(json), video, flags);
    });
  cli
    .command('serve')
    .description('run the OpenAI-compatible Videos API (embedded database and files under --data)')
    .option('--port <n>', 'port to listen on', '8080')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--data <dir>', 'data folder', 'soundstage-data')
    .option('--concurrency <n>', 'renders at once', '1')
    .option('--retention <hours>', 'how long finished videos are kept', '24')
    .action(
      async (flags: { port: string; host: string; data: string; concurrency: string; retention: string }) => {
        const llm = llmConfig(); // a malformed SOUNDSTAGE_LLM_* stops here, not at the first request
        if (llm)
          process.stderr.write(
            `soundstage: planning with the LLM planner (${llm.model} at ${withoutCredentials(llm.endpoint)})\n`,
          );
        const { serve } = await import('./serve.js');
        await serve({
          dataDir: flags.data,
          host: flags.host,
          port: parseNumber('--port', flags.port, 0, 65535, true),
          concurrency: parseNumber('--concurrency', flags.concurrency, 1, 64, true),
          retentionSeconds: parseNumber('--retention', flags.retention, 0.001, 24 * 365) * 3600,
        });
      },
    );

  cli
    .command('keys')
    .description('manage API keys')
    .command('create')
    .description('print a new API key for a project (through the server if it is running)')
    .option('--data <dir>', 'data folder', 'soundstage-data')
    .option('--project <name>', 'project the key belongs to', 'default')
    .action(async (flags: { data: string; project: string }) => {
      const { createKeyIn } = await import('../service/index.js');
      process.stdout.write(`${await createKeyIn(flags.data, flags.project)}\n`);
    });
  return cli;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await program().parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return; // --help, --version
      fail(err.message.replace(/^error: /, ''));
    } else if (err instanceof UsageError || err instanceof PlanError || err instanceof LlmConfigError) {
      fail(err.message);
    } else if (err instanceof Cancelled) {
      process.stderr.write(`soundstage: ${err.message}\n`);
      process.exitCode = 130;
    } else {
      process.stderr.write(`soundstage: failed: ${(err as Error).message ?? String(err)}\n`);
      process.exitCode = 1;
    }
  }
}

function fail(message: string): void {
  process.stderr.write(`soundstage: error: ${message}\n`);
  process.exitCode = 2;
}
