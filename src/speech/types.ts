/**
 * The voice interface. Everything about speech the rest of Soundstage may know: a voice's
 * parameters, an utterance's sound and timings, and where each line falls in the video. eSpeak NG
 * (GPL-3.0) sits behind it, in espeak.ts, and nothing outside this folder imports it.
 */
import type { Character, Emotion } from '../plan/schema.js';

export type Voice = NonNullable<Character['voice']>;

/** A phone as spoken: its IPA symbol (stress marks removed) and its span, seconds from the utterance start. */
export interface Phone {
  ipa: string;
  start: number;
  end: number;
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

/** One line synthesized: mono PCM and its timings. Same text + voice + tone → same samples. */
export interface Utterance {
  sampleRate: number;
  pcm: Float32Array;
  phones: Phone[];
  words: Word[];
  duration: number;
}

/** A line placed in the video: who says it, from when to when (video seconds), and how. */
export interface SpeechSpan {
  /** Entity id of the speaker, or null when no one in the scene says it (a voice off). */
  speaker: string | null;
  text: string;
  voice: Voice;
  tone?: string;
  /** The feeling the tone carries, for the face. */
  emotion: Emotion;
  start: number;
  end: number;
  /** Gain the tone gives the line (a whisper is quiet, a shout loud), dB. */
  gainDb: number;
  phones: Phone[];
  words: Word[];
}
