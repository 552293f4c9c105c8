/** Measurements for the speech tests: loudness, pitch (autocorrelation), and a WAV writer for listening. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Character } from '../../src/plan/schema.js';

/** RMS of x between t0 and t1 seconds. */
export function rms(x: Float32Array, rate: number, t0 = 0, t1 = x.length / rate): number {
  const a = Math.max(0, Math.round(t0 * rate));
  const b = Math.min(x.length, Math.round(t1 * rate));
  let sum = 0;
  for (let i = a; i < b; i++) sum += x[i]! * x[i]!;
  return Math.sqrt(sum / Math.max(1, b - a));
}

export const db = (ratio: number): number => 20 * Math.log10(ratio);

/**
 * f0 (Hz) of each 40 ms frame every 10 ms, or null where the frame is quiet or unvoiced: the
 * first normalized-autocorrelation peak (70–500 Hz) nearly as high as the best, when above 0.6.
 */
export function pitchTrack(x: Float32Array, rate: number): { time: number; hz: number | null }[] {
  const size = Math.round(rate * 0.04);
  const hop = Math.round(rate * 0.01);
  const minLag = Math.floor(rate / 500);
  const maxLag = Math.ceil(rate / 70);
  const track: { time: number; hz: number | null }[] = [];
  for (let start = 0; start + size + maxLag + 1 <= x.length; start += hop) {
    let energy = 0;
    for (let i = 0; i < size; i++) energy += x[start + i]! ** 2;
    let hz: number | null = null;
    if (Math.sqrt(energy / size) >= 0.01) {
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
      let best = 0;
      for (let lag = minLag; lag <= maxLag; lag++) best = Math.max(best, r[lag]!);
      if (best > 0.6)
        for (let lag = minLag + 1; lag <= maxLag; lag++)
          if (r[lag]! >= 0.9 * best && r[lag]! >= r[lag - 1]! && r[lag]! >= r[lag + 1]!) {
            hz = rate / lag;
            break;
          }
    }
    track.push({ time: (start + size / 2) / rate, hz });
  }
  return track;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[s.length >> 1]!;
}

/** Median f0 of the voiced frames of x (optionally only those between t0 and t1). */
export function medianF0(x: Float32Array, rate: number, t0 = 0, t1 = Infinity): number {
  return median(
    pitchTrack(x, rate)
      .filter((f) => f.hz !== null && f.time >= t0 && f.time <= t1)
      .map((f) => f.hz!),
  );
}

export const semitones = (a: number, b: number): number => Math.abs(12 * Math.log2(a / b));

export function person(o: Partial<Character> = {}): Character {
  return { age: 'adult', gender: 'neutral', build: 'average', outfit: 'casual', accessories: [], ...o };
}

/** 16-bit mono WAV, for listening and sox (`sox file.wav -n stat`). */
export function writeMonoWav(path: string, pcm: Float32Array, rate: number): void {
  const buf = Buffer.alloc(44 + pcm.length * 2);
  buf.write('RIFF', 0);
  buf.writeUInt32LE(36 + pcm.length * 2, 4);
  buf.write('WAVEfmt ', 8);
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20);
  buf.writeUInt16LE(1, 22);
  buf.writeUInt32LE(rate, 24);
  buf.writeUInt32LE(rate * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36);
  buf.writeUInt32LE(pcm.length * 2, 40);
  pcm.forEach((v, i) =>
    buf.writeInt16LE(Math.max(-32768, Math.min(32767, Math.round(v * 32767))), 44 + i * 2),
  );
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, buf);
}
