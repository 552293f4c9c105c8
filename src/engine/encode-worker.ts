/**
 * The encoding thread: runs ffmpeg and feeds it, with frames from the render thread's ring of
 * shared slots as they are drawn and with the soundtrack once the main thread has mixed it. Feeding
 * a pipe takes many small turns of an event loop; on a thread of its own those turns never wait for
 * a frame being drawn or a soundtrack being mixed. It loads nothing but the encoder.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { encodeMp4, type AudioTrack } from '../media/encode.js';
import { receiveJob } from './workers.js';

export interface EncodeJob {
  width: number;
  height: number;
  fps: number;
  quality?: 'standard' | 'pro';
  out: string;
  /** `slots` frames of width × height × 4 bytes, written by the render thread. */
  ring: SharedArrayBuffer;
  /** The render thread's end of it: `FrameMessage`s arrive, 'free' goes back. */
  frames: MessagePort;
}

/** What the render thread says over the frames port: a frame is ready in a slot, or all are drawn. */
export type FrameMessage = { slot: number } | { end: true };

/** What the main thread sends once the job has started. */
export type EncodeCommand = { type: 'audio'; audio: AudioTrack } | { type: 'abort' };

export type EncodeReport =
  | { type: 'written'; frames: number }
  | { type: 'done' }
  | { type: 'failed'; message: string; aborted: boolean };

const job = await receiveJob<EncodeJob>();
const port = parentPort!;
const frameBytes = job.width * job.height * 4;
const stop = new AbortController();

let giveAudio: (audio: AudioTrack) => void = () => {};
const audio = new Promise<AudioTrack>((resolve, reject) => {
  giveAudio = resolve;
  stop.signal.addEventListener('abort', () => reject(stop.signal.reason as Error), { once: true });
});
audio.catch(() => {}); // encodeMp4 observes it
port.on('message', (m: EncodeCommand) => (m.type === 'audio' ? giveAudio(m.audio) : stop.abort()));

const ready: number[] = [];
let ended = false;
let wake: (() => void) | undefined;
job.frames.on('message', (m: FrameMessage) => {
  if ('slot' in m) ready.push(m.slot);
  else ended = true;
  wake?.();
});
stop.signal.addEventListener('abort', () => wake?.(), { once: true });

/** Frames in order, as views of their slots; a slot is handed back when the next frame is asked for. */
async function* frames(): AsyncGenerator<Buffer> {
  for (let written = 0; ; written++) {
    if (written > 0) {
      job.frames.postMessage('free');
      port.postMessage({ type: 'written', frames: written } satisfies EncodeReport);
    }
    while (ready.length === 0 && !ended) {
      stop.signal.throwIfAborted();
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (ready.length === 0) return;
    yield Buffer.from(job.ring, ready.shift()! * frameBytes, frameBytes);
  }
}

try {
  await encodeMp4({
    width: job.width,
    height: job.height,
    fps: job.fps,
    quality: job.quality,
    out: job.out,
    frames: frames(),
    audio,
    signal: stop.signal,
  });
  port.postMessage({ type: 'done' } satisfies EncodeReport);
} catch (err) {
  port.postMessage({
    type: 'failed',
    message: (err as Error).message,
    aborted: stop.signal.aborted,
  } satisfies EncodeReport);
}
job.frames.close();
port.close();
