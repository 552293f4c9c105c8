/**
 * Shape helpers for figures, for the forms the primitives lack: flat triangles (gables, sails, a
 * tent's end), arches, things set around a circle or along a line, and whole groups turned about
 * the vertical.
 */
import type { Vec3 } from '../../plan/schema.js';
import { eulerToQuat, rotate } from '../../math/vec.js';
import type { FigureSpec, Shape, Solid } from './figures.js';

const DEG = Math.PI / 180;

export interface TriangleSpec {
  /** The middle of the base. */
  at: Vec3;
  width: number;
  height: number;
  thick: number;
  /** 'xy' faces the camera (±z); 'zy' faces the sides (±x). */
  plane?: 'xy' | 'zy';
  /** Where the apex is across the base, from its middle (±width/2: a right triangle). */
  lean?: number;
  paint?: string;
  /** How many strips; 'outer' strips reach the edges (for edges a roof covers), else they straddle them. */
  strips?: number;
  fit?: 'outer' | 'mid';
}

/** A flat triangle, as a stack of thin strips as wide as the triangle at their height. */
export function triangle(t: TriangleSpec): Shape[] {
  const n = t.strips ?? 14;
  const lean = t.lean ?? 0;
  const h = t.height / n;
  return Array.from({ length: n }, (_, k): Shape => {
    const f = (k + (t.fit === 'outer' ? 0 : 0.5)) / n;
    const lo = -t.width / 2 + (lean + t.width / 2) * f;
    const hi = t.width / 2 + (lean - t.width / 2) * f;
    const mid = (lo + hi) / 2;
    const y = t.at[1] + (k + 0.5) * h;
    return t.plane === 'zy'
      ? { box: [t.thick, h * 1.02, hi - lo], at: [t.at[0], y, t.at[2] + mid], paint: t.paint }
      : { box: [hi - lo, h * 1.02, t.thick], at: [t.at[0] + mid, y, t.at[2]], paint: t.paint };
  });
}

export interface ArchSpec {
  /** The centre of the circle the arch follows, in the xy plane. */
  at: Vec3;
  radius: number;
  /** Radial thickness and depth (along z) of the stones. */
  thick: number;
  depth: number;
  /** Degrees, counter-clockwise from +x: 0 to 180 is a full half circle over the centre. */
  from?: number;
  to?: number;
  stones?: number;
  paint?: string;
}

/** An arch (or any arc) of box-shaped stones around a circle in the xy plane. */
export function arch(a: ArchSpec): Shape[] {
  const from = a.from ?? 0;
  const to = a.to ?? 180;
  const n = a.stones ?? 9;
  const step = (to - from) / n;
  const length = 2 * a.radius * Math.sin((Math.abs(step) * DEG) / 2) * 1.08;
  return Array.from({ length: n }, (_, k): Shape => {
    const angle = from + (k + 0.5) * step;
    return {
      box: [a.thick, length, a.depth],
      at: [a.at[0] + a.radius * Math.cos(angle * DEG), a.at[1] + a.radius * Math.sin(angle * DEG), a.at[2]],
      turn: [0, 0, angle],
      paint: a.paint,
    };
  });
}

/** `n` things around a circle of `radius` in the horizontal plane; `make` gets the place and angle. */
export const around = <T>(
  n: number,
  radius: number,
  make: (x: number, z: number, degrees: number) => T,
): T[] =>
  Array.from({ length: n }, (_, k) => {
    const a = (k * 360) / n;
    return make(radius * Math.cos(a * DEG), radius * Math.sin(a * DEG), a);
  });

/** `n` evenly spaced values from `from` to `to`, both included (just `from` when n is 1). */
export const spread = (n: number, from: number, to: number): number[] =>
  Array.from({ length: n }, (_, k) => (n === 1 ? from : from + ((to - from) * k) / (n - 1)));

/** Shapes (or solids) turned about the vertical through the origin by `degrees`. */
export function turned<T extends Shape | Solid>(shapes: T[], degrees: number): T[] {
  const c = Math.cos(degrees * DEG);
  const s = Math.sin(degrees * DEG);
  return shapes.map((shape) => {
    const [x, y, z] = shape.at ?? [0, 0, 0];
    const turn = 'ball' in shape ? undefined : ('turn' in shape && shape.turn) || [0, 0, 0];
    return {
      ...shape,
      at: [x * c + z * s, y, -x * s + z * c],
      ...(turn && { turn: [turn[0], turn[1] + degrees, turn[2]] }),
    };
  });
}

/** Shapes (or solids) moved by `by`. */
export const shifted = <T extends Shape | Solid>(shapes: T[], by: Vec3): T[] =>
  shapes.map((shape) => {
    const [x, y, z] = shape.at ?? [0, 0, 0];
    return { ...shape, at: [x + by[0], y + by[1], z + by[2]] };
  });

/**
 * A figure spec written with heights measured from the ground, for a thing whose position is the
 * middle of its box (things that move): its shapes and solids are moved down by half its height,
 * and its box is as long and as wide as the shapes reach (its height is the spec's).
 */
export function fromGround(spec: FigureSpec): FigureSpec {
  const [length, , width] = span(spec.shapes);
  return {
    ...spec,
    size: [Math.max(length, spec.size[0]), spec.size[1], Math.max(width, spec.size[2])],
    shapes: shifted(spec.shapes, [0, -spec.size[1] / 2, 0]),
    ...(spec.solid && { solid: shifted(spec.solid, [0, -spec.size[1] / 2, 0]) }),
  };
}

/** Half the extent of a shape about its own centre along x, y and z, turned as it is. */
function halfExtent(shape: Shape): Vec3 {
  const q = eulerToQuat('turn' in shape && shape.turn ? shape.turn : [0, 0, 0]);
  const axes = [rotate(q, [1, 0, 0]), rotate(q, [0, 1, 0]), rotate(q, [0, 0, 1])] as const;
  return [0, 1, 2].map((i) => {
    const [ax, ay, az] = axes.map((a) => a[i]!) as [number, number, number];
    const across = Math.sqrt(Math.max(0, 1 - ay * ay));
    if ('ball' in shape) return shape.ball;
    if ('egg' in shape) return Math.hypot(ax * shape.egg[0], ay * shape.egg[1], az * shape.egg[2]);
    if ('box' in shape)
      return (Math.abs(ax) * shape.box[0] + Math.abs(ay) * shape.box[1] + Math.abs(az) * shape.box[2]) / 2;
    if ('ring' in shape) return shape.ring[0] * across + shape.ring[1];
    const [r, length] = 'rod' in shape ? shape.rod : shape.cone;
    return (Math.abs(ay) * length) / 2 + r * across;
  }) as Vec3;
}

/** The full extents of the box, centred on the origin, that holds all the shapes. */
export function span(shapes: Shape[]): Vec3 {
  const out: Vec3 = [0, 0, 0];
  for (const shape of shapes) {
    const half = halfExtent(shape);
    const at = shape.at ?? [0, 0, 0];
    for (let i = 0; i < 3; i++) out[i] = Math.max(out[i]!, 2 * (Math.abs(at[i]!) + half[i]!));
  }
  return out;
}

/** How high the shapes reach above y = 0. */
export const topOf = (shapes: Shape[]): number =>
  Math.max(...shapes.map((shape) => (shape.at?.[1] ?? 0) + halfExtent(shape)[1]));

/**
 * A spec for scenery standing on the ground (origin 'base'), its box grown where needed to hold
 * everything drawn: the planner frames and places things by that box.
 */
export function fitted<T extends Pick<FigureSpec, 'size' | 'shapes'>>(spec: T): T {
  const [length, , width] = span(spec.shapes);
  return {
    ...spec,
    size: [
      Math.max(length, spec.size[0]),
      Math.max(topOf(spec.shapes), spec.size[1]),
      Math.max(width, spec.size[2]),
    ],
  };
}

/** Shapes made `k` times bigger about the origin. */
export const scaledBy = (shapes: Shape[], k: number): Shape[] =>
  shapes.map((shape): Shape => {
    const at = (shape.at ?? [0, 0, 0]).map((v) => v * k) as Vec3;
    if ('ball' in shape) return { ...shape, at, ball: shape.ball * k };
    if ('egg' in shape) return { ...shape, at, egg: shape.egg.map((v) => v * k) as Vec3 };
    if ('box' in shape) return { ...shape, at, box: shape.box.map((v) => v * k) as Vec3 };
    if ('ring' in shape) return { ...shape, at, ring: [shape.ring[0] * k, shape.ring[1] * k] };
    if ('rod' in shape) return { ...shape, at, rod: [shape.rod[0] * k, shape.rod[1] * k] };
    return { ...shape, at, cone: [shape.cone[0] * k, shape.cone[1] * k] };
  });

/** A rod from point a to point b. */
export function rodBetween(a: Vec3, b: Vec3, radius: number, paint?: string): Shape {
  const v: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const length = Math.hypot(...v);
  // A rod stands along y: tip it over by `tilt` (about z), then turn it about y to face along v.
  const tilt = Math.acos(Math.max(-1, Math.min(1, v[1] / length))) / DEG;
  const heading = Math.atan2(-v[2], v[0]) / DEG;
  return {
    rod: [radius, length],
    at: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2],
    turn: [0, heading, -tilt],
    ...(paint && { paint }),
  };
}
