/** Test helpers that look at output files the way a user's tools would: ffprobe and decoded pixels. */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { ffmpegPath } from '../../src/media/index.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const ffprobe = (require('@ffprobe-installer/ffprobe') as { path: string }).path;

export interface Probe {
  streams: {
    codec_type: string;
    codec_name: string;
    width?: number;
    height?: number;
    pix_fmt?: string;
    sample_rate?: string;
    channels?: number;
    duration?: string;
  }[];
  format: { duration: string; format_name: string };
}

export async function probe(file: string): Promise<Probe> {
  const { stdout } = await run(ffprobe, [
    '-v',
    'error',
    '-print_format',
    'json',
    '-show_streams',
    '-show_format',
    file,
  ]);
  return JSON.parse(stdout) as Probe;
}

/** Decodes every frame as RGB24 at the file's own size. */
export async function decodeFrames(file: string, width: number, height: number): Promise<Buffer[]> {
  const { stdout } = await run(
    ffmpegPath(),
    ['-v', 'error', '-i', file, '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'],
    {
      encoding: 'buffer',
      maxBuffer: 1 << 30,
    },
  );
  const size = width * height * 3;
  return Array.from({ length: Math.floor(stdout.length / size) }, (_, i) =>
    stdout.subarray(i * size, (i + 1) * size),
  );
}

/** The frame at `seconds`, scaled to width × height, as RGB24. */
export async function decodeFrameAt(
  file: string,
  seconds: number,
  width: number,
  height: number,
): Promise<Buffer> {
  const { stdout } = await run(
    ffmpegPath(),
    ['-v', 'error', '-ss', String(seconds), '-i', file, '-frames:v', '1', '-vf', `scale=${width}:${height}`,
      '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], // prettier-ignore
    { encoding: 'buffer', maxBuffer: 1 << 28 },
  );
  return stdout;
}

/** Decodes the audio track as 48 kHz stereo float. */
export async function decodeAudio(
  file: string,
): Promise<{ sampleRate: number; left: Float32Array; right: Float32Array }> {
  const { stdout } = await run(
    ffmpegPath(),
    ['-v', 'error', '-i', file, '-f', 'f32le', '-ac', '2', '-ar', '48000', 'pipe:1'],
    {
      encoding: 'buffer',
      maxBuffer: 1 << 30,
    },
  );
  const all = new Float32Array(stdout.buffer.slice(stdout.byteOffset, stdout.byteOffset + stdout.byteLength));
  const n = all.length / 2;
  const left = new Float32Array(n);
  const right = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    left[i] = all[2 * i]!;
    right[i] = all[2 * i + 1]!;
  }
  return { sampleRate: 48000, left, right };
}

/** Centroid (pixels) of the pixels a predicate picks in an RGB24 frame, or undefined if too few. */
export function centroid(
  rgb: Buffer,
  width: number,
  pick: (r: number, g: number, b: number) => boolean,
  minPixels = 12,
): { x: number; y: number; count: number } | undefined {
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let i = 0, p = 0; i < rgb.length; i += 3, p++) {
    if (pick(rgb[i]!, rgb[i + 1]!, rgb[i + 2]!)) {
      sx += p % width;
      sy += Math.floor(p / width);
      n++;
    }
  }
  return n >= minPixels ? { x: sx / n, y: sy / n, count: n } : undefined;
}

/** Strong red, as a red ball is drawn in any light. */
export const isRed = (r: number, g: number, b: number): boolean => r > 120 && r > 2.2 * g && r > 2.2 * b;

/** Least-squares fit of y = a t² + b t + c. */
export function fitParabola(ts: number[], ys: number[]): { a: number; b: number; c: number } {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, y0 = 0, y1 = 0, y2 = 0; // prettier-ignore
  ts.forEach((t, i) => {
    const y = ys[i]!;
    s0 += 1;
    s1 += t;
    s2 += t * t;
    s3 += t ** 3;
    s4 += t ** 4; // prettier-ignore
    y0 += y;
    y1 += y * t;
    y2 += y * t * t; // prettier-ignore
  });
  // Solve the 3×3 normal equations by Cramer's rule.
  const det = (m: number[]) =>
    m[0]! * (m[4]! * m[8]! - m[5]! * m[7]!) -
    m[1]! * (m[3]! * m[8]! - m[5]! * m[6]!) +
    m[2]! * (m[3]! * m[7]! - m[4]! * m[6]!);
  const M = [s4, s3, s2, s3, s2, s1, s2, s1, s0];
  const D = det(M);
  return {
    a: det([y2, s3, s2, y1, s2, s1, y0, s1, s0]) / D,
    b: det([s4, y2, s2, s3, y1, s1, s2, y0, s0]) / D,
    c: det([s4, s3, y2, s3, s2, y1, s2, s1, y0]) / D,
  };
}
