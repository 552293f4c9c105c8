/**
 * Where things are relative to each other: "a small red cube on a large blue box", "a ball to the
 * left of a mug, and a duck above them", "a bottle between two cans". A relation follows its
 * subject directly (after "is", "sits", ...); a verb of motion in between makes it a clause instead
 * ("a ball drops on the table"), which the motion reading handles.
 */
import type { Mention } from './parse.js';

export type RelationKind =
  | 'left'
  | 'right'
  | 'on'
  | 'under'
  | 'above'
  | 'behind'
  | 'front'
  | 'beside'
  | 'between'
  | 'around'
  | 'either-side'
  | 'inside';

export interface Relation {
  subject: Mention;
  kind: RelationKind;
  /** One thing, the two of "between Y and Z", or everything named before ("them"). */
  objects: Mention[];
}

/** Longest phrases first, so "on top of" is not read as "on". */
const PHRASES: [string[], RelationKind][] = (
  [
    [['on', 'either', 'side', 'of'], 'either-side'],
    [['on', 'both', 'sides', 'of'], 'either-side'],
    [['to', 'the', 'left', 'of'], 'left'],
    [['on', 'the', 'left', 'of'], 'left'],
    [['to', 'the', 'right', 'of'], 'right'],
    [['on', 'the', 'right', 'of'], 'right'],
    [['in', 'front', 'of'], 'front'],
    [['in', 'back', 'of'], 'behind'],
    [['on', 'top', 'of'], 'on'],
    [['on', 'the', 'top', 'of'], 'on'],
    [['on', 'the', 'bottom', 'of'], 'under'],
    [['at', 'the', 'bottom', 'of'], 'under'],
    [['left', 'of'], 'left'],
    [['right', 'of'], 'right'],
    [['next', 'to'], 'beside'],
    [['close', 'to'], 'beside'],
    [['on'], 'on'],
    [['onto'], 'on'],
    [['upon'], 'on'],
    [['atop'], 'on'],
    [['under'], 'under'],
    [['underneath'], 'under'],
    [['below'], 'under'],
    [['beneath'], 'under'],
    [['above'], 'above'],
    [['over'], 'above'],
    [['behind'], 'behind'],
    [['beside'], 'beside'],
    [['by'], 'beside'],
    [['near'], 'beside'],
    [['alongside'], 'beside'],
    [['between'], 'between'],
    [['around'], 'around'],
    [['surrounding'], 'around'],
    [['inside'], 'inside'],
    [['within'], 'inside'],
  ] as [string[], RelationKind][]
).sort((a, b) => b[0].length - a[0].length);

/** Words that may stand between a thing and where it is: "the cube is on", "a mug sits beside". */
const LINKING = new Set([
  'is', 'are', 'sits', 'sit', 'sitting', 'stands', 'stand', 'standing', 'lies', 'lie', 'lying', 'rests',
  'resting', 'placed', 'floats', 'floating', 'hovers', 'hovering', 'hangs', 'hanging', 'just', 'right',
  'directly', 'that', 'which',
]); // prettier-ignore

/**
 * Relations of `subjects` (things no clause moves) to any of `mentions`. Words a clause already
 * read ("drops onto a table next to a mug") are not read again.
 */
export function readRelations(
  tokens: string[],
  subjects: Mention[],
  mentions: Mention[],
  nounAt: Map<number, Mention>,
  used: Set<number>,
  understood: { text: string; as: string }[],
): Relation[] {
  const relations: Relation[] = [];
  const free = (from: number, n: number) =>
    Array.from({ length: n }, (_, k) => from + k).every((k) => !used.has(k));
  for (const subject of subjects) {
    let i = subject.end + 1;
    const start = i;
    while (LINKING.has(tokens[i] ?? '') && !PHRASES.some(([p]) => p.every((w, k) => tokens[i + k] === w)))
      i++;
    const phrase = PHRASES.find(([p]) => p.every((w, k) => tokens[i + k] === w));
    if (!phrase || !free(i, phrase[0].length)) continue;
    const [words, kind] = phrase;
    const j = i + words.length;
    const objects: Mention[] = [];
    if (tokens[j] === 'them' || tokens[j] === 'it') {
      const before = mentions.filter((m) => m.at < subject.at);
      objects.push(...(tokens[j] === 'it' ? before.slice(-1) : before));
    } else {
      const next = nextNoun(tokens, j, nounAt);
      if (next) {
        objects.push(next.mention);
        if (kind === 'between' && tokens[next.mention.end + 1] === 'and') {
          const second = nextNoun(tokens, next.mention.end + 2, nounAt);
          if (second) {
            objects.push(second.mention);
            used.add(next.mention.end + 1);
          }
        }
      }
    }
    if (objects.length === 0 || objects.includes(subject)) continue;
    for (let k = start; k < i + words.length; k++) used.add(k);
    if (tokens[i + words.length] === 'them' || tokens[i + words.length] === 'it') used.add(i + words.length);
    relations.push({ subject, kind, objects });
    understood.push({
      text: [subject.label, ...words, objects.map((o) => o.label).join(' and ')].join(' '),
      as: `${subject.archetype} ${kind} ${objects.map((o) => o.archetype).join(' and ')}`,
    });
  }
  return relations;
}

/** The next noun a relation can point at: only its modifiers may come first. */
function nextNoun(tokens: string[], from: number, nounAt: Map<number, Mention>) {
  for (let j = from; j < tokens.length && j < from + 6; j++) {
    const m = nounAt.get(j);
    if (m) return { mention: m, at: j };
  }
  return undefined;
}
