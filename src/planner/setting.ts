/** The place, light and ambience of a scene: from the prompt's words, else from what is in it. */
import { isOutdoors, type Environment, type ScenePlan } from '../plan/schema.js';
import { MOOD_NOUNS, MOODS, PLACES, SEASONS, STYLES, TIMES, WEATHER, WEATHER_ADJECTIVES } from './lexicon.js';
import { insideOf, tokenize, type Parsed } from './parse.js';

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
  hall: {
    ground: { material: 'stone', color: '#c9c2b4' },
    wall: { color: '#e6e0d4', distance: 7 },
    sky: '#e6e0d4',
  },
  shop: {
    ground: { material: 'ceramic', color: '#d8d4cc' },
    wall: { color: '#f0ebe0', distance: 2.8 },
    sky: '#f0ebe0',
  },
  outdoor: { ground: { material: 'stone', color: '#8e8a82' }, wall: null, sky: '#9ec9f0' },
  park: { ground: { material: 'fabric', color: '#5f9a45' }, wall: null, sky: '#9ec9f0' },
  field: { ground: { material: 'fabric', color: '#6c9a3e' }, wall: null, sky: '#a6cff2' },
  street: { ground: { material: 'stone', color: '#5d5f63' }, wall: null, sky: '#a9c6e0' },
  beach: { ground: { material: 'fabric', color: '#e2cc9a' }, wall: null, sky: '#8fc8f2' },
  water: { ground: { material: 'fabric', color: '#3d7fa6' }, wall: null, sky: '#9cc9ef' },
  forest: { ground: { material: 'fabric', color: '#5b6b3a' }, wall: null, sky: '#b5d3e6' },
  mountain: { ground: { material: 'stone', color: '#8a8478' }, wall: null, sky: '#8dbbe8' },
  snowfield: { ground: { material: 'fabric', color: '#eef2f6' }, wall: null, sky: '#b9d4ec' },
  desert: { ground: { material: 'fabric', color: '#d9b27a' }, wall: null, sky: '#9ccbee' },
  underwater: { ground: { material: 'fabric', color: '#c9b98e' }, wall: null, sky: '#1f6f93' },
} as const;

/** The ambience each place sounds like. */
const AMBIENCE: Record<Place, ScenePlan['sound']['ambience']['kind']> = {
  studio: 'room',
  room: 'room',
  kitchen: 'kitchen',
  gym: 'gym',
  hall: 'gym',
  shop: 'room',
  outdoor: 'outdoor',
  park: 'park',
  field: 'park',
  street: 'outdoor',
  beach: 'outdoor',
  water: 'outdoor',
  forest: 'park',
  mountain: 'outdoor',
  snowfield: 'outdoor',
  desert: 'outdoor',
  underwater: 'room',
};

const LIGHT_BY_TIME = {
  morning: { elevation: 25, intensity: 0.95, color: '#fff1dc' },
  noon: { elevation: 65, intensity: 1.1, color: '#ffffff' },
  afternoon: { elevation: 45, intensity: 1, color: '#fff8ec' },
  evening: { elevation: 12, intensity: 0.85, color: '#ffc58a' },
  night: { elevation: 40, intensity: 0.45, color: '#a9bbff' },
} as const;

export function setting(
  parsed: Parsed,
  /** The lines said in the prompt: "it's finally raining!" says what the weather is. */
  said: readonly string[] = [],
): {
  environment: Environment;
  style: ScenePlan['style'];
  sound: ScenePlan['sound'];
} {
  const { tokens, used, understood } = parsed;
  // "in the house", "at home": inside one, not in front of it.
  const inside = () => {
    const i = tokens.findIndex(
      (t, k) => ['house', 'home', 'cottage', 'cabin'].includes(t) && insideOf(tokens, k),
    );
    if (i < 0) return false;
    const from = ['the', 'a'].includes(tokens[i - 1] ?? '') ? i - 2 : i - 1;
    for (let k = from; k <= i; k++) used.add(k);
    understood.push({ text: tokens.slice(from, i + 1).join(' '), as: 'place room' });
    return true;
  };
  // A word another reading already took is not read again, unless `fits` says it may be: a
  // landmark ("a lighthouse") is both a thing in the scene and where the scene is.
  const pick = <T>(
    table: Record<string, T>,
    what: string,
    fits: (i: number) => boolean = (i) => !used.has(i),
  ): T | undefined => {
    const i = tokens.findIndex((t, k) => table[t] !== undefined && fits(k));
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
  // "a grey cat", "a clear glass": a weather word before a noun describes the thing.
  const weather =
    pick(
      WEATHER,
      'weather',
      (i) => !used.has(i) && !(WEATHER_ADJECTIVES.has(tokens[i]!) && parsed.refs.has(i + 1)),
    ) ?? weatherSaid(said, understood);
  const season = pick(SEASONS, 'season');
  const mood = pick(
    MOODS,
    'mood',
    (i) => !used.has(i) && (MOOD_NOUNS.has(tokens[i + 1] ?? '') || tokens[i - 1] === 'mood'),
  );
  if (mood) used.add(tokens.findIndex((t, i) => MOOD_NOUNS.has(t) && MOODS[tokens[i - 1] ?? ''] === mood));
  // Rain, snow and fog fall outdoors, and a season is something seen outside.
  const outside = (weather !== undefined && weather !== 'clear' && weather !== 'cloudy') || season;
  const place: Place =
    (inside() ? 'room' : undefined) ??
    pick(PLACES, 'place', (i) => !used.has(i) || parsed.mentions.some((m) => i >= m.at && i <= m.end)) ??
    (outside || (weather && inferred === 'studio') ? 'outdoor' : inferred);
  const timeOfDay = pick(TIMES, 'time of day') ?? 'afternoon';
  const style = pick(STYLES, 'style') ?? 'natural';
  const look = PLACE_LOOKS[place];
  const outdoors = isOutdoors(place);
  const dull = weather && weather !== 'clear';
  const light: Environment['light'] = { azimuth: 35, ...LIGHT_BY_TIME[timeOfDay] };
  // Clouds, rain and fog soften and cool the light; snow brightens what it lies on.
  if (dull && outdoors) {
    light.intensity = Math.round(light.intensity * (weather === 'storm' ? 0.6 : 0.78) * 100) / 100;
    light.color = weather === 'fog' ? '#eef0f2' : '#dfe6ee';
  }
  return {
    environment: {
      place,
      ground: { ...look.ground, ...(outdoors && groundIn(place, weather, season)) },
      wall: look.wall && { ...look.wall },
      sky:
        outdoors && timeOfDay === 'night'
          ? '#141b33'
          : outdoors && dull
            ? SKY_IN[weather]
            : outdoors && timeOfDay === 'evening'
              ? '#f0a46b'
              : look.sky,
      timeOfDay,
      weather: weather ?? 'clear',
      ...(season && { season }),
      light,
    },
    style,
    sound: {
      ambience: { kind: AMBIENCE[place], levelDb: ambienceLevel(place, weather) },
      cues: [],
      music: mood ? { mood, tempo: MOOD_TEMPO[mood], levelDb: -8 } : null,
      loudnessLufs: -16,
    },
  };
}

/** The bed under the events (dB relative to them): rain is heard, a studio is nearly silent. */
/** The weather a line speaks of ("it's raining!", "look, snow!"), if any. */
function weatherSaid(
  said: readonly string[],
  understood: Parsed['understood'],
): Environment['weather'] | undefined {
  for (const line of said)
    for (const word of tokenize(line)) {
      const w = WEATHER[word];
      if (w && !WEATHER_ADJECTIVES.has(word)) {
        understood.push({ text: `"${word}" (said)`, as: `weather ${w}` });
        return w;
      }
    }
  return undefined;
}

function ambienceLevel(place: Place, weather: Environment['weather'] | undefined): number {
  if (weather === 'storm') return -18;
  if (weather === 'rain') return -22;
  return place === 'studio' ? -42 : -34;
}

const SKY_IN = {
  cloudy: '#aab3bd',
  rain: '#8d969f',
  storm: '#5d6670',
  snow: '#d5dbe1',
  fog: '#c9ccce',
} as const;
const MOOD_TEMPO = { calm: 70, happy: 112, tense: 84, sad: 64 } as const;

/** The ground outdoors in a season or under snow: a snowy white, autumn leaves, spring green. */
function groundIn(
  place: Place,
  weather: Environment['weather'] | undefined,
  season: Environment['season'],
): Partial<Environment['ground']> | undefined {
  if (weather === 'snow' || season === 'winter') return { material: 'fabric', color: '#e9edf1' };
  if (season === 'autumn') return { color: place === 'park' ? '#a0772f' : '#8a7d68' };
  if (place === 'park' && (season === 'spring' || season === 'summer'))
    return { color: season === 'spring' ? '#6fae4c' : '#5b9440' };
  return undefined;
}
