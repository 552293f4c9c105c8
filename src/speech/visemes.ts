/**
 * Lip-sync: phones → mouth shapes. Each phone maps to one of the nine Preston Blair / Rhubarb mouth
 * shapes (visemes); mouthAt glides between their targets the way lips do: into a sound over its
 * first ~40 ms, already toward the next one over its last ~30 ms, closed at the middle of every
 * p, b and m however short, and shut in silence (with ~60 ms ramps). Pure and fast: it is asked
 * once per frame per speaker.
 */
import { CLOSED_MOUTH, type Mouth } from '../world/rigs/types.js';
import type { Phone, SpeechSpan } from './types.js';

/**
 * A: closed (p b m). B: slightly open, teeth together (most consonants, ee). C: open (e ɛ æ ə).
 * D: wide open (ɑ a ʌ). E: rounded (o ɔ ɜ ø). F: puckered (u ʊ w y). G: lip on teeth (f v).
 * H: tongue up (l). X: rest.
 */
export type Viseme = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'X';

export const VISEME_MOUTH: Readonly<Record<Viseme, Mouth>> = {
  A: { open: 0, wide: 0.15, round: 0 },
  B: { open: 0.12, wide: 0.45, round: 0 },
  C: { open: 0.45, wide: 0.55, round: 0 },
  D: { open: 0.85, wide: 0.35, round: 0 },
  E: { open: 0.5, wide: 0.1, round: 0.55 },
  F: { open: 0.22, wide: 0, round: 0.95 },
  G: { open: 0.08, wide: 0.35, round: 0 },
  H: { open: 0.35, wide: 0.3, round: 0 },
  X: CLOSED_MOUTH,
};

/** Vowels of English and French as eSpeak writes them (nasal marks and length removed first). */
const VOWELS: Record<string, Viseme> = {
  a: 'D', ɑ: 'D', ʌ: 'D', ɐ: 'D', ɶ: 'D',
  e: 'C', ɛ: 'C', æ: 'C', ə: 'C', ɘ: 'C', ɤ: 'C',
  i: 'B', ɪ: 'B', ɨ: 'B', ᵻ: 'B', ɯ: 'B',
  o: 'E', ɔ: 'E', ɒ: 'E', ø: 'E', œ: 'E', ɜ: 'E', ɝ: 'E', ɚ: 'E', ɵ: 'E', ɞ: 'E',
  u: 'F', ʊ: 'F', y: 'F', ʉ: 'F', ʏ: 'F',
}; // prettier-ignore

/** Consonants whose lips or tongue show; every other consonant is B. */
const CONSONANTS: Record<string, Viseme> = {
  p: 'A', b: 'A', m: 'A',
  f: 'G', v: 'G', ɱ: 'G',
  l: 'H', ɫ: 'H', ʎ: 'H',
  w: 'F', ʍ: 'F', ɥ: 'F',
}; // prettier-ignore

/** Stress, length, nasality, syllabicity and other marks: none changes the mouth's shape class. */
const MARKS = /[\p{M}ˈˌːˑʰʲʷ'ˤ-]/gu;

/** The mouth shape of one phone (eSpeak IPA); a diphthong takes its first vowel, '' is rest. */
export function visemeOf(ipa: string): Viseme {
  const plain = ipa.normalize('NFD').replace(MARKS, '');
  if (!plain) return 'X';
  for (const ch of plain) {
    const v = VOWELS[ch];
    if (v) return v;
  }
  return CONSONANTS[[...plain][0]!] ?? 'B';
}

/** Into a sound (attack) and toward the next one (anticipation), seconds. */
const ATTACK = 0.04;
const ANTICIPATION = 0.03;
/** Half of a ramp from or to silence. */
const RAMP_HALF = 0.03;
/** A gap between phones longer than this is a pause: the mouth closes. */
const PAUSE = 0.12;

interface Segment {
  start: number;
  end: number;
  mid: number;
  target: Mouth;
  silent: boolean;
}

const tracks = new WeakMap<readonly Phone[], Segment[]>();

/** The silences before and after speech have no middle: their ramps are never cut short. */
const segment = (start: number, end: number, target: Mouth, silent: boolean): Segment => ({
  start,
  end,
  mid: start === -Infinity ? -Infinity : end === Infinity ? Infinity : (start + end) / 2,
  target,
  silent,
});

/** The phones as contiguous segments from −∞ to ∞: silence, phones, short holds over small gaps. */
function trackOf(phones: readonly Phone[]): Segment[] {
  let track = tracks.get(phones);
  if (track) return track;
  track = [];
  let at = -Infinity;
  let last: Mouth = CLOSED_MOUTH;
  for (const p of phones) {
    if (p.end <= at) continue;
    if (p.start > at) {
      const pause = !Number.isFinite(at) || p.start - at > PAUSE;
      track.push(segment(at, p.start, pause ? CLOSED_MOUTH : last, pause));
    }
    last = VISEME_MOUTH[visemeOf(p.ipa)];
    track.push(segment(Math.max(p.start, at), p.end, last, false));
    at = p.end;
  }
  track.push(segment(at, Infinity, CLOSED_MOUTH, true));
  tracks.set(phones, track);
  return track;
}

/** The glide window around the boundary between segments a and b, kept within their middles. */
function windowOf(a: Segment, b: Segment): [number, number] {
  const silent = a.silent || b.silent;
  const before = silent ? RAMP_HALF : ANTICIPATION;
  const after = silent ? RAMP_HALF : ATTACK;
  return [Math.max(b.start - before, a.mid), Math.min(b.start + after, b.mid)];
}

const smooth = (x: number): number => (x <= 0 ? 0 : x >= 1 ? 1 : 0.5 - 0.5 * Math.cos(Math.PI * x));

const mix = (a: Mouth, b: Mouth, w: number): Mouth => ({
  open: a.open + (b.open - a.open) * w,
  wide: a.wide + (b.wide - a.wide) * w,
  round: a.round + (b.round - a.round) * w,
});

/** Index of the segment holding t (binary search). */
function find(track: Segment[], t: number): number {
  let lo = 0;
  let hi = track.length - 1;
  while (lo < hi) {
    const m = (lo + hi + 1) >> 1;
    if (track[m]!.start <= t) lo = m;
    else hi = m - 1;
  }
  return lo;
}

/** The mouth at t seconds from the utterance start. */
export function mouthAt(phones: readonly Phone[], t: number): Mouth {
  if (phones.length === 0 || !Number.isFinite(t)) return CLOSED_MOUTH;
  const track = trackOf(phones);
  const k = find(track, t);
  const here = track[k]!;
  // Windows never cross a segment's middle, so only the boundary on t's side can apply.
  const [a, b] = t < here.mid ? [track[k - 1], here] : [here, track[k + 1]];
  if (a && b) {
    const [w0, w1] = windowOf(a, b);
    if (t > w0 && t < w1) return mix(a.target, b.target, smooth((t - w0) / (w1 - w0)));
  }
  return here.target;
}

/** Margin around a span in which its mouth may still be moving (ramps reach past the sound). */
const SPAN_MARGIN = 0.1;

/** A speaker's mouth at video time t: from the line they are saying, closed when they are silent. */
export function speechMouth(spans: readonly SpeechSpan[], speaker: string, t: number): Mouth {
  let mouth = CLOSED_MOUTH;
  for (const s of spans) {
    if (s.speaker !== speaker || t < s.start - SPAN_MARGIN || t > s.end + SPAN_MARGIN) continue;
    const m = mouthAt(s.phones, t - s.start);
    if (m.open > mouth.open) mouth = m;
  }
  return mouth;
}
