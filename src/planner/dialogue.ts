/**
 * Speech in prompts: quoted words, who says them and how. Quotes are lifted out before the rest of
 * the prompt is read (so "a ball" inside a line never becomes a thing in the scene); each leaves a
 * marker word behind, and the words around the marker say who speaks ('the girl says "hi"',
 * '"Hi," said the boy', '« Bonjour ! » dit-elle') and in what tone ("whispers", "angrily").
 */
import type { ScenePlan } from '../plan/schema.js';
import type { Parsed } from './parse.js';
import { colorOf, MATERIAL_WORDS, SIZES, words } from './lexicon.js';

/** What a quoted line leaves in the prompt: a word no prompt uses. */
export const SPEECH_MARKER = 'utterancemarker';

/** The longest line a plan holds (characters). */
const MAX_LINE = 2000;

/** Verbs of speech, with the tone they carry ('' for none). English, and French for « … » dit-elle. */
const SPEECH_VERBS: Record<string, string> = words({
  say: '', says: '', said: '', saying: '', tell: '', tells: '', told: '', reply: '', replies: '',
  replied: '', answer: '', answers: '', answered: '', adds: '', added: '', announces: 'announcing',
  announced: 'announcing', calls: 'calling', called: 'calling', asks: 'asking', asked: 'asking',
  shouts: 'shouting', shouted: 'shouting', yells: 'shouting', yelled: 'shouting', screams: 'screaming',
  screamed: 'screaming', cries: 'crying', cried: 'crying', whispers: 'whispering',
  whispered: 'whispering', mutters: 'muttering', muttered: 'muttering', murmurs: 'whispering',
  sings: 'singing', sang: 'singing', exclaims: 'excited', exclaimed: 'excited', laughs: 'laughing',
  dit: '', demande: 'asking', crie: 'shouting', chuchote: 'whispering', murmure: 'whispering',
  chante: 'singing', répond: '', ajoute: '',
}); // prettier-ignore

const TONES: Record<string, string> = words({
  angrily: 'angry', happily: 'happy', cheerfully: 'happy', joyfully: 'happy', sadly: 'sad',
  softly: 'soft', quietly: 'soft', gently: 'soft', loudly: 'loud', excitedly: 'excited',
  nervously: 'nervous', calmly: 'calm', sarcastically: 'sarcastic', fearfully: 'afraid',
  tenderly: 'tender', proudly: 'proud', angry: 'angry', happy: 'happy', sad: 'sad', smiling: 'happy',
  laughing: 'laughing',
}); // prettier-ignore

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'my',
  'our',
  'le',
  'la',
  'les',
  'un',
  'une',
]);
const BOUNDARIES = new Set(['and', 'then', 'while', 'as', 'when', 'but', 'et', 'puis', SPEECH_MARKER]);

/**
 * Quoted stretches: "…", “…”, «…», and '…' when it opens after a space; inside it, an apostrophe
 * followed by a letter is an apostrophe ('let's go').
 */
const QUOTE = /"([^"]+)"|“([^”]+)”|«\s*([^»]+?)\s*»|(?<=^|\s)'((?:[^']|'(?=\p{L}))+)'(?=$|[\s.,;:!?])/gu;

/** The prompt with its quoted lines replaced by markers, and the lines in order. */
export function liftQuotes(prompt: string): { text: string; lines: string[] } {
  const lines: string[] = [];
  const text = prompt.replace(QUOTE, (...m: (string | undefined)[]) => {
    // A comma closing the line belongs to the sentence around it ('"Hi," said the boy').
    const line = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim().replace(/[,;:]+$/, '');
    if (!line) return ' ';
    lines.push(line);
    return ` ${SPEECH_MARKER} `;
  });
  return { text, lines };
}

/** The speaker phrase that ends at token `end` (inclusive): up to two words after a determiner. */
function phraseBefore(tokens: string[], end: number): { words: string[]; from: number } | undefined {
  const words: string[] = [];
  let j = end;
  while (j >= 0 && words.length < 2 && !BOUNDARIES.has(tokens[j]!) && !SPEECH_VERBS[tokens[j]!]) {
    if (DETERMINERS.has(tokens[j]!)) break;
    if (TONES[tokens[j]!] === undefined) words.unshift(tokens[j]!);
    j--;
  }
  // The determiner belongs to the phrase ("the girl").
  return words.length ? { words, from: DETERMINERS.has(tokens[j] ?? '') ? j : j + 1 } : undefined;
}

/** Words that end the search for who speaks: another line, another event. */
const SENTENCE_STOPS = new Set([SPEECH_MARKER, 'then', 'puis', 'finally', 'after', 'meanwhile']);
/** Words that make the noun after them an attribute, not a speaker ("a man in a blue suit"). */
const ATTRIBUTE_WORDS = new Set([
  'in',
  'with',
  'wearing',
  'holding',
  'carrying',
  'of',
  'at',
  'on',
  'near',
  'under',
]);

/** Whether the noun at `at` is an attribute of another ("in a blue suit"): the word before its phrase says. */
function isAttribute(tokens: string[], at: number): boolean {
  let j = at - 1;
  while (
    j >= 0 &&
    (DETERMINERS.has(tokens[j]!) || colorOf(tokens[j]!) || SIZES[tokens[j]!] || MATERIAL_WORDS[tokens[j]!])
  )
    j--;
  return ATTRIBUTE_WORDS.has(tokens[j] ?? '');
}

/**
 * The thing the clause ending at `end` is about: the nearest one named before it that is not an
 * attribute of another, or the one a "who" refers to. Its noun is the speaker.
 */
function subjectBefore(parsed: Parsed, end: number): { words: string[]; from: number } | undefined {
  const { tokens, refs } = parsed;
  for (let j = end; j >= 0 && !SENTENCE_STOPS.has(tokens[j]!); j--) {
    const m = tokens[j] === 'who' ? refs.get(j - 1) : isAttribute(tokens, j) ? undefined : refs.get(j);
    // Its words are already read as the thing; nothing between it and the verb is claimed here.
    if (m) return { words: tokens.slice(m.at, m.end + 1), from: end + 1 };
  }
  return undefined;
}

function phraseAfter(tokens: string[], start: number): { words: string[]; to: number } | undefined {
  let j = start;
  while (DETERMINERS.has(tokens[j] ?? '')) j++;
  const words: string[] = [];
  // (from start, so a determiner after the verb is used too: "said the boy")
  while (j < tokens.length && words.length < 2 && !BOUNDARIES.has(tokens[j]!) && !SPEECH_VERBS[tokens[j]!]) {
    if (TONES[tokens[j]!] === undefined) words.push(tokens[j]!);
    j++;
  }
  return words.length ? { words, to: j - 1 } : undefined;
}

/**
 * Who says each line and how, from the words around its marker; marks those words used. Lines
 * follow one another: each starts when the one before has had time to be said.
 */
export function readDialogue(parsed: Parsed, lines: string[], duration: number): ScenePlan['dialogue'] {
  const { tokens, used, understood } = parsed;
  const markers = tokens.flatMap((t, i) => (t === SPEECH_MARKER ? [i] : []));
  const out: ScenePlan['dialogue'] = [];
  let at = Math.min(0.5, duration / 4);
  markers.forEach((m, n) => {
    const text = lines[n];
    if (text === undefined) return;
    used.add(m);
    // The verb is just before the line ('she says "…"', 'he says angrily: "…"') or just after it.
    const near = [m - 1, m - 2, m - 3, m + 1, m + 2, m + 3].filter(
      (k) => SPEECH_VERBS[tokens[k] ?? ''] !== undefined,
    );
    const verb = near[0];
    let speaker = out.at(-1)?.speaker ?? 'narrator';
    let tone: string | undefined;
    if (verb !== undefined) {
      used.add(verb);
      tone = SPEECH_VERBS[tokens[verb]!] || undefined;
      for (const k of [verb - 1, verb + 1, m - 1, m + 1])
        if (TONES[tokens[k] ?? ''] !== undefined) {
          tone = TONES[tokens[k]!];
          used.add(k);
        }
      // The speaker is the one the clause is about ('a man in a blue suit says', 'a girl, who
      // waves back and says'), else the words next to the verb ('the girl says', 'said the boy').
      const who =
        subjectBefore(parsed, verb - 1) ?? phraseBefore(tokens, verb - 1) ?? phraseAfter(tokens, verb + 1);
      if (who) {
        speaker = who.words.join(' ');
        const [from, to] = 'from' in who ? [who.from, verb - 1] : [verb + 1, who.to];
        for (let k = from; k <= to; k++) {
          used.add(k);
          if (TONES[tokens[k]!] !== undefined) tone = TONES[tokens[k]!];
        }
      }
    }
    // A line longer than a plan holds is cut at a word (no clip could say it all anyway).
    const said =
      text.length > MAX_LINE ? text.slice(0, text.lastIndexOf(' ', MAX_LINE) + 1 || MAX_LINE).trim() : text;
    out.push({ speaker, text: said, at: Math.round(at * 100) / 100, ...(tone && { tone }) });
    understood.push({ text: `"${text}"`, as: `said by ${speaker}${tone ? `, ${tone}` : ''}` });
    // About three words a second, and a breath between lines.
    at = Math.min(duration, at + 0.4 + text.split(/\s+/).length / 3);
  });
  return out;
}
