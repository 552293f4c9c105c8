/**
 * Reading what living bodies do in a prompt, as parse.ts walks it: acts on the spot and toward
 * whom ("waves at the girl", "who waves back", "knocks a cup"), feelings ("smiling"), "one of
 * them", and the living sense of a word that is also a toy ("a duck quacks").
 */
import type { Emotion, MotionKind } from '../plan/schema.js';
import { ARCHETYPES } from '../world/index.js';
import { actAt, FEELINGS } from './acts.js';
import { gaitSpeed } from './lexicon.js';
import type { Mention, Parsed } from './parse.js';

/** Something a living body does on the spot ("waves at the girl", "laughs", "plays the piano"). */
export interface Act {
  subject: Mention;
  kind: MotionKind;
  /** The prompt's word for it ("argues"). */
  verb: string;
  /** Whom or what it is done toward: "waves at the girl", "jumps onto the table". */
  target?: Mention;
  prep?: string;
  step: number;
  at: number;
  /** Only this one of a group does it. */
  only?: number;
  /** Done back, in answer to the same act toward it ("waves back"). */
  reply?: boolean;
}

/** A feeling a body shows from some point on ("smiling", "angrily", "in tears"). */
export interface Feeling {
  subject: Mention;
  emotion: Emotion;
  step: number;
  at: number;
}

/** Whether a thing (a mention or an entity) is a living body, which acts rather than being pushed about. */
export const isLiving = (m: Pick<Mention, 'archetype'>) => ARCHETYPES.get(m.archetype)?.rig !== undefined;

/** Catalog things whose name is also an animal's, by the animal, for when they do what animals do. */
const LIVING_SENSE: Record<string, string> = { 'rubber-duck': 'mallard' };

/** Acts only a living thing does: a toy may fall or jump about too. */
const LIVING_ONLY = (kind: string | undefined) => kind !== undefined && kind !== 'fall' && kind !== 'jump';

/** "a duck quacks", "a duck swims": the thing is the living kind of its word (not made of rubber). */
export function livingSense(
  subject: Mention,
  tokens: string[],
  i: number,
  understood: Parsed['understood'],
): void {
  const animal = LIVING_SENSE[subject.archetype];
  if (!animal || isLiving(subject) || subject.material) return;
  if (!LIVING_ONLY(actAt(tokens, i)?.kind) && !gaitSpeed(tokens[i]!)) return;
  understood.push({ text: subject.label, as: `a living ${animal}` });
  subject.archetype = animal;
}

/** "one of them", "one of the friends": the group named last (or named there), when it is a group. */
export function oneOf(
  tokens: string[],
  i: number,
  nounAt: Map<number, Mention>,
  used: Set<number>,
  understood: Parsed['understood'],
): Mention | undefined {
  if (tokens[i] !== 'one' || tokens[i + 1] !== 'of') return undefined;
  const them = tokens[i + 2] === 'them';
  const group = them
    ? [...new Set(nounAt.values())].filter((g) => g.at < i && g.count > 1).at(-1)
    : nounAt.get(i + 3);
  if (!group || group.count < 2) return undefined;
  for (let k = i; k <= (them ? i + 2 : i + 1); k++) used.add(k);
  understood.push({ text: tokens.slice(i, i + 3).join(' '), as: `one ${group.archetype}` });
  return group;
}

export interface Reading {
  tokens: string[];
  steps: number[];
  used: Set<number>;
  understood: Parsed['understood'];
  living: Pick<Parsed, 'acts' | 'feelings'>;
  /** The next thing named from a token on, before the next verb or event. */
  nextMention(from: number): { mention: Mention; at: number } | undefined;
}

const TOWARD = new Set(['at', 'to', 'toward', 'towards', 'with', 'onto', 'on', 'into', 'from']);

/**
 * Reads a feeling or an act of a living subject at token i; returns how many tokens the act took
 * (the walk goes on after them), or 0 when there is none.
 */
export function readAct(r: Reading, subject: Mention, only: number | undefined, i: number): number {
  const { tokens, steps, used, understood, living } = r;
  const w = tokens[i]!;
  const feeling = FEELINGS[w];
  if (feeling) {
    living.feelings.push({ subject, emotion: feeling, step: steps[i] ?? 0, at: i });
    used.add(i);
    understood.push({ text: w, as: `${subject.archetype} looks ${feeling}` });
  }
  // "climbs" is both a way of going and a thing the body does; other gaits are journeys.
  const act = !gaitSpeed(w) || w.startsWith('climb') ? actAt(tokens, i) : undefined;
  if (!act) return 0;
  for (let k = 0; k < act.length; k++) used.add(i + k);
  let j = i + act.length;
  const reply = tokens[j] === 'back';
  if (tokens[j] === 'up' || reply || tokens[j] === 'down' || tokens[j] === 'over') used.add(j++);
  const prep = TOWARD.has(tokens[j] ?? '') ? tokens[j] : undefined;
  const target = r.nextMention(prep ? j + 1 : j);
  const done: Act = {
    subject,
    kind: act.kind,
    verb: w,
    step: steps[i] ?? 0,
    at: i,
    ...(only !== undefined && { only }),
    ...(reply && { reply: true }),
  };
  // "waves back": at whoever did it to them.
  const answered =
    reply && [...living.acts].reverse().find((a) => a.kind === act.kind && a.target === subject);
  if (answered) done.target = answered.subject;
  // "knocks a cup": the thing done to follows the verb, after at most a determiner and looks.
  if (target && target.mention !== subject && (prep || target.at - j <= 3)) {
    done.target = target.mention;
    if (prep) {
      done.prep = prep;
      used.add(j);
    }
  }
  living.acts.push(done);
  understood.push({
    text: tokens.slice(i, i + act.length).join(' '),
    as: `${subject.archetype} ${act.kind}${done.target ? ` toward ${done.target.archetype}` : ''}`,
  });
  return act.length;
}
