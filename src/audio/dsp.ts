/** Small DSP building blocks shared by the audio stage: level conversions, buffers, filters, noise. */
import type { Random } from '../plan/random.js';

export const dbToGain = (db: number): number => Math.pow(10, db / 20);
export const gainToDb = (gain: number): number => 20 * Math.log10(gain);

export interface StereoBuffers {
  left: Float32Array;
  right: Float32Array;
}

export const createStereo = (length: number): StereoBuffers => ({
  left: new Float32Array(length),
  right: new Float32Array(length),
});

/** Adds `gain × src` into `dst` in place. */
export function addScaled(dst: StereoBuffers, src: StereoBuffers, gain: number): void {
  const n = Math.min(dst.left.length, src.left.length);
  for (let i = 0; i < n; i++) {
    dst.left[i]! += gain * src.left[i]!;
    dst.right[i]! += gain * src.right[i]!;
  }
}

/** Raised-cosine ramp 0 → 1 as x goes 0 → 1: smooth at both ends, so fades never click. */
export const smoothStep = (x: number): number =>
  x <= 0 ? 0 : x >= 1 ? 1 : 0.5 - 0.5 * Math.cos(Math.PI * x);

/** Coefficient of a one-pole smoother with the given time constant (seconds). */
export const onePole = (seconds: number, sampleRate: number): number =>
  seconds <= 0 ? 0 : Math.exp(-1 / (seconds * sampleRate));

/**
 * Topology-preserving state-variable filter (Zavalishin). Chosen because it stays stable and
 * click-free while its cutoff is swept, which rolling, wind and whooshes all do.
 */
export class Svf {
  private ic1 = 0;
  private ic2 = 0;
  private a1 = 1;
  private a2 = 0;
  private a3 = 0;
  private k = 2;
  lp = 0;
  bp = 0;
  hp = 0;

  tune(freq: number, q: number, sampleRate: number): void {
    const g = Math.tan((Math.PI * Math.min(Math.max(freq, 10), sampleRate * 0.45)) / sampleRate);
    this.k = 1 / q;
    this.a1 = 1 / (1 + g * (g + this.k));
    this.a2 = g * this.a1;
    this.a3 = g * this.a2;
  }

  tick(x: number): void {
    const v3 = x - this.ic2;
    const v1 = this.a1 * this.ic1 + this.a2 * v3;
    const v2 = this.ic2 + this.a2 * this.ic1 + this.a3 * v3;
    this.ic1 = 2 * v1 - this.ic1;
    this.ic2 = 2 * v2 - this.ic2;
    this.lp = v2;
    this.bp = v1;
    this.hp = x - this.k * v1 - v2;
  }
}

/** Seeded noise colours. Pink uses Paul Kellet's economy filter (±0.5 dB, three poles). */
export class Noise {
  private b0 = 0;
  private b1 = 0;
  private b2 = 0;
  private brownState = 0;
  constructor(private readonly rng: Random) {}

  white(): number {
    return this.rng.next() * 2 - 1;
  }

  /** Pink noise; pass a white sample to share one draw between colours. */
  pink(w = this.white()): number {
    this.b0 = 0.99765 * this.b0 + w * 0.099046;
    this.b1 = 0.963 * this.b1 + w * 0.2965164;
    this.b2 = 0.57 * this.b2 + w * 1.0526913;
    return (this.b0 + this.b1 + this.b2 + w * 0.1848) * 0.2;
  }

  /** Leaky-integrated white noise: a −6 dB/octave rumble without DC drift. */
  brown(w = this.white()): number {
    this.brownState = 0.998 * this.brownState + w * 0.06;
    return this.brownState;
  }
}

/**
 * A slowly wandering value in [lo, hi]: random targets every `period` seconds (±40 %), joined by
 * raised-cosine segments, so it has no corners. Used for gusts, fridge drift and room-tone breathing.
 */
export class Wander {
  private from: number;
  private to: number;
  private t = 0;
  private len: number;
  constructor(
    private readonly rng: Random,
    private readonly lo: number,
    private readonly hi: number,
    private readonly period: number,
  ) {
    this.from = rng.range(lo, hi);
    this.to = rng.range(lo, hi);
    this.len = period * rng.range(0.6, 1.4);
  }

  /** Advances by dt seconds and returns the current value. */
  step(dt: number): number {
    this.t += dt;
    while (this.t >= this.len) {
      this.t -= this.len;
      this.from = this.to;
      this.to = this.rng.range(this.lo, this.hi);
      this.len = this.period * this.rng.range(0.6, 1.4);
    }
    return this.from + (this.to - this.from) * smoothStep(this.t / this.len);
  }
}
