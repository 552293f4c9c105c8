/**
 * When each line is said: lines keep their order and never overlap. A line with a time starts
 * then, or, if the line before is still being said, waits for it and a short breath; a line
 * without one follows the line before after a natural turn gap (a little longer when someone
 * else answers). A line that would run past the end of the video is left out whole, and said so.
 */
import { createRandom, type Random } from '../plan/random.js';
import { emotionOf, toneStyle } from './tone.js';
import type { SpeechSpan, Utterance, Voice } from './types.js';

/** A dialogue line ready to place: its speaker resolved to an entity id (null: a voice off). */
export interface LineToSay {
  speaker: string | null;
  text: string;
  voice: Voice;
  at?: number;
  tone?: string;
}

export interface ScheduleOptions {
  /** The utterance of each line, in the same order. */
  utterances: readonly Utterance[];
  /** Video length, seconds. */
  duration: number;
  seed: number;
}

export interface DroppedLine {
  /** Index of the line in the input. */
  index: number;
  speaker: string | null;
  text: string;
  reason: string;
}

export interface SpeechSchedule {
  spans: SpeechSpan[];
  dropped: DroppedLine[];
}

/** Pause between one speaker's consecutive lines, and between two speakers, seconds. */
const SAME_SPEAKER_GAP: [number, number] = [0.22, 0.35];
const TURN_GAP: [number, number] = [0.32, 0.48];
/** When the first untimed line starts. */
const FIRST_LINE: [number, number] = [0.3, 0.6];

/** End of the last phone: trailing silence may hang over the end of the video, words may not. */
const speechEnd = (u: Utterance): number => u.phones.at(-1)?.end ?? 0;

export function scheduleSpeech(lines: readonly LineToSay[], opts: ScheduleOptions): SpeechSchedule {
  if (opts.utterances.length !== lines.length) throw new Error('scheduleSpeech: one utterance per line');
  const rng = createRandom(opts.seed, 'speech/schedule');
  const spans: SpeechSpan[] = [];
  const dropped: DroppedLine[] = [];
  let previous: SpeechSpan | undefined;
  lines.forEach((line, index) => {
    const u = opts.utterances[index]!;
    const gap = turnGap(rng, previous, line.speaker);
    const start = startOf(line.at, previous, gap, rng);
    if (start + speechEnd(u) > opts.duration) {
      const at = (start + speechEnd(u)).toFixed(2);
      dropped.push({ ...line, index, reason: `it would end at ${at} s, after the video ends` });
      return;
    }
    previous = spanOf(line, u, start, Math.min(start + u.duration, opts.duration));
    spans.push(previous);
  });
  return { spans, dropped };
}

/** Drawn for every line, so one line's timing never shifts another's draws. */
function turnGap(rng: Random, previous: SpeechSpan | undefined, speaker: string | null): number {
  const [lo, hi] = previous && previous.speaker !== speaker ? TURN_GAP : SAME_SPEAKER_GAP;
  return rng.range(lo, hi);
}

function startOf(at: number | undefined, previous: SpeechSpan | undefined, gap: number, rng: Random): number {
  const first = rng.range(...FIRST_LINE);
  if (!previous) return at ?? first;
  // A timed line that would talk over the line before waits for it.
  if (at !== undefined && at >= previous.end) return at;
  return previous.end + gap;
}

function spanOf(line: LineToSay, u: Utterance, start: number, end: number): SpeechSpan {
  return {
    speaker: line.speaker,
    text: line.text,
    voice: line.voice,
    ...(line.tone !== undefined && { tone: line.tone }),
    emotion: emotionOf(line.tone, line.text),
    start,
    end,
    gainDb: toneStyle(line.tone).gainDb,
    phones: u.phones,
    words: u.words,
  };
}
