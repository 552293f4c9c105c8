/**
 * What a short video says about the character in it: the dominant colours of its picture and the
 * pitch of the voice in its sound. ffmpeg decodes (small frames, mono 16 kHz); the rest is pure.
 */
import { execFile } from 'node:child_process';
import { ffmpegPath } from './ffmpeg.js';

export class MediaError extends Error {}

export interface CharacterTraits {
  /** "#rrggbb", most prominent first, up to five, no two alike. */
  palette: string[];
  /** Median fundamental of the voiced parts, Hz; null when nothing voice-like is heard. */
  pitchHz: number | null;
}

const FRAME = 48;
const RATE = 16000;

function decode(file: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    execFile(
      ffmpegPath(),
      ['-hide_banner', '-loglevel', 'error', '-nostdin', '-i', file, ...args, 'pipe:1'],
      { encoding: 'buffer', maxBuffer: 64 * 2 ** 20, timeout: 60_000 },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        const why = stderr.toString().trim().split('\n').pop() || err.message;
        reject(new MediaError(why));
      },
    ),
  );
}

export async function analyzeCharacterVideo(file: string): Promise<CharacterTraits> {
  let pixels: Buffer;
  try {
    pixels = await decode(file, [
      '-map', '0:v:0', '-vf', `fps=2,scale=${FRAME}:${FRAME}`, '-frames:v', '20',
      '-f', 'rawvideo', '-pix_fmt', 'rgb24',
    ]); // prettier-ignore
  } catch (err) {
    throw new MediaError(`not a readable video: ${(err as Error).message}`);
  }
  if (pixels.length < FRAME * FRAME * 3) throw new MediaError('the upload has no video frames');
  // A video without sound is fine: the character simply has no voice yet.
  const audio = await decode(file, [
    '-map',
    '0:a:0',
    '-t',
    '30',
    '-ac',
    '1',
    '-ar',
    String(RATE),
    '-f',
    'f32le',
  ]).catch(() => Buffer.alloc(0));
  const samples = new Float32Array(audio.buffer, audio.byteOffset, Math.floor(audio.length / 4));
  return { palette: dominantColors(pixels), pitchHz: medianPitch(samples, RATE) };
}

/**
 * Dominant colours: pixels binned at 4 bits a channel, the fullest bins taken in turn (each the
 * mean of its pixels), skipping any too close to one already taken.
 */
export function dominantColors(rgb: Uint8Array, max = 5): string[] {
  const bins = new Map<number, { n: number; r: number; g: number; b: number }>();
  for (let i = 0; i + 2 < rgb.length; i += 3) {
    const key = ((rgb[i]! >> 4) << 8) | ((rgb[i + 1]! >> 4) << 4) | (rgb[i + 2]! >> 4);
    const bin = bins.get(key) ?? { n: 0, r: 0, g: 0, b: 0 };
    bin.n++;
    bin.r += rgb[i]!;
    bin.g += rgb[i + 1]!;
    bin.b += rgb[i + 2]!;
    bins.set(key, bin);
  }
  const total = rgb.length / 3;
  const picked: [number, number, number][] = [];
  for (const bin of [...bins.values()].sort((a, b) => b.n - a.n)) {
    if (picked.length >= max || bin.n < total * 0.02) break;
    const c: [number, number, number] = [bin.r / bin.n, bin.g / bin.n, bin.b / bin.n];
    if (picked.every((p) => Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2]) > 60)) picked.push(c);
  }
  return picked.map((c) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`);
}

/**
 * Median pitch of the voiced frames (normalised autocorrelation peak above 0.6 between 70 and
 * 500 Hz, loud enough to be meant); null with fewer than a quarter second of them.
 */
export function medianPitch(x: Float32Array, rate: number): number | null {
  const size = Math.round(rate * 0.04);
  const hop = Math.round(rate * 0.02);
  const minLag = Math.floor(rate / 500);
  const maxLag = Math.ceil(rate / 70);
  const pitches: number[] = [];
  for (let start = 0; start + size + maxLag + 1 <= x.length; start += hop) {
    let energy = 0;
    for (let i = 0; i < size; i++) energy += x[start + i]! ** 2;
    if (Math.sqrt(energy / size) < 0.01) continue;
    const r = new Float64Array(maxLag + 2);
    for (let lag = minLag; lag <= maxLag + 1; lag++) {
      let sum = 0;
      let shifted = 0;
      for (let i = 0; i < size; i++) {
        sum += x[start + i]! * x[start + i + lag]!;
        shifted += x[start + i + lag]! ** 2;
      }
      r[lag] = sum / Math.sqrt(energy * shifted || 1);
    }
    const best = Math.max(...r.subarray(minLag, maxLag + 1));
    if (best <= 0.6) continue;
    // The first peak nearly as high as the best: the period, not a multiple of it (an octave low).
    for (let lag = minLag + 1; lag <= maxLag; lag++)
      if (r[lag]! >= 0.9 * best && r[lag]! >= r[lag - 1]! && r[lag]! >= r[lag + 1]!) {
        pitches.push(rate / lag);
        break;
      }
  }
  if (pitches.length * hop < rate * 0.25) return null;
  pitches.sort((a, b) => a - b);
  return Math.round(pitches[pitches.length >> 1]! * 10) / 10;
}
