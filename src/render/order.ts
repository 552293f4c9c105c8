/**
 * Painter's ordering that holds up where plain depth sorting fails (a ball resting on a big
 * table top, a ball inside a hoop's rim): depth gives the default order, and for pairs whose
 * screen boxes overlap, plane tests (Newell) add "must come after" constraints that are always
 * true. A topological sort keeps the constraints and otherwise draws far to near.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Vec3 } from '../math/vec.js';
import { insideConvex } from './shadows.js';

export interface Plane {
  /** Unit normal pointing toward the camera's side. */
  n: Vec3;
  d: number;
}

export interface Item {
  /** Distance along the view axis used when nothing stronger decides; larger = farther. */
  depth: number;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** For a single planar face: its plane. */
  plane: Plane | null;
  /** For a single convex solid: planes of its faces that face the camera. */
  planes: Plane[];
  /** What the item occupies: points and ellipsoids (centre + semi-axes). */
  points: Vec3[];
  blobs: { c: Vec3; axes: Vec3[] }[];
  /**
   * Faces of one convex solid never overlap once back faces are culled: items sharing a group
   * need no constraint (and adding the true-but-useless ones can make cycles with a third item).
   */
  group?: object;
  /** Bounding sphere. */
  center: Vec3;
  radius: number;
  draw(ctx: SKRSContext2D): void;
}

const EPS = 0.002;

function range(item: Item, p: Plane): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  const { n, d } = p;
  for (const v of item.points) {
    const s = n[0] * v[0] + n[1] * v[1] + n[2] * v[2] - d;
    if (s < lo) lo = s;
    if (s > hi) hi = s;
  }
  for (const b of item.blobs) {
    const s = n[0] * b.c[0] + n[1] * b.c[1] + n[2] * b.c[2] - d;
    let e2 = 0;
    for (const a of b.axes) {
      const k = n[0] * a[0] + n[1] * a[1] + n[2] * a[2];
      e2 += k * k;
    }
    const e = Math.sqrt(e2);
    if (s - e < lo) lo = s - e;
    if (s + e > hi) hi = s + e;
  }
  return [lo, hi];
}

/**
 * Tolerance for "wholly on one side": a body resting on a surface sinks into it by a few
 * millimetres in the simulation; up to a fifth of its own depth still counts as on top.
 */
const slack = (lo: number, hi: number) => Math.max(EPS, Math.min(0.02, 0.2 * (hi - lo)));

/**
 * A body cutting through a face (a toy sunk into a table top: visual shapes are not the physics
 * shapes) goes on the side its centre is on, when that centre is over the face itself.
 */
function straddle(face: Item, body: Item): number {
  const { n, d } = face.plane!;
  const c = body.center;
  const s = n[0] * c[0] + n[1] * c[1] + n[2] * c[2] - d;
  const foot: Vec3 = [c[0] - n[0] * s, c[1] - n[1] * s, c[2] - n[2] * s];
  if (body.plane || !insideConvex(face.points, n, foot, 0)) return 0;
  return s > 0 ? 1 : -1;
}

/** +1: b must be drawn after a; −1: a after b; 0: no constraint known. */
function relate(a: Item, b: Item, eye: Vec3): number {
  if (a.plane) {
    const [lo, hi] = range(b, a.plane);
    if (lo >= -slack(lo, hi)) return 1;
    if (hi <= slack(lo, hi)) return -1;
  }
  if (b.plane) {
    const [lo, hi] = range(a, b.plane);
    if (lo >= -slack(lo, hi)) return -1;
    if (hi <= slack(lo, hi)) return 1;
  }
  if (a.plane && !b.plane) {
    const r = straddle(a, b);
    if (r) return r;
  }
  if (b.plane && !a.plane) {
    const r = straddle(b, a);
    if (r) return -r;
  }
  for (const p of a.planes) if (range(b, p)[0] >= -EPS) return 1;
  for (const p of b.planes) if (range(a, p)[0] >= -EPS) return -1;
  if (!a.plane && !b.plane) {
    // Disjoint bounding spheres: the plane between them separates, whichever side the eye is on.
    const dx = b.center[0] - a.center[0];
    const dy = b.center[1] - a.center[1];
    const dz = b.center[2] - a.center[2];
    const dist = Math.hypot(dx, dy, dz);
    if (dist > a.radius + b.radius && dist > 0) {
      const t = a.radius + (dist - a.radius - b.radius) / 2;
      const m: Vec3 = [
        a.center[0] + (dx / dist) * t,
        a.center[1] + (dy / dist) * t,
        a.center[2] + (dz / dist) * t,
      ];
      const s = (dx * (eye[0] - m[0]) + dy * (eye[1] - m[1]) + dz * (eye[2] - m[2])) / dist;
      return s > 0 ? 1 : -1;
    }
  }
  return 0;
}

/** Returns items in drawing order. */
export function orderItems(items: Item[], eye: Vec3): Item[] {
  const n = items.length;
  const after: number[][] = items.map(() => []);
  const indeg = new Int32Array(n);
  // Sweep on minX keeps the overlap search near-linear for spread-out scenes.
  const byX = items.map((_, i) => i).sort((i, j) => items[i]!.minX - items[j]!.minX);
  for (let s = 0; s < n; s++) {
    const i = byX[s]!;
    const a = items[i]!;
    for (let t = s + 1; t < n; t++) {
      const j = byX[t]!;
      const b = items[j]!;
      if (b.minX > a.maxX) break;
      if (b.minY > a.maxY || b.maxY < a.minY) continue;
      if (a.group !== undefined && a.group === b.group) continue;
      const r = relate(a, b, eye);
      if (r > 0) {
        after[i]!.push(j);
        indeg[j]!++;
      } else if (r < 0) {
        after[j]!.push(i);
        indeg[i]!++;
      }
    }
  }
  // Kahn's algorithm, farthest ready item first; a cycle (rare, cyclic overlap) is broken by depth.
  const heap = new Heap(
    (i, j) => items[i]!.depth > items[j]!.depth || (items[i]!.depth === items[j]!.depth && i < j),
  );
  const done = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (indeg[i] === 0) heap.push(i);
  const out: Item[] = [];
  let remaining: number[] | null = null;
  while (out.length < n) {
    let i = heap.pop();
    if (i === undefined) {
      remaining ??= items.map((_, k) => k).sort((x, y) => items[y]!.depth - items[x]!.depth);
      i = remaining.find((k) => !done[k])!;
    }
    if (done[i]) continue;
    done[i] = 1;
    out.push(items[i]!);
    for (const j of after[i]!) if (--indeg[j]! === 0 && !done[j]) heap.push(j);
  }
  return out;
}

/** Minimal binary heap of indices; `before(a, b)` is true when a should pop first. */
class Heap {
  private a: number[] = [];
  constructor(private before: (a: number, b: number) => boolean) {}
  push(v: number): void {
    const a = this.a;
    a.push(v);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  pop(): number | undefined {
    const a = this.a;
    if (a.length === 0) return undefined;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.before(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}
