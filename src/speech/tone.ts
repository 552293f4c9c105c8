/**
 * How a line is said: a tone of voice ("whispering", "shouting", "sad"…) as a small change to the
 * voice (pitch, intonation range, speed), a level in the mix, and the feeling the face shows.
 * Unknown tones are said plainly.
 */
import type { Emotion } from '../plan/schema.js';

export interface ToneStyle {
  /** Added to the voice's pitch (0..99 scale: about 6 steps a semitone). */
  pitch: number;
  /** Added to the voice's intonation range (0..99). */
  range: number;
  /** Multiplies the speaking rate. */
  rate: number;
  /** Level of the line in the mix, dB. */
  gainDb: number;
  emotion: Emotion;
  /** Said in a whisper (eSpeak's whisper variants). */
  whisper: boolean;
  /** Said as a question: the line ends in '?'. */
  question: boolean;
  /** A laugh comes with the line. */
  laugh: boolean;
}

const NEUTRAL: ToneStyle = {
  pitch: 0,
  range: 0,
  rate: 1,
  gainDb: 0,
  emotion: 'neutral',
  whisper: false,
  question: false,
  laugh: false,
};

const TONES: Record<string, Partial<ToneStyle>> = {
  whispering: { whisper: true, rate: 0.92, gainDb: -10 },
  soft: { pitch: -4, range: -10, rate: 0.92, gainDb: -6 },
  tender: { pitch: -2, range: -5, rate: 0.9, gainDb: -5, emotion: 'happy' },
  calm: { pitch: -3, range: -12, rate: 0.94, gainDb: -2 },
  muttering: { pitch: -8, range: -30, rate: 1.05, gainDb: -8 },
  loud: { pitch: 10, range: 15, rate: 1.04, gainDb: 3 },
  calling: { pitch: 12, range: 20, rate: 0.95, gainDb: 3 },
  announcing: { pitch: 4, range: 15, rate: 0.95, gainDb: 2 },
  shouting: { pitch: 18, range: 25, rate: 1.08, gainDb: 4, emotion: 'angry' },
  screaming: { pitch: 28, range: 35, rate: 1.12, gainDb: 6, emotion: 'afraid' },
  asking: { range: 10, question: true },
  excited: { pitch: 12, range: 30, rate: 1.08, gainDb: 2, emotion: 'happy' },
  happy: { pitch: 8, range: 20, rate: 1.04, gainDb: 1, emotion: 'happy' },
  proud: { pitch: 2, range: 15, rate: 0.95, gainDb: 1, emotion: 'happy' },
  laughing: { pitch: 8, range: 20, rate: 1.04, gainDb: 1, emotion: 'happy', laugh: true },
  singing: { pitch: 6, range: 45, rate: 0.6, gainDb: 1, emotion: 'happy' },
  surprised: { pitch: 14, range: 30, gainDb: 2, emotion: 'surprised' },
  sad: { pitch: -8, range: -25, rate: 0.85, gainDb: -3, emotion: 'sad' },
  crying: { pitch: -5, range: -20, rate: 0.8, gainDb: -2, emotion: 'sad' },
  angry: { pitch: 4, range: 15, rate: 1.12, gainDb: 3, emotion: 'angry' },
  afraid: { pitch: 8, range: -10, rate: 1.12, gainDb: -2, emotion: 'afraid' },
  nervous: { pitch: 6, range: -10, rate: 1.1, gainDb: -2, emotion: 'afraid' },
  disgusted: { pitch: -5, range: 10, rate: 0.92, emotion: 'disgusted' },
  sarcastic: { range: 20, rate: 0.92 },
};

/** Other spellings of the same tones (verbs, adverbs, French). */
const ALIASES: Record<string, string> = {
  whisper: 'whispering', whispers: 'whispering', whispered: 'whispering', murmuring: 'whispering',
  quiet: 'soft', quietly: 'soft', softly: 'soft', gently: 'soft', gentle: 'soft',
  mutter: 'muttering', mumbling: 'muttering', loudly: 'loud', call: 'calling',
  shout: 'shouting', shouted: 'shouting', yelling: 'shouting', yell: 'shouting',
  scream: 'screaming', question: 'asking', ask: 'asking', questioning: 'asking',
  cheerful: 'happy', joyful: 'happy', happily: 'happy', laugh: 'laughing', sing: 'singing',
  sadly: 'sad', cry: 'crying', sobbing: 'crying', angrily: 'angry', furious: 'angry',
  scared: 'afraid', fearful: 'afraid', fearfully: 'afraid', excitedly: 'excited',
  astonished: 'surprised', calmly: 'calm', tenderly: 'tender', proudly: 'proud',
}; // prettier-ignore

/** The style of a tone; unknown or missing tones are neutral. */
export function toneStyle(tone: string | undefined): ToneStyle {
  const key = (tone ?? '').trim().toLowerCase();
  return { ...NEUTRAL, ...TONES[ALIASES[key] ?? key] };
}

/** Raised voices are not always angry: a cheerful word makes a shout a happy one. */
const CHEERFUL =
  /\b(hello|hi|hey|hooray|hurray|yay|yes|welcome|congratulations|bravo|great|wonderful|love|thanks|thank you|happy|bonjour|salut|merci|super|génial)\b/iu;

/** The feeling a line said in this tone shows on the face. */
export function emotionOf(tone: string | undefined, text: string): Emotion {
  const style = toneStyle(tone);
  if ((style.emotion === 'angry' || style.emotion === 'afraid') && style.gainDb > 0 && CHEERFUL.test(text))
    return 'happy';
  return style.emotion;
}

/** The line made a question: its closing '.' or '!' becomes '?'. */
export function asQuestion(text: string): string {
  const trimmed = text.trimEnd();
  if (trimmed.endsWith('?')) return trimmed;
  return trimmed.replace(/[.!…,;:]*$/u, '') + '?';
}
