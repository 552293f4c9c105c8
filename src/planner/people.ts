/**
 * How people in a prompt look: age, build and hair from the words before the noun ("an old man",
 * "a little girl", "a tall blonde woman") and the noun itself; clothes and things worn or carried
 * from the phrase after it ("in a yellow raincoat", "wearing a blue suit", "with glasses and an
 * umbrella"). Those words are used up here, so "raincoat" does not also become a thing.
 */
import type { Character } from '../plan/schema.js';
import { colorOf, words } from './lexicon.js';

export type Look = Partial<Omit<Character, 'voice' | 'hair'>> & {
  hair?: Partial<NonNullable<Character['hair']>>;
  /** The outfit's main colour (the entity's colour). */
  top?: string;
};

const AGES: Record<string, Character['age']> = words({
  old: 'elderly', elderly: 'elderly', aged: 'elderly', grey: 'elderly', little: 'child', young: 'child',
  small: 'child', tiny: 'child', baby: 'child', toddler: 'child',
}); // prettier-ignore

/** Nouns that say age and sex by themselves. */
const PERSON_NOUNS: Record<string, Partial<Look>> = words({
  man: { gender: 'male' }, men: { gender: 'male' }, guy: { gender: 'male' }, gentleman: { gender: 'male' },
  woman: { gender: 'female' }, women: { gender: 'female' }, lady: { gender: 'female' },
  boy: { gender: 'male', age: 'child' }, girl: { gender: 'female', age: 'child' },
  child: { age: 'child' }, children: { age: 'child' }, kid: { age: 'child' }, kids: { age: 'child' },
  baby: { age: 'child' }, toddler: { age: 'child' }, grandpa: { gender: 'male', age: 'elderly' },
  grandfather: { gender: 'male', age: 'elderly' }, grandma: { gender: 'female', age: 'elderly' },
  grandmother: { gender: 'female', age: 'elderly' }, granny: { gender: 'female', age: 'elderly' },
  father: { gender: 'male' }, dad: { gender: 'male' }, mother: { gender: 'female' }, mom: { gender: 'female' },
  mum: { gender: 'female' }, husband: { gender: 'male' }, wife: { gender: 'female' },
  businessman: { gender: 'male', outfit: 'suit' }, businesswoman: { gender: 'female', outfit: 'suit' },
  policeman: { gender: 'male', outfit: 'uniform' }, soldier: { outfit: 'uniform' },
  nurse: { outfit: 'uniform' }, athlete: { outfit: 'sport' }, runner: { outfit: 'sport' },
  homme: { gender: 'male' }, femme: { gender: 'female' }, fille: { gender: 'female', age: 'child' },
  garçon: { gender: 'male', age: 'child' },
}); // prettier-ignore

const BUILDS: Record<string, Character['build']> = words({
  slim: 'slim', thin: 'slim', skinny: 'slim', slender: 'slim', fat: 'heavy', heavy: 'heavy',
  chubby: 'heavy', stout: 'heavy', plump: 'heavy', big: 'heavy', muscular: 'heavy',
}); // prettier-ignore

const HAIR_COLORS: Record<string, string> = words({
  blonde: '#e3c27a', blond: '#e3c27a', brunette: '#4a3021', redhead: '#b5502a', ginger: '#b5502a',
  'red-haired': '#b5502a', 'dark-haired': '#2a1d16', 'grey-haired': '#a8a8a8', 'gray-haired': '#a8a8a8',
  'white-haired': '#e6e6e6',
}); // prettier-ignore

const HAIR_STYLES: Record<string, NonNullable<Character['hair']>['style']> = words({
  bald: 'bald', 'curly-haired': 'curly', curly: 'curly', 'long-haired': 'long', ponytail: 'ponytail',
  bun: 'bun', 'short-haired': 'short',
}); // prettier-ignore

/** Garments by the outfit they make. */
const OUTFITS: Record<string, Character['outfit']> = words({
  raincoat: 'raincoat', mac: 'raincoat', anorak: 'raincoat', parka: 'raincoat', coat: 'raincoat',
  trenchcoat: 'raincoat', suit: 'suit', tuxedo: 'suit', blazer: 'suit', dress: 'dress', gown: 'dress',
  skirt: 'dress', uniform: 'uniform', tracksuit: 'sport', jersey: 'sport', sportswear: 'sport',
  shirt: 'casual', 't-shirt': 'casual', tshirt: 'casual', sweater: 'casual', jumper: 'casual',
  hoodie: 'casual', jacket: 'casual', top: 'casual', blouse: 'casual', costume: 'suit',
  imperméable: 'raincoat', costard: 'suit', robe: 'dress', chemise: 'casual', veste: 'casual',
}); // prettier-ignore

const BOTTOMS = new Set(['jeans', 'trousers', 'pants', 'shorts', 'leggings']);

const ACCESSORIES: Record<string, Character['accessories'][number]> = words({
  hat: 'hat', cap: 'cap', glasses: 'glasses', spectacles: 'glasses', sunglasses: 'glasses',
  umbrella: 'umbrella', scarf: 'scarf', bag: 'bag', backpack: 'bag', handbag: 'bag', tie: 'tie',
  lunettes: 'glasses', chapeau: 'hat', parapluie: 'umbrella', écharpe: 'scarf',
}); // prettier-ignore

const WEARING = new Set(['in', 'wearing', 'with', 'dressed', 'carrying', 'holding', 'and', 'en', 'avec']);
const SKIP = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'some',
  'pair',
  'of',
  'un',
  'une',
  'des',
  'de',
]);

/** Words before a person noun that say how they look ("old", "little", "blonde", "slim"). */
export const isLookWord = (w: string): boolean =>
  AGES[w] !== undefined ||
  BUILDS[w] !== undefined ||
  HAIR_COLORS[w] !== undefined ||
  HAIR_STYLES[w] !== undefined ||
  w === 'tall';

/** The look a person noun and the words before it give ("an old man", "a little blonde girl"). */
export function lookOf(noun: string, before: readonly string[]): Look {
  const look: Look = { ...PERSON_NOUNS[noun] };
  for (const w of before) {
    if (AGES[w]) look.age = AGES[w];
    else if (BUILDS[w]) look.build = BUILDS[w];
    else if (HAIR_COLORS[w]) look.hair = { ...look.hair, color: HAIR_COLORS[w] };
    else if (HAIR_STYLES[w]) look.hair = { ...look.hair, style: HAIR_STYLES[w] };
  }
  return look;
}

/**
 * Reads "in a yellow raincoat", "wearing a blue suit and a red tie", "with glasses" after a person
 * noun ending at `after - 1`; returns the indices used. A colour names the garment after it.
 */
export function readLookAfter(tokens: readonly string[], after: number, look: Look): number[] {
  const used: number[] = [];
  let j = after;
  while (WEARING.has(tokens[j] ?? '')) {
    const start = j;
    j++;
    let color: string | undefined;
    let read = false;
    while (j < tokens.length) {
      const w = tokens[j]!;
      if (SKIP.has(w)) j++;
      else if (colorOf(w)) {
        color = colorOf(w);
        j++;
      } else break;
    }
    const w = tokens[j] ?? '';
    if (OUTFITS[w]) {
      look.outfit = OUTFITS[w] === 'casual' && look.outfit ? look.outfit : OUTFITS[w];
      if (color) look.top = color;
      read = true;
    } else if (BOTTOMS.has(w)) {
      look.bottom = color ?? (w === 'jeans' ? '#3b5a85' : undefined);
      read = true;
    } else if (ACCESSORIES[w]) {
      look.accessories = [...(look.accessories ?? []), ACCESSORIES[w]];
      read = true;
    } else if (w === 'hair' && (color || HAIR_STYLES[tokens[j - 1] ?? ''])) {
      look.hair = { ...look.hair, ...(color && { color }) };
      read = true;
    }
    if (!read) return used.filter((k) => k < start);
    for (let k = start; k <= j; k++) used.push(k);
    j++;
  }
  return used;
}
