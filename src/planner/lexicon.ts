/** The words the built-in planner knows, and what they mean. */
import type { Material, places, styles } from '../plan/schema.js';

/**
 * A word table with no prototype: looking up any word the user typed ("constructor", "__proto__")
 * finds only what the table holds.
 */
export const words = <T>(entries: Record<string, T>): Record<string, T> =>
  Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));

export const COLORS: Record<string, string> = words({
  red: '#d1302a',
  crimson: '#b0172d',
  orange: '#f07c1b',
  yellow: '#f5cf1d',
  gold: '#d9a92b',
  golden: '#d9a92b',
  green: '#3c9a45',
  lime: '#8ccf2f',
  teal: '#1f8f8a',
  turquoise: '#33c2b8',
  cyan: '#2cc4dc',
  blue: '#2f62d0',
  navy: '#1d2b6b',
  purple: '#7b3fb5',
  violet: '#8c52d6',
  pink: '#ef7fb0',
  magenta: '#d12f9b',
  brown: '#7a4a26',
  black: '#1f1f22',
  white: '#f3f3f0',
  gray: '#8c8f94',
  grey: '#8c8f94',
  silver: '#b9bec4',
  beige: '#d9c9a3',
});

/** Material words, including the adjective forms. */
export const MATERIAL_WORDS: Record<string, Material> = words({
  wood: 'wood',
  wooden: 'wood',
  metal: 'metal',
  metallic: 'metal',
  steel: 'metal',
  iron: 'metal',
  glass: 'glass',
  rubber: 'rubber',
  stone: 'stone',
  concrete: 'stone',
  marble: 'stone',
  plastic: 'plastic',
  ceramic: 'ceramic',
  porcelain: 'ceramic',
  cloth: 'fabric',
  fabric: 'fabric',
});

/** What a material looks like when the prompt gives no colour. */
export const MATERIAL_COLORS: Partial<Record<Material, string>> = {
  metal: '#a7adb4',
  glass: '#8fd0e8',
  stone: '#9a958c',
  wood: '#a8743f',
};

/** The usual colour of kinds a catalog archetype stands for ("a seagull" is a white bird). */
export const KIND_COLORS: Record<string, string> = words({
  seagull: '#eeeeea', gull: '#eeeeea', dove: '#f2f2f2', crow: '#1f1f22', raven: '#1a1a1d',
  pigeon: '#8c8f98', sparrow: '#8a6a48', robin: '#8a5a3a', retriever: '#d9a94a', labrador: '#e0c07a',
  poodle: '#f0ede6', husky: '#9a9ea6', dalmatian: '#f3f1ea', pug: '#c9a77a', puppy: '#c58d52',
  kitten: '#c98a4a', lamb: '#f1ede2', pony: '#8a5a3a', calf: '#7a4a2a', piglet: '#f0b0b0',
}); // prettier-ignore

export const SIZES: Record<string, number> = words({
  tiny: 0.5,
  small: 0.75,
  little: 0.75,
  big: 1.4,
  large: 1.4,
  huge: 2,
  giant: 2.5,
});

export const NUMBERS: Record<string, number> = words({
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  several: 4,
  few: 3,
  some: 3,
});

/** Words for a number of things: "a pair of", "two dozen", "a handful of". */
export const QUANTITIES: Record<string, number> = words({
  pair: 2,
  couple: 2,
  dozen: 12,
  handful: 5,
  bunch: 6,
  group: 5,
  crowd: 20,
  lot: 8,
  lots: 8,
});

/** Words that make the colour after them darker (< 0) or lighter (> 0). */
export const SHADES: Record<string, number> = words({
  dark: -0.4,
  deep: -0.25,
  light: 0.4,
  pale: 0.55,
  bright: 0.15,
});

/** A colour word or a hex colour ("#f80", "#ff8800"), as "#rrggbb". */
export function colorOf(word: string): string | undefined {
  if (COLORS[word]) return COLORS[word];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(word)?.[1];
  if (!hex) return undefined;
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

/** The colour moved toward black (amount < 0) or white (amount > 0). */
export function shade(color: string, amount: number): string {
  const target = amount < 0 ? 0 : 255;
  const t = Math.abs(amount);
  return `#${[1, 3, 5]
    .map((i) => Number.parseInt(color.slice(i, i + 2), 16))
    .map((v) =>
      Math.round(v + (target - v) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** Arrangements of many things, with how many a bare collective means. */
export const COLLECTIONS: Record<string, { arrangement: 'stack' | 'row'; count: number }> = words({
  stack: { arrangement: 'stack', count: 6 },
  pile: { arrangement: 'stack', count: 6 },
  tower: { arrangement: 'stack', count: 4 },
  pyramid: { arrangement: 'stack', count: 6 },
  row: { arrangement: 'row', count: 10 },
  line: { arrangement: 'row', count: 10 },
  chain: { arrangement: 'row', count: 12 },
});

/** Verbs of motion, by what the mover does. Inflections are matched by stem. */
/** Patterns painted over a thing's colour. */
export const PATTERNS: Record<string, 'stripes' | 'spots' | 'checks'> = words({
  striped: 'stripes', stripy: 'stripes', stripey: 'stripes', banded: 'stripes', tabby: 'stripes',
  spotted: 'spots', spotty: 'spots', dotted: 'spots', dappled: 'spots', speckled: 'spots', polka: 'spots',
  checkered: 'checks', chequered: 'checks', checked: 'checks', plaid: 'checks', tartan: 'checks',
  gingham: 'checks',
}); // prettier-ignore

/** Ways of going somewhere, with their usual speed (m/s). */
const GAITS: Record<string, number> = {
  walk: 1.3, stroll: 0.9, wander: 0.8, march: 1.6, jog: 2.6, run: 3.6, sprint: 6.5, race: 7, dash: 6,
  gallop: 8, trot: 3, crawl: 0.35, creep: 0.4, waddle: 0.6, slither: 0.5, drive: 9, ride: 4.5, cycle: 4.5,
  pedal: 4, skate: 3.5, skateboard: 3.5, ski: 5, fly: 5, soar: 6, flutter: 1.2, swim: 1.3, sail: 3,
  paddle: 1.5, canoe: 1.5, kayak: 1.5, move: 1.5, travel: 2, go: 1.5, cruise: 6, hurry: 3, chase: 5,
  flee: 5, hike: 1.2, climb: 0.6, approach: 1.2,
}; // prettier-ignore

/** A verb's regular forms (walk, walks, walked, walking) and the irregular ones given. */
export function verbForms(verb: string, irregular: readonly string[] = []): string[] {
  const e = verb.endsWith('e');
  return [
    verb,
    e
      ? `${verb}s`
      : /(sh|ch|s|x)$/.test(verb)
        ? `${verb}es`
        : /[^aeiou]y$/.test(verb)
          ? `${verb.slice(0, -1)}ies`
          : `${verb}s`,
    e ? `${verb}d` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ied` : `${verb}ed`,
    e && !verb.endsWith('ee') ? `${verb.slice(0, -1)}ing` : `${verb}ing`,
    ...irregular,
  ];
}

/** Every form of a gait verb ("runs", "running", "ran") with its speed. */
const GAIT_FORMS: Record<string, number> = (() => {
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  const irregular: Record<string, string[]> = {
    run: ['ran', 'running'], swim: ['swam', 'swimming'], fly: ['flew', 'flies', 'flying'], go: ['goes', 'went', 'going'],
    ride: ['rode', 'riding'], drive: ['drove', 'driving'], jog: ['jogging', 'jogged'], skate: ['skating'],
    hurry: ['hurries', 'hurried', 'hurrying'], dash: ['dashes'], race: ['racing'], move: ['moving'],
    paddle: ['paddling'], cycle: ['cycling'], waddle: ['waddling'], chase: ['chasing'], hike: ['hiking'],
    approach: ['approaches'], canoe: ['canoeing'], ski: ['skiing'], skateboard: ['skateboarding'],
    cruise: ['cruising'],
  }; // prettier-ignore
  for (const [verb, speed] of Object.entries(GAITS))
    for (const f of verbForms(verb, irregular[verb])) out[f] = speed;
  return out;
})();

/** The usual speed (m/s) of a way of going, by any of its forms. */
export const gaitSpeed = (verb: string): number | undefined => GAIT_FORMS[verb];

/** How: manner and speed adverbs, as a factor on the usual speed. */
export const MANNERS: Record<string, number> = words({
  slowly: 0.5, leisurely: 0.6, gently: 0.7, gracefully: 0.8, lazily: 0.5, calmly: 0.7, carefully: 0.6,
  steadily: 1, quickly: 1.7, fast: 1.8, rapidly: 1.8, briskly: 1.3, swiftly: 1.7, hurriedly: 1.6,
  energetically: 1.4, furiously: 2,
}); // prettier-ignore

export const MOTIONS = {
  bounce: ['bounce', 'bounces', 'bouncing', 'bounced', 'hop', 'hops'],
  roll: ['roll', 'rolls', 'rolling', 'rolled'],
  drop: [
    'drop',
    'drops',
    'dropping',
    'dropped',
    'fall',
    'falls',
    'falling',
    'fell',
    'land',
    'lands',
    'landing',
    'plop',
    'plops',
  ],
  strike: [
    'smash',
    'smashes',
    'smashing',
    'smashed',
    'hit',
    'hits',
    'hitting',
    'crash',
    'crashes',
    'crashing',
    'crashed',
    'slam',
    'slams',
    'slamming',
    'strike',
    'strikes',
    'striking',
    'knock',
    'knocks',
    'knocking',
    'ram',
    'rams',
  ],
  throw: [
    'throw',
    'throws',
    'thrown',
    'shoot',
    'shoots',
    'shot',
    'toss',
    'tosses',
    'lob',
    'lobs',
    'miss',
    'misses',
    'missing',
    'missed',
  ],
  slide: ['slide', 'slides', 'sliding', 'slid', 'skid', 'skids', 'glide', 'glides'],
  /** Going somewhere under one's own power: walking, running, driving, flying… (see GAITS). */
  travel: Object.keys(GAIT_FORMS),
} as const;
export type Motion = keyof typeof MOTIONS;

/** Words that describe what the targets do; they confirm the plan rather than change it. */
export const REACTIONS = [
  'tumble',
  'tumbles',
  'topple',
  'topples',
  'collapse',
  'collapses',
  'scatter',
  'scatters',
  'over',
  'away',
  'fly',
  'flies',
];

export const PREPOSITIONS: Record<string, string> = words({
  down: 'down',
  onto: 'onto',
  on: 'onto',
  upon: 'onto',
  into: 'into',
  at: 'into',
  against: 'into',
  toward: 'into',
  towards: 'into',
  across: 'across',
  along: 'across',
  off: 'off',
  beside: 'beside',
  by: 'beside',
  near: 'beside',
});

/**
 * Words for places, by the kind of place they look like. A landmark that is also a thing in the
 * catalog (a lighthouse, a windmill) names its surroundings here; the thing itself stands in them.
 */
export const PLACES: Record<string, (typeof places)[number]> = words({
  room: 'room', home: 'room', office: 'room', hallway: 'room', indoors: 'room', bedroom: 'room',
  bathroom: 'room', basement: 'room', classroom: 'room', nursery: 'room', laboratory: 'room', lab: 'room',
  shower: 'room', cell: 'room', staircase: 'room', apartment: 'room', attic: 'room',
  kitchen: 'kitchen', cafe: 'kitchen', bakery: 'shop',
  gym: 'gym', court: 'gym', gymnasium: 'gym',
  hall: 'hall', museum: 'hall', gallery: 'hall', library: 'hall', ballroom: 'hall', theater: 'hall',
  theatre: 'hall', cinema: 'hall', corridor: 'hall', hospital: 'hall', palace: 'hall', mansion: 'hall',
  church: 'hall', cathedral: 'hall', airport: 'hall', station: 'hall', platform: 'hall', aquarium: 'underwater',
  shop: 'shop', store: 'shop', supermarket: 'shop', pharmacy: 'shop', restaurant: 'shop', bar: 'shop',
  cafeteria: 'shop', diner: 'shop', boutique: 'shop', market: 'shop',
  outdoors: 'outdoor', outside: 'outdoor', yard: 'outdoor', backyard: 'outdoor', courtyard: 'outdoor',
  junkyard: 'outdoor', campus: 'park', garden: 'park', park: 'park', carrousel: 'park', carousel: 'park',
  cemetery: 'field', field: 'field', farm: 'field', meadow: 'field', stadium: 'field', track: 'field',
  course: 'field', pasture: 'field', countryside: 'field', railway: 'field', marsh: 'field', windmill: 'field',
  barn: 'field', castle: 'field',
  street: 'street', road: 'street', alley: 'street', downtown: 'street', city: 'street', crosswalk: 'street',
  highway: 'street', driveway: 'street', sidewalk: 'street', lot: 'street', raceway: 'street', booth: 'street',
  site: 'street', area: 'street', skyscraper: 'street', tower: 'street', arch: 'street', square: 'street',
  beach: 'beach', shore: 'beach', coast: 'beach', seaside: 'beach', lighthouse: 'beach',
  ocean: 'water', sea: 'water', lake: 'water', river: 'water', harbor: 'water', harbour: 'water',
  pond: 'water', bridge: 'water', pool: 'water', waterfall: 'forest',
  forest: 'forest', woods: 'forest', jungle: 'forest', campsite: 'forest', trail: 'forest',
  mountain: 'mountain', mountains: 'mountain', cliff: 'mountain', valley: 'mountain', canyon: 'mountain',
  volcano: 'mountain', hills: 'mountain',
  glacier: 'snowfield', iceberg: 'snowfield', slope: 'snowfield', tundra: 'snowfield',
  desert: 'desert', dunes: 'desert', savanna: 'desert',
  underwater: 'underwater', reef: 'underwater', seabed: 'underwater',
  sky: 'outdoor', studio: 'studio', fountain: 'park', house: 'outdoor', cottage: 'outdoor', cabin: 'forest',
}); // prettier-ignore

export const TIMES: Record<string, 'morning' | 'noon' | 'afternoon' | 'evening' | 'night'> = words({
  morning: 'morning',
  dawn: 'morning',
  sunrise: 'morning',
  noon: 'noon',
  midday: 'noon',
  afternoon: 'afternoon',
  evening: 'evening',
  sunset: 'evening',
  dusk: 'evening',
  night: 'night',
  midnight: 'night',
});

type Weather = 'clear' | 'cloudy' | 'rain' | 'storm' | 'snow' | 'fog';
export const WEATHER: Record<string, Weather> = words({
  sunny: 'clear',
  clear: 'clear',
  cloudless: 'clear',
  cloudy: 'cloudy',
  overcast: 'cloudy',
  grey: 'cloudy',
  gray: 'cloudy',
  clouds: 'cloudy',
  rain: 'rain',
  raining: 'rain',
  rains: 'rain',
  rainy: 'rain',
  rainfall: 'rain',
  drizzle: 'rain',
  drizzling: 'rain',
  downpour: 'storm',
  storm: 'storm',
  stormy: 'storm',
  thunderstorm: 'storm',
  thunder: 'storm',
  snow: 'snow',
  snowing: 'snow',
  snows: 'snow',
  snowy: 'snow',
  snowfall: 'snow',
  blizzard: 'snow',
  fog: 'fog',
  foggy: 'fog',
  mist: 'fog',
  misty: 'fog',
  haze: 'fog',
  hazy: 'fog',
});

/** Weather words that describe a thing when a noun follows ("a grey cat", "a clear glass"). */
export const WEATHER_ADJECTIVES = new Set([
  'sunny',
  'clear',
  'cloudy',
  'grey',
  'gray',
  'rainy',
  'snowy',
  'misty',
]);

export const SEASONS: Record<string, 'spring' | 'summer' | 'autumn' | 'winter'> = words({
  spring: 'spring',
  springtime: 'spring',
  summer: 'summer',
  summertime: 'summer',
  autumn: 'autumn',
  autumnal: 'autumn',
  winter: 'winter',
  wintry: 'winter',
  wintertime: 'winter',
});

/** Moods of the music: read next to a word that makes them the video's ("a tense atmosphere"). */
export const MOODS: Record<string, 'calm' | 'happy' | 'tense' | 'sad'> = words({
  calm: 'calm',
  peaceful: 'calm',
  serene: 'calm',
  relaxing: 'calm',
  gentle: 'calm',
  dreamy: 'calm',
  happy: 'happy',
  joyful: 'happy',
  cheerful: 'happy',
  upbeat: 'happy',
  festive: 'happy',
  playful: 'happy',
  tense: 'tense',
  suspenseful: 'tense',
  scary: 'tense',
  ominous: 'tense',
  eerie: 'tense',
  dramatic: 'tense',
  sad: 'sad',
  melancholy: 'sad',
  melancholic: 'sad',
  gloomy: 'sad',
  somber: 'sad',
  sombre: 'sad',
  lonely: 'sad',
});
export const MOOD_NOUNS = new Set([
  'mood',
  'atmosphere',
  'music',
  'feel',
  'feeling',
  'vibe',
  'tone',
  'soundtrack',
  'score',
]);

type Style = (typeof styles)[number];
export const STYLES: Record<string, Style> = words({
  realistic: 'natural',
  photorealistic: 'natural',
  cartoon: 'cartoon',
  animated: 'cartoon',
  anime: 'cartoon',
  noir: 'noir',
  monochrome: 'noir',
  watercolor: 'watercolor',
  watercolour: 'watercolor',
  aquarelle: 'watercolor',
  impressionist: 'oil-painting',
  impressionism: 'oil-painting',
  gogh: 'van-gogh',
  pixelated: 'pixel-art',
  ukiyo: 'ukiyo-e',
  hokusai: 'ukiyo-e',
  woodblock: 'ukiyo-e',
  cyberpunk: 'cyberpunk',
  neon: 'cyberpunk',
  synthwave: 'cyberpunk',
  surreal: 'surreal',
  surrealism: 'surreal',
  surrealist: 'surreal',
  dreamlike: 'surreal',
});

/**
 * Looks named in several words. They are read only where they stand alone between punctuation
 * ("…, black and white"), since inside a phrase they describe a thing ("a black and white ball").
 */
export const STYLE_PHRASES: [RegExp, Style][] = [
  [/black and white|black-and-white|b\/w|film noir|monochrome/, 'noir'],
  [/animated style|cartoon style|animation/, 'cartoon'],
  [/watercolou?r(?: painting| style)?/, 'watercolor'],
  [/oil painting|(?:an )?oil on canvas|impressionist (?:painting|style)/, 'oil-painting'],
  [/(?:vincent )?van gogh(?: style)?|(?:in )?the style of van gogh|starry night style/, 'van-gogh'],
  [/pixel art|pixel-art|8-bit|16-bit|retro game style/, 'pixel-art'],
  [/(?:in )?the style of ukiyo(?:-e)?|ukiyo-e(?: style)?|japanese woodblock print/, 'ukiyo-e'],
  [/(?:in )?cyberpunk style|neon-lit|neon style/, 'cyberpunk'],
  [/surrealism style|surrealist style|surreal style|(?:in )?the style of dali/, 'surreal'],
];

/** The prompt without a look that stands alone between punctuation, and that look. */
export function liftStyle(prompt: string): { text: string; style?: Style; words?: string } {
  for (const [phrase, style] of STYLE_PHRASES) {
    const alone = new RegExp(`(^|[,.;:!?(])\\s*(?:in\\s+)?(${phrase.source})\\s*(?=$|[,.;:!?)])`, 'i');
    const m = alone.exec(prompt);
    if (m) return { text: prompt.replace(alone, '$1 '), style, words: m[2]! };
  }
  return { text: prompt };
}

/** Words that carry grammar, not content: used by the parser, never reported as ignored. */
export const FUNCTION_WORDS = new Set([
  'the',
  's', // of the possessive 's
  'of',
  'and',
  'then',
  'they',
  'it',
  'its',
  'them',
  'their',
  'to',
  'with',
  'in',
  'from',
  'is',
  'are',
  'while',
  'as',
  'after',
  'which',
  'that',
  'next',
]);
