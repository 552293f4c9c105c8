/**
 * The vocabulary motions are written in: a motion gets the body, the pose it starts from (walking
 * or standing) and its clock, and returns the pose it wants, plus what the face or hands add.
 * Arms are set by where the upper arm and forearm point (chest frame: +x the body's left, +y up,
 * +z forward), or by where the hand should be; legs by where the ankle should be, so feet meant to
 * stay on the ground do.
 */
import type { Emotion, Mouth } from './types.js';
import type { Body } from './human-body.js';
import type { Prop } from './human-accessories.js';
import { aimAt, limbRoot, reach, side, skeletonOf, type Limb, type Pose } from './skeleton.js';
import {
  add3,
  angleBetween,
  dot,
  lerp,
  mul3,
  normalize,
  place,
  qconj,
  qmul,
  rotate,
  rx,
  ry,
  sub3,
  TAU,
  type Quat,
  type Vec3,
} from './skeleton-math.js';

export interface MotionClock {
  /** Progress 0..1, age (s), and the whole length (s) implied by the two. */
  u: number;
  t: number;
  duration: number;
}

export interface Motion {
  pose: Pose;
  /** Where the ankles should end up, entity-local (legs are re-aimed there after blending). */
  plant?: [Vec3 | null, Vec3 | null];
  prop?: Prop;
  /** The right index finger out (pointing). */
  finger?: boolean;
  face?: {
    expression?: Partial<Record<Emotion, number>>;
    mouth?: Partial<Mouth>;
    tongue?: boolean;
    blink?: number;
  };
  /** Seconds of easing in and out (default 0.25); 0 where a motion starts or ends in another posture. */
  easeIn?: number;
  easeOut?: number;
}

export interface Ctx {
  b: Body;
  base: Pose;
  clock: MotionClock;
  speed: number;
  /** The gait's phase, for motions that keep time with the feet (marching). */
  phase: number;
  airborne: boolean;
}

export const copyPose = (p: Pose): Pose => ({
  ...p,
  arms: [...p.arms],
  legs: [...p.legs],
  hands: [...p.hands],
  feet: [...p.feet],
  toes: [...p.toes],
  shrug: [...p.shrug],
});

/** A sine of frequency f (Hz) at time t in -1..1, and a pulse in 0..1 that starts at 0. */
export const wave = (t: number, f: number, phase = 0): number => Math.sin(TAU * (f * t + phase));
export const pulse = (t: number, f: number, phase = 0): number => 0.5 - 0.5 * Math.cos(TAU * (f * t + phase));

/** An arm set by the directions of its upper arm and its forearm, in the chest frame. */
export function armVia(b: Body, upper: Vec3, fore: Vec3): Limb {
  const e = normalize(upper);
  const f = normalize(fore);
  const dir = normalize(add3(mul3(e, b.upperArm), mul3(f, b.foreArm)));
  // The elbow sits off the shoulder–wrist line on the upper arm's side; straight, it points back.
  const off = sub3(e, mul3(dir, dot(e, dir)));
  const pole = Math.hypot(...off) > 1e-3 ? normalize(off) : normalize(sub3([0, 0, -1], mul3(dir, -dir[2])));
  return { dir, bend: angleBetween(e, f), pole };
}

/** A chest-frame direction written for the left arm, for arm i (the right mirrors x). */
export const mirror = (v: Vec3, i: number): Vec3 => [side(i) * v[0], v[1], v[2]];

/** The same arm pose on both sides, written for the left. */
export const both = (b: Body, upper: Vec3, fore: Vec3): [Limb, Limb] => [
  armVia(b, upper, fore),
  armVia(b, mirror(upper, 1), mirror(fore, 1)),
];

/** The chest's frame and the chest joint, entity-local, in this pose. */
function chestOf(b: Body, pose: Pose): { p: Vec3; q: Quat } {
  const { root, parent } = limbRoot(b, pose, 'arm', 0);
  return {
    p: sub3(root, rotate(parent, [b.shoulderHalf, b.chest - b.shoulderDrop + pose.shrug[0], 0])),
    q: parent,
  };
}

/** A point in front of the body: `x` to the left, `up` above the pelvis joint, `ahead` of the chest (m). */
export function front(b: Body, pose: Pose, x: number, up: number, ahead: number): Vec3 {
  const c = chestOf(b, pose);
  return place(c.p, c.q, [x, up - (b.lumbar + b.spine), b.trunkR[2] + ahead]);
}

/** A point given in the head's frame (from the centre of its ellipsoid, in head radii), entity-local. */
export function headPoint(b: Body, pose: Pose, local: Vec3): Vec3 {
  const sk = skeletonOf(b, pose);
  return place(sk.skull, sk.head.q, [local[0] * b.head[0], local[1] * b.head[1], local[2] * b.head[2]]);
}

/**
 * Arm i reaching so that the middle of its hand is at `target` (entity-local), its elbow toward
 * `pole` (chest frame). The hand's offset from the wrist is measured and corrected once.
 */
export function handTo(b: Body, pose: Pose, i: number, target: Vec3, pole: Vec3): Limb {
  const c = chestOf(b, pose);
  const poleE = rotate(c.q, mirror(pole, i));
  let limb = aimAt(b, pose, 'arm', i, target, poleE);
  const probe = { ...pose, arms: [...pose.arms] as Pose['arms'] };
  probe.arms[i] = limb;
  const w = skeletonOf(b, probe).wrist[i === 1 ? 1 : 0];
  const hand = place(w.p, w.q, [0, -b.hand * 0.36, 0]);
  limb = aimAt(b, pose, 'arm', i, sub3(target, sub3(hand, w.p)), poleE);
  return limb;
}

/** Leg i reaching its ankle to `target` (entity-local), the knee toward `pole` (entity frame). */
export function legAt(b: Body, pose: Pose, i: number, target: Vec3, pole: Vec3 = [0, 0, 1]): Limb {
  const { root, parent } = limbRoot(b, pose, 'leg', i);
  const inv = qconj(parent);
  return reach(rotate(inv, sub3(target, root)), b.thigh, b.shin, rotate(inv, pole));
}

/** Ankles of feet flat on the ground, `wide` hip widths apart, `ahead` forward (left, right). */
export const stance = (b: Body, wide = 1, ahead: [number, number] = [0, 0]): [Vec3, Vec3] =>
  [0, 1].map((i): Vec3 => [side(i) * b.hipHalf * wide, b.ground + b.ankle, ahead[i]!]) as [Vec3, Vec3];

/** The pelvis lowered by `drop` (m) and pushed back, the back leaning forward to balance. */
export function crouch(pose: Pose, b: Body, drop: number, lean = 1): Pose {
  const p = copyPose(pose);
  const k = drop / b.pelvisHeight;
  p.pelvis = [pose.pelvis[0], pose.pelvis[1] - drop, pose.pelvis[2] - drop * 0.45];
  p.pelvisRot = qmul(pose.pelvisRot, rx(k * 1.1 * lean));
  p.spine = qmul(pose.spine, rx(k * 0.3 * lean));
  p.neck = qmul(pose.neck, rx(-k * 0.9 * lean));
  return p;
}

/** The whole pose turned about the vertical through the pelvis (a pirouette). */
export function turned(p: Pose, yaw: number, plant: [Vec3, Vec3]): { pose: Pose; plant: [Vec3, Vec3] } {
  const q = ry(yaw);
  const about: Vec3 = [p.pelvis[0], 0, p.pelvis[2]];
  const spin = (v: Vec3): Vec3 => add3(about, rotate(q, sub3(v, about)));
  const pose = copyPose(p);
  pose.pelvis = spin(p.pelvis);
  pose.pelvisRot = qmul(q, p.pelvisRot);
  pose.feet = [qmul(q, p.feet[0]), qmul(q, p.feet[1])];
  return { pose, plant: [spin(plant[0]), spin(plant[1])] };
}

/** Key poses over a progress value: eases from each to the next between their times. */
export function keyed<T>(u: number, keys: [number, T][], mix: (a: T, b: T, t: number) => T): T {
  if (u <= keys[0]![0]) return keys[0]![1];
  for (let k = 1; k < keys.length; k++) {
    const [t1, v1] = keys[k]!;
    const [t0, v0] = keys[k - 1]!;
    if (u <= t1) {
      const x = (u - t0) / Math.max(1e-6, t1 - t0);
      return mix(v0, v1, x * x * (3 - 2 * x));
    }
  }
  return keys[keys.length - 1]![1];
}

/** A number blend for key values. */
export const mixN = (a: number, b: number, t: number): number => lerp(a, b, t);

export type MotionFn = (c: Ctx) => Motion;
export type Plant = [Vec3, Vec3];

export const H = (c: Ctx): number => c.b.height;
/** Arms out and down at the sides, elbows soft. */
export const down = (c: Ctx, i: number): Limb =>
  armVia(c.b, mirror([0.12, -1, 0.05], i), mirror([0.06, -1, 0.2], i));
/** Elbows down and out: the usual for hands in front of the body. */
export const OUT: Vec3 = [0.8, -0.6, -0.2];

/** The base pose with some changes: the legs keep walking or standing. */
export function upper(c: Ctx, edit: (p: Pose) => void, extra: Omit<Motion, 'pose'> = {}): Motion {
  const pose = copyPose(c.base);
  edit(pose);
  return { pose, ...extra };
}

/** Both hands to targets (entity-local), elbows toward `pole` (chest frame, written for the left). */
export function armsAt(c: Ctx, p: Pose, targets: [Vec3, Vec3], pole: Vec3 = OUT): void {
  p.arms = [handTo(c.b, p, 0, targets[0], pole), handTo(c.b, p, 1, targets[1], pole)];
}

/** Legs aimed at the plant, knees toward `pole` (entity frame, written for the left). */
export function legsTo(c: Ctx, p: Pose, plant: Plant, pole: Vec3 = [0, 0, 1]): void {
  p.legs = [legAt(c.b, p, 0, plant[0], mirror(pole, 0)), legAt(c.b, p, 1, plant[1], mirror(pole, 1))];
}

/** The pose standing on the plant. */
export function planted(c: Ctx, p: Pose, plant: Plant): Motion {
  legsTo(c, p, plant);
  return { pose: p, plant };
}
