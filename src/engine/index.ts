/**
 * The engine: ScenePlan → simulate → (render ∥ audio) → encode, on three threads. This one
 * simulates, then mixes the soundtrack while the render thread draws the frames into a small ring of
 * shared slots and the encoding thread feeds them, and then the soundtrack, to ffmpeg. The only side
 * effects are the files written, and a cancelled or failed render leaves none of them behind.
 */
import { rm, writeFile } from 'node:fs/promises';
import { MessageChannel, type Worker } from 'node:worker_threads';
import type { ScenePlan } from '../plan/schema.js';
import { simulate, type Trace } from '../sim/index.js';
import { renderAudio } from '../audio/index.js';
import { EncodeError } from '../media/encode.js';
import { startWorker } from './workers.js';
import { captionCues, loadSpeech } from '../speech/index.js';
import type { RenderDone, RenderJob } from './render-worker.js';
import type { EncodeCommand, EncodeJob, EncodeReport } from './encode-worker.js';

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

/** Frame slots shared by the render and encoding threads: enough to keep both busy, few enough to keep memory flat. */
const SLOTS = 3;

export async function renderPlan(
  plan: ScenePlan,
  outputs: RenderOutputs,
  options: RenderOptions = {},
): Promise<Trace> {
  const progress = options.onProgress ?? (() => {});
  const signal = options.signal;
  // The threads load their modules, and ffmpeg starts, while this one simulates.
  const renderer = startWorker('render-worker');
  const encoder = startWorker('encode-worker');
  const ring = new SharedArrayBuffer(SLOTS * plan.width * plan.height * 4);
  const { port1: drawn, port2: toEncode } = new MessageChannel();
  let frameCount = Infinity;
  encoder.postMessage(
    {
      width: plan.width,
      height: plan.height,
      fps: plan.fps,
      quality: options.quality,
      out: outputs.video,
      ring,
      frames: toEncode,
    } satisfies EncodeJob,
    [toEncode],
  );
  const command = (c: EncodeCommand, transfer: ArrayBuffer[] = []) => encoder.postMessage(c, transfer);
  const encoded = encoding(encoder, signal, (frames) => progress('render', Math.min(1, frames / frameCount)));
  const rendered = answer<RenderDone>(renderer);
  const abort = () => command({ type: 'abort' });
  signal?.addEventListener('abort', abort, { once: true });
  const written: string[] = [];
  try {
    progress('simulate', 0);
    const trace = await simulate(plan, { onProgress: (f) => progress('simulate', f) });
    signal?.throwIfAborted();
    frameCount = trace.frameCount;
    renderer.postMessage(
      {
        plan,
        trace,
        quality: options.quality,
        ...(options.captions && { captions: captionCues(trace.speech) }),
        derivatives: Boolean(outputs.thumbnail || outputs.spritesheet),
        ring,
        slots: SLOTS,
        frames: drawn,
      } satisfies RenderJob,
      [drawn],
    );
    // The lines were said in this thread while simulating: saying them again for the mix is cheap.
    if (trace.speech.length > 0) await loadSpeech();
    const audio = renderAudio(plan, trace);
    command({ type: 'audio', audio }, [audio.left.buffer as ArrayBuffer, audio.right.buffer as ArrayBuffer]);
    // A render thread that fails leaves the encoder waiting for frames: whichever fails first ends both.
    const [, done] = await Promise.all([encoded, rendered]);
    written.push(outputs.video);
    progress('finish', 0);
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
    // ffmpeg is stopped and its partial file removed before anything is reported.
    abort();
    await encoded.catch(() => {});
    // A set of outputs is whole or absent; files this call did not write are never touched.
    await Promise.all(written.map((f) => rm(f, { force: true })));
    throw err;
  } finally {
    signal?.removeEventListener('abort', abort);
    await Promise.all([renderer.terminate(), encoder.terminate()]);
  }
}

/** The single message a one-shot worker answers with. */
function answer<T>(worker: Worker): Promise<T> {
  const answered = new Promise<T>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`worker stopped (exit ${code}) before answering`)));
  });
  answered.catch(() => {}); // observed by the caller, perhaps only after another failure
  return answered;
}

/** The encoding thread's outcome; reports each frame written on the way. */
function encoding(encoder: Worker, signal: AbortSignal | undefined, onWritten: (frames: number) => void) {
  const finished = new Promise<void>((resolve, reject) => {
    encoder.on('message', (m: EncodeReport) => {
      if (m.type === 'written') onWritten(m.frames);
      else if (m.type === 'done') resolve();
      else reject(m.aborted && signal?.aborted ? signal.reason : new EncodeError(m.message));
    });
    encoder.once('error', reject);
    encoder.once('exit', (code) => reject(new Error(`encoding thread stopped (exit ${code})`)));
  });
  finished.catch(() => {}); // observed by the caller, perhaps only after another failure
  return finished;
}

/** The Trace as JSON (typed arrays as plain arrays), for inspection and tools. */
export function traceToJson(trace: Trace): string {
  return JSON.stringify(trace, (_key, value: unknown) =>
    value instanceof Float32Array ? Array.from(value, (v) => Math.round(v * 1e5) / 1e5) : value,
  );
}
