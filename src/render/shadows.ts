/**
 * Soft contact shadows. Each moving entity's outline is projected along the light onto the first
 * surface beneath it (the ground, or an upward face of static scenery: table top, stair tread,
 * ramp), then drawn blurred: tight and dark in contact, wider and fainter as it rises.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { cross, dot, normalize, type Vec3 } from '../math/vec.js';
import { projectPolygon, type View } from './view.js';

export interface ShadowShape {
  /** Polygon on the receiving plane (world). */
  pts: Vec3[];
  /** Penumbra width in metres and darkness 0..1. */
  blur: number;
  alpha: number;
}

export interface Receiver {
  n: Vec3;
  d: number;
  /** Convex polygon of the surface, or null for the unbounded ground. */
  pts: Vec3[] | null;
  decals: ShadowShape[];
}

export interface Caster {
  center: Vec3;
  radius: number;
  points: Vec3[];
  blobs: { c: Vec3; axes: Vec3[] }[];
}

/** Finds the surface under a caster (along the light) and adds its shadow to that surface. */
export function castShadow(caster: Caster, light: Vec3, receivers: Receiver[], strength: number): void {
  let best: Receiver | null = null;
  let bestT = Infinity;
  for (const r of receivers) {
    const denom = dot(r.n, light);
    if (denom < 0.05) continue;
    const t = (dot(r.n, caster.center) - r.d) / denom;
    if (t < -caster.radius * 0.5 || t >= bestT) continue;
    if (r.pts) {
      const hit: Vec3 = [
        caster.center[0] - light[0] * t,
        caster.center[1] - light[1] * t,
        caster.center[2] - light[2] * t,
      ];
      if (!insideConvex(r.pts, r.n, hit, caster.radius * 0.3)) continue;
    }
    best = r;
    bestT = t;
  }
  if (!best) return;
  const { n, d } = best;
  const denom = dot(n, light);
  // Outline as seen from the light: mesh corners plus a ring around each ellipsoid.
  const u = normalize(Math.abs(light[1]) < 0.9 ? cross(light, [0, 1, 0]) : cross(light, [1, 0, 0]));
  const v = cross(light, u);
  const pts: Vec3[] = [...caster.points];
  let height = Infinity;
  for (const p of caster.points) height = Math.min(height, dot(n, p) - d);
  for (const b of caster.blobs) {
    let e2 = 0;
    for (const a of b.axes) e2 += dot(a, n) ** 2;
    height = Math.min(height, dot(n, b.c) - d - Math.sqrt(e2));
    for (let k = 0; k < 12; k++) {
      const a = (k / 12) * 2 * Math.PI;
      const dir: Vec3 = [
        u[0] * Math.cos(a) + v[0] * Math.sin(a),
        u[1] * Math.cos(a) + v[1] * Math.sin(a),
        u[2] * Math.cos(a) + v[2] * Math.sin(a),
      ];
      // Support point of the ellipsoid in direction dir: M Mᵀ dir / |Mᵀ dir|.
      const mt = b.axes.map((ax) => dot(ax, dir));
      const len = Math.hypot(...mt) || 1;
      pts.push([
        b.c[0] + (b.axes[0]![0] * mt[0]! + b.axes[1]![0] * mt[1]! + b.axes[2]![0] * mt[2]!) / len,
        b.c[1] + (b.axes[0]![1] * mt[0]! + b.axes[1]![1] * mt[1]! + b.axes[2]![1] * mt[2]!) / len,
        b.c[2] + (b.axes[0]![2] * mt[0]! + b.axes[1]![2] * mt[1]! + b.axes[2]![2] * mt[2]!) / len,
      ]);
    }
  }
  height = Math.max(0, height);
  const onPlane = pts.map((p): Vec3 => {
    const s = (dot(n, p) - d) / denom;
    return [p[0] - light[0] * s, p[1] - light[1] * s, p[2] - light[2] * s];
  });
  const hull = hullOnPlane(onPlane, n);
  const size = Math.max(caster.radius, 0.005);
  const lift = height / size;
  best.decals.push({
    pts: hull,
    blur: size * 0.08 + height * 0.3,
    alpha: (strength * 0.75) / (1 + 1.5 * lift),
  });
  // Contact darkening right under the body, gone once it is a body-size off the surface.
  if (lift < 1) {
    const c = caster.center;
    const s = dot(n, c) - d;
    const foot: Vec3 = [c[0] - n[0] * s, c[1] - n[1] * s, c[2] - n[2] * s];
    const a = normalize(Math.abs(n[1]) < 0.9 ? cross(n, [0, 1, 0]) : cross(n, [1, 0, 0]));
    const b = cross(n, a);
    const r = size * 0.5;
    const ring: Vec3[] = [];
    for (let k = 0; k < 12; k++) {
      const t = (k / 12) * 2 * Math.PI;
      const ca = Math.cos(t) * r;
      const sb = Math.sin(t) * r;
      ring.push([
        foot[0] + a[0] * ca + b[0] * sb,
        foot[1] + a[1] * ca + b[1] * sb,
        foot[2] + a[2] * ca + b[2] * sb,
      ]);
    }
    best.decals.push({ pts: ring, blur: size * 0.25, alpha: strength * 0.45 * (1 - lift) });
  }
}

/**
 * Soft shadows, batched. A soft edge comes from three nested copies of each outline (grown, as
 * is, shrunk) at a third of the darkness each: a stepped penumbra for the price of plain fills,
 * where a real blur (filter or shadowBlur) costs a full-frame layer or a large mask per shadow.
 * Shadows of similar darkness share one path (non-zero fill), so overlapping shadows merge
 * instead of stacking, as real ones do, and a frame costs a handful of fills.
 */
export function drawShadows(ctx: SKRSContext2D, view: View, shadows: readonly ShadowShape[]): void {
  if (shadows.length === 0) return;
  const layers = view.style.name === 'cartoon' ? [0] : [1, 0, -0.8];
  const BUCKETS = 8;
  for (const k of layers) {
    for (let b = 1; b <= BUCKETS; b++) {
      let any = false;
      ctx.beginPath();
      for (const s of shadows) {
        const a = Math.min(0.85, s.alpha);
        if (Math.max(1, Math.round((a / 0.85) * BUCKETS)) !== b) continue;
        const xy = projectPolygon(view, grown(s, s.blur * 0.5 * k));
        if (!xy) continue;
        ctx.moveTo(xy[0]!, xy[1]!);
        for (let i = 2; i < xy.length; i += 2) ctx.lineTo(xy[i]!, xy[i + 1]!);
        ctx.closePath();
        any = true;
      }
      if (!any) continue;
      ctx.fillStyle = `rgba(0,0,0,${((0.85 * b) / BUCKETS / layers.length).toFixed(3)})`;
      ctx.fill('nonzero');
    }
  }
}

/** The outline moved outward (grow > 0) or inward from its centroid, in metres. */
function grown(s: ShadowShape, grow: number): Vec3[] {
  const n = s.pts.length;
  let cx = 0;
  let cy = 0;
  let cz = 0;
  for (const p of s.pts) {
    cx += p[0] / n;
    cy += p[1] / n;
    cz += p[2] / n;
  }
  // Same winding for every outline so that non-zero filling merges them.
  const pts = s.pts.map((p): Vec3 => {
    const dx = p[0] - cx;
    const dy = p[1] - cy;
    const dz = p[2] - cz;
    const len = Math.hypot(dx, dy, dz) || 1;
    const f = Math.max(0.05, 1 + grow / len);
    return [cx + dx * f, cy + dy * f, cz + dz * f];
  });
  return pts;
}

export function insideConvex(poly: Vec3[], n: Vec3, p: Vec3, margin: number): boolean {
  let sign = 0;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i]!;
    const b = poly[(i + 1) % poly.length]!;
    const e: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const len = Math.hypot(e[0], e[1], e[2]) || 1;
    const w: Vec3 = [p[0] - a[0], p[1] - a[1], p[2] - a[2]];
    const s = dot(cross(e, w), n) / len;
    if (sign === 0) sign = s >= 0 ? 1 : -1;
    if (s * sign < -margin) return false;
  }
  return true;
}

/** Convex hull of points lying on a plane (monotone chain in plane coordinates). */
export function hullOnPlane(pts: Vec3[], n: Vec3): Vec3[] {
  const a = normalize(Math.abs(n[1]) < 0.9 ? cross(n, [0, 1, 0]) : cross(n, [1, 0, 0]));
  const b = cross(n, a);
  const p2 = pts.map((p, i) => ({ x: dot(p, a), y: dot(p, b), i }));
  p2.sort((p, q) => p.x - q.x || p.y - q.y);
  const turn = (o: (typeof p2)[0], p: (typeof p2)[0], q: (typeof p2)[0]) =>
    (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x);
  const lower: typeof p2 = [];
  for (const p of p2) {
    while (lower.length >= 2 && turn(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: typeof p2 = [];
  for (let k = p2.length - 1; k >= 0; k--) {
    const p = p2[k]!;
    while (upper.length >= 2 && turn(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)].map((p) => pts[p.i]!);
}
