/**
 * Part builders for bodies: rods between two points, eggs in a frame, and patches, the small flat
 * eggs that lie on a curved surface (hair, a tie, an eye). A patch's centre sits out along the
 * surface's normal, so the renderer's depth sort shows it exactly when its side of the body faces
 * the camera, the way a real mark on a surface is seen.
 */
import type { Part } from '../types.js';
import {
  add3,
  arc,
  boneFrame,
  len3,
  mul3,
  normalize,
  place,
  qmul,
  quatFromAxes,
  rotate,
  sub3,
  toEuler,
  cross,
  type Quat,
  type Vec3,
} from './skeleton-math.js';

/** A cylinder from a to b. */
export function rod(a: Vec3, b: Vec3, radius: number, color: string): Part {
  const d = sub3(b, a);
  const l = len3(d);
  return {
    kind: 'cylinder',
    center: mul3(add3(a, b), 0.5),
    radius,
    halfHeight: l / 2,
    rotation: toEuler(arc([0, 1, 0], l > 0 ? mul3(d, 1 / l) : [0, 1, 0])),
    color,
  };
}

export const ball = (center: Vec3, radius: number, color: string): Part => ({
  kind: 'sphere',
  center,
  radius,
  color,
});

export const egg = (center: Vec3, radii: Vec3, q: Quat, color: string): Part => ({
  kind: 'ellipsoid',
  center,
  radii,
  rotation: toEuler(q),
  color,
});

/** An egg stretched from a to b (a limb's flesh), its other radii across it; front faces `front`. */
export function span(a: Vec3, b: Vec3, across: [number, number], front: Vec3, color: string, over = 1): Part {
  const d = sub3(b, a);
  return egg(
    mul3(add3(a, b), 0.5),
    [across[0], (len3(d) / 2) * over, across[1]],
    boneFrame(mul3(d, -1), front),
    color,
  );
}

/** A box in a frame. */
export const slab = (center: Vec3, half: Vec3, q: Quat, color: string): Part => ({
  kind: 'box',
  center,
  half,
  rotation: toEuler(q),
  color,
});

/** An ellipsoid surface: centre, radii, frame. */
export interface Surface {
  c: Vec3;
  r: Vec3;
  q: Quat;
}

/** The point of the surface in local direction `dir`, its outward normal and a frame facing out (z) and up (y). */
export function surfaceAt(s: Surface, dir: Vec3): { p: Vec3; n: Vec3; frame: Quat } {
  const u = normalize(dir);
  const local: Vec3 = [u[0] * s.r[0], u[1] * s.r[1], u[2] * s.r[2]];
  const nLocal = normalize([u[0] / s.r[0], u[1] / s.r[1], u[2] / s.r[2]]);
  const n = rotate(s.q, nLocal);
  const up = rotate(s.q, [0, 1, 0]);
  let x = cross(up, n);
  if (len3(x) < 1e-4) x = rotate(s.q, [1, 0, 0]);
  x = normalize(x);
  const y = cross(n, x);
  return { p: place(s.c, s.q, local), n, frame: quatFromAxes(x, y, n) };
}

/**
 * A flat egg lying on the surface at `dir`: `size` across (x, y in the surface's tangent frame),
 * `thick` along the normal, its centre `lift` out from the surface; `turn` rolls it about the normal.
 */
export function patch(
  s: Surface,
  dir: Vec3,
  size: [number, number],
  thick: number,
  lift: number,
  color: string,
  turn: Quat = [0, 0, 0, 1],
): Part {
  const at = surfaceAt(s, dir);
  const q = qmul(at.frame, turn);
  return egg(add3(at.p, mul3(at.n, lift)), [size[0], size[1], thick], q, color);
}
