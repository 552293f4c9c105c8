/**
 * The engine: ScenePlan → simulate → (render ∥ audio) → encode. Frames are drawn on a render
 * thread and streamed to ffmpeg by this one, which only moves bytes; the soundtrack is mixed on a
 * third thread meanwhile and joins the same ffmpeg run. The only side effects are the files
 * written, and a cancelled or failed render leaves none of them behind.
 */
import { rm, writeFile } from 'node:fs/promises';
import type { Worker } from 'node:worker_threads';
import type { ScenePlan } from '../plan/schema.js';
import { simulate, type Trace } from '../sim/index.js';
import type { Stereo } from '../audio/index.js';
import { encodeMp4 } from '../media/encode.js';
import { startWorker } from './workers.js';
import { captionCues } from '../speech/index.js';
import type { RenderJob, RenderMessage } from './render-worker.js';

export { validatePlan, PlanError } from './validate.js';

export type Stage = 'simulate' | 'render' | 'finish';

export interface RenderOutputs {
  video: string;
  thumbnail?: string;
  spritesheet?: string;
}

export interface RenderOptions {
  quality?: 'standard' | 'pro';
  onProgress?(stage: Stage, fraction: number): void;
  /** Cancels the render; nothing is left behind. */
  signal?: AbortSignal;
  /** Burns the dialogue's captions into the picture. */
  captions?: boolean;
}

/** Frame slots shared with the render thread: enough to keep it and ffmpeg busy, few enough to keep memory flat. */
const SLOTS = 3;

export async function renderPlan(
  plan: ScenePlan,
  outputs: RenderOutputs,
  options: RenderOptions = {},
): Promise<Trace> {
  const progress = options.onProgress ?? (() => {});
  // The threads load their modules, and ffmpeg starts, while this one simulates.
  const renderer = startWorker('render-worker');
  const mixer = startWorker('audio-worker');
  const written: string[] = [];
  const derivatives = Boolean(outputs.thumbnail || outputs.spritesheet);
  const frameBytes = plan.width * plan.height * 4;
  const ring = new SharedArrayBuffer(SLOTS * frameBytes);
  progress('simulate', 0);
  const simulated = simulate(plan, { onProgress: (f) => progress('simulate', f) }).then((trace) => {
    options.signal?.throwIfAborted();
    renderer.postMessage({
      plan,
      trace,
      quality: options.quality,
      ...(options.captions && { captions: captionCues(trace.speech) }),
      derivatives,
      ring,
      slots: SLOTS,
    } satisfies RenderJob);
    mixer.postMessage({ plan, trace });
    return trace;
  });
  const frames = frameStream(renderer, ring, frameBytes, (i, count) => progress('render', (i + 1) / count));
  try {
    await encodeMp4({
      width: plan.width,
      height: plan.height,
      fps: plan.fps,
      frames: frames.frames(simulated),
      audio: simulated.then(() => result<Stereo>(mixer)),
      out: outputs.video,
      quality: options.quality,
      signal: options.signal,
    });
    const trace = await simulated;
    progress('finish', 0);
    const done = await frames.done;
    written.push(outputs.video);
    for (const [file, bytes] of [
      [outputs.thumbnail, done.thumbnail],
      [outputs.spritesheet, done.spritesheet],
    ] as const) {
      if (!file || !bytes) continue;
      await writeFile(file, bytes);
      written.push(file);
    }
    progress('finish', 1);
    return trace;
  } catch (err) {
    // A set of outputs is whole or absent; files this call did not write are never touched.
    await Promise.all(written.map((f) => rm(f, { force: true })));
    throw err;
  } finally {
    await Promise.all([renderer.terminate(), mixer.terminate()]);
  }
}

/** The single message a one-shot worker answers with. */
function result<T>(worker: Worker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`worker stopped (exit ${code}) before answering`)));
  });
}

/**
 * Frames from the render thread, in order, as views of their shared slots. A slot is handed back
 * when the next frame is asked for, that is, once the consumer has finished writing this one.
 */
function frameStream(
  worker: Worker,
  ring: SharedArrayBuffer,
  frameBytes: number,
  onFrame: (index: number, count: number) => void,
) {
  const ready: number[] = [];
  let waiting: (() => void) | undefined;
  let failure: unknown;
  let finish: (m: Extract<RenderMessage, { type: 'done' }>) => void = () => {};
  const done = new Promise<Extract<RenderMessage, { type: 'done' }>>((resolve) => (finish = resolve));
  const fail = (err: unknown) => {
    failure = err;
    waiting?.();
  };
  worker.on('message', (m: RenderMessage) => {
    if (m.type === 'frame') ready.push(m.slot);
    else finish(m);
    waiting?.();
  });
  worker.once('error', fail);
  worker.once('exit', (code) => code !== 0 && fail(new Error(`render thread stopped (exit ${code})`)));
  /** Waits for the simulation, whose trace says how many frames there are. */
  async function* frames(simulated: Promise<Trace>): AsyncGenerator<Buffer> {
    const count = (await simulated).frameCount;
    for (let i = 0; i < count; i++) {
      if (i > 0) worker.postMessage('free');
      while (ready.length === 0) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (waiting = resolve));
      }
      onFrame(i, count);
      yield Buffer.from(ring, ready.shift()! * frameBytes, frameBytes);
    }
  }
  return { frames, done };
}

/** The Trace as JSON (typed arrays as plain arrays), for inspection and tools. */
export function traceToJson(trace: Trace): string {
  return JSON.stringify(trace, (_key, value: unknown) =>
    value instanceof Float32Array ? Array.from(value, (v) => Math.round(v * 1e5) / 1e5) : value,
  );
}
