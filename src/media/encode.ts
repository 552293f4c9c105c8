/**
 * Encodes streamed RGBA frames and the mixed PCM into an MP4 (H.264 yuv420p + AAC, faststart) with
 * ffmpeg. Frames are written one at a time into ffmpeg's stdin, never held together. The file
 * appears under its name only when complete.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, basename } from 'node:path';
import type { Writable } from 'node:stream';
import { ffmpegPath } from './ffmpeg.js';

export interface AudioTrack {
  sampleRate: number;
  left: Float32Array;
  right: Float32Array;
}

export interface EncodeJob {
  width: number;
  height: number;
  fps: number;
  frameCount: number;
  /** Renders one frame as RGBA; the buffer may be reused once the next frame is asked for. */
  frame(index: number): Buffer | Promise<Buffer>;
  audio: AudioTrack;
  out: string;
  quality?: 'standard' | 'pro';
  onFrame?(index: number, rgba: Buffer): void;
  /** Stops the encode between frames; the partial file is removed and the promise rejects. */
  signal?: AbortSignal;
}

export class EncodeError extends Error {}

function interleave(a: AudioTrack): Buffer {
  const n = a.left.length;
  const pcm = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    pcm[2 * i] = a.left[i]!;
    pcm[2 * i + 1] = a.right[i]!;
  }
  return Buffer.from(pcm.buffer);
}

async function writeAll(stream: Writable, chunk: Buffer): Promise<void> {
  if (stream.write(chunk)) return;
  // Wait for room in the pipe, or for ffmpeg to go away; then drop the other listener.
  const done = new AbortController();
  try {
    await Promise.race([
      once(stream, 'drain', { signal: done.signal }),
      once(stream, 'close', { signal: done.signal }),
    ]);
  } finally {
    done.abort();
  }
}

export async function encodeMp4(job: EncodeJob): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'soundstage-'));
  const partial = join(dirname(job.out), `.${basename(job.out)}.${process.pid}.partial.mp4`);
  try {
    const audioFile = join(work, 'audio.f32');
    await writeFile(audioFile, interleave(job.audio));
    const pro = job.quality === 'pro';
    // prettier-ignore
    const args = [
      '-hide_banner', '-loglevel', 'error', '-nostdin', '-y',
      '-f', 'rawvideo', '-pix_fmt', 'rgba', '-s', `${job.width}x${job.height}`, '-r', String(job.fps), '-i', 'pipe:0',
      '-f', 'f32le', '-ar', String(job.audio.sampleRate), '-ac', '2', '-i', audioFile,
      '-map', '0:v', '-map', '1:a',
      '-c:v', 'libx264', '-preset', pro ? 'medium' : 'veryfast', '-crf', pro ? '17' : '20',
      '-pix_fmt', 'yuv420p', '-profile:v', 'high',
      '-c:a', 'aac', '-b:a', '192k',
      '-movflags', '+faststart',
      // Byte-identical output for the same input: no encoder version strings, no timestamps.
      '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact', '-map_metadata', '-1',
      '-f', 'mp4', partial,
    ];
    const ff = spawn(ffmpegPath(), args, { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    ff.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number>((resolve, reject) => {
      ff.on('error', reject);
      ff.on('close', (code) => resolve(code ?? 1));
    });
    ff.stdin.on('error', () => {}); // a dead ffmpeg is reported by its exit code below
    for (let i = 0; i < job.frameCount; i++) {
      if (job.signal?.aborted) {
        ff.kill('SIGKILL');
        await exited;
        job.signal.throwIfAborted();
      }
      if (ff.exitCode !== null) break;
      const rgba = await job.frame(i);
      job.onFrame?.(i, rgba);
      await writeAll(ff.stdin, rgba);
    }
    ff.stdin.end();
    const code = await exited;
    if (code !== 0)
      throw new EncodeError(`ffmpeg failed (exit ${code}): ${stderr.trim().split('\n').pop() ?? ''}`);
    await rename(partial, job.out);
  } finally {
    await rm(partial, { force: true });
    await rm(work, { recursive: true, force: true });
  }
}
