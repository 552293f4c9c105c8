/**
 * The render thread: draws frames one after another into a small ring of shared frame slots, which
 * the encoding thread feeds to ffmpeg; never more frames ahead than there are slots. Collects the
 * thumbnail and spritesheet from the same frames.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import type { ScenePlan } from '../plan/schema.js';
import type { Trace } from '../sim/trace.js';
import { createFrameRenderer, type CaptionCue } from '../render/index.js';
import { DerivativeCollector } from '../media/index.js';
import { receiveJob } from './workers.js';
import type { FrameMessage } from './encode-worker.js';

export interface RenderJob {
  plan: ScenePlan;
  trace: Trace;
  quality?: 'standard' | 'pro';
  captions?: CaptionCue[];
  derivatives: boolean;
  /** `slots` frames of width × height × 4 bytes. */
  ring: SharedArrayBuffer;
  slots: number;
  /** The encoding thread's end of the ring: frames go there, freed slots come back. */
  frames: MessagePort;
}

export interface RenderDone {
  thumbnail?: Uint8Array;
  spritesheet?: Uint8Array;
}

const job = await receiveJob<RenderJob>();
const renderer = createFrameRenderer(job.plan, job.trace, {
  quality: job.quality,
  ...(job.captions && { captions: job.captions }),
});
const derivatives = job.derivatives
  ? new DerivativeCollector({
      width: job.plan.width,
      height: job.plan.height,
      frameCount: job.trace.frameCount,
    })
  : undefined;
const frameBytes = job.plan.width * job.plan.height * 4;

let free = job.slots;
let wake: (() => void) | undefined;
job.frames.on('message', () => {
  free++;
  wake?.();
});

for (let index = 0; index < job.trace.frameCount; index++) {
  while (free === 0) await new Promise<void>((resolve) => (wake = resolve));
  free--;
  const rgba = renderer.render(index);
  derivatives?.add(index, rgba);
  const slot = index % job.slots;
  new Uint8Array(job.ring, slot * frameBytes, frameBytes).set(rgba);
  job.frames.postMessage({ slot } satisfies FrameMessage);
  // Skia's native objects are freed by finalizers that run only when the event loop turns: let it
  // turn after every frame, or native memory grows by a frame's worth per frame.
  await new Promise((resolve) => setImmediate(resolve));
}
job.frames.postMessage({ end: true } satisfies FrameMessage);
parentPort!.postMessage(
  (derivatives
    ? { thumbnail: await derivatives.thumbnail(), spritesheet: await derivatives.spritesheet() }
    : {}) satisfies RenderDone,
);
parentPort!.close();
