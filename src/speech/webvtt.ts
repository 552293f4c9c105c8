/**
 * Subtitles: the spoken lines as WebVTT. A long line is split into several cues at word times (at
 * a sentence or clause end when one is near), so no cue stays up longer than ~6 s or needs more
 * than two lines of 42 characters; the speaker's name, when known, is a <v> voice tag.
 */
import type { SpeechSpan } from './types.js';

const MAX_CHARS = 42;
const MAX_LINES = 2;
const MAX_CUE_SECONDS = 6;

/** A run of the line's text with the time (seconds from the span start) it is said in. */
interface Piece {
  text: string;
  start: number;
  end: number;
}

export interface Cue {
  start: number;
  end: number;
  lines: string[];
  speaker: string | null;
}

/** The cues of the dialogue, in order: the same for the WebVTT file and for burnt-in captions. */
export const captionCues = (spans: readonly SpeechSpan[]): Cue[] => spans.flatMap(cuesOf);

export function toWebVtt(spans: readonly SpeechSpan[], names: Record<string, string> = {}): string {
  const cues = captionCues(spans);
  const blocks = cues.map((c, i) => {
    const name = c.speaker !== null ? names[c.speaker] : undefined;
    const tag = name ? `<v ${escape(name)}>` : '';
    return `${i + 1}\n${timestamp(c.start)} --> ${timestamp(c.end)}\n${tag}${c.lines.map(escape).join('\n')}\n`;
  });
  return ['WEBVTT\n', ...blocks].join('\n');
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function timestamp(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const h = Math.floor(ms / 3600000);
  const m = Math.floor(ms / 60000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

function cuesOf(span: SpeechSpan): Cue[] {
  const groups = group(piecesOf(span));
  return groups.map((g, k) => {
    const next = groups[k + 1];
    return {
      start: k === 0 ? span.start : span.start + g[0]!.start,
      end: next ? span.start + next[0]!.start : span.end,
      lines: wrap(joined(g)) ?? [joined(g)],
      speaker: span.speaker,
    };
  });
}

/**
 * The text cut at each word's start, timed by its word; punctuation stays with the word before
 * it. Without word timings, whitespace-separated tokens are spread evenly over the span.
 */
function piecesOf(span: SpeechSpan): Piece[] {
  const starts: { at: number; start: number; end: number }[] = [];
  let cursor = 0;
  for (const w of span.words) {
    const at = span.text.indexOf(w.text, cursor);
    if (at < 0) continue;
    starts.push({ at, start: w.start, end: w.end });
    cursor = at + w.text.length;
  }
  if (starts.length === 0) return evenPieces(span);
  return starts.flatMap((s, i) => {
    const from = i === 0 ? 0 : s.at;
    const text = span.text.slice(from, starts[i + 1]?.at ?? span.text.length);
    return splitLong({ text, start: s.start, end: s.end });
  });
}

function evenPieces(span: SpeechSpan): Piece[] {
  const tokens = span.text.match(/\S+\s*/gu) ?? [];
  const step = (span.end - span.start) / Math.max(1, tokens.length);
  return tokens.flatMap((text, i) => splitLong({ text, start: i * step, end: (i + 1) * step }));
}

/** A run longer than a subtitle line is cut into line-sized parts sharing its time. */
function splitLong(p: Piece): Piece[] {
  const chars = [...p.text];
  if (chars.length <= MAX_CHARS) return [p];
  const parts: Piece[] = [];
  const n = Math.ceil(chars.length / MAX_CHARS);
  for (let i = 0; i < n; i++) {
    const text = chars.slice(i * MAX_CHARS, (i + 1) * MAX_CHARS).join('') + (i < n - 1 ? ' ' : '');
    const t = (k: number) => p.start + ((p.end - p.start) * k) / n;
    parts.push({ text, start: t(i), end: t(i + 1) });
  }
  return parts;
}

const joined = (g: readonly Piece[]): string =>
  g
    .map((p) => p.text)
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
const fits = (g: readonly Piece[]): boolean =>
  wrap(joined(g)) !== null && g[g.length - 1]!.end - g[0]!.start <= MAX_CUE_SECONDS;
const CLAUSE_END = /[.!?…;:,»"”)]\s*$/u;

/** Pieces gathered greedily into cues; an overfull cue gives back what follows its last clause end. */
function group(pieces: Piece[]): Piece[][] {
  const groups: Piece[][] = [];
  let current: Piece[] = [];
  for (const p of pieces) {
    if (current.length === 0 || fits([...current, p])) {
      current.push(p);
      continue;
    }
    let cut = current.length;
    for (let i = current.length - 1; i >= Math.ceil(current.length / 2); i--)
      if (CLAUSE_END.test(current[i - 1]!.text)) {
        cut = i;
        break;
      }
    groups.push(current.slice(0, cut));
    current = [...current.slice(cut), p];
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The text on at most two lines of 42 characters, as even as can be; null when it cannot fit. */
function wrap(text: string): string[] | null {
  const length = (s: string) => [...s].length;
  if (length(text) <= MAX_CHARS) return [text];
  if (MAX_LINES < 2) return null;
  let best: string[] | null = null;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
    const lines = [text.slice(0, i), text.slice(i + 1)];
    if (lines.some((l) => length(l) > MAX_CHARS)) continue;
    const worst = Math.max(...lines.map(length));
    if (!best || worst < Math.max(...best.map(length))) best = lines;
  }
  return best;
}
