/**
 * What living bodies do on the spot, as plan actions: each act becomes a 'perform' for as long as
 * such a motion lasts (or until the body's next act), turned toward whom it is for; a jump is also a
 * real leap (the body is launched on a ballistic arc, onto a table when it jumps onto one); each
 * feeling becomes a 'feel'. People get the look the prompt gives them.
 */
import type { Action, Character, Entity, Vec3 } from '../plan/schema.js';
import { archetypeOf, boundsOf as bounds } from '../world/index.js';
import type { Layout } from './layout.js';
import type { Act, Parsed } from './parse.js';
import type { Look } from './people.js';
import { travelMotion, usualDuration } from './acts.js';
import { ballistic, facingAlong } from './journeys.js';

/** Acts a group does not all do at once: one leap, one push, one fall is the subject's own. */
const SOLO = new Set(['jump', 'push', 'fall']);
/** Seconds between the members of a group doing the same thing. */
const MEMBER_STAGGER = 0.35;
/** How long after an act its answer begins ("waves back"), seconds. */
const REPLY_AFTER = 1.2;
/** When the first act of a clip begins: the viewer sees the body first. */
const FIRST_ACT_AT = 0.4;
/** How far above where it lands a leap onto something peaks, metres. */
const LEAP_CLEARANCE = 0.3;
/** Height of a standing jump, as a share of the body's height. */
const JUMP_RISE = 0.25;

export function perform(
  parsed: Parsed,
  out: Layout,
  stepStart: (step: number) => number,
  duration: number,
): void {
  const entityOf = (m: Act['subject']) => {
    const id = out.idsOf.get(m)?.[0];
    return id ? out.entities.find((e) => e.id === id) : undefined;
  };
  const start = (step: number) => (step === 0 ? FIRST_ACT_AT : stepStart(step));
  /** When act k begins, before answers and arrivals move it: its step, then its turn in the step. */
  const planned = (k: number) => start(parsed.acts[k]!.step) + sameStepIndex(parsed.acts, k) * SAME_STEP_GAP;
  for (const [k, act] of parsed.acts.entries()) {
    const group = (out.idsOf.get(act.subject) ?? []).map((id) => out.entities.find((x) => x.id === id)!);
    const e = group[act.only ?? 0];
    if (!e) continue;
    const seat = act.target && SEATS[act.target.archetype] !== undefined ? entityOf(act.target) : undefined;
    if (seat && (act.prep === 'on' || act.prep === 'onto' || act.prep === 'in' || act.kind === 'sit')) {
      // "argue on a park bench", "sits on a chair": the whole group sits there, side by side.
      const sitters = act.only === undefined ? group : [e];
      sitOn(sitters, seat, out, duration);
      if (act.kind === 'sit') continue;
    }
    let at = Math.min(duration - 0.2, planned(k));
    // An answer comes once the act it answers is under way.
    const answered =
      act.reply && [...out.actions].reverse().find((a) => a.type === 'perform' && a.motion === act.kind);
    if (answered) at = Math.min(duration - 0.5, Math.max(at, answered.at + REPLY_AFTER));
    const target0 = act.target && !seat ? entityOf(act.target) : undefined;
    // "runs along the beach and barks at a seagull": it goes, then turns to what it acts toward,
    // which waits ahead of it where the way ends.
    const going = out.actions.find((a) => a.type === 'move' && a.entity === e.id && a.at <= at + 0.5);
    if (going?.type === 'move' && target0 && target0 !== e && ACT_AFTER_GOING.has(act.kind)) {
      at = Math.min(duration - 0.5, going.at + going.duration);
      if (target0.body !== 'static' && !out.actions.some((a) => a.entity === target0.id))
        waitAhead(target0, e, going.to);
    }
    const next = parsed.acts.findIndex((a, n) => n > k && a.subject === act.subject);
    const until = next >= 0 ? Math.min(duration, planned(next)) : duration;
    const length = Math.max(0.3, Math.min(usualDuration(act.kind), until - at));
    const target = target0;
    out.actions.push({
      type: 'perform',
      entity: e.id,
      at,
      duration: length,
      motion: act.kind,
      ...(target && target !== e && { target: target.id }),
    });
    // "Two friends argue": each of them does it, a moment apart, not in unison.
    if (act.only === undefined && !SOLO.has(act.kind))
      group.slice(1).forEach((other, m) =>
        out.actions.push({
          type: 'perform',
          entity: other.id,
          at: Math.min(duration - 0.2, at + (m + 1) * MEMBER_STAGGER),
          duration: length,
          motion: act.kind,
          ...(target && target !== other && { target: target.id }),
        }),
      );
    if (target && target !== e && act.kind !== 'jump') turnToward(e, target.position);
    if (act.kind === 'jump') leap(e, at, target && target !== e ? target : undefined, out.actions);
    // "knocks a cup off the edge": what is pushed is set going, away from the one who pushes it.
    if (act.kind === 'push' && target && target !== e && target.body !== 'static')
      shove(e, target, at, out.actions);
    // One who falls stays down until the next thing they do (getting up, say).
    if (act.kind === 'fall' && until - (at + length) > 0.1)
      out.actions.push({
        type: 'perform',
        entity: e.id,
        at: at + length,
        duration: until - (at + length),
        motion: 'lie',
      });
  }
  // Riding, skating, paddling: the body does it all the way.
  for (const clause of parsed.clauses) {
    const kind = clause.motion === 'travel' ? travelMotion(clause.verb) : undefined;
    if (!kind) continue;
    for (const id of out.idsOf.get(clause.subject) ?? []) {
      const move = out.actions.find((a) => a.type === 'move' && a.entity === id);
      if (move?.type === 'move' && archetypeOf(out.entities.find((e) => e.id === id)!).rig)
        out.actions.push({ type: 'perform', entity: id, at: move.at, duration: move.duration, motion: kind });
    }
  }
  for (const f of parsed.feelings)
    for (const id of out.idsOf.get(f.subject) ?? [])
      out.actions.push({
        type: 'feel',
        entity: id,
        at: Math.max(0, start(f.step) - 0.2),
        emotion: f.emotion,
      });
}

/** Seats by the way a sitter faces on them (degrees about the vertical from +z). */
const SEATS: Record<string, number> = { bench: 0, couch: 0, chair: 90 };
/** How far in front of a seat's middle a sitter's feet are, metres. */
const SEAT_REACH = 0.3;
/** Time it takes to stand up from a seat before going somewhere, seconds. */
const GETTING_UP = 1;

/**
 * Sits bodies on a seat, side by side along it, for as long as they stay: one who later goes
 * somewhere gets up first and sets off from the seat, sideways away from the others (not through
 * the seat's back).
 */
function sitOn(sitters: Entity[], seat: Entity, out: Layout, duration: number): void {
  const yaw = ((seat.rotation[1] + SEATS[seat.archetype]!) * Math.PI) / 180;
  const forward: Vec3 = [Math.sin(yaw), 0, Math.cos(yaw)];
  const along: Vec3 = [forward[2], 0, -forward[0]];
  const [lo, hi] = bounds(seat);
  const length = Math.max(hi[0] - lo[0], hi[2] - lo[2]) * 0.55;
  sitters.forEach((e, k) => {
    const u = sitters.length === 1 ? 0 : (k / (sitters.length - 1) - 0.5) * length;
    const [elo] = bounds(e);
    const y = e.position[1] - elo[1];
    const before = e.position;
    e.position = [
      seat.position[0] + along[0] * u + forward[0] * SEAT_REACH,
      y,
      seat.position[2] + along[2] * u + forward[2] * SEAT_REACH,
    ];
    e.rotation = [0, (yaw * 180) / Math.PI, 0];
    e.body = 'held';
    const leaving = out.actions.find((a) => a.type === 'move' && a.entity === e.id);
    let until = duration;
    if (leaving?.type === 'move') {
      // Up from the seat, then off sideways, away from the middle of the group.
      const side = u >= 0 ? 1 : -1;
      const distance = Math.hypot(leaving.to[0] - before[0], leaving.to[2] - before[2]);
      leaving.at = Math.min(duration - 0.5, leaving.at + GETTING_UP);
      leaving.to = [
        e.position[0] + along[0] * side * distance,
        y,
        e.position[2] + along[2] * side * distance,
      ];
      // A sit stands itself up as it ends, just as the walk begins.
      until = leaving.at;
    }
    out.actions.push({ type: 'perform', entity: e.id, at: 0, duration: Math.max(0.3, until), motion: 'sit' });
  });
}

/** Acts toward something that a body going somewhere does when it gets there, not on the way. */
const ACT_AFTER_GOING = new Set<string>([
  'bark',
  'point',
  'hug',
  'kiss',
  'shake-hands',
  'pick-up',
  'kick',
  'punch',
]);
/** How far ahead of a traveller's stopping point the thing it then acts toward waits, metres. */
const WAIT_AHEAD = 1.8;

/** Puts `thing` ahead of where `traveller` stops (along its way, a little aside), on the ground. */
function waitAhead(thing: Entity, traveller: Entity, end: Vec3): void {
  const dx = end[0] - traveller.position[0];
  const dz = end[2] - traveller.position[2];
  const len = Math.hypot(dx, dz) || 1;
  const [lo] = bounds(thing);
  const lift = thing.position[1] - lo[1];
  thing.position = [end[0] + (dx / len) * WAIT_AHEAD, lift, end[2] + (dz / len) * WAIT_AHEAD - 0.3];
}

/** Seconds between acts of one body in the same step ("waves and smiles"). */
const SAME_STEP_GAP = 0.9;

/** How many acts of the same body come before this one in the same step. */
function sameStepIndex(acts: Act[], k: number): number {
  const act = acts[k]!;
  return acts.slice(0, k).filter((a) => a.subject === act.subject && a.step === act.step).length;
}

/** Turns a body about the vertical toward a point, keeping a quarter of its view on the camera. */
function turnToward(e: Entity, p: Vec3): void {
  const dx = p[0] - e.position[0];
  const dz = p[2] - e.position[2];
  if (Math.hypot(dx, dz) < 1e-3) return;
  const want = (((facingAlong(e, [dx, 0, dz])[1] % 360) + 540) % 360) - 180;
  e.rotation = [e.rotation[0], want * (e.archetype === 'person' ? 0.75 : 1), e.rotation[2]];
}

/**
 * A leap: the body crouches (the rig), then flies on the arc gravity gives it, straight up or onto
 * what it jumps onto, and lands (the simulation and the rig again).
 */
function leap(e: Entity, at: number, onto: Entity | undefined, actions: Action[]): void {
  const crouch = 0.25;
  if (onto) startBeside(e, onto);
  const from = e.position;
  let velocity: Vec3;
  if (onto) {
    const [lo0, hi] = bounds(onto);
    const [lo] = bounds(e);
    const lift = from[1] - lo[1];
    // It lands on the near half of the top, clear of what stands in the middle.
    const side = (k: 0 | 2) => {
      const half = (hi[k] - lo0[k]) / 2;
      const d = from[k] - onto.position[k];
      return onto.position[k] + Math.sign(d) * Math.min(Math.abs(d), half * 0.55);
    };
    const to: Vec3 = [side(0), hi[1] + lift + 0.02, side(2)];
    // Up to a little over where it lands (its body clears the edge), then down onto it.
    const rise = to[1] - from[1];
    const up = Math.sqrt(2 * 9.81 * (Math.max(0, rise) + LEAP_CLEARANCE));
    const flight = (up + Math.sqrt(Math.max(0, up * up - 2 * 9.81 * rise))) / 9.81;
    velocity = ballistic(from, to, Math.max(0.45, flight));
  } else {
    const height = Math.max(0.1, (bounds(e)[1][1] - bounds(e)[0][1]) * JUMP_RISE);
    velocity = [0, Math.sqrt(2 * 9.81 * height), 0];
  }
  if (e.body === 'held') actions.push({ type: 'release', entity: e.id, at: at + crouch });
  actions.push({
    type: 'launch',
    entity: e.id,
    at: at + crouch,
    velocity,
    intent: onto ? `jumps onto ${onto.id}` : 'jumps',
  });
}

/** One who leaps onto a thing starts on the floor beside it, not already on it. */
function startBeside(e: Entity, onto: Entity): void {
  const [lo, hi] = bounds(onto);
  const [elo, ehi] = bounds(e);
  const over = e.position[0] > lo[0] - 0.05 && e.position[0] < hi[0] + 0.05;
  if (!over) return;
  const lift = e.position[1] - elo[1];
  e.position = [lo[0] - (ehi[0] - elo[0]) / 2 - 0.5, lift, onto.position[2]];
}

/** Speed a shove gives a small thing, m/s: enough to slide a cup off a table top. */
const SHOVE_SPEED = 1.9;

/**
 * Sets `thing` going away from `pusher`, mid-way through the push; where the pusher will have
 * leapt to by then (a cat onto the table) is where it pushes from.
 */
function shove(pusher: Entity, thing: Entity, at: number, actions: Action[]): void {
  const landing = actions.find((a) => a.type === 'launch' && a.entity === pusher.id);
  const from = landing?.type === 'launch' ? leapEnd(pusher, landing.velocity) : pusher.position;
  const dx = thing.position[0] - from[0];
  const dz = thing.position[2] - from[2];
  const len = Math.hypot(dx, dz) || 1;
  actions.push({
    type: 'launch',
    entity: thing.id,
    at: at + 0.45,
    velocity: [(dx / len) * SHOVE_SPEED, 0.6, (dz / len) * SHOVE_SPEED],
    intent: `pushed by ${pusher.id}`,
  });
}

/** Where a leap launched at `velocity` from a body's position comes down to its own height again. */
function leapEnd(e: Entity, velocity: Vec3): Vec3 {
  const t = (2 * velocity[1]) / 9.81;
  return [e.position[0] + velocity[0] * t, e.position[1], e.position[2] + velocity[2] * t];
}

/** The plan's character for a person, from what the prompt says of them (the rest follows the seed). */
export function characterOf(look: Look): Character {
  const gender = look.gender ?? 'neutral';
  const age = look.age ?? 'adult';
  return {
    age,
    gender,
    build: look.build ?? 'average',
    ...(look.hair && {
      hair: {
        color: look.hair.color ?? (age === 'elderly' ? '#b9b9b9' : '#3a2a1e'),
        style: look.hair.style ?? (gender === 'female' ? 'long' : age === 'elderly' ? 'short' : 'short'),
      },
    }),
    outfit: look.outfit ?? 'casual',
    ...(look.bottom && { bottom: look.bottom }),
    accessories: [...new Set(look.accessories ?? [])],
  };
}
