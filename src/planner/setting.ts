/** The place, light and ambience of a scene: from the prompt's words, else from what is in it. */
import type { Environment, ScenePlan } from '../plan/schema.js';
import { PLACES, STYLES, TIMES } from './lexicon.js';
import type { Parsed } from './parse.js';

type Place = keyof typeof PLACE_LOOKS;

const PLACE_LOOKS = {
  studio: {
    ground: { material: 'stone', color: '#b9b4ab' },
    wall: { color: '#d9d4cb', distance: 2.5 },
    sky: '#d9d4cb',
  },
  room: {
    ground: { material: 'wood', color: '#9a6a3f' },
    wall: { color: '#e3d6bf', distance: 2.2 },
    sky: '#e3d6bf',
  },
  kitchen: {
    ground: { material: 'stone', color: '#cfc8bb' },
    wall: { color: '#e9e2d0', distance: 1.6 },
    sky: '#e9e2d0',
  },
  gym: {
    ground: { material: 'wood', color: '#c8955a' },
    wall: { color: '#cfd3d6', distance: 6 },
    sky: '#cfd3d6',
  },
  outdoor: { ground: { material: 'stone', color: '#8e8a82' }, wall: null, sky: '#9ec9f0' },
  park: { ground: { material: 'fabric', color: '#5f9a45' }, wall: null, sky: '#9ec9f0' },
} as const;

const LIGHT_BY_TIME = {
  morning: { elevation: 25, intensity: 0.95, color: '#fff1dc' },
  noon: { elevation: 65, intensity: 1.1, color: '#ffffff' },
  afternoon: { elevation: 45, intensity: 1, color: '#fff8ec' },
  evening: { elevation: 12, intensity: 0.85, color: '#ffc58a' },
  night: { elevation: 40, intensity: 0.45, color: '#a9bbff' },
} as const;

export function setting(parsed: Parsed): {
  environment: Environment;
  style: ScenePlan['style'];
  sound: ScenePlan['sound'];
} {
  const { tokens, used, understood } = parsed;
  const pick = <T>(table: Record<string, T>, what: string): T | undefined => {
    const i = tokens.findIndex((t) => table[t] !== undefined);
    if (i < 0) return undefined;
    used.add(i);
    // "at night", "in the park", "during the evening": the preposition goes with it.
    const before = tokens[i - 1] === 'the' ? i - 2 : i - 1;
    if (['at', 'in', 'during', 'on', 'by'].includes(tokens[before] ?? '')) used.add(before);
    understood.push({ text: tokens[i]!, as: `${what} ${String(table[tokens[i]!])}` });
    return table[tokens[i]!];
  };
  const archetypes = new Set(parsed.mentions.map((m) => m.archetype));
  const inferred: Place = archetypes.has('hoop')
    ? 'gym'
    : archetypes.has('mug') || archetypes.has('table')
      ? 'kitchen'
      : archetypes.has('stairs')
        ? 'room'
        : 'studio';
  const place: Place = pick(PLACES, 'place') ?? inferred;
  const timeOfDay = pick(TIMES, 'time of day') ?? 'afternoon';
  const style = pick(STYLES, 'style') ?? 'natural';
  const look = PLACE_LOOKS[place];
  const light = LIGHT_BY_TIME[timeOfDay];
  const outdoors = place === 'outdoor' || place === 'park';
  return {
    environment: {
      place,
      ground: { ...look.ground },
      wall: look.wall && { ...look.wall },
      sky:
        outdoors && timeOfDay === 'night'
          ? '#141b33'
          : outdoors && timeOfDay === 'evening'
            ? '#f0a46b'
            : look.sky,
      timeOfDay,
      light: { azimuth: 35, ...light },
    },
    style,
    sound: {
      ambience: { kind: place === 'studio' ? 'room' : place, levelDb: place === 'studio' ? -42 : -34 },
      cues: [],
      music: null,
      loudnessLufs: -16,
    },
  };
}
