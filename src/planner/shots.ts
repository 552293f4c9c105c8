/**
 * Multi-shot prompts: "Shot 1: … Shot 2: …", "… then cut to …". Each shot takes an equal share of the
 * clip, reads its own camera words and keeps in view what it names; a thing first named in a later
 * shot enters when that shot starts. The same words name the same things in every shot ("a dog …
 * cut to a close-up of the dog"), so characters and objects carry across the cut.
 */
import type { Entity, Shot, Vec3 } from '../plan/schema.js';
import { boundsOf } from '../world/index.js';
import { frameShot, readCamera, type CameraWords } from './camera.js';
import { SEQUENCE_GAP, type Layout } from './layout.js';
import { CUT, type Mention, type Parsed } from './parse.js';

/** A shot's tokens [from, to) and its time in the clip. */
export interface ShotSpan {
  from: number;
  to: number;
  start: number;
  end: number;
}

/** The picture a shot is framed for, and the camera height the place asks for (degrees above level). */
export interface ShotFrame {
  width: number;
  height: number;
  duration: number;
  elevation?: number;
}

/** The prompt's shots: one unless it cuts between parts that each say something. */
export function shotSpans(parsed: Parsed, duration: number): ShotSpan[] {
  const { tokens } = parsed;
  const cuts = tokens.flatMap((t, i) => (t === CUT ? [i] : []));
  const bounds: [number, number][] = [];
  let from = 0;
  for (const cut of [...cuts, tokens.length]) {
    if (tokens.slice(from, cut).some((t) => t !== CUT)) bounds.push([from, cut]);
    from = cut + 1;
  }
  if (bounds.length <= 1) return [{ from: 0, to: tokens.length, start: 0, end: duration }];
  return bounds.map(([from, to], k) => ({
    from,
    to,
    start: (duration * k) / bounds.length,
    end: (duration * (k + 1)) / bounds.length,
  }));
}

/**
 * When each step of the sequence begins: a cut starts its shot's first step at the shot's start;
 * "then" inside a shot adds the usual gap.
 */
export function stepStarts(parsed: Parsed, spans: ShotSpan[]): (step: number) => number {
  return (step) => {
    const at = parsed.steps.findIndex((s, i) => s === step && parsed.tokens[i] !== CUT);
    const span = spans.find((s) => at >= s.from && at < s.to) ?? spans[0]!;
    return span.start + (step - parsed.steps[span.from]!) * SEQUENCE_GAP;
  };
}

/** The mentions a span of tokens names, in order. */
function mentionsIn(parsed: Parsed, span: ShotSpan): Mention[] {
  const found: Mention[] = [];
  for (let i = span.from; i < span.to; i++) {
    const m = parsed.refs.get(i);
    if (m && !found.includes(m)) found.push(m);
  }
  return found;
}

/**
 * One shot per span, framed on what it names; things that move and are first named in a later shot
 * appear when it starts. Returns the shots and the words each read.
 */
export function frameShots(
  parsed: Parsed,
  spans: ShotSpan[],
  set: Layout,
  size: ShotFrame,
): { shots: Shot[]; words: CameraWords[] } {
  const byId = new Map(set.entities.map((e) => [e.id, e]));
  const seen = new Set<Mention>();
  const shots: Shot[] = [];
  const words: CameraWords[] = [];
  for (const span of spans) {
    const named = mentionsIn(parsed, span);
    for (const m of named) {
      if (!seen.has(m) && span.start > 0) enter(m, span.start, set, byId);
      seen.add(m);
    }
    const ids = named.flatMap((m) => set.idsOf.get(m) ?? []);
    const inView = ids.length ? ids : set.keepInView;
    const subject = inView.find((id) => byId.get(id)?.body !== 'static') ?? inView[0];
    const read = readCamera(parsed, span.from, span.to);
    const camera = { ...read, elevation: read.elevation ?? size.elevation };
    const close = camera.framing === 'close-up' || camera.framing === 'extreme-close-up';
    const keep = close && subject ? [subject] : inView;
    const focus: Vec3[] = keep.flatMap((id) => boundsOf(byId.get(id)!));
    const shot = frameShot(
      focus,
      keep,
      size.width,
      size.height,
      size.duration,
      camera,
      subject !== undefined,
    );
    shots.push({ ...shot, start: span.start, end: span.end });
    words.push(camera);
  }
  return { shots, words };
}

/** A thing first named in a later shot is not there before it: it enters when the shot starts. */
function enter(m: Mention, at: number, set: Layout, byId: Map<string, Entity>): void {
  for (const id of set.idsOf.get(m) ?? []) {
    const e = byId.get(id)!;
    if (e.body !== 'static') e.appearAt = Math.max(e.appearAt ?? 0, at);
  }
}
