/**
 * Voices in the mix: each spoken line (a SpeechSpan of the Trace) is synthesized, resampled to the
 * mix rate with a band-limited polyphase filter, set to its tone's level and written from the exact
 * sample its span starts on, panned where its speaker stands (following them if they walk while
 * talking); a voice off (no speaker) is in the centre.
 */
import type { Vec3 } from '../plan/schema.js';
import { speak, speakSync, type SpeechSpan, type Utterance } from '../speech/index.js';
import { dbToGain, type StereoBuffers } from './dsp.js';
import type { Placement } from './spatial.js';

/** The utterance of every span, in order (async: loads the speech engine if need be). */
export function synthesizeSpans(spans: readonly SpeechSpan[]): Promise<Utterance[]> {
  return Promise.all(spans.map((s) => speak(s.text, s.voice, s.tone)));
}

/** The stereo position is re-read this often, seconds, and glided between. */
const PLACE_EVERY = 0.02;

/**
 * Adds every span's voice to `bus`. Pass the spans' utterances (synthesizeSpans) or let it say
 * them itself, which needs the engine loaded in this thread (await loadSpeech()).
 */
export function renderSpeech(
  bus: StereoBuffers,
  spans: readonly SpeechSpan[],
  locate: (entity: string, time: number) => Vec3 | undefined,
  place: (position: Vec3 | undefined, time: number) => Placement,
  sampleRate: number,
  utterances?: readonly Utterance[],
): void {
  spans.forEach((span, i) => {
    const u = utterances?.[i] ?? speakSync(span.text, span.voice, span.tone);
    const voice = resample(u.pcm, u.sampleRate, sampleRate);
    const where = (t: number) => place(span.speaker !== null ? locate(span.speaker, t) : undefined, t);
    addVoice(bus, voice, Math.round(span.start * sampleRate), dbToGain(span.gainDb), where, sampleRate);
  });
}

function addVoice(
  bus: StereoBuffers,
  voice: Float32Array,
  start: number,
  gain: number,
  where: (time: number) => Placement,
  sampleRate: number,
): void {
  const block = Math.max(1, Math.round(PLACE_EVERY * sampleRate));
  const from = Math.max(0, -start);
  const to = Math.min(voice.length, bus.left.length - start);
  let next = where((start + from) / sampleRate);
  for (let b = from; b < to; b += block) {
    const here = next;
    next = where((start + b + block) / sampleRate);
    const end = Math.min(to, b + block);
    for (let j = b; j < end; j++) {
      const x = (j - b) / block;
      const s = gain * voice[j]!;
      bus.left[start + j]! += s * (here.left + (next.left - here.left) * x);
      bus.right[start + j]! += s * (here.right + (next.right - here.right) * x);
    }
  }
}

/** Zero crossings of the sinc on each side (at the lower of the two rates), and the Kaiser window's β. */
const ZERO_CROSSINGS = 32;
const KAISER_BETA = 9;
/** Passband edge as a fraction of the lower Nyquist frequency: 20 kHz content is not the point of a voice. */
const CUTOFF = 0.92;

interface Polyphase {
  up: number;
  down: number;
  /** Input samples each side of an output sample. */
  half: number;
  /** up rows of 2·half taps: row p holds the filter for output positions p/up past an input sample. */
  table: Float32Array;
}

const designs = new Map<string, Polyphase>();

/**
 * Band-limited resampling by the exact rational ratio to/from (22050 → 48000 is 320/147):
 * windowed-sinc polyphase filter, zero phase, so sample n of the output is time n/to exactly.
 */
export function resample(x: Float32Array, from: number, to: number): Float32Array {
  if (from === to) return x.slice();
  const f = polyphase(from, to);
  const out = new Float32Array(Math.ceil((x.length * f.up) / f.down));
  const taps = 2 * f.half;
  const padded = new Float32Array(x.length + 2 * taps);
  padded.set(x, taps);
  for (let n = 0; n < out.length; n++) {
    const i0 = Math.floor((n * f.down) / f.up);
    const row = (n * f.down - i0 * f.up) * taps;
    const base = i0 - (f.half - 1) + taps;
    let acc = 0;
    for (let k = 0; k < taps; k++) acc += padded[base + k]! * f.table[row + k]!;
    out[n] = acc;
  }
  return out;
}

function polyphase(from: number, to: number): Polyphase {
  const key = `${from}/${to}`;
  let f = designs.get(key);
  if (f) return f;
  const g = gcd(from, to);
  const up = to / g;
  const down = from / g;
  const scale = Math.min(1, to / from); // cutoff relative to the input's Nyquist
  const cutoff = CUTOFF * scale;
  const half = Math.ceil(ZERO_CROSSINGS / scale);
  const taps = 2 * half;
  const table = new Float32Array(up * taps);
  for (let p = 0; p < up; p++) {
    let sum = 0;
    for (let k = 0; k < taps; k++) {
      const t = k - (half - 1) - p / up; // input-sample distance from the output position
      const v = cutoff * sinc(cutoff * t) * kaiser(t / half);
      table[p * taps + k] = v;
      sum += v;
    }
    for (let k = 0; k < taps; k++) table[p * taps + k]! /= sum; // unity gain at DC in every phase
  }
  f = { up, down, half, table };
  designs.set(key, f);
  return f;
}

const sinc = (x: number): number => (x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x));

/** Kaiser window at x in [−1, 1]. */
function kaiser(x: number): number {
  if (Math.abs(x) > 1) return 0;
  return besselI0(KAISER_BETA * Math.sqrt(1 - x * x)) / besselI0(KAISER_BETA);
}

function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  for (let k = 1; k < 40; k++) {
    term *= (x / (2 * k)) ** 2;
    sum += term;
    if (term < sum * 1e-12) break;
  }
  return sum;
}

function gcd(a: number, b: number): number {
  [a, b] = [Math.round(a), Math.round(b)];
  while (b) [a, b] = [b, a % b];
  return a;
}
