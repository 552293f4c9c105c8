/**
 * Speech: what characters say, heard and seen. A line of dialogue becomes an utterance (eSpeak NG
 * audio with phone and word timings) in the speaker's own voice and the line's tone; lines are
 * placed in the video's time; phones drive the mouth (visemes); words drive the subtitles.
 *
 * Files: types (the voice interface), espeak (the engine, GPL-3.0, imported nowhere else),
 * utterance (engine output → timings), tone (how a line is said), voices (who sounds like what),
 * schedule (when lines are said), visemes (lip-sync), webvtt (subtitles).
 */
import type { ScenePlan } from '../plan/schema.js';
import { espeakLoaded, espeakSync, loadEspeak, type EspeakSettings } from './espeak.js';
import { asQuestion, toneStyle, type ToneStyle } from './tone.js';
import type { Utterance, Voice } from './types.js';
import { joinUtterances, setSpeechLevel, toUtterance } from './utterance.js';
import { castVoices, espeakLanguage, isFemaleVariant, voiceFor } from './voices.js';
import { scheduleSpeech, type LineToSay, type SpeechSchedule } from './schedule.js';

export type { Phone, SpeechSpan, Utterance, Voice, Word } from './types.js';
export { voiceFor, castVoices, nominalPitchHz, espeakLanguage, type CastMember } from './voices.js';
export { toneStyle, emotionOf, type ToneStyle } from './tone.js';
export {
  scheduleSpeech,
  type LineToSay,
  type ScheduleOptions,
  type SpeechSchedule,
  type DroppedLine,
} from './schedule.js';
export { visemeOf, mouthAt, speechMouth, VISEME_MOUTH, type Viseme } from './visemes.js';
export { toWebVtt, captionCues, type Cue } from './webvtt.js';

/** Loads the speech engine in this thread; speakSync (and the audio stage) need it loaded. */
export const loadSpeech = (): Promise<void> => loadEspeak();
export const speechLoaded = (): boolean => espeakLoaded();

/** Says a line in a voice and a tone. Same text, voice and tone → same samples. */
export async function speak(text: string, voice: Voice, tone?: string): Promise<Utterance> {
  await loadEspeak();
  return speakSync(text, voice, tone);
}

/** speak, once loadSpeech() has resolved in this thread. */
export function speakSync(text: string, voice: Voice, tone?: string): Utterance {
  const style = toneStyle(tone);
  // "(laughs)": a sound, not words; the subtitles show it as written.
  if (style.laugh && /^\(.*\)$/.test(text.trim())) return setSpeechLevel(laughIn(voice));
  const line = style.question ? asQuestion(text) : text;
  const said = toUtterance(espeakSync(line, settingsFor(voice, style)), line);
  if (!style.laugh) return setSpeechLevel(said);
  const laugh = laughIn(voice);
  // A line with hardly any words ("Oh!") comes after the laugh; anything longer, before it.
  const both =
    (line.match(/\p{L}+/gu) ?? []).length <= 1
      ? joinUtterances(laugh, said, 0.08)
      : joinUtterances(said, laugh, 0.12);
  return setSpeechLevel(both);
}

function settingsFor(voice: Voice, style: ToneStyle): EspeakSettings {
  const whisper = isFemaleVariant(voice.variant) ? 'whisperf' : 'whisper';
  return {
    language: voice.language,
    variant: style.whisper ? whisper : voice.variant,
    pitch: voice.pitch + style.pitch,
    range: voice.range + style.range,
    rate: voice.rate * style.rate,
  };
}

/**
 * A laugh in the speaker's voice: breathy "ha"s, quick, high and lilting. Said in English in
 * every language (a French h is silent, and "a a a" is no laugh).
 */
function laughIn(voice: Voice): Utterance {
  const settings: EspeakSettings = {
    language: 'en-us',
    variant: voice.variant,
    pitch: voice.pitch + 18,
    range: 90,
    rate: voice.rate * 1.35,
  };
  return { ...toUtterance(espeakSync(LAUGH, settings), LAUGH), words: [] };
}
const LAUGH = 'Ha-ha-ha-ha!';

/**
 * The plan's dialogue, said and placed: each speaker resolved to its entity (a speaker that is no
 * entity is a voice off), the cast given distinct voices, each line said and scheduled.
 */
export async function planSpeech(plan: ScenePlan): Promise<SpeechSchedule> {
  // The engine costs time and tens of megabytes: a scene without dialogue never starts it.
  if (plan.dialogue.length > 0) await loadEspeak();
  const language = espeakLanguage(plan.understanding.language);
  const entities = new Map(plan.entities.map((e) => [e.id, e]));
  const speakerOf = (name: string): string | null => (entities.has(name) ? name : null);
  const cast = [...new Set(plan.dialogue.map((d) => d.speaker))].map((name) => ({
    id: name,
    ...(entities.get(name)?.character && { character: entities.get(name)!.character! }),
  }));
  const voices = castVoices(cast, plan.seed, language);
  const lines: LineToSay[] = plan.dialogue.map((d) => ({
    speaker: speakerOf(d.speaker),
    text: d.text,
    voice: voices[d.speaker] ?? voiceFor(undefined, plan.seed, d.speaker, language),
    ...(d.at !== undefined && { at: d.at }),
    ...(d.tone !== undefined && { tone: d.tone }),
  }));
  const utterances = lines.map((l) => speakSync(l.text, l.voice, l.tone));
  return scheduleSpeech(lines, { utterances, duration: plan.duration, seed: plan.seed });
}
