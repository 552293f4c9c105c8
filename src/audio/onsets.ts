/**
 * An onset detector for tests and benchmarks: it finds where a sharp sound starts in a mix.
 * Short-time energy of the mono mix, pre-emphasised (high-frequency-weighted) and plain, in 5 ms
 * frames every 2.5 ms; an onset is a frame whose energy, in either view, jumps by `thresholdDb`
 * over the frames just before it, loud enough relative to that view's loudest frame. Slow swells (wind, fades, rolling) rise only a few dB
 * per 5 ms and never qualify. Each onset is then refined to the first sample of the attack.
 */
import type { StereoBuffers } from './dsp.js';

export interface OnsetOptions {
  /** Energy jump (dB) over the preceding 5 ms that counts as an onset. Default 12. */
  thresholdDb?: number;
  /** Ignore onsets whose frame is more than this far (dB) under the loudest frame. Default 45. */
  rangeDb?: number;
  /** Two onsets closer than this (ms) are one; the stronger wins. Default 30. */
  minGapMs?: number;
}

export interface Onset {
  /** Seconds from the start, at the first sample of the attack. */
  time: number;
  /** The energy jump in dB. */
  strength: number;
}

export function detectOnsets(s: StereoBuffers & { sampleRate: number }, options: OnsetOptions = {}): Onset[] {
  const { thresholdDb = 12, rangeDb = 45, minGapMs = 30 } = options;
  const sr = s.sampleRate;
  const n = s.left.length;
  const hop = Math.max(1, Math.round(0.0025 * sr));
  const win = 2 * hop;
  if (n < 4 * win) return [];
  // Two views of the mix: pre-emphasised (attacks carry high frequencies; hums, wind and rumbles
  // do not) and plain (a dull thump over a hissy room tone shows up here). Either may fire.
  const bright = new Float32Array(n);
  const plain = new Float32Array(n);
  let prev = 0;
  let dc = 0;
  for (let i = 0; i < n; i++) {
    const m = 0.5 * (s.left[i]! + s.right[i]!);
    bright[i] = m - 0.95 * prev;
    prev = m;
    dc += (m - dc) * 0.005; // remove DC / sub-bass drift (~40 Hz high-pass)
    plain[i] = m - dc;
  }
  const frames = Math.floor((n - win) / hop) + 1;
  const candidates: { k: number; rise: number }[] = [];
  for (const e of [bright, plain]) {
    const db = frameLevels(e, frames, hop, win);
    let loudest = -Infinity;
    for (let k = 0; k < frames; k++) loudest = Math.max(loudest, db[k]!);
    if (!(loudest > -150)) continue;
    const floor = loudest - rangeDb;
    // Background is never taken as quieter than 20 dB under the floor (fades from silence don't count).
    const base = floor - 20;
    for (let k = 5; k < frames; k++) {
      if (db[k]! < floor) continue;
      // Compare with the loudest of the frames 5–12.5 ms before: random wobbles of noise
      // (few cycles of a low rumble per frame) are not mistaken for attacks.
      const before = Math.max(db[k - 2]!, db[k - 3]!, db[k - 4]!, db[k - 5]!);
      const rise = db[k]! - Math.max(before, base);
      if (rise >= thresholdDb) candidates.push({ k, rise });
    }
  }
  candidates.sort((a, b) => a.k - b.k);
  // Keep local maxima of the rise, at least minGap apart.
  const gap = Math.max(1, Math.round(((minGapMs / 1000) * sr) / hop));
  const picked: { k: number; rise: number }[] = [];
  for (const c of candidates) {
    const last = picked[picked.length - 1];
    if (last && c.k - last.k < gap) {
      if (c.rise > last.rise) picked[picked.length - 1] = c;
      continue;
    }
    picked.push(c);
  }
  return picked.map(({ k, rise }) => ({ time: refine(bright, k * hop, win, sr) / sr, strength: rise }));
}

/** Energy (dB) of each frame of `win` samples every `hop`. */
function frameLevels(e: Float32Array, frames: number, hop: number, win: number): Float64Array {
  const db = new Float64Array(frames);
  for (let k = 0; k < frames; k++) {
    let sum = 0;
    for (let i = k * hop; i < k * hop + win; i++) sum += e[i]! * e[i]!;
    db[k] = 10 * Math.log10(sum / win + 1e-20);
  }
  return db;
}

/** First sample of the attack near frame start `at`: the first to rise well above what came before. */
function refine(e: Float32Array, at: number, win: number, sr: number): number {
  const from = Math.max(0, at - win);
  const to = Math.min(e.length, at + 2 * win);
  let peak = 0;
  for (let i = from; i < to; i++) peak = Math.max(peak, Math.abs(e[i]!));
  const bgFrom = Math.max(0, from - Math.round(0.01 * sr));
  let bg = 0;
  for (let i = bgFrom; i < from; i++) bg += e[i]! * e[i]!;
  bg = from > bgFrom ? Math.sqrt(bg / (from - bgFrom)) : 0;
  const threshold = Math.max(0.2 * peak, Math.min(4 * bg, 0.6 * peak));
  for (let i = from; i < to; i++) if (Math.abs(e[i]!) >= threshold) return i;
  return at;
}
