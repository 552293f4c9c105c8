/**
 * What people and animals do on the spot: verbs (and a few verb + object phrases, "plays the
 * piano", "shakes hands") read as the body motions of the plan (schema MOTIONS), and the feelings
 * that words of manner and face show ("smiling", "angrily").
 */
import type { Emotion, MotionKind } from '../plan/schema.js';
import { verbForms, words } from './lexicon.js';

/** Verbs by the motion they are, base forms; every inflection is matched (verbForms). */
const ACT_VERBS: Record<string, MotionKind> = {
  wave: 'wave', greet: 'wave', salute: 'wave', beckon: 'wave', point: 'point', gesture: 'point',
  argue: 'point', quarrel: 'point', bicker: 'point', talk: 'point', chat: 'point', converse: 'point',
  clap: 'clap', applaud: 'clap', snap: 'snap', cheer: 'cheer', celebrate: 'cheer',
  jump: 'jump', leap: 'jump', hop: 'jump', fall: 'fall', sit: 'sit', rest: 'sit', meditate: 'sit', lie: 'lie', sleep: 'lie',
  nap: 'lie', kneel: 'kneel', crouch: 'crouch', squat: 'squat', stumble: 'fall', trip: 'fall',
  collapse: 'fall', bow: 'bow', nod: 'nod', look: 'look-around', gaze: 'look-up', stare: 'look-around',
  laugh: 'laugh', giggle: 'laugh', chuckle: 'laugh', cry: 'cry', weep: 'cry', sob: 'cry',
  shiver: 'shiver', tremble: 'shiver', dance: 'dance', twirl: 'ballet', stretch: 'stretch',
  bend: 'bend', hug: 'hug', embrace: 'hug', cuddle: 'hug', kiss: 'kiss', pick: 'pick-up',
  grab: 'pick-up', lift: 'pick-up', catch: 'catch', kick: 'kick', punch: 'punch', box: 'punch',
  fight: 'fight', wrestle: 'fight', fence: 'fight', spar: 'fight', push: 'push', shove: 'push',
  pull: 'pull', drag: 'pull', knock: 'push', nudge: 'push', bump: 'push', topple: 'push', sweep: 'sweep', mop: 'sweep', vacuum: 'sweep', rake: 'sweep',
  dig: 'dig', shovel: 'dig', plant: 'dig', chop: 'chop', hammer: 'chop', write: 'handwork',
  draw: 'handwork', sketch: 'handwork', knit: 'handwork', sew: 'handwork', cut: 'handwork',
  slice: 'handwork', peel: 'handwork', fold: 'handwork', iron: 'handwork', wash: 'handwork',
  clean: 'handwork', cook: 'handwork', bake: 'handwork', count: 'handwork', shuffle: 'handwork',
  tie: 'handwork', bandage: 'handwork', sculpt: 'handwork', arrange: 'handwork', sharpen: 'handwork',
  shave: 'handwork', trim: 'handwork', groom: 'handwork', milk: 'handwork', type: 'type',
  text: 'type', read: 'read', study: 'read', eat: 'eat', bite: 'eat', chew: 'eat', munch: 'eat',
  drink: 'drink', sip: 'drink', taste: 'drink', smoke: 'drink', brush: 'brush-teeth',
  phone: 'phone', call: 'phone', strum: 'strum', drum: 'drum', exercise: 'aerobics',
  bark: 'bark', woof: 'bark', meow: 'bark', mew: 'bark', purr: 'bark', moo: 'bark', neigh: 'bark',
  whinny: 'bark', baa: 'bark', bleat: 'bark', quack: 'bark', chirp: 'bark', tweet: 'bark',
  sing: 'bark', howl: 'bark', growl: 'bark', roar: 'bark', hiss: 'bark', squeak: 'bark',
  pet: 'handwork', stroke: 'handwork', massage: 'handwork', make: 'handwork', fill: 'handwork',
  shine: 'handwork', polish: 'handwork', barbecue: 'handwork', barbeque: 'handwork', grill: 'handwork',
  shower: 'handwork', use: 'type', shoot: 'throw', dunk: 'jump', give: 'shake-hands', receive: 'shake-hands',
  wake: 'get-up', skip: 'jump', bounce: 'jump',
  graze: 'eat-grass', peck: 'eat-grass', sniff: 'eat-grass', shrug: 'shake-head', frown: 'shake-head',
}; // prettier-ignore

const IRREGULAR: Record<string, string[]> = {
  sit: ['sat', 'sitting'], fall: ['fell', 'fallen'], hop: ['hopping', 'hopped'], lie: ['lay', 'lying', 'lies'], sleep: ['slept'], kneel: ['knelt'],
  leap: ['leapt'], catch: ['caught'], fight: ['fought'], dig: ['dug', 'digging'], cut: ['cutting'],
  write: ['wrote', 'written', 'writing'], draw: ['drew', 'drawn'], eat: ['ate', 'eaten'],
  drink: ['drank', 'drunk'], read: ['reading'], sing: ['sang', 'sung'], swing: ['swung'],
  clap: ['clapping', 'clapped'], nap: ['napping'], snap: ['snapping', 'snapped'], hug: ['hugging', 'hugged'],
  chop: ['chopping', 'chopped'], drum: ['drumming', 'drummed'], shrug: ['shrugging', 'shrugged'],
  grab: ['grabbing', 'grabbed'], trip: ['tripping', 'tripped'], sob: ['sobbing', 'sobbed'],
  box: ['boxes', 'boxing', 'boxed'], text: ['texting'], tie: ['tying'], knit: ['knitting', 'knitted'],
  strum: ['strumming', 'strummed'], pet: ['petting', 'petted'], shoot: ['shot'], give: ['gave', 'given'],
  make: ['made'], wake: ['woke'], skip: ['skipping', 'skipped'],
}; // prettier-ignore

/** Every form of every act verb, with its motion. */
export const ACT_FORMS: Readonly<Record<string, MotionKind>> = words(
  Object.fromEntries(
    Object.entries(ACT_VERBS).flatMap(([verb, kind]) =>
      verbForms(verb, IRREGULAR[verb] ?? []).map((f) => [f, kind] as const),
    ),
  ),
);

/** What "playing X" is, by X. */
const INSTRUMENTS: Record<string, MotionKind> = words({
  piano: 'keys', keyboard: 'keys', organ: 'keys', guitar: 'strum', violin: 'strum', cello: 'strum',
  harp: 'strum', ukulele: 'strum', banjo: 'strum', bass: 'strum', flute: 'blow', trumpet: 'blow',
  saxophone: 'blow', clarinet: 'blow', trombone: 'blow', horn: 'blow', harmonica: 'blow',
  drums: 'drum', drum: 'drum', chess: 'handwork', cards: 'handwork', controller: 'type',
  games: 'type', computer: 'type', laptop: 'type',
}); // prettier-ignore

/** Two-word phrases whose motion is not their verb's ("shakes hands", "tai chi", "push ups"). */
const PHRASES: Record<string, MotionKind> = words({
  'shake hands': 'shake-hands', 'shakes hands': 'shake-hands', 'shaking hands': 'shake-hands',
  'shake head': 'shake-head', 'shakes head': 'shake-head', 'shaking head': 'shake-head',
  'shakes his': 'shake-head', 'shakes her': 'shake-head', 'tai chi': 'tai-chi', 'push up': 'push-up',
  'push ups': 'push-up', 'push-ups': 'push-up', 'pushups': 'push-up', 'hula hooping': 'hula',
  'robot dancing': 'robot-dance', 'dancing ballet': 'ballet', 'ballet dancing': 'ballet',
  'looks up': 'look-up', 'look up': 'look-up', 'looking up': 'look-up', 'looked up': 'look-up',
  'falls down': 'fall', 'falls over': 'fall', 'fell down': 'fall', 'gets up': 'get-up',
  'get up': 'get-up', 'getting up': 'get-up', 'stands up': 'get-up', 'stand up': 'get-up',
  'sticking tongue': 'stick-tongue', 'sticks out': 'stick-tongue', 'brushing teeth': 'brush-teeth',
  'brushes her': 'brush-teeth', 'brushes his': 'brush-teeth', 'air drumming': 'drum',
  'rock climbing': 'climb', 'climbing a': 'climb', 'doing aerobics': 'aerobics',
  'doing laundry': 'handwork', 'making bed': 'handwork', 'pushing cart': 'push',
  'throwing axe': 'chop', 'sword fighting': 'fight', 'finger snapping': 'snap',
  'cheerleading': 'cheer', 'archery': 'point', 'bungee jumping': 'jump', 'skydiving': 'jump',
  'getting a': 'sit', 'taking a': 'handwork',
}); // prettier-ignore

/** The motion the words at i (and i + 1) name, and how many words that took. */
export function actAt(
  tokens: readonly string[],
  i: number,
): { kind: MotionKind; length: number } | undefined {
  const two = `${tokens[i]} ${tokens[i + 1] ?? ''}`;
  if (PHRASES[two]) return { kind: PHRASES[two], length: 2 };
  if (PHRASES[tokens[i]!]) return { kind: PHRASES[tokens[i]!]!, length: 1 };
  if (/^play(s|ing|ed)?$/.test(tokens[i]!)) {
    for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
      const kind = INSTRUMENTS[tokens[j]!];
      if (kind) return { kind, length: 1 };
    }
    return undefined;
  }
  const kind = ACT_FORMS[tokens[i]!];
  return kind ? { kind, length: 1 } : undefined;
}

/** What a person's body does while going somewhere a particular way ("rides", "skates", "paddles"). */
const TRAVEL_VERBS: Record<string, MotionKind> = {
  ride: 'ride', cycle: 'ride', pedal: 'ride', drive: 'drive', skate: 'skate', skateboard: 'skate',
  ski: 'skate', march: 'march', paddle: 'paddle', canoe: 'paddle', kayak: 'paddle', sail: 'paddle',
  swim: 'swim', crawl: 'crawl', climb: 'climb',
}; // prettier-ignore

const TRAVEL_FORMS: Readonly<Record<string, MotionKind>> = words(
  Object.fromEntries(
    Object.entries(TRAVEL_VERBS).flatMap(([verb, kind]) =>
      verbForms(
        verb,
        { ride: ['rode', 'riding'], drive: ['drove', 'driving'], swim: ['swam', 'swimming'] }[verb],
      ).map((f) => [f, kind] as const),
    ),
  ),
);

/** The body motion of a way of going, by any form of its verb. */
export const travelMotion = (verb: string): MotionKind | undefined => TRAVEL_FORMS[verb];

/** How long a motion usually lasts when nothing else bounds it, seconds. */
export function usualDuration(kind: MotionKind): number {
  if (kind === 'jump' || kind === 'nod' || kind === 'point' || kind === 'kick' || kind === 'catch') return 1;
  if (kind === 'fall' || kind === 'get-up' || kind === 'bow' || kind === 'pick-up' || kind === 'kiss')
    return 1.5;
  if (kind === 'sit' || kind === 'lie' || kind === 'kneel') return 30;
  return 2.5;
}

/** Feelings shown by words around a verb ("smiling", "angrily", "in tears"). */
export const FEELINGS: Readonly<Record<string, Emotion>> = words({
  smiling: 'happy', smiles: 'happy', smile: 'happy', happily: 'happy', happy: 'happy',
  cheerfully: 'happy', joyfully: 'happy', laughing: 'happy', laughs: 'happy', grinning: 'happy',
  grins: 'happy', sad: 'sad', sadly: 'sad', crying: 'sad', cries: 'sad',
  tearful: 'sad', angry: 'angry', angrily: 'angry', furious: 'angry', furiously: 'angry',
  argue: 'angry', argues: 'angry', arguing: 'angry', surprised: 'surprised', amazed: 'surprised',
  shocked: 'surprised', astonished: 'surprised', afraid: 'afraid', scared: 'afraid',
  frightened: 'afraid', fearfully: 'afraid', terrified: 'afraid', nervously: 'afraid',
  disgusted: 'disgusted', grossed: 'disgusted',
}); // prettier-ignore
