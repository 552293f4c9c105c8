/**
 * Rotations for skeletons: quaternions built from bone directions and frames, blended by slerp, and
 * turned into the Euler angles (Y, then X, then Z, in degrees) that a Part's rotation is written in.
 */
import {
  axisAngle,
  cross,
  dot,
  multiplyQuat,
  normalize,
  rotate,
  type Quat,
  type Vec3,
} from '../../math/vec.js';

export { axisAngle, cross, dot, multiplyQuat as qmul, normalize, rotate, type Quat, type Vec3 };

export const ID: Quat = [0, 0, 0, 1];
const X: Vec3 = [1, 0, 0];
const Y: Vec3 = [0, 1, 0];
const Z: Vec3 = [0, 0, 1];

export const qconj = (q: Quat): Quat => [-q[0], -q[1], -q[2], q[3]];
/** Rotations about the body's own axes: x pitches (+: toward -y from +z, a nod down is +), y yaws, z rolls. */
export const rx = (a: number): Quat => axisAngle(X, a);
export const ry = (a: number): Quat => axisAngle(Y, a);
export const rz = (a: number): Quat => axisAngle(Z, a);
/** Yaw, then pitch, then roll, in radians: the order a Part's Euler angles use. */
export const euler = (pitch: number, yaw: number, roll: number): Quat =>
  multiplyQuat(ry(yaw), multiplyQuat(rx(pitch), rz(roll)));

export function slerp(a: Quat, b: Quat, t: number): Quat {
  let d = a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3];
  const s = d < 0 ? -1 : 1;
  d *= s;
  if (d > 0.9995) {
    const q = a.map((v, i) => v + (s * b[i]! - v) * t) as Quat;
    const l = Math.hypot(...q);
    return q.map((v) => v / l) as Quat;
  }
  const th = Math.acos(d);
  const wa = Math.sin((1 - t) * th) / Math.sin(th);
  const wb = (s * Math.sin(t * th)) / Math.sin(th);
  return a.map((v, i) => v * wa + b[i]! * wb) as Quat;
}

/** Spherical blend of two unit directions (through a perpendicular when they are opposite). */
export function slerpDir(a: Vec3, b: Vec3, t: number): Vec3 {
  const d = Math.max(-1, Math.min(1, dot(a, b)));
  if (d > 0.9999) return normalize(lerp3(a, b, t));
  const th = Math.acos(d);
  if (Math.sin(th) < 1e-4) {
    // Opposite directions: turn through a perpendicular.
    const side = normalize(cross(a, Math.abs(a[0]) < 0.9 ? X : Z));
    return add3(mul3(a, Math.cos(Math.PI * t)), mul3(side, Math.sin(Math.PI * t)));
  }
  const wa = Math.sin((1 - t) * th) / Math.sin(th);
  const wb = Math.sin(t * th) / Math.sin(th);
  return [a[0] * wa + b[0] * wb, a[1] * wa + b[1] * wb, a[2] * wa + b[2] * wb];
}

export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
export const lerp3 = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
export const add3 = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub3 = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const mul3 = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const len3 = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
/** A point given in a frame (origin, rotation) expressed in the frame's parent. */
export const place = (origin: Vec3, q: Quat, local: Vec3): Vec3 => add3(origin, rotate(q, local));

/** The rotation whose columns are the given orthonormal axes. */
export function quatFromAxes(x: Vec3, y: Vec3, z: Vec3): Quat {
  const [m00, m10, m20] = x;
  const [m01, m11, m21] = y;
  const [m02, m12, m22] = z;
  const tr = m00 + m11 + m22;
  let q: Quat;
  if (tr > 0) {
    const s = Math.sqrt(tr + 1) * 2;
    q = [(m21 - m12) / s, (m02 - m20) / s, (m10 - m01) / s, 0.25 * s];
  } else if (m00 > m11 && m00 > m22) {
    const s = Math.sqrt(1 + m00 - m11 - m22) * 2;
    q = [0.25 * s, (m01 + m10) / s, (m02 + m20) / s, (m21 - m12) / s];
  } else if (m11 > m22) {
    const s = Math.sqrt(1 + m11 - m00 - m22) * 2;
    q = [(m01 + m10) / s, 0.25 * s, (m12 + m21) / s, (m02 - m20) / s];
  } else {
    const s = Math.sqrt(1 + m22 - m00 - m11) * 2;
    q = [(m02 + m20) / s, (m12 + m21) / s, 0.25 * s, (m10 - m01) / s];
  }
  const l = Math.hypot(...q);
  return q.map((v) => v / l) as Quat;
}

/**
 * A frame whose -y axis runs along `down` (a bone hangs along its own -y) and whose +z leans toward
 * `front` as far as it can while staying square to the bone.
 */
export function boneFrame(down: Vec3, front: Vec3): Quat {
  const y = normalize([-down[0], -down[1], -down[2]]);
  let z = sub3(front, mul3(y, dot(front, y)));
  if (len3(z) < 1e-6) z = Math.abs(y[2]) < 0.9 ? sub3(Z, mul3(y, y[2])) : sub3(X, mul3(y, y[0]));
  z = normalize(z);
  return quatFromAxes(cross(y, z), y, z);
}

const DEG = 180 / Math.PI;

/** Euler degrees [x, y, z] (applied Y, then X, then Z) of a rotation: the Part convention. */
export function toEuler(q: Quat): Vec3 {
  const [x, y, z, w] = q;
  const r02 = 2 * (x * z + w * y);
  const r12 = 2 * (y * z - w * x);
  const r22 = 1 - 2 * (x * x + y * y);
  const r10 = 2 * (x * y + w * z);
  const r11 = 1 - 2 * (x * x + z * z);
  const pitch = Math.asin(Math.max(-1, Math.min(1, -r12)));
  if (Math.abs(r12) > 0.99999) {
    // Gimbal lock: yaw and roll turn about the same axis; put it all in yaw.
    const r00 = 1 - 2 * (y * y + z * z);
    const r01 = 2 * (x * y - w * z);
    return [pitch * DEG, Math.atan2(r01 * Math.sign(-r12), r00) * DEG, 0];
  }
  return [pitch * DEG, Math.atan2(r02, r22) * DEG, Math.atan2(r10, r11) * DEG];
}

/** The rotation turning unit vector a onto unit vector b by the shortest arc. */
export function arc(a: Vec3, b: Vec3): Quat {
  const d = dot(a, b);
  if (d < -0.99999) {
    const axis = normalize(cross(a, Math.abs(a[0]) < 0.9 ? X : Y));
    return axisAngle(axis, Math.PI);
  }
  const c = cross(a, b);
  const q: Quat = [c[0], c[1], c[2], 1 + d];
  const l = Math.hypot(...q);
  return q.map((v) => v / l) as Quat;
}

export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
/** Angle between two directions, radians. */
export const angleBetween = (a: Vec3, b: Vec3): number =>
  Math.acos(clamp(dot(normalize(a), normalize(b)), -1, 1));
export const smooth = (v: number): number => {
  const t = clamp(v, 0, 1);
  return t * t * (3 - 2 * t);
};
/** 0 before a, 1 after b, smooth between. */
export const ramp = (v: number, a: number, b: number): number => smooth((v - a) / (b - a));
export const TAU = Math.PI * 2;
