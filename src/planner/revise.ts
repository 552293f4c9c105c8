/**
 * A new prompt applied to an existing plan: the transformations behind remix, edit and extend.
 * What the new prompt does not mention is kept from the source (its things, their looks, its
 * place and light, its seed); what it mentions is changed. Both are pure: plan + prompt → plan.
 */
import type { Action, Entity, ScenePlan, Shot } from '../plan/schema.js';
import { scenePlan } from '../plan/schema.js';
import { planFromPrompt, type Character } from './index.js';
import { PLACES, STYLES, TIMES, type Motion } from './lexicon.js';
import { parse, type Mention } from './parse.js';
import { castCharacters } from './cast.js';

/** A prompt that cannot be applied to the plan (e.g. an extension past the longest clip). */
export class PlanTransformError extends Error {}

/** The longest plan a chain of extensions may reach, seconds (the plan schema's own limit). */
export const MAX_EXTENDED_SECONDS = 120;

interface Reading {
  mentions: Mention[];
  motions: { subject: Mention; motion: Motion }[];
  says: { place: boolean; time: boolean; style: boolean };
  fresh: ScenePlan;
}

function read(prompt: string, source: ScenePlan, seconds: number, characters: readonly Character[]): Reading {
  const parsed = parse(castCharacters(prompt, characters).prompt);
  const says = (table: Record<string, unknown>) => parsed.tokens.some((t) => table[t] !== undefined);
  return {
    mentions: parsed.mentions,
    motions: parsed.clauses.map((c) => ({ subject: c.subject, motion: c.motion })),
    says: { place: says(PLACES), time: says(TIMES), style: says(STYLES) },
    fresh: planFromPrompt(prompt, {
      seconds,
      width: source.width,
      height: source.height,
      fps: source.fps,
      seed: source.seed,
      characters,
    }),
  };
}

/** The looks a mention states outright; the rest stays as it was. */
function restyle(e: Entity, m: Mention | undefined): Entity {
  if (!m) return e;
  return {
    ...e,
    ...(m.color && { color: m.color }),
    ...(m.material && { material: m.material }),
    ...(m.scale && { scale: m.scale }),
  };
}

/** Place, light and style: the source's, except where the new prompt names them. */
function settingOf(source: ScenePlan, r: Reading): Pick<ScenePlan, 'environment' | 'style' | 'sound'> {
  const env = { ...source.environment };
  const { fresh, says } = r;
  if (says.place) {
    // A new place replaces the source's picture of one.
    delete env.backdrop;
    Object.assign(env, {
      place: fresh.environment.place,
      ground: fresh.environment.ground,
      wall: fresh.environment.wall,
      sky: fresh.environment.sky,
    });
  }
  if (says.time)
    Object.assign(env, {
      timeOfDay: fresh.environment.timeOfDay,
      light: fresh.environment.light,
      sky: fresh.environment.sky,
    });
  return {
    environment: env,
    style: says.style ? fresh.style : source.style,
    sound: says.place ? { ...source.sound, ambience: fresh.sound.ambience } : source.sound,
  };
}

/**
 * Remix and edit. A prompt that only restyles ("make the ball blue", "at night") keeps the source's
 * set-up, motion and camera exactly; one that describes new things or new motion is laid out
 * afresh, and every thing the source also had keeps its looks unless the prompt restates them.
 */
export function revisePlan(
  source: ScenePlan,
  prompt: string,
  characters: readonly Character[] = [],
): ScenePlan {
  const r = read(prompt, source, source.duration, characters);
  const kinds = new Set(source.entities.map((e) => e.archetype));
  const mentionOf = (archetype: string) => r.mentions.find((m) => m.archetype === archetype);
  const restages = r.motions.length > 0 || r.mentions.some((m) => !kinds.has(m.archetype));
  const kept: string[] = [];
  let staging: Pick<ScenePlan, 'entities' | 'actions' | 'shots'>;
  if (restages) {
    staging = {
      ...r.fresh,
      entities: r.fresh.entities.map((e) => {
        const was = source.entities.find((s) => s.archetype === e.archetype);
        if (!was) return e;
        kept.push(e.id);
        const m = mentionOf(e.archetype);
        return restyle({ ...e, color: was.color, material: was.material, scale: was.scale }, m);
      }),
    };
  } else {
    staging = {
      ...source,
      entities: source.entities.map((e) => restyle(e, mentionOf(e.archetype))),
    };
  }
  return scenePlan.parse({
    ...source,
    ...staging,
    ...settingOf(source, r),
    prompt,
    understanding: {
      ...r.fresh.understanding,
      notes: [
        ...r.fresh.understanding.notes,
        restages
          ? `a new set-up; looks kept from the source for ${kept.length ? kept.join(', ') : 'nothing (no thing in common)'}`
          : 'the source set-up, motion and camera, with the changes the prompt names',
      ],
    },
  });
}

/** How a thing already in motion is set going again when an extension asks it to move. */
const NUDGE: Partial<Record<Motion, [number, number, number]>> = {
  bounce: [0, 3.5, 0],
  roll: [1.6, 0, 0],
  slide: [1.6, 0, 0],
  strike: [2.5, 0.5, 0],
  throw: [2.5, 3, 0],
};

/**
 * Extend: the same world runs on for `seconds` more. The source's part of the plan is untouched,
 * so its frames and sound come out as before and its physics carries on; the prompt adds what
 * happens next: things it names that were not there enter at the join (falling in as the prompt
 * says), things that were there and are told to move are set going from wherever they are, and
 * a second shot takes over at the join.
 */
export function extendPlan(
  source: ScenePlan,
  prompt: string,
  seconds: number,
  characters: readonly Character[] = [],
): ScenePlan {
  const join = source.duration;
  const total = join + seconds;
  if (total > MAX_EXTENDED_SECONDS)
    throw new PlanTransformError(
      `the extended video would be ${total} s long; the longest is ${MAX_EXTENDED_SECONDS} s`,
    );
  const r = read(prompt, source, seconds, characters);
  const kinds = new Set(source.entities.map((e) => e.archetype));
  const ids = new Set(source.entities.map((e) => e.id));
  const renamed = new Map<string, string>();

  // Newcomers stand where the fresh layout put them, moved with the scenery they share with the source.
  const anchor = r.fresh.entities.find((e) => e.body === 'static' && kinds.has(e.archetype));
  const anchoredTo = anchor && source.entities.find((e) => e.archetype === anchor.archetype);
  const offset =
    anchor && anchoredTo ? anchoredTo.position.map((v, i) => v - anchor.position[i]!) : [0, 0, 0];
  const arriving = r.fresh.entities.filter((e) => !kinds.has(e.archetype));
  // Scenery cannot pop into a shot that is already running; only things that move can arrive.
  const skipped = arriving.filter((e) => e.body === 'static').map((e) => e.id);
  const newcomers: Entity[] = arriving
    .filter((e) => e.body !== 'static')
    .map((e) => {
      let id = e.id;
      while (ids.has(id)) id += '-b';
      ids.add(id);
      renamed.set(e.id, id);
      return {
        ...e,
        id,
        position: e.position.map((v, i) => v + offset[i]!) as Entity['position'],
        appearAt: join + (e.appearAt ?? 0),
      };
    });
  const later = (a: Action): Action =>
    a.type === 'move'
      ? {
          ...a,
          entity: renamed.get(a.entity)!,
          at: a.at + join,
          to: a.to.map((v, i) => v + offset[i]!) as typeof a.to,
        }
      : { ...a, entity: renamed.get(a.entity)!, at: a.at + join };
  const newcomerActions = r.fresh.actions.filter((a) => renamed.has(a.entity)).map(later);

  const nudges: Action[] = [];
  for (const { subject, motion } of r.motions) {
    if (!kinds.has(subject.archetype)) continue;
    const velocity = NUDGE[motion];
    for (const e of source.entities.filter((s) => s.archetype === subject.archetype && s.body !== 'static'))
      if (velocity)
        nudges.push({ type: 'launch', entity: e.id, at: join, velocity, intent: `${motion} again` });
  }

  const last = source.shots.at(-1)!;
  const next: Shot = {
    ...last,
    start: join,
    end: total,
    move: r.fresh.shots[0]!.move,
    keepInView: [
      ...new Set([...last.keepInView, ...newcomers.filter((e) => e.body !== 'static').map((e) => e.id)]),
    ],
  };
  const ignoredSetting = Object.entries(r.says)
    .filter(([, said]) => said)
    .map(([what]) => what);
  return scenePlan.parse({
    ...source,
    prompt: `${source.prompt}\n${prompt}`,
    duration: total,
    entities: [...source.entities, ...newcomers],
    actions: [...source.actions, ...newcomerActions, ...nudges],
    shots: [...source.shots, next],
    // Place, light and look are the whole video's: the extension keeps the source's.
    environment: source.environment,
    style: source.style,
    sound: source.sound,
    understanding: {
      ...r.fresh.understanding,
      notes: [
        ...r.fresh.understanding.notes,
        `extends the source (${join} s) by ${seconds} s to ${total} s` +
          (newcomers.length ? `; entering at ${join} s: ${newcomers.map((e) => e.id).join(', ')}` : '') +
          (nudges.length ? `; set going again: ${nudges.map((a) => a.entity).join(', ')}` : ''),
        ...(skipped.length ? [`new scenery cannot appear mid-video, left out: ${skipped.join(', ')}`] : []),
        ...(ignoredSetting.length ? [`an extension keeps the source's ${ignoredSetting.join(' and ')}`] : []),
      ],
    },
  });
}
