/**
 * A person's skeleton and its forward kinematics. A Pose says how the joints are turned: the pelvis
 * in the entity frame, the spine, chest, neck and head each relative to the bone below, and each
 * limb as the direction from its root to its end (wrist, ankle), how much its middle joint (elbow,
 * knee) bends and where that joint points. Limbs written that way blend well (a hand swings round,
 * it does not cut through the body) and can be aimed at a point (a foot on the ground, a hand at
 * the mouth). Side 0 is the left (+x, the body faces +z), side 1 the right.
 */
import type { Body } from './human-body.js';
import {
  add3,
  boneFrame,
  clamp,
  ID,
  len3,
  lerp,
  lerp3,
  mul3,
  normalize,
  place,
  qconj,
  qmul,
  rotate,
  slerp,
  slerpDir,
  sub3,
  dot,
  type Quat,
  type Vec3,
} from './skeleton-math.js';

export interface Limb {
  /** Unit direction from the limb's root to its end, in the parent frame (chest for arms, pelvis for legs). */
  dir: Vec3;
  /** Bend of the middle joint, radians: 0 straight. */
  bend: number;
  /** Where the middle joint points (parent frame): knees forward, elbows back. */
  pole: Vec3;
}

export interface Pose {
  /** The pelvis joint, entity-local, and its rotation in the entity frame. */
  pelvis: Vec3;
  pelvisRot: Quat;
  /** Each relative to the bone below. */
  spine: Quat;
  chest: Quat;
  neck: Quat;
  head: Quat;
  arms: [Limb, Limb];
  legs: [Limb, Limb];
  /** Wrists, relative to the forearm. */
  hands: [Quat, Quat];
  /** Feet, in the entity frame (a planted foot stays flat whatever the leg does). */
  feet: [Quat, Quat];
  /** Toes bent up against the foot (radians): a heel lifted off a planted foot keeps its toes flat. */
  toes: [number, number];
  /** Shoulders raised (m): arms lifted high, a shrug, a shiver. */
  shrug: [number, number];
}

export interface Joint {
  p: Vec3;
  /** The frame of the bone that starts here: it hangs along its own -y, its front is +z. */
  q: Quat;
}

export interface Skeleton {
  pelvis: Joint;
  spine: Joint;
  chest: Joint;
  neck: Joint;
  head: Joint;
  /** Centre of the head's ellipsoid (its frame is head.q). */
  skull: Vec3;
  shoulder: [Joint, Joint];
  elbow: [Joint, Joint];
  wrist: [Joint, Joint];
  hip: [Joint, Joint];
  knee: [Joint, Joint];
  ankle: [Joint, Joint];
  /** The ball of each foot on the sole: what stays put while a foot is planted. */
  ball: [Vec3, Vec3];
}

export const side = (i: number): number => (i === 0 ? 1 : -1);

/** Standing at rest: arms hang a little out from the body, feet under the hips. */
export function restPose(b: Body): Pose {
  const arm = (i: number): Limb => ({
    dir: normalize([side(i) * 0.12, -1, 0.02]),
    bend: 0.18,
    pole: [side(i) * 0.3, 0, -1],
  });
  const leg = (i: number): Limb => ({ dir: normalize([side(i) * 0.01, -1, 0]), bend: 0.02, pole: [0, 0, 1] });
  return {
    pelvis: [0, b.ground + b.pelvisHeight, 0],
    pelvisRot: ID,
    spine: ID,
    chest: ID,
    neck: ID,
    head: ID,
    arms: [arm(0), arm(1)],
    legs: [leg(0), leg(1)],
    hands: [ID, ID],
    feet: [ID, ID],
    toes: [0, 0],
    shrug: [0, 0],
  };
}

export function blendLimb(a: Limb, b: Limb, t: number): Limb {
  return {
    dir: slerpDir(normalize(a.dir), normalize(b.dir), t),
    bend: lerp(a.bend, b.bend, t),
    pole: normalize(lerp3(a.pole, b.pole, t)),
  };
}

export function blendPose(a: Pose, b: Pose, t: number): Pose {
  if (t <= 0) return a;
  if (t >= 1) return b;
  const pair = <T>(x: [T, T], y: [T, T], f: (p: T, q: T, t: number) => T): [T, T] => [
    f(x[0], y[0], t),
    f(x[1], y[1], t),
  ];
  return {
    pelvis: lerp3(a.pelvis, b.pelvis, t),
    pelvisRot: slerp(a.pelvisRot, b.pelvisRot, t),
    spine: slerp(a.spine, b.spine, t),
    chest: slerp(a.chest, b.chest, t),
    neck: slerp(a.neck, b.neck, t),
    head: slerp(a.head, b.head, t),
    arms: pair(a.arms, b.arms, blendLimb),
    legs: pair(a.legs, b.legs, blendLimb),
    hands: pair(a.hands, b.hands, slerp),
    feet: pair(a.feet, b.feet, slerp),
    toes: pair(a.toes, b.toes, lerp),
    shrug: pair(a.shrug, b.shrug, lerp),
  };
}

/** A limb that ends at `target` (given relative to its root, in the parent frame). */
export function reach(target: Vec3, a: number, b: number, pole: Vec3): Limb {
  const r = clamp(len3(target), Math.abs(a - b) + 1e-4, (a + b) * 0.9999);
  const inner = Math.acos(clamp((a * a + b * b - r * r) / (2 * a * b), -1, 1));
  return { dir: normalize(target), bend: Math.PI - inner, pole };
}

function solveLimb(
  root: Vec3,
  parent: Quat,
  l: Limb,
  a: number,
  b: number,
  bendsBack: boolean,
): { mid: Vec3; end: Vec3; upper: Quat; lower: Quat } {
  const d = rotate(parent, normalize(l.dir));
  const r = Math.sqrt(Math.max(1e-8, a * a + b * b + 2 * a * b * Math.cos(l.bend)));
  const cosA = clamp((a * a + r * r - b * b) / (2 * a * r), -1, 1);
  const sinA = Math.sqrt(1 - cosA * cosA);
  let pole = rotate(parent, l.pole);
  pole = sub3(pole, mul3(d, dot(pole, d)));
  if (len3(pole) < 1e-6) pole = rotate(parent, bendsBack ? [0, 0, -1] : [0, 0, 1]);
  pole = normalize(sub3(pole, mul3(d, dot(pole, d))));
  const mid = add3(root, add3(mul3(d, a * cosA), mul3(pole, a * sinA)));
  const end = add3(root, mul3(d, r));
  // An elbow points back while the forearm's front faces forward; a knee points the way the shin faces.
  const front = bendsBack ? mul3(pole, -1) : pole;
  return { mid, end, upper: boneFrame(sub3(mid, root), front), lower: boneFrame(sub3(end, mid), front) };
}

export function skeletonOf(b: Body, pose: Pose): Skeleton {
  const pelvis: Joint = { p: pose.pelvis, q: pose.pelvisRot };
  const spineQ = qmul(pelvis.q, pose.spine);
  const spine: Joint = { p: place(pelvis.p, pelvis.q, [0, b.lumbar, 0]), q: spineQ };
  const chestQ = qmul(spineQ, pose.chest);
  const chest: Joint = { p: place(spine.p, spineQ, [0, b.spine, 0]), q: chestQ };
  const neckQ = qmul(chestQ, pose.neck);
  const neck: Joint = { p: place(chest.p, chestQ, [0, b.chest, 0]), q: neckQ };
  const headQ = qmul(neckQ, pose.head);
  const head: Joint = { p: place(neck.p, neckQ, [0, b.neck, 0]), q: headQ };
  const skull = place(head.p, headQ, [0, b.headUp, b.headFwd]);
  const arm = (i: number) => {
    const s = side(i);
    const root = place(chest.p, chestQ, [s * b.shoulderHalf, b.chest - b.shoulderDrop + pose.shrug[i]!, 0]);
    const l = solveLimb(root, chestQ, pose.arms[i]!, b.upperArm, b.foreArm, true);
    return {
      shoulder: { p: root, q: l.upper },
      elbow: { p: l.mid, q: l.lower },
      wrist: { p: l.end, q: qmul(l.lower, pose.hands[i]!) },
    };
  };
  const leg = (i: number) => {
    const root = place(pelvis.p, pelvis.q, [side(i) * b.hipHalf, -b.hipDrop, 0]);
    const l = solveLimb(root, pelvis.q, pose.legs[i]!, b.thigh, b.shin, false);
    const foot = pose.feet[i]!;
    return {
      hip: { p: root, q: l.upper },
      knee: { p: l.mid, q: l.lower },
      ankle: { p: l.end, q: foot },
      ball: place(l.end, foot, [0, -b.ankle, b.ball]),
    };
  };
  const arms = [arm(0), arm(1)];
  const legs = [leg(0), leg(1)];
  return {
    pelvis,
    spine,
    chest,
    neck,
    head,
    skull,
    shoulder: [arms[0]!.shoulder, arms[1]!.shoulder],
    elbow: [arms[0]!.elbow, arms[1]!.elbow],
    wrist: [arms[0]!.wrist, arms[1]!.wrist],
    hip: [legs[0]!.hip, legs[1]!.hip],
    knee: [legs[0]!.knee, legs[1]!.knee],
    ankle: [legs[0]!.ankle, legs[1]!.ankle],
    ball: [legs[0]!.ball, legs[1]!.ball],
  };
}

/** Where a limb's root is, and its parent's rotation, for aiming the limb at a point. */
export function limbRoot(b: Body, pose: Pose, kind: 'arm' | 'leg', i: number): { root: Vec3; parent: Quat } {
  if (kind === 'leg')
    return {
      root: place(pose.pelvis, pose.pelvisRot, [side(i) * b.hipHalf, -b.hipDrop, 0]),
      parent: pose.pelvisRot,
    };
  const spineQ = qmul(pose.pelvisRot, pose.spine);
  const chestQ = qmul(spineQ, pose.chest);
  const chestP = place(place(pose.pelvis, pose.pelvisRot, [0, b.lumbar, 0]), spineQ, [0, b.spine, 0]);
  return {
    root: place(chestP, chestQ, [side(i) * b.shoulderHalf, b.chest - b.shoulderDrop + pose.shrug[i]!, 0]),
    parent: chestQ,
  };
}

/** Aims limb i of the pose so that its end (wrist or ankle) is at `target`, entity-local. */
export function aimAt(b: Body, pose: Pose, kind: 'arm' | 'leg', i: number, target: Vec3, pole: Vec3): Limb {
  const { root, parent } = limbRoot(b, pose, kind, i);
  const inv = qconj(parent);
  const local = rotate(inv, sub3(target, root));
  return kind === 'arm'
    ? reach(local, b.upperArm, b.foreArm, rotate(inv, pole))
    : reach(local, b.thigh, b.shin, rotate(inv, pole));
}

/** The ankle that puts the ball of a foot turned by `foot` (entity frame) at `ball`. */
export const ankleFor = (b: Body, ball: Vec3, foot: Quat): Vec3 =>
  sub3(ball, rotate(foot, [0, -b.ankle, b.ball]));
