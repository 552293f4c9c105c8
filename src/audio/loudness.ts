/**
 * Loudness and true peak after ITU-R BS.1770-4 (as used by EBU R 128): K-weighting (a high shelf
 * for the head plus a high-pass for low-frequency insensitivity), mean square in 400 ms blocks
 * stepped by 100 ms (75 % overlap), an absolute gate at −70 LUFS and a relative gate 10 LU below
 * the mean of the blocks that pass it. True peak is read from a 4× oversampled signal.
 */
import type { StereoBuffers } from './dsp.js';

interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/** The two K-weighting stages for any sample rate (these reproduce the standard's 48 kHz values). */
function kWeighting(sampleRate: number): [Biquad, Biquad] {
  let f0 = 1681.974450955533;
  const gainDb = 3.999843853973347;
  let q = 0.7071752369554196;
  let k = Math.tan((Math.PI * f0) / sampleRate);
  const vh = Math.pow(10, gainDb / 20);
  const vb = Math.pow(vh, 0.4996667741545416);
  let a0 = 1 + k / q + k * k;
  const shelf = {
    b0: (vh + (vb * k) / q + k * k) / a0,
    b1: (2 * (k * k - vh)) / a0,
    b2: (vh - (vb * k) / q + k * k) / a0,
    a1: (2 * (k * k - 1)) / a0,
    a2: (1 - k / q + k * k) / a0,
  };
  f0 = 38.13547087602444;
  q = 0.5003270373238773;
  k = Math.tan((Math.PI * f0) / sampleRate);
  a0 = 1 + k / q + k * k;
  const highPass = { b0: 1, b1: -2, b2: 1, a1: (2 * (k * k - 1)) / a0, a2: (1 - k / q + k * k) / a0 };
  return [shelf, highPass];
}

/** Sum of K-weighted squares of `x` in consecutive 100 ms steps. */
function stepEnergies(x: Float32Array, sampleRate: number, step: number): Float64Array {
  const [s, h] = kWeighting(sampleRate);
  const out = new Float64Array(Math.ceil(x.length / step));
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  let z1 = 0;
  let z2 = 0;
  for (let b = 0; b < out.length; b++) {
    let sum = 0;
    const end = Math.min(x.length, (b + 1) * step);
    for (let i = b * step; i < end; i++) {
      const xi = x[i]!;
      const y = s.b0 * xi + s.b1 * x1 + s.b2 * x2 - s.a1 * y1 - s.a2 * y2;
      x2 = x1;
      x1 = xi;
      const z = h.b0 * y + h.b1 * y1 + h.b2 * y2 - h.a1 * z1 - h.a2 * z2;
      y2 = y1;
      y1 = y;
      z2 = z1;
      z1 = z;
      sum += z * z;
    }
    out[b] = sum;
  }
  return out;
}

const blockLoudness = (meanSquare: number): number => -0.691 + 10 * Math.log10(meanSquare);

/** Mean-square (summed over channels) of every 400 ms gating block. */
export function blockPowers(s: StereoBuffers, sampleRate: number): number[] {
  const n = s.left.length;
  if (n === 0) return [];
  const step = Math.round(sampleRate * 0.1);
  const el = stepEnergies(s.left, sampleRate, step);
  const er = stepEnergies(s.right, sampleRate, step);
  const full = Math.floor(n / step);
  if (full < 4) {
    // Shorter than one block: the whole signal is the only block (a practical extension).
    let sum = 0;
    for (let i = 0; i < el.length; i++) sum += el[i]! + er[i]!;
    return [sum / n];
  }
  const powers: number[] = [];
  for (let b = 0; b + 4 <= full; b++) {
    let sum = 0;
    for (let j = b; j < b + 4; j++) sum += el[j]! + er[j]!;
    powers.push(sum / (4 * step));
  }
  return powers;
}

/** Gated integrated loudness (LUFS) of a stereo signal; −Infinity for silence. */
export function integratedLoudness(s: StereoBuffers, sampleRate: number): number {
  const powers = blockPowers(s, sampleRate).filter((p) => blockLoudness(p) > -70);
  if (powers.length === 0) return -Infinity;
  const mean = powers.reduce((a, b) => a + b, 0) / powers.length;
  const relative = blockLoudness(mean) - 10;
  const gated = powers.filter((p) => blockLoudness(p) > relative);
  return blockLoudness(gated.reduce((a, b) => a + b, 0) / gated.length);
}

/** Taps either side of each interpolated point (16 per phase, 64 at the 4× rate). */
const HALF = 8;
const PHASES = 4;

/** Kaiser-windowed sinc interpolators for the points ¼, ½ and ¾ of the way between samples. */
const INTERP: Float64Array[] = (() => {
  const i0 = (x: number): number => {
    let sum = 1;
    let term = 1;
    for (let k = 1; k < 30; k++) {
      term *= (x / (2 * k)) ** 2;
      sum += term;
    }
    return sum;
  };
  const beta = 7;
  const phases: Float64Array[] = [];
  for (let p = 1; p < PHASES; p++) {
    const taps = new Float64Array(2 * HALF);
    let sum = 0;
    for (let j = 0; j < 2 * HALF; j++) {
      // Tap j multiplies x[n − HALF + 1 + j]; t is that sample's distance from the point n + p/4.
      const t = j - HALF + 1 - p / PHASES;
      const sinc = Math.sin(Math.PI * t) / (Math.PI * t);
      const w = i0(beta * Math.sqrt(Math.max(0, 1 - (t / HALF) ** 2))) / i0(beta);
      taps[j] = sinc * w;
      sum += taps[j]!;
    }
    for (let j = 0; j < taps.length; j++) taps[j]! /= sum;
    phases.push(taps);
  }
  return phases;
})();

/** Largest sum of |taps| of any phase: |interpolated| ≤ GAIN_BOUND × the largest nearby |sample|. */
const GAIN_BOUND = Math.max(...INTERP.map((h) => h.reduce((a, v) => a + Math.abs(v), 0)));

/**
 * Per-sample true-peak envelope: env[n] ≥ the largest magnitude over both channels among x[n] and
 * the three interpolated points after it. It is exact wherever the bound could reach `exactAbove`
 * (by default 12 dB under the loudest sample), and a safe upper bound elsewhere, where nothing is
 * near the ceiling; this skips most of the oversampling work on sparse mixes.
 */
export function truePeakEnvelope(s: StereoBuffers, exactAbove?: number): Float32Array {
  const n = s.left.length;
  const env = new Float32Array(n);
  const taps = 2 * HALF;
  const [h1, h2, h3] = INTERP as [Float64Array, Float64Array, Float64Array];
  let samplePeak = 0;
  for (let i = 0; i < n; i++) samplePeak = Math.max(samplePeak, Math.abs(s.left[i]!), Math.abs(s.right[i]!));
  const exact = exactAbove ?? samplePeak * 0.25;
  // Zero-padded copy so the inner loop needs no edge checks.
  const padded = new Float32Array(n + taps);
  const near = new Float32Array(n);
  for (const x of [s.left, s.right]) {
    padded.set(x, HALF - 1);
    slidingMaxAbs(padded, taps, near);
    for (let i = 0; i < n; i++) {
      const bound = near[i]! * GAIN_BOUND;
      if (bound < exact) {
        if (bound > env[i]!) env[i] = bound;
        continue;
      }
      // One load per tap feeds all three phases.
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      for (let j = 0; j < taps; j++) {
        const v = padded[i + j]!;
        a1 += h1[j]! * v;
        a2 += h2[j]! * v;
        a3 += h3[j]! * v;
      }
      const peak = Math.max(Math.abs(x[i]!), Math.abs(a1), Math.abs(a2), Math.abs(a3));
      if (peak > env[i]!) env[i] = peak;
    }
  }
  return env;
}

/** out[i] = max |x[i … i + width)|, by a block-wise prefix/suffix maximum (O(n)). */
function slidingMaxAbs(x: Float32Array, width: number, out: Float32Array): void {
  const n = out.length;
  const prefix = new Float32Array(x.length);
  const suffix = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = Math.abs(x[i]!);
    prefix[i] = i % width === 0 ? v : Math.max(prefix[i - 1]!, v);
  }
  for (let i = x.length - 1; i >= 0; i--) {
    const v = Math.abs(x[i]!);
    suffix[i] = i % width === width - 1 || i === x.length - 1 ? v : Math.max(suffix[i + 1]!, v);
  }
  for (let i = 0; i < n; i++) out[i] = Math.max(suffix[i]!, prefix[Math.min(x.length - 1, i + width - 1)]!);
}

/** True peak in dBTP (−Infinity for silence). Only neighbourhoods that could hold the peak are oversampled. */
export function truePeak(s: StereoBuffers): number {
  let samplePeak = 0;
  for (let i = 0; i < s.left.length; i++)
    samplePeak = Math.max(samplePeak, Math.abs(s.left[i]!), Math.abs(s.right[i]!));
  const env = truePeakEnvelope(s, samplePeak);
  let peak = 0;
  for (let i = 0; i < env.length; i++) if (env[i]! > peak) peak = env[i]!;
  return 20 * Math.log10(peak);
}
