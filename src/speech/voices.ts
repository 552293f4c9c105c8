/**
 * Who sounds like what: a stable voice for each character, from its age and gender and the plan's
 * seed, kept for every line it says. A character's explicit voice always wins. castVoices gives a
 * whole cast voices that are told apart by ear (different variants, pitches a few semitones apart).
 */
import type { Character } from '../plan/schema.js';
import { createRandom, type Random } from '../plan/random.js';
import type { Voice } from './types.js';

const FEMALE_VARIANTS = ['f1', 'f2', 'f3', 'f4', 'f5'];
const MALE_VARIANTS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];

/**
 * Median f0 (Hz) of eSpeak variants at pitch 50, measured on two sentences of English (French is
 * within 2 %). Each 77 steps of pitch double it, roughly (the scale flattens under ~25 for men).
 */
const F0_AT_PITCH_50: Record<string, number> = {
  f1: 179, f2: 195, f3: 210, f4: 179, f5: 204,
  m1: 93, m2: 100, m3: 104, m4: 94, m5: 103, m6: 101, m7: 106,
  grandma: 200, grandpa: 108, whisperf: 200, aunty: 174, anika: 266,
}; // prettier-ignore
const DEFAULT_F0 = 102;
const PITCH_STEPS_PER_OCTAVE = 77;

/** Variants heard as women's voices (a whisper keeps the speaker's register). */
export const isFemaleVariant = (variant: string): boolean =>
  /^f\d$/.test(variant) ||
  ['grandma', 'whisperf', 'aunty', 'anika', 'Andrea', 'Alicia', 'linda', 'belinda'].includes(variant);

/** The f0 (Hz) a voice is heard at, about. */
export function nominalPitchHz(v: Pick<Voice, 'variant' | 'pitch'>): number {
  const base = F0_AT_PITCH_50[v.variant] ?? DEFAULT_F0;
  return base * Math.pow(2, (Math.max(v.pitch, 22) - 50) / PITCH_STEPS_PER_OCTAVE);
}

/** The eSpeak language for a plan's language code. */
export function espeakLanguage(language: string): string {
  const code = language.trim().toLowerCase();
  if (code === '' || code.startsWith('en')) return 'en-us';
  if (code.startsWith('fr')) return 'fr';
  return code;
}

interface Register {
  variants: string[];
  pitch: [number, number];
  range: [number, number];
  rate: [number, number];
}

/** Where a voice's parameters are drawn from, by age and sex. */
function registerOf(age: Character['age'], female: boolean): Register {
  if (age === 'child')
    return {
      // Children sit above every woman's register: the brighter f-variants, high in their span.
      variants: female ? ['f3', 'f5'] : ['f2', 'f5'],
      pitch: [80, 95],
      range: [60, 80],
      rate: [160, 180],
    };
  if (age === 'elderly')
    return {
      variants: female ? ['grandma'] : ['grandpa'],
      pitch: female ? [30, 50] : [28, 45],
      range: [40, 60],
      rate: [125, 145],
    };
  return female
    ? { variants: FEMALE_VARIANTS, pitch: [52, 72], range: [45, 65], rate: [150, 180] }
    : { variants: MALE_VARIANTS, pitch: [25, 45], range: [40, 60], rate: [150, 180] };
}

const pick = <T>(rng: Random, items: readonly T[]): T => items[Math.floor(rng.next() * items.length)]!;

function isFemale(character: Character | undefined, rng: Random): boolean {
  const gender = character?.gender ?? 'neutral';
  return gender === 'neutral' ? rng.next() < 0.5 : gender === 'female';
}

/** A character's voice: its own if it has one, else drawn from (seed, id) in its age and sex's register. */
export function voiceFor(
  character: Character | undefined,
  seed: number,
  id: string,
  language: string,
): Voice {
  if (character?.voice) return character.voice;
  const rng = createRandom(seed, `voice/${id}`);
  const register = registerOf(character?.age ?? 'adult', isFemale(character, rng));
  return {
    language: espeakLanguage(language),
    variant: pick(rng, register.variants),
    pitch: Math.round(rng.range(...register.pitch)),
    range: Math.round(rng.range(...register.range)),
    rate: Math.round(rng.range(...register.rate)),
  };
}

export interface CastMember {
  id: string;
  character?: Character;
}

/** Two voices closer than this (semitones, by the nominal model) are moved apart when a register allows it. */
const MIN_SEMITONES = 2.5;

const semitones = (a: number, b: number): number => Math.abs(12 * Math.log2(a / b));

/**
 * Voices for everyone who speaks in a scene, in the order given: each as voiceFor gives it, then
 * (unless chosen explicitly) moved to a variant no one else has and a pitch at least 2.5 semitones
 * from every voice before it, when its register has room. Stable for the same cast and seed.
 */
export function castVoices(
  cast: readonly CastMember[],
  seed: number,
  language: string,
): Record<string, Voice> {
  const voices: Record<string, Voice> = {};
  const taken: Voice[] = [];
  for (const { id, character } of cast) {
    let voice = voiceFor(character, seed, id, language);
    if (!character?.voice && taken.length > 0) voice = separate(voice, character, taken);
    voices[id] = voice;
    taken.push(voice);
  }
  return voices;
}

function separate(voice: Voice, character: Character | undefined, taken: readonly Voice[]): Voice {
  // The register the voice was drawn from (a boy's voice is an f-variant too).
  const age = character?.age ?? 'adult';
  const candidates = [registerOf(age, false), registerOf(age, true)];
  const register =
    candidates.find((r) => r.variants.includes(voice.variant)) ??
    candidates[isFemaleVariant(voice.variant) ? 1 : 0]!;
  const used = new Set(taken.map((v) => v.variant));
  const variant =
    register.variants.includes(voice.variant) && !used.has(voice.variant)
      ? voice.variant
      : (register.variants.find((v) => !used.has(v)) ?? voice.variant);
  const distance = (pitch: number) =>
    Math.min(...taken.map((t) => semitones(nominalPitchHz({ variant, pitch }), nominalPitchHz(t))));
  // Search the register, widened a little, for the pitch nearest the drawn one that is far
  // enough from everyone; failing that, the one farthest from its nearest neighbour.
  const [lo, hi] = [register.pitch[0] - 10, register.pitch[1] + 10];
  let best = voice.pitch;
  for (let p = Math.max(0, lo); p <= Math.min(99, hi); p++) {
    const ok = distance(p) >= MIN_SEMITONES;
    const bestOk = distance(best) >= MIN_SEMITONES;
    if (ok && (!bestOk || Math.abs(p - voice.pitch) < Math.abs(best - voice.pitch))) best = p;
    else if (!ok && !bestOk && distance(p) > distance(best)) best = p;
  }
  return { ...voice, variant, pitch: best };
}
