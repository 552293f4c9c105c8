/** Small 3D vector and quaternion helpers on plain tuples, shared by every stage. */
import type { Vec3 } from '../plan/schema.js';

export type { Vec3 };
/** Quaternion as [x, y, z, w]. */
export type Quat = [number, number, number, number];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a);
  return l > 0 ? scale(a, 1 / l) : [0, 0, 0];
};
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => add(a, scale(sub(b, a), t));

export const IDENTITY: Quat = [0, 0, 0, 1];

/** Rotates v by the unit quaternion q. */
export function rotate(q: Quat, v: Vec3): Vec3 {
  const [qx, qy, qz, qw] = q;
  const u: Vec3 = [qx, qy, qz];
  const t = scale(cross(u, v), 2);
  return add(add(v, scale(t, qw)), cross(u, t));
}

export function multiplyQuat(a: Quat, b: Quat): Quat {
  const [ax, ay, az, aw] = a;
  const [bx, by, bz, bw] = b;
  return [
    aw * bx + ax * bw + ay * bz - az * by,
    aw * by - ax * bz + ay * bw + az * bx,
    aw * bz + ax * by - ay * bx + az * bw,
    aw * bw - ax * bx - ay * by - az * bz,
  ];
}

export function axisAngle(axis: Vec3, radians: number): Quat {
  const n = normalize(axis);
  const s = Math.sin(radians / 2);
  return [n[0] * s, n[1] * s, n[2] * s, Math.cos(radians / 2)];
}

const DEG = Math.PI / 180;

/** Euler angles in degrees, applied yaw (Y) then pitch (X) then roll (Z), as the plan defines them. */
export function eulerToQuat(deg: Vec3): Quat {
  const yaw = axisAngle([0, 1, 0], deg[1] * DEG);
  const pitch = axisAngle([1, 0, 0], deg[0] * DEG);
  const roll = axisAngle([0, 0, 1], deg[2] * DEG);
  return multiplyQuat(yaw, multiplyQuat(pitch, roll));
}

/** Transforms a local point by a pose. */
export const transformPoint = (position: Vec3, q: Quat, local: Vec3): Vec3 => add(position, rotate(q, local));

/** Spherical interpolation between unit quaternions, the short way round. */
export function slerp(a: Quat, b: Quat, u: number): Quat {
  let d = a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3];
  const s = d < 0 ? -1 : 1;
  d *= s;
  if (d > 0.9995) {
    const q = a.map((v, i) => v + (s * b[i]! - v) * u) as Quat;
    const n = Math.hypot(...q);
    return q.map((v) => v / n) as Quat;
  }
  const theta = Math.acos(d);
  const wa = Math.sin((1 - u) * theta) / Math.sin(theta);
  const wb = (s * Math.sin(u * theta)) / Math.sin(theta);
  return a.map((v, i) => wa * v + wb * b[i]!) as Quat;
}
