/**
 * Modal synthesis of one struck body: a sum of exponentially damped partials plus a short noise
 * burst for the contact itself. Partials start in cosine phase (radiated pressure is the surface's
 * velocity, which is largest at the instant of the blow), so every strike peaks at its first
 * millisecond: the sound starts on the exact sample of the contact, with nothing smeared.
 */
import type { Random } from '../plan/random.js';
import type { AcousticMaterial } from './materials.js';
import { onePole } from './dsp.js';

export interface StrikeParams {
  material: AcousticMaterial;
  /** Mass (kg) that sets the pitch: a marble clinks, a crate thuds. */
  mass: number;
  /** Linear amplitude of the strike. */
  level: number;
  /** Bandwidth of the contact force (Hz): hard, fast contacts excite the high partials. */
  contactHz: number;
  /** Multiplies every Q: a glass set down on cloth stops ringing sooner. */
  damping: number;
  /** Per-hit variation (strike position, tiny pitch and decay spread). */
  rng: Random;
}

/** Quietest level (relative to the strike, −60 dB) worth computing; below it partials are cut. */
const FLOOR = 1e-3;
/** A partial cut short by the strike's buffer fades out over this long (s) instead of stopping. */
const CUT_FADE = 0.3;
/** A 6-sample (0.125 ms) fade-in softens the digital step without moving the peak. */
const RAMP = 6;

/** Pitch factor of an object of this mass relative to 1 kg: frequency ∝ size⁻¹ ∝ mass^(-1/3). */
export const sizePitch = (mass: number): number => Math.cbrt(1 / Math.min(Math.max(mass, 0.002), 500));

/** Adds one damped cosine partial into out[0…) until it falls below `floor`; returns its length. */
function addPartial(
  out: Float32Array,
  freq: number,
  amp: number,
  tau: number,
  floor: number,
  phase: number,
  sampleRate: number,
): number {
  if (amp <= floor) return 0;
  const natural = Math.ceil(tau * Math.log(amp / floor) * sampleRate);
  const len = Math.min(out.length, natural);
  const fadeFrom = len < natural ? Math.max(0, len - Math.round(CUT_FADE * sampleRate)) : len;
  const w = (2 * Math.PI * freq) / sampleRate;
  const r = Math.exp(-1 / (tau * sampleRate));
  const c1 = 2 * r * Math.cos(w);
  const c2 = r * r;
  // Two-pole resonator recursion y[n+1] = c1·y[n] − c2·y[n−1]: two multiplies a sample, no trig.
  let y = amp * Math.cos(phase);
  let next = amp * r * Math.cos(w + phase);
  for (let i = 0; i < len; i++) {
    if (i < RAMP) out[i]! += y * (0.5 - 0.5 * Math.cos((Math.PI * (i + 1)) / RAMP));
    else if (i >= fadeFrom) out[i]! += (y * (len - i)) / (len - fadeFrom);
    else out[i]! += y;
    const after = c1 * next - c2 * y;
    y = next;
    next = after;
  }
  return len;
}

/**
 * Adds one struck body's sound into `out` starting at index 0 and returns how many samples it
 * wrote (so the caller mixes only that much).
 */
export function renderStrike(out: Float32Array, p: StrikeParams, sampleRate: number): number {
  const m = p.material;
  const nyquistGuard = Math.min(16000, sampleRate * 0.45);
  const f0 = m.baseHz * sizePitch(p.mass) * (1 + 0.012 * Math.max(-2, Math.min(2, p.rng.gaussian())));
  let norm = 0;
  const amps: number[] = [];
  for (const mode of m.modes) {
    const f = f0 * mode.ratio;
    // The contact force is a short pulse; its spectrum rolls off above contactHz (2nd order).
    const excite = 1 / Math.sqrt(1 + Math.pow(f / p.contactHz, 4));
    const a = f < nyquistGuard ? mode.amp * excite * p.rng.range(0.65, 1.35) : 0;
    amps.push(a);
    norm += a * a;
  }
  const scale = (p.level * m.gain) / Math.sqrt(Math.max(norm, 1e-9));
  let written = 0;
  m.modes.forEach((mode, i) => {
    const amp = amps[i]! * scale;
    const jitter = p.rng.range(0.9, 1.1);
    if (amp <= 0) return;
    const f = f0 * mode.ratio;
    const tau = Math.min(m.maxTau, (mode.q * p.damping) / (Math.PI * f)) * jitter;
    // The strongest partials start in cosine phase (peak on the first sample); the rest start within
    // ±60° of it, so they do not all pile onto one spike (a lower crest factor, same attack time).
    const phase = i === 0 ? 0 : p.rng.range(-1.05, 1.05);
    written = Math.max(written, addPartial(out, f, amp, tau, FLOOR * p.level, phase, sampleRate));
  });
  written = Math.max(written, addClick(out, p, sampleRate));
  return written;
}

/** The contact transient: exponentially decaying low-passed noise, a few ms long. */
function addClick(out: Float32Array, p: StrikeParams, sampleRate: number): number {
  const c = p.material.click;
  const tau = c.ms / 1000;
  const len = Math.min(out.length, Math.ceil(tau * 6 * sampleRate));
  const bright = Math.min(c.brightHz, p.contactHz * 1.5);
  const lp = onePole(1 / (2 * Math.PI * bright), sampleRate);
  const decay = Math.exp(-1 / (tau * sampleRate));
  // A one-pole low-pass loses level as it darkens; compensate so a dull click is not inaudible.
  const gain = p.level * p.material.gain * c.gain * Math.sqrt((1 + lp) / (1 - lp + 1e-9)) * 0.7;
  let env = gain;
  let s = 0;
  for (let i = 0; i < len; i++) {
    s = lp * s + (1 - lp) * (p.rng.next() * 2 - 1);
    out[i]! += (i < RAMP ? (env * (i + 1)) / RAMP : env) * s;
    env *= decay;
  }
  return len;
}
