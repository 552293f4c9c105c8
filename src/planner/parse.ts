/**
 * Reads a prompt into mentions (things, with their count, colour, material, size and arrangement)
 * and clauses (who moves, how, and relative to what). Deliberately small: it covers the grammar of
 * physical scenes ("a red ball bounces down wooden stairs"); richer language is layered on later.
 */
import { ARCHETYPES } from '../world/index.js';
import { readRelations, type Relation } from './relations.js';
import { kindOf, nounClass } from './wordnet.js';
import { readCourse, type Course } from './course.js';
import type { Material } from '../plan/schema.js';
import { isLiving, livingSense, oneOf, readAct, type Act, type Feeling } from './living.js';
import { isLookWord, lookOf, readLookAfter, type Look } from './people.js';
import {
  COLLECTIONS,
  colorOf,
  FUNCTION_WORDS,
  MATERIAL_WORDS,
  MOTIONS,
  NUMBERS,
  PATTERNS,
  PLACES,
  PREPOSITIONS,
  QUANTITIES,
  REACTIONS,
  SHADES,
  shade,
  SIZES,
  type Motion,
  words,
} from './lexicon.js';

export interface Mention {
  archetype: string;
  /** The prompt's own words for it, e.g. "glass marbles". */
  label: string;
  count: number;
  color?: string;
  material?: Material;
  scale?: number;
  pattern?: 'stripes' | 'spots' | 'checks';
  /** A colour it turns to during the clip ("turns from green to red"). */
  becomes?: string;
  arrangement?: 'stack' | 'row';
  /** For people: age, build, hair, clothes (people.ts). */
  look?: Look;
  definite: boolean;
  /** Index of the noun's first token. */
  at: number;
  /** Index of the noun's last token. */
  end: number;
}

export interface Clause {
  subject: Mention;
  motion: Motion;
  verb: string;
  prep?: string;
  object?: Mention;
  /** "next to X", "beside X". */
  beside?: Mention;
  /** Whom a thing is thrown to: "throws the ball to the dog". */
  recipient?: Mention;
  /** For throws: "misses" aims off target, otherwise at it. */
  misses: boolean;
  at: number;
  /** Its place in a sequence: 0 for what happens first, 1 after one "then", and so on. */
  step: number;
  /** For going somewhere: the way ("from left to right") and the pace ("slowly"). */
  course?: Course;
  /** Only this one of a group does it ("one of them walks away"). */
  only?: number;
}

export type { Act, Feeling };

export interface Parsed {
  tokens: string[];
  mentions: Mention[];
  clauses: Clause[];
  acts: Act[];
  feelings: Feeling[];
  /** Where things are relative to each other (for things no clause sets in motion). */
  relations: Relation[];
  /** Token indices the parse used. */
  used: Set<number>;
  understood: { text: string; as: string }[];
  /** For each token, its place in the sequence of events (see Clause.step). */
  steps: number[];
  /** The mention each noun token refers to ("the dog" later in the prompt is the dog named first). */
  refs: Map<number, Mention>;
}

/** The token that stands for a cut between shots ("Shot 2:", "cut to"); the tokenizer never makes it. */
export const CUT = '<cut>';

const ORDINALS = words({ first: 1, second: 2, third: 3, fourth: 4, fifth: 5, final: 9, last: 9 });

/**
 * Replaces the words that start a new shot by one CUT token each: "shot 2", "second shot", "scene 3",
 * "cut to" / "cuts to". A shot number is a marker only when it is a number, so "a wide shot of" stays.
 */
function markCuts(tokens: string[], understood: Parsed['understood']): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    const next = tokens[i + 1] ?? '';
    const numbered =
      (w === 'shot' || w === 'scene') &&
      (/^\d+$/.test(next) || (NUMBERS[next] !== undefined && next !== 'a' && next !== 'an'));
    const ordinal = ORDINALS[w] !== undefined && (next === 'shot' || next === 'scene');
    const cut = (w === 'cut' || w === 'cuts') && next === 'to';
    if (numbered || ordinal || cut) {
      understood.push({ text: `${w} ${next}`, as: 'a cut to a new shot' });
      out.push(CUT);
      i++;
    } else out.push(w);
  }
  return out;
}

/** Nouns of several words by their first word, longest first; one-word nouns by the word. */
const PHRASE_NOUNS = new Map<string, [string[], string][]>();
const WORD_NOUNS = new Map<string, string>();
for (const a of ARCHETYPES.values())
  for (const noun of a.nouns) {
    const words = noun.split(' ');
    if (words.length === 1) WORD_NOUNS.set(noun, a.name);
    else PHRASE_NOUNS.set(words[0]!, [...(PHRASE_NOUNS.get(words[0]!) ?? []), [words, a.name]]);
  }
for (const list of PHRASE_NOUNS.values()) list.sort((x, y) => y[0].length - x[0].length);

const MOTION_OF = new Map<string, Motion>(
  Object.entries(MOTIONS).flatMap(([m, words]) => words.map((w) => [w, m as Motion] as const)),
);

export function tokenize(prompt: string): string[] {
  return prompt.toLowerCase().match(/#(?:[0-9a-f]{6}|[0-9a-f]{3})(?![0-9a-z])|[a-z]+|\d+/g) ?? [];
}

/** Singular forms worth trying for a word: dominoes → domino, boxes → box, stairs stays. */
function singulars(word: string): string[] {
  const out = [word];
  if (word.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('s')) out.push(word.slice(0, -1));
  return out;
}

function matchNoun(
  tokens: string[],
  i: number,
): { archetype: string; length: number; plural: boolean } | undefined {
  const w = tokens[i];
  if (w === undefined) return undefined;
  // Longer nouns first ("coffee mug" before "mug"); only the last word may be plural.
  for (const [words, archetype] of PHRASE_NOUNS.get(w) ?? []) {
    const last = tokens[i + words.length - 1];
    if (last === undefined || !words.slice(1, -1).every((x, k) => tokens[i + 1 + k] === x)) continue;
    const tail = singulars(last).find((s) => s === words[words.length - 1]);
    if (tail) return { archetype, length: words.length, plural: tail !== last && !words.includes(last) };
  }
  for (const form of singulars(w)) {
    const archetype = WORD_NOUNS.get(form);
    if (archetype) return { archetype, length: 1, plural: form !== w };
  }
  return undefined;
}

const DWELLINGS = new Set(['house', 'home', 'cottage', 'cabin']);
/** Whether the word at `i` follows "in", "inside" or "at" (with an article between or not). */
export const insideOf = (tokens: string[], i: number): boolean => {
  const before = tokens[i - 1] === 'the' || tokens[i - 1] === 'a' ? tokens[i - 2] : tokens[i - 1];
  return ['in', 'inside', 'at', 'indoors'].includes(before ?? '');
};

/** Catalog archetypes by their first noun: what an unknown word may turn out to be a kind of. */
const CANONICAL = new Map([...ARCHETYPES.values()].map((a) => [a.nouns[0]!, a.name]));

/** Whether a word already means something to the planner (so it is not looked up as a noun). */
const lexical = (w: string) =>
  FUNCTION_WORDS.has(w) ||
  colorOf(w) !== undefined ||
  MATERIAL_WORDS[w] !== undefined ||
  PATTERNS[w] !== undefined ||
  SIZES[w] !== undefined ||
  NUMBERS[w] !== undefined ||
  QUANTITIES[w] !== undefined ||
  COLLECTIONS[w] !== undefined ||
  PREPOSITIONS[w] !== undefined ||
  SHADES[w] !== undefined ||
  MOTION_OF.has(w) ||
  REACTIONS.includes(w) ||
  SEQUENCE.has(w);

/** Nouns that name the shot or the surroundings, never a thing to put in the scene. */
const NOT_THINGS = new Set([
  'camera',
  'shot',
  'view',
  'lens',
  'frame',
  'floor',
  'ground',
  'wall',
  'sky',
  'scene',
  'background',
]);

/**
 * Whether the word at `i` is introduced as a new thing: "a", "an", a number or a quantity word
 * before it (over any looks). WordNet's first sense of a bare word is too often the wrong one
 * ("super" the superintendent) to take without it.
 */
function introduced(tokens: string[], i: number): boolean {
  let j = i - 1;
  while (
    j >= 0 &&
    (colorOf(tokens[j]!) ||
      SIZES[tokens[j]!] ||
      MATERIAL_WORDS[tokens[j]!] ||
      PATTERNS[tokens[j]!] ||
      SHADES[tokens[j]!] !== undefined)
  )
    j--;
  const w = tokens[j] ?? '';
  return (
    w === 'an' || w === 'a' || NUMBERS[w] !== undefined || QUANTITIES[w] !== undefined || /^\d+$/.test(w)
  );
}

/** A word the catalog does not know, read through WordNet as a kind of something it does. */
function kindNoun(tokens: string[], i: number, understood: Parsed['understood']) {
  const w = tokens[i]!;
  if (!/^[a-z]{3,}$/.test(w) || lexical(w)) return undefined;
  const kind = kindOf(w, (noun) => CANONICAL.has(noun));
  if (!kind && PLACES[w] === undefined && introduced(tokens, i) && !NOT_THINGS.has(w)) {
    const plural = w.endsWith('s') && !w.endsWith('ss');
    const what = nounClass(w);
    // Someone by their role (an astronaut, a chef) is a person.
    if (what === 'person') {
      understood.push({ text: w, as: 'a person' });
      return { archetype: 'person', length: 1, plural };
    }
    // A thing the catalog has no kind of: a labelled stand-in, and the plan says so.
    if (what === 'thing') {
      understood.push({ text: w, as: 'not in the catalog: a labelled stand-in' });
      return { archetype: 'prop', length: 1, plural };
    }
  }
  if (!kind) return undefined;
  understood.push({ text: w, as: `a kind of ${kind.noun} (${kind.chain.join(' → ')})` });
  return {
    archetype: CANONICAL.get(kind.noun)!,
    length: 1,
    plural: w.endsWith('s') && !kind.chain[0]!.endsWith('ss'),
  };
}

export function parse(prompt: string): Parsed {
  const understood: Parsed['understood'] = [];
  const tokens = markCuts(tokenize(prompt), understood);
  const used = new Set(tokens.flatMap((t, i) => (t === CUT ? [i] : [])));
  const mentions: Mention[] = [];
  const nounAt = new Map<number, Mention>();

  for (let i = 0; i < tokens.length; i++) {
    // Words already read as part of a thing ("in a yellow raincoat") are not things themselves.
    if (used.has(i)) continue;
    const noun = matchNoun(tokens, i) ?? kindNoun(tokens, i, understood);
    if (!noun) continue;
    // "a tower of blocks", "a pyramid of cans": a collective, not the thing of that name.
    if (COLLECTIONS[tokens[i]!] && tokens[i + 1] === 'of') continue;
    // "in the house", "at home": where the scene is (setting.ts), not a house in it.
    if (DWELLINGS.has(tokens[i]!) && insideOf(tokens, i)) continue;
    // A noun directly followed by another noun is a modifier ("marble table", "orange bicycle"):
    // let the next one win.
    if (matchNoun(tokens, i + noun.length) && (MATERIAL_WORDS[tokens[i]!] || colorOf(tokens[i]!))) continue;
    const mention: Mention = {
      archetype: noun.archetype,
      label: tokens.slice(i, i + noun.length).join(' '),
      count: noun.plural ? 2 : 1,
      definite: false,
      at: i,
      end: i + noun.length - 1,
    };
    for (let k = 0; k < noun.length; k++) used.add(i + k);
    const person = noun.archetype === 'person';
    const modifiers = readModifiers(tokens, i - 1, mention, used, person ? isLookWord : undefined);
    if (person) {
      mention.look = lookOf(tokens[i + noun.length - 1]!, modifiers);
      // "little" is a child here, not a small copy of a grown-up.
      delete mention.scale;
      for (const k of readLookAfter(tokens, i + noun.length, mention.look)) used.add(k);
      if (mention.look.top) mention.color = mention.look.top;
    }
    readChange(tokens, i + noun.length, mention, used);
    if (!mention.becomes) readPredicate(tokens, i + noun.length, mention, used);
    mention.label = [...modifiers, mention.label].join(' ');
    const previous = mention.definite && mentions.find((m) => m.archetype === mention.archetype);
    if (previous) {
      nounAt.set(i, previous);
      understood.push({ text: mention.label, as: `the same ${previous.archetype}` });
    } else {
      mentions.push(mention);
      nounAt.set(i, mention);
      understood.push({ text: mention.label, as: describe(mention) });
    }
    i += noun.length - 1;
  }

  const steps = sequenceSteps(tokens, used);
  const acts: Act[] = [];
  const feelings: Feeling[] = [];
  const clauses = readClauses(tokens, nounAt, steps, used, understood, { acts, feelings });
  // What leaps onto something is not already on it: "a cat jumps onto a table" starts on the floor.
  const movers = new Set([
    ...clauses.map((c) => c.subject),
    ...acts.filter((a) => a.kind === 'jump').map((a) => a.subject),
  ]);
  const relations = readRelations(
    tokens,
    mentions.filter((m) => !movers.has(m)),
    mentions,
    nounAt,
    used,
    understood,
  );
  return { tokens, mentions, clauses, acts, feelings, relations, used, understood, steps, refs: nounAt };
}

/** Walks left from a noun over its determiner, number, collective, colour, material and size words. */
function readModifiers(
  tokens: string[],
  from: number,
  m: Mention,
  used: Set<number>,
  isLook?: (w: string) => boolean,
): string[] {
  const words: string[] = [];
  let explicitCount: number | undefined;
  let quantity: number | undefined;
  for (let j = from; j >= 0; j--) {
    const w = tokens[j]!;
    const color = colorOf(w);
    if (isLook?.(w)) {
      // a person's age, build or hair: read by people.ts
    } else if (color) m.color ??= color;
    else if (SHADES[w] !== undefined && colorOf(tokens[j + 1] ?? '') === m.color)
      m.color = shade(m.color!, SHADES[w]);
    else if (QUANTITIES[w] !== undefined) {
      quantity = QUANTITIES[w];
      explicitCount = undefined; // "a dozen": the "a" counts the dozen
    } else if (w === 'of' && QUANTITIES[tokens[j - 1] ?? ''] !== undefined) {
      // part of "pair of"
    } else if (MATERIAL_WORDS[w]) m.material ??= MATERIAL_WORDS[w];
    else if (PATTERNS[w]) m.pattern ??= PATTERNS[w];
    else if (w === 'dot' && tokens[j - 1] === 'polka') m.pattern ??= 'spots';
    else if (SIZES[w]) m.scale ??= SIZES[w];
    else if (w === 'the') m.definite = true;
    else if (NUMBERS[w] !== undefined || /^\d+$/.test(w)) explicitCount ??= NUMBERS[w] ?? Number(w);
    else if (COLLECTIONS[w] && tokens[j + 1] === 'of') {
      m.arrangement = COLLECTIONS[w].arrangement;
      m.count = Math.max(m.count, COLLECTIONS[w].count);
      explicitCount = undefined; // "a stack of": the "a" counts the stack, not the crates
    } else if (w === 'of' && COLLECTIONS[tokens[j - 1] ?? '']) {
      // part of "stack of"
    } else break;
    used.add(j);
    words.unshift(w);
  }
  if (quantity !== undefined) m.count = Math.min(60, quantity * Math.max(1, Math.round(explicitCount ?? 1)));
  else if (explicitCount !== undefined && !m.arrangement)
    m.count = Math.min(60, Math.max(1, Math.round(explicitCount)));
  else if (explicitCount !== undefined && explicitCount > 1)
    m.count = Math.min(60, Math.round(explicitCount));
  return words;
}

const LINKING = new Set(['is', 'are', 'turns', 'turn', 'becomes', 'become', 'now', 'painted']);
const CHANGING = new Set([
  'turns',
  'turn',
  'changes',
  'change',
  'fades',
  'fade',
  'goes',
  'becomes',
  'slowly',
  'gradually',
]);

/**
 * A change of colour during the clip, after the noun: "turns from green to red", "changes colour
 * to blue", "slowly fades to white". The first colour is how it starts.
 */
function readChange(tokens: string[], from: number, m: Mention, used: Set<number>): void {
  let j = from;
  while (CHANGING.has(tokens[j] ?? '') || tokens[j] === 'colour' || tokens[j] === 'color') j++;
  if (j === from) return;
  let start: string | undefined;
  const marked = [];
  if (tokens[j] === 'from' && colorOf(tokens[j + 1] ?? '') && tokens[j + 2] === 'to') {
    start = colorOf(tokens[j + 1]!);
    marked.push(j, j + 1);
    j += 2;
  }
  if (tokens[j] !== 'to' && !start && !colorOf(tokens[j] ?? '')) return;
  if (tokens[j] === 'to') marked.push(j++);
  const end = colorOf(tokens[j] ?? '');
  if (!end || !tokens.slice(from, j).some((t) => t !== 'slowly' && t !== 'gradually' && t !== 'becomes'))
    return;
  if (start) m.color = start;
  m.becomes = end;
  for (let k = from; k <= j; k++) used.add(k);
}

/**
 * Looks stated after the noun: "the ball is blue", "make the crates metal". They restate what the
 * words before the noun said, so they win. A colour that opens the next noun ("… red stairs") is
 * that noun's.
 */
function readPredicate(tokens: string[], from: number, m: Mention, used: Set<number>): void {
  let j = from;
  while (LINKING.has(tokens[j] ?? '')) j++;
  const start = j;
  const isLook = (w: string | undefined) =>
    w !== undefined &&
    (colorOf(w) !== undefined ||
      SHADES[w] !== undefined ||
      MATERIAL_WORDS[w] !== undefined ||
      PATTERNS[w] !== undefined ||
      SIZES[w] !== undefined);
  while (isLook(tokens[j]) || (tokens[j] === 'and' && isLook(tokens[j + 1]))) j++;
  if (j === start || matchNoun(tokens, j)) return;
  for (let k = from; k < j; k++) {
    const w = tokens[k]!;
    const color = colorOf(w);
    if (color)
      m.color = SHADES[tokens[k - 1] ?? ''] !== undefined ? shade(color, SHADES[tokens[k - 1]!]!) : color;
    else if (MATERIAL_WORDS[w]) m.material = MATERIAL_WORDS[w];
    else if (PATTERNS[w]) m.pattern = PATTERNS[w];
    else if (SIZES[w]) m.scale = SIZES[w];
    used.add(k);
  }
}

function describe(m: Mention): string {
  const bits = [m.count > 1 ? `${m.count} ×` : '', m.archetype];
  if (m.material) bits.push(`material ${m.material}`);
  if (m.color) bits.push(`colour ${m.color}`);
  if (m.scale) bits.push(`scale ${m.scale}`);
  if (m.pattern) bits.push(`with ${m.pattern}`);
  if (m.becomes) bits.push(`turning ${m.becomes}`);
  if (m.arrangement) bits.push(`in a ${m.arrangement}`);
  return bits.filter(Boolean).join(', ');
}

function readClauses(
  tokens: string[],
  nounAt: Map<number, Mention>,
  steps: number[],
  used: Set<number>,
  understood: Parsed['understood'],
  living: Pick<Parsed, 'acts' | 'feelings'>,
): Clause[] {
  const clauses: Clause[] = [];
  const nextMention = (from: number) => {
    for (let j = from; j < tokens.length; j++) {
      const m = nounAt.get(j);
      if (m) return { mention: m, at: j };
      // A new verb or the next event ends the search: "rolls across the floor, then a ball ...".
      if (MOTION_OF.has(tokens[j]!) || SEQUENCE.has(tokens[j]!) || tokens[j] === 'and') return undefined;
    }
    return undefined;
  };
  let subject: Mention | undefined;
  /** Set by "one of them": which one of the subject's group the next verbs are about. */
  let only: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    const m = nounAt.get(i);
    if (m) only = undefined;
    const group = oneOf(tokens, i, nounAt, used, understood);
    if (group) {
      subject = group;
      only = 0;
      i += 2;
      continue;
    }
    if (m && !clauses.some((c) => c.object === m || c.beside === m) && isSubjectPosition(tokens, i))
      subject = m;
    // "a little girl, who waves back": the one just named does it.
    if (w === 'who' && nounAt.get(i - 1)) {
      subject = nounAt.get(i - 1);
      used.add(i);
    }
    if (subject) livingSense(subject, tokens, i, understood);
    if (subject && isLiving(subject) && !nounAt.has(i)) {
      const read = readAct({ tokens, steps, used, understood, living, nextMention }, subject, only, i);
      if (read) {
        i += read - 1;
        continue;
      }
    }
    // "the crates fly" follows from a hit; "a bird flies" is a bird going somewhere.
    const going = MOTION_OF.get(w) === 'travel' && subject && !clauses.some((c) => c.subject === subject);
    if (REACTIONS.includes(w) && !going) {
      used.add(i);
      understood.push({ text: w, as: 'what follows from the physics' });
      continue;
    }
    const motion = MOTION_OF.get(w);
    // A word read as a thing is not also a verb ("a skateboard", "a canoe").
    if (!motion || !subject || nounAt.has(i)) continue;
    used.add(i);
    const clause: Clause = {
      subject,
      motion,
      verb: w,
      misses: w.startsWith('miss'),
      at: i,
      step: steps[i] ?? 0,
      ...(only !== undefined && { only }),
    };
    if (motion === 'travel') clause.course = readCourse(tokens, i, used, understood);
    let j = i + 1;
    if (tokens[j] === 'over' || tokens[j] === 'away') used.add(j++);
    const prep = PREPOSITIONS[tokens[j] ?? ''];
    if (prep && !(tokens[j] === 'next' && tokens[j + 1] === 'to')) {
      clause.prep = prep;
      used.add(j);
    }
    const object = nextMention(j);
    if (object && object.mention !== subject) {
      clause.object = object.mention;
      // A bare "hits X" / "misses X" needs no preposition.
      clause.prep ??= motion === 'drop' ? 'onto' : 'into';
      for (let k = j; k < object.at; k++)
        if (FUNCTION_WORDS.has(tokens[k]!) || PREPOSITIONS[tokens[k]!]) used.add(k);
      const after = object.at + 1;
      if (motion === 'throw' && ['to', 'toward', 'towards', 'at'].includes(tokens[after] ?? '')) {
        const to = nextMention(after + 1);
        if (to && to.mention !== subject && to.mention !== object.mention) {
          clause.recipient = to.mention;
          for (let k = after; k < to.at; k++) if (FUNCTION_WORDS.has(tokens[k]!) || k === after) used.add(k);
          understood.push({
            text: `${tokens[after]} ${to.mention.label}`,
            as: `thrown to ${to.mention.archetype}`,
          });
        }
      }
      const besideAt =
        tokens.indexOf('beside', after) >= 0
          ? tokens.indexOf('beside', after)
          : tokens.indexOf('next', after);
      if (besideAt >= 0 && besideAt - after < 3) {
        const near = nextMention(besideAt + 1);
        if (near) {
          clause.beside = near.mention;
          understood.push({
            text: `${tokens[besideAt] === 'next' ? 'next to' : tokens[besideAt]} ${near.mention.label}`,
            as: `beside ${near.mention.archetype}`,
          });
          used.add(besideAt);
          if (tokens[besideAt + 1] === 'to') used.add(besideAt + 1);
        }
      }
    }
    understood.push({
      text: [w, clause.prep, clause.object?.archetype].filter(Boolean).join(' '),
      as: `${subject.archetype} ${motion}${clause.object ? ` ${clause.prep} ${clause.object.archetype}` : ''}`,
    });
    clauses.push(clause);
  }
  return clauses;
}

/** Words that start the next event of a sequence ("then", "after that", "finally"), and cuts. */
const SEQUENCE = new Set([
  'then',
  'afterwards',
  'afterward',
  'later',
  'finally',
  'next',
  'subsequently',
  CUT,
]);

/**
 * For each position, how many sequence words come before it; marks them (and "after that") used.
 * A cut is the next step too, unless it opens the prompt or follows a sequence word ("then cut to").
 */
function sequenceSteps(tokens: string[], used: Set<number>): number[] {
  const steps: number[] = [];
  let step = 0;
  for (let k = 0; k < tokens.length; k++) {
    steps.push(step);
    const after = tokens[k] === 'after' && (tokens[k + 1] === 'that' || tokens[k + 1] === 'this');
    const afterThat = tokens[k - 2] === 'after' && (tokens[k - 1] === 'that' || tokens[k - 1] === 'this');
    const cutOnly = tokens[k] === CUT && (k === 0 || SEQUENCE.has(tokens[k - 1]!) || afterThat);
    if ((SEQUENCE.has(tokens[k]!) && !cutOnly) || after) {
      step++;
      used.add(k);
      if (after) used.add(k + 1);
    }
  }
  return steps;
}

/** Words after which a new clause, and so a new subject, may begin ("while", "as", "when"). */
const CLAUSE_OPENERS = new Set(['and', 'while', 'of', 'as', 'when', 'whilst']);

/** A noun is a possible subject unless a preposition or verb sits right before its phrase. */
function isSubjectPosition(tokens: string[], i: number): boolean {
  let j = i - 1;
  while (
    j >= 0 &&
    (colorOf(tokens[j]!) ||
      SHADES[tokens[j]!] !== undefined ||
      QUANTITIES[tokens[j]!] !== undefined ||
      MATERIAL_WORDS[tokens[j]!] ||
      PATTERNS[tokens[j]!] ||
      SIZES[tokens[j]!] ||
      NUMBERS[tokens[j]!] !== undefined ||
      isLookWord(tokens[j]!) ||
      tokens[j] === 'the' ||
      (tokens[j] === 'of' &&
        (COLLECTIONS[tokens[j - 1] ?? ''] || QUANTITIES[tokens[j - 1] ?? ''] !== undefined)) ||
      COLLECTIONS[tokens[j]!])
  )
    j--;
  const before = tokens[j];
  // "of" opens the topic: "a close-up of a ball bouncing", "a video of three marbles rolling".
  return before === undefined || CLAUSE_OPENERS.has(before) || SEQUENCE.has(before);
}
