/**
 * What every animal rig shares. A rigged figure lists its shapes grouped by the bone that carries
 * them (the figure's own static parts are the rest pose, unchanged); each frame a rig places its
 * bones (joints), and every rest part is carried rigidly by its bone. Legs are two bones solved for
 * where the foot must be; a foot's path through a gait cycle is shared by all legged rigs.
 */
import type { Entity, Vec3 } from '../../plan/schema.js';
import {
  add,
  axisAngle,
  eulerToQuat,
  IDENTITY,
  multiplyQuat,
  rotate,
  sub,
  type Quat,
} from '../../math/vec.js';
import type { Shape } from '../archetypes/figures.js';
import type { BodyState, MotionKind } from './types.js';
import type { Part } from '../types.js';

const DEG = Math.PI / 180;
export const GRAVITY = 9.81;

// ---- Rotations ----

export const turnX = (degrees: number): Quat => axisAngle([1, 0, 0], degrees * DEG);
export const turnY = (degrees: number): Quat => axisAngle([0, 1, 0], degrees * DEG);
export const turnZ = (degrees: number): Quat => axisAngle([0, 0, 1], degrees * DEG);
/** Rotations applied right to left: then(a, b) turns by b first, then by a. */
export const then = (...qs: Quat[]): Quat => qs.reduce((acc, q) => multiplyQuat(acc, q), IDENTITY);

/** Euler degrees [X, Y, Z] of a rotation, in the plan's order (eulerToQuat's inverse). */
export function toEuler(q: Quat): Vec3 {
  const [x, y, z, w] = q;
  const m12 = 2 * (y * z - x * w);
  const pitch = Math.asin(Math.max(-1, Math.min(1, -m12)));
  if (Math.abs(m12) > 0.999999) {
    const yaw = Math.atan2(-2 * (x * z - y * w), 1 - 2 * (y * y + z * z));
    return [pitch / DEG, yaw / DEG, 0];
  }
  const yaw = Math.atan2(2 * (x * z + y * w), 1 - 2 * (x * x + y * y));
  const roll = Math.atan2(2 * (x * y + z * w), 1 - 2 * (x * x + z * z));
  return [pitch / DEG, yaw / DEG, roll / DEG];
}

// ---- Joints: where a bone is now relative to its rest pose ----

export interface Joint {
  /** A point of the bone at rest... */
  pivot: Vec3;
  /** ...where that point is now, */
  at: Vec3;
  /** ...and how the bone has turned about it since rest. */
  q: Quat;
  /** Eyes only: how far shut (squashes them to a slit). */
  shut?: number;
}

export const atRest = (pivot: Vec3): Joint => ({ pivot, at: pivot, q: IDENTITY });

/** Where a rest point of the bone is now. */
export const place = (j: Joint, p: Vec3): Vec3 => add(j.at, rotate(j.q, sub(p, j.pivot)));

/** A bone hinged to `parent` at rest point `pivot`, turned further by `turn` (in the parent's frame). */
export const hinged = (parent: Joint, pivot: Vec3, turn: Quat = IDENTITY): Joint => ({
  pivot,
  at: place(parent, pivot),
  q: multiplyQuat(parent.q, turn),
});

/** A joint moved as a whole by `outer` (a body rolling over carries all its bones). */
export const within = (outer: Joint, j: Joint): Joint => ({
  ...j,
  at: place(outer, j.at),
  q: multiplyQuat(outer.q, j.q),
});

export const shifted = (j: Joint, by: Vec3): Joint => ({ ...j, at: add(j.at, by) });

/** A rest part where its bone has taken it. */
export function carry(part: Part, j: Joint): Part {
  const rotation = toEuler(multiplyQuat(j.q, eulerToQuat(part.rotation ?? [0, 0, 0])));
  const center = place(j, part.center);
  if (j.shut && part.kind === 'sphere') {
    const r = part.radius;
    return { ...part, kind: 'ellipsoid', center, rotation, radii: [r, r * Math.max(0.12, 1 - j.shut), r] };
  }
  return { ...part, center, rotation };
}

// ---- Figures whose shapes are grouped by bone ----

export interface Boned<B extends string> {
  shapes: Shape[];
  /** The bone of each shape, in order. */
  bones: B[];
}

/** Shapes grouped by bone, flattened in the groups' order (the figure's parts come out in this order). */
export function boned<B extends string>(groups: Partial<Record<B, Shape[]>>): Boned<B> {
  const shapes: Shape[] = [];
  const bones: B[] = [];
  for (const [bone, list] of Object.entries(groups) as [B, Shape[]][])
    for (const shape of list) {
      shapes.push(shape);
      bones.push(bone);
    }
  return { shapes, bones };
}

/** A figure's rest pose as its rig gets it: the parts, each part's bone, and the figure's box and density. */
export interface RestBody<B extends string> {
  parts(e: Entity): Part[];
  bones: readonly B[];
  size: Vec3;
  density: number;
  /** How far the rig's plan is moved in y to the figure's frame (a creature drawn up from the ground is centred on its box). */
  down: number;
}

/** A point of a rig's plan (scale 1) in the entity's frame. */
export const toEntity = (rest: RestBody<string>, p: Vec3, scale: number): Vec3 => [
  p[0] * scale,
  (p[1] + rest.down) * scale,
  p[2] * scale,
];

/** The figure's rest parts, each carried where its bone's joint (in the plan's frame) has taken it. */
export function poseParts<B extends string>(rest: RestBody<B>, e: Entity, joints: Record<B, Joint>): Part[] {
  const inEntity = new Map<B, Joint>();
  return rest.parts(e).map((part, i) => {
    const bone = rest.bones[i]!;
    let j = inEntity.get(bone);
    if (!j) {
      const own = joints[bone];
      j = { ...own, pivot: toEntity(rest, own.pivot, e.scale), at: toEntity(rest, own.at, e.scale) };
      inEntity.set(bone, j);
    }
    return carry(part, j);
  });
}

// ---- Legs ----

/** A leg at rest: hip (hidden in the body), knee, and the sole, at scale 1, all at one z. */
export interface Leg {
  hip: Vec3;
  knee: Vec3;
  foot: Vec3;
  /** +1: the knee bends forward (+x, a foreleg's wrist), −1: backward (a hock, a bird's ankle). */
  bend: 1 | -1;
}

const upperOf = (leg: Leg): number => Math.hypot(leg.knee[0] - leg.hip[0], leg.knee[1] - leg.hip[1]);
const lowerOf = (leg: Leg): number => Math.hypot(leg.foot[0] - leg.knee[0], leg.foot[1] - leg.knee[1]);

/**
 * Joints of a leg whose hip is now at `hip`, reaching for `foot` (both in the leg's plane): the
 * knee from the two bones' lengths, on the leg's bending side. A foot out of reach is reached for
 * along the line to it; `sole` is where the foot really is.
 */
export function solveLeg(leg: Leg, hip: Vec3, foot: Vec3): { upper: Joint; lower: Joint; sole: Vec3 } {
  const a = upperOf(leg);
  const b = lowerOf(leg);
  const dx = foot[0] - hip[0];
  const dy = foot[1] - hip[1];
  const d = Math.min(Math.max(Math.hypot(dx, dy), Math.abs(a - b) + 1e-6, 1e-6), a + b);
  const toward = Math.atan2(dy, dx);
  const cosHip = (a * a + d * d - b * b) / (2 * a * d);
  // Turning the hip-to-foot line counter-clockwise (seen from +z) swings a downward knee forward.
  const hipAngle = toward + leg.bend * Math.acos(Math.max(-1, Math.min(1, cosHip)));
  const knee: Vec3 = [hip[0] + a * Math.cos(hipAngle), hip[1] + a * Math.sin(hipAngle), hip[2]];
  const sole: Vec3 = [hip[0] + d * Math.cos(toward), hip[1] + d * Math.sin(toward), hip[2]];
  const angle = (from: Vec3, to: Vec3) => Math.atan2(to[1] - from[1], to[0] - from[0]);
  return {
    upper: { pivot: leg.hip, at: hip, q: turnZ((angle(hip, knee) - angle(leg.hip, leg.knee)) / DEG) },
    lower: { pivot: leg.knee, at: knee, q: turnZ((angle(knee, sole) - angle(leg.knee, leg.foot)) / DEG) },
    sole,
  };
}

// ---- Gait ----

/**
 * Relative stride of a legged animal from its dynamic similarity (Alexander 1976): stride ≈
 * 2.3 h (v² / g h)^0.3 for hip height h, whatever the species. Never shorter than a third of h, so
 * the phase stays finite as the speed falls to nothing.
 */
export const strideOf = (hipHeight: number, speed: number): number =>
  Math.max(hipHeight / 3, 2.3 * hipHeight * Math.pow((speed * speed) / (GRAVITY * hipHeight), 0.3));

/** The Froude number v² / g h: walk below ~0.4, trot to ~2.5, gallop above, in every animal. */
export const froude = (hipHeight: number, speed: number): number => (speed * speed) / (GRAVITY * hipHeight);

/** Share of a cycle a foot is planted: ~0.7 at a slow walk, ~0.45 trotting, ~0.25 at full gallop. */
export const dutyOf = (fr: number): number => 0.22 + 0.5 / (1 + Math.pow(fr / 1.2, 1.2));

/**
 * Where a foot is relative to its standing place at gait `phase`, for a foot landing at `landing`:
 * planted for `duty` of the cycle, sliding back at exactly the ground speed (stride per cycle), then
 * lifted and swung forward to land again as far ahead of its place as it left behind it.
 */
export function footPath(
  phase: number,
  landing: number,
  duty: number,
  stride: number,
  lift: number,
): [number, number] {
  const u = (((phase - landing) % 1) + 1) % 1;
  const reach = (stride * duty) / 2;
  if (u < duty) return [reach - u * stride, 0];
  const w = (u - duty) / (1 - duty);
  return [-reach + 2 * reach * w * w * (3 - 2 * w), lift * Math.sin(Math.PI * w)];
}

/**
 * How high (y) the hips of some legs can ride with their feet moved by `feet` from where they stand:
 * no leg stretches past `give` of its full length, and a lifted foot lets its hip rise.
 */
export function hipRoom(legs: readonly Leg[], feet: readonly [number, number][], give: number): number {
  let y = Infinity;
  legs.forEach((leg, i) => {
    const [dx, dy] = feet[i]!;
    const reach = (upperOf(leg) + lowerOf(leg)) * give;
    const across = leg.foot[0] + dx - leg.hip[0];
    y = Math.min(y, leg.foot[1] + dy + Math.sqrt(Math.max(0, reach * reach - across * across)));
  });
  return y;
}

// ---- Time ----

export const smooth = (x: number): number => (x <= 0 ? 0 : x >= 1 ? 1 : x * x * (3 - 2 * x));
export const wave = (hz: number, t: number, offset = 0): number => Math.sin(2 * Math.PI * (hz * t + offset));
export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** A motion's weight: eased in over its first `ease` seconds and out over its last. */
function motionWeight(m: NonNullable<BodyState['motion']>, ease = 0.3): number {
  const duration = m.u > 1e-6 ? m.t / m.u : Infinity;
  return smooth(Math.min(m.t, duration - m.t) / ease);
}

/** A motion a rig knows, with its progress u, its age t (s) and its eased weight w. */
export interface ActiveMotion<K extends MotionKind = MotionKind> {
  kind: K;
  u: number;
  t: number;
  w: number;
}

/** What animals can do besides going somewhere; other motions are read as the nearest of these or not at all. */
export const ANIMAL_MOTIONS = [
  'sit',
  'lie',
  'jump',
  'bark',
  'eat-grass',
  'fall',
  'shake-head',
  'look-up',
  'look-around',
  'dance',
] as const satisfies readonly MotionKind[];

/** Motions of people that an animal does its own way. */
export const ANIMAL_ALIASES: Partial<Record<MotionKind, (typeof ANIMAL_MOTIONS)[number]>> = {
  squat: 'sit',
  kneel: 'lie',
  eat: 'eat-grass',
  drink: 'eat-grass',
};

/** The motion a body is performing, if it is one of `kinds` (after `aliases` map near ones onto them). */
export function motionOf<K extends MotionKind>(
  s: BodyState,
  kinds: readonly K[],
  aliases: Partial<Record<MotionKind, K>> = {},
): ActiveMotion<K> | null {
  const m = s.motion;
  if (!m) return null;
  const kind = (kinds as readonly MotionKind[]).includes(m.kind) ? (m.kind as K) : aliases[m.kind];
  return kind ? { kind, u: m.u, t: m.t, w: motionWeight(m) } : null;
}

/** A value in [0, 1) that changes every `period` seconds and is the same for the same entity and time. */
export function hashed(e: Entity, t: number, period: number, salt: number): number {
  let h = (Math.floor(t / period) * 374761393 + salt * 668265263) | 0;
  for (let i = 0; i < e.id.length; i++) h = Math.imul(h ^ e.id.charCodeAt(i), 2246822519);
  h = Math.imul(h ^ (h >>> 15), 3266489917);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/**
 * A quick flick now and then (an ear, a tail): 0 most of the time, rising to 1 and back over
 * `length` seconds, in about one `period` out of three.
 */
export function flick(e: Entity, t: number, period: number, length: number, salt: number): number {
  const slot = hashed(e, t, period, salt);
  if (slot > 0.35) return 0;
  const start = (slot / 0.35) * (period - length);
  const x = (t % period) - start;
  return x > 0 && x < length ? Math.sin((Math.PI * x) / length) : 0;
}

/** How deep a jump's crouch is at progress u: down, a spring up at 0.35..0.45, nothing in the air. */
export const jumpCrouch = (u: number): number =>
  u < 0.35 ? smooth(u / 0.35) : u < 0.45 ? 1 - smooth((u - 0.35) / 0.1) : 0;

/** How far over (0..1) a falling body is at progress u: it topples as gravity takes it, lies, gets up. */
export const toppled = (u: number): number =>
  u < 0.6 ? (u / 0.6) ** 2 : u < 0.85 ? 1 : 1 - smooth((u - 0.85) / 0.15);

/** A whole body's joints and soles rolled `degrees` about the x axis through `pivot` (fallen on its side). */
export function rolledOver<B extends string>(
  joints: Record<B, Joint>,
  soles: Vec3[],
  pivot: Vec3,
  degrees: number,
): { joints: Record<B, Joint>; soles: Vec3[] } {
  const over: Joint = { ...atRest(pivot), q: turnX(degrees) };
  const rolled = { ...joints };
  for (const k of Object.keys(joints) as B[]) rolled[k] = within(over, joints[k]);
  return { joints: rolled, soles: soles.map((sole) => place(over, sole)) };
}

/** Rough mass of an animal, kg: its body fills about a seventh of its box (sets breathing, wingbeats). */
export const massOf = (size: Vec3, scale: number, density: number): number =>
  size[0] * size[1] * size[2] * scale ** 3 * density * 0.15;

/** Breaths per second at rest by mass: a mouse pants, an elephant heaves slowly (~M^-1/4). */
export const breathHz = (mass: number): number =>
  clamp(0.9 * Math.pow(Math.max(mass, 0.01), -0.26), 0.08, 1.5);
