/** eSpeak's output as an Utterance: phones with their spans, words with theirs, and joining two utterances. */
import type { EspeakOutput } from './espeak.js';
import type { Phone, Utterance, Word } from './types.js';

const STRESS = /[ˈˌ]/gu;
/** A written word: letters and digits, joined by apostrophes or hyphens ("l'eau", "est-il"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** A phone's end is where the next phoneme (or pause) begins; pauses themselves are gaps. */
function phonesOf(out: EspeakOutput, duration: number): { phones: Phone[]; index: number[] } {
  const phones: Phone[] = [];
  const index: number[] = []; // phoneme index → phone index (−1 for pauses)
  out.phonemes.forEach((p, i) => {
    const next = out.phonemes[i + 1]?.time ?? duration;
    const ipa = p.ipa.replace(STRESS, '');
    const end = Math.min(next, duration);
    if (ipa && end > p.time) {
      index.push(phones.length);
      phones.push({ ipa, start: p.time, end });
    } else index.push(-1);
  });
  return { phones, index };
}

/** The utterance of `said`: its phones, and its words each spanning their phones. */
export function toUtterance(out: EspeakOutput, said: string): Utterance {
  const duration = out.pcm.length / out.sampleRate;
  const { phones, index } = phonesOf(out, duration);
  const chars = [...said];
  const words: Word[] = [];
  out.words.forEach((w, k) => {
    const next = out.words[k + 1];
    const own = index.slice(w.phoneme, next?.phoneme ?? index.length).filter((i) => i >= 0);
    // eSpeak reads some phrases as one word ("tout le monde"): the text up to the next word
    // event may hold several, which then share its phones.
    const text = chars.slice(w.position, Math.max(w.position + w.length, next?.position ?? chars.length));
    words.push(
      ...shareOut(
        text.join('').match(WORD) ?? [],
        own.map((i) => phones[i]!),
      ),
    );
  });
  return { sampleRate: out.sampleRate, pcm: out.pcm, phones, words, duration };
}

/** Written words over a run of phones, each taking a share of the phones in proportion to its letters. */
function shareOut(texts: string[], phones: Phone[]): Word[] {
  if (texts.length === 0 || phones.length === 0) return [];
  const letters = texts.map((t) => [...t].length);
  const total = letters.reduce((a, b) => a + b, 0);
  const words: Word[] = [];
  let first = 0;
  let seen = 0;
  texts.forEach((text, i) => {
    seen += letters[i]!;
    const last = i === texts.length - 1 ? phones.length : Math.round((phones.length * seen) / total);
    const end = Math.max(first + 1, Math.min(last, phones.length - (texts.length - 1 - i)));
    const span = phones.slice(Math.min(first, phones.length - 1), end);
    words.push({ text, start: span[0]!.start, end: span[span.length - 1]!.end });
    first = end;
  });
  return words;
}

/** `a`, then `gap` seconds of silence, then `b`; b's timings move along. */
export function joinUtterances(a: Utterance, b: Utterance, gap: number): Utterance {
  const offset = a.duration + Math.round(gap * a.sampleRate) / a.sampleRate;
  const pcm = new Float32Array(Math.round(offset * a.sampleRate) + b.pcm.length);
  pcm.set(a.pcm);
  pcm.set(b.pcm, Math.round(offset * a.sampleRate));
  const shift = <T extends { start: number; end: number }>(x: T): T => ({
    ...x,
    start: x.start + offset,
    end: x.end + offset,
  });
  return {
    sampleRate: a.sampleRate,
    pcm,
    phones: [...a.phones, ...b.phones.map(shift)],
    words: [...a.words, ...b.words.map(shift)],
    duration: pcm.length / a.sampleRate,
  };
}

/** Active speech level every utterance is set to (dBFS, RMS over frames within 30 dB of the loudest). */
export const SPEECH_LEVEL_DB = -20;
const PEAK_LIMIT = 0.95;

/**
 * Scales the utterance in place so every voice speaks at the same level (eSpeak's variants differ
 * by 10 dB and more); how loud a line is in the mix is then the tone's gainDb alone.
 */
export function setSpeechLevel(u: Utterance): Utterance {
  const frame = Math.round(0.02 * u.sampleRate);
  const powers: number[] = [];
  let peak = 0;
  for (let i = 0; i + frame <= u.pcm.length; i += frame) {
    let sum = 0;
    for (let j = i; j < i + frame; j++) sum += u.pcm[j]! * u.pcm[j]!;
    powers.push(sum / frame);
  }
  for (const x of u.pcm) peak = Math.max(peak, Math.abs(x));
  const loudest = Math.max(0, ...powers);
  const active = powers.filter((p) => p >= loudest * 1e-3);
  if (active.length === 0) return u;
  const level = active.reduce((a, b) => a + b, 0) / active.length;
  const gain = Math.min(Math.pow(10, SPEECH_LEVEL_DB / 20) / Math.sqrt(level), PEAK_LIMIT / peak);
  for (let i = 0; i < u.pcm.length; i++) u.pcm[i]! *= gain;
  return u;
}
