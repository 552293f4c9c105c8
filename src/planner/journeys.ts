/**
 * Journeys: things that go somewhere under their own power. A traveller's path at its gait's pace
 * and course; riders carried by their mounts; pursuit; a kite flown on its line; a ball thrown to
 * someone. Called by layout.ts for the movers whose verb is one of these.
 */
import type { Entity, Vec3 } from '../plan/schema.js';
import { archetypeOf, boundsOf as bounds } from '../world/index.js';
import { add, normalize, scale, sub } from '../math/vec.js';
import { THROW_RELEASE } from '../world/rigs/biped.js';
import { gaitSpeed } from './lexicon.js';
import type { Layout } from './layout.js';
import type { Clause, Mention } from './parse.js';

const GRAVITY = 9.81;

/** What a mover is placed against: the layout so far and the stage it happens on. */
export interface SetUp {
  out: Layout;
  ids: Map<Mention, string[]>;
  /** A named point of the stage, in the world (or the fallback when there is no stage). */
  anchor: (name: string, fallback: Vec3) => Vec3;
  /** Height of the surface things stand on: the table top, or the ground. */
  surfaceY: number;
  stage: Entity | undefined;
  /** The clip's length, seconds. */
  duration: number;
}

/** Verbs of going through the air: the thing goes at a height, not along the ground. */
const AIRBORNE = /^(fl(y|ies|ew|ying|own)|soar|flutter)/;
/** When a thrown thing leaves the hand, and how long the throwing arm's swing takes, seconds. */
const THROW_AT = 0.8;
const THROW_SWING = 1;

/** Seconds a thrown thing is in the air: an easy underarm lob. */
const THROW_FLIGHT = 0.9;

/**
 * "A girl throws a ball to a dog": the thrower stands a few metres from the one it throws to, the
 * two face each other, and the ball leaves the thrower's hand on an arc that ends at the catcher.
 */
export function throwTo(thrower: Entity, ball: Entity, catcher: Entity, size: Vec3, setUp: SetUp): void {
  const { out, surfaceY } = setUp;
  unplace(ball, out);
  const base = archetypeOf(thrower).origin === 'base' ? 0 : size[1] / 2;
  thrower.position = [catcher.position[0] - 4, surfaceY + base, catcher.position[2]];
  thrower.rotation = facingAlong(thrower, [1, 0, 0]);
  catcher.rotation = facingAlong(catcher, [-1, 0, 0]);
  const floor = thrower.position[1] - base;
  const hand: Vec3 = [thrower.position[0] + size[0] / 2 + 0.1, floor + size[1] * 0.72, thrower.position[2]];
  const [lo, hi] = bounds(catcher);
  const aim: Vec3 = [lo[0], lo[1] + (hi[1] - lo[1]) * 0.75, catcher.position[2]];
  ball.position = hand;
  ball.body = 'held';
  const at = THROW_AT;
  // Held in the hand until it is thrown (where the hand really is, the simulation finds).
  if (archetypeOf(thrower).rig) out.actions.push({ type: 'carry', entity: ball.id, by: thrower.id, at: 0 });
  // A body with limbs swings its arm: the ball leaves the hand at the swing's moment of release.
  if (archetypeOf(thrower).rig)
    out.actions.push({
      type: 'perform',
      entity: thrower.id,
      at: at - THROW_RELEASE * THROW_SWING,
      duration: THROW_SWING,
      motion: 'throw',
      target: catcher.id,
    });
  out.actions.push(
    { type: 'release', entity: ball.id, at },
    {
      type: 'launch',
      entity: ball.id,
      at,
      velocity: ballistic(hand, aim, THROW_FLIGHT),
      intent: `thrown to ${catcher.id}`,
    },
  );
  out.focus.push(...bounds(thrower), ...bounds(catcher), hand);
}

/** Verbs of riding: the ridden thing goes, the rider on it. */
const RIDING = /^(rid(e|es|ing)|rode)$/;

/** The rotation (a yaw about +y) that turns a thing's front onto a direction on the ground. */
export function facingAlong(e: Entity, direction: Vec3): Vec3 {
  const facing = archetypeOf(e).facing ?? [1, 0, 0];
  const turn = Math.atan2(facing[2], facing[0]) - Math.atan2(direction[2], direction[0]);
  return [0, (turn * 180) / Math.PI, 0];
}

/** Verbs of pursuit: the pursued runs ahead, the pursuer gains on it. */
const CHASING = /^(chas(e|es|ed|ing)|pursu(e|es|ed|ing))$/;

/** A thing set out as something to go to, taken out of the opening picture's focus before it moves. */
function unplace(e: Entity, out: Layout): void {
  const stood = bounds(e).map((p) => p.join());
  out.focus = out.focus.filter((p) => !stood.includes(p.join()));
}

/**
 * "The dog chases the cat": both run the same course, the cat ahead and a little slower, so the
 * dog closes most of the gap by the end.
 */
function chase(chaser: Entity, k: number, clause: Clause, size: Vec3, quarry: Entity, setUp: SetUp): void {
  unplace(quarry, setUp.out);
  placeTraveller(chaser, k, { ...clause, object: undefined }, size, setUp);
  const run = setUp.out.actions.at(-1)!;
  if (run.type !== 'move') return;
  const way = normalize(sub(run.to, chaser.position));
  const quarrySize = scale(archetypeOf(quarry).size, quarry.scale);
  const gap = (size[0] + quarrySize[0]) / 2 + 1.8;
  const y = quarry.position[1];
  const from = add(chaser.position, scale(way, gap));
  quarry.position = [from[0], y, from[2]];
  quarry.rotation = facingAlong(quarry, way);
  quarry.body = 'held';
  const to = add(run.to, scale(way, gap * 0.35));
  setUp.out.actions.push({ ...run, entity: quarry.id, to: [to[0], y, to[2]] });
  setUp.out.focus.push(...bounds(quarry));
}

/**
 * "A person is flying a kite": the kite flies its course; the one flying it stands below, at the
 * start of the course, watching it go.
 */
function flyThing(flier: Entity, clause: Clause, size: Vec3, thing: Entity, setUp: SetUp): void {
  unplace(thing, setUp.out);
  const base = archetypeOf(flier).origin === 'base' ? 0 : size[1] / 2;
  flier.position = [-1, setUp.surfaceY + base, 0.6];
  // On a line: up and away from the one flying it, drifting a few metres over the clip.
  thing.position = [0, setUp.surfaceY + size[1] * 1.2, 0];
  thing.body = 'held';
  const to: Vec3 = [2.5 * (clause.course?.pace ?? 1), thing.position[1] + 1.2, -0.5];
  const at = 0.2;
  setUp.out.actions.push({
    type: 'move',
    entity: thing.id,
    at,
    duration: Math.max(0.5, setUp.duration - at - 0.2),
    to,
    easing: 'ease-in-out',
  });
  setUp.out.focus.push(...bounds(flier), ...bounds(thing), ...bounds(thing, to));
}

/** A rider on what it rides ("a girl rides a horse"): the mount goes its course, the rider with it. */
function ride(rider: Entity, k: number, clause: Clause, mount: Entity, setUp: SetUp): void {
  const mountSize = scale(archetypeOf(mount).size, mount.scale);
  unplace(mount, setUp.out);
  placeTraveller(mount, k, { ...clause, object: undefined }, mountSize, setUp);
  const move = setUp.out.actions.at(-1)!;
  if (move.type !== 'move') return;
  // Astride: the rider's feet a little over halfway up the mount, legs either side of it.
  const riderSize = scale(archetypeOf(rider).size, rider.scale);
  const mountBase = mount.position[1] - (archetypeOf(mount).origin === 'base' ? 0 : mountSize[1] / 2);
  const seat =
    mountBase + 0.55 * mountSize[1] + (archetypeOf(rider).origin === 'base' ? 0 : riderSize[1] / 2);
  const lift = seat - mount.position[1];
  rider.position = add(mount.position, [0, lift, 0]);
  // Carried, not balanced: neither falls or pushes the other off before they set out.
  rider.body = 'held';
  mount.body = 'held';
  rider.rotation = facingAlong(rider, normalize(sub(move.to, mount.position)));
  setUp.out.actions.push({ ...move, entity: rider.id, to: add(move.to, [0, lift, 0]) });
}

/** Time a thing going somewhere takes to set off, seconds. */
const SET_OFF = 0.2;

/**
 * A thing going somewhere: along its course at its gait's pace ("runs slowly from right to left"),
 * or to what it heads for ("walks toward the table"), facing the way it goes. It is carried along
 * the path (kinematic: it pushes what is in its way and stops where it arrives), at a height if it
 * flies; with nowhere to arrive, the camera goes with it.
 */
export function placeTraveller(
  e: Entity,
  k: number,
  clause: Clause,
  size: Vec3,
  setUp: SetUp,
  goal?: Entity,
): void {
  const { out, surfaceY, duration } = setUp;
  const a = archetypeOf(e);
  if (goal && RIDING.test(clause.verb) && goal.body !== 'static') return ride(e, k, clause, goal, setUp);
  if (goal && CHASING.test(clause.verb) && goal.body !== 'static')
    return chase(e, k, clause, size, goal, setUp);
  if (goal && AIRBORNE.test(clause.verb) && goal.body !== 'static')
    return flyThing(e, clause, size, goal, setUp);
  const speed = (gaitSpeed(clause.verb) ?? 1.5) * (clause.course?.pace ?? 1);
  const time = Math.max(0.5, Math.min(4, duration - SET_OFF - 0.3));
  const length = speed * time;
  const y =
    (a.origin === 'base' ? surfaceY : surfaceY + size[1] / 2 + 0.005) +
    (AIRBORNE.test(clause.verb) ? 1.4 : 0);
  const toward = goal && sub(goal.position, [0, goal.position[1], 0]);
  const direction: Vec3 =
    clause.course?.direction ??
    (toward && Math.hypot(toward[0], toward[2]) > 0.01 ? normalize([toward[0], 0, toward[2]]) : [1, 0, 0]);
  // Side by side when several go together, a little behind one another.
  const side: Vec3 = [-direction[2], 0, direction[0]];
  const offset = add(scale(side, k * size[2] * 1.6), scale(direction, -k * size[0] * 0.8));
  let end: Vec3;
  if (goal) {
    const [lo, hi] = bounds(goal);
    const reach = Math.max(hi[0] - lo[0], hi[2] - lo[2]) / 2 + size[0] / 2 + 0.1;
    end = sub([goal.position[0], y, goal.position[2]], scale(direction, reach));
  } else {
    // Across the picture it passes the middle; toward or away from the camera it starts there
    // (in front of any back wall) and the camera goes with it.
    const across = Math.abs(direction[0]) >= Math.abs(direction[2]);
    end = scale(direction, across ? length / 2 : length);
    out.travels = true;
  }
  const start = sub(end, scale(direction, goal ? Math.min(length, 6) : length));
  e.position = add([start[0], y, start[2]], offset);
  // Carried along its path, it does not slide on once it arrives or topple before it sets out.
  e.body = 'held';
  out.focus.push(...bounds(e));
  e.rotation = facingAlong(e, direction);
  out.actions.push({
    type: 'move',
    entity: e.id,
    at: SET_OFF,
    duration: goal ? Math.min(time, Math.min(length, 6) / speed) : time,
    to: add([end[0], y, end[2]], offset),
    easing: 'linear',
  });
}

/** The launch velocity that carries a body from `from` to `to` in `t` seconds under gravity. */
export function ballistic(from: Vec3, to: Vec3, t: number): Vec3 {
  const d = sub(to, from);
  return [d[0] / t, d[1] / t + 0.5 * GRAVITY * t, d[2] / t];
}
