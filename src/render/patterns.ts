/**
 * Surface patterns that make objects recognizable. Box faces get planks (boards + grain), crate
 * (frame, slats and a diagonal brace) or pips (domino halves with white dots); everything is laid
 * out in the face's own 3D coordinates and projected, so it stays glued on as the box tumbles.
 * Sphere features (basketball seams, marble swirl) live in primitives/blobs.ts.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Vec3 } from '../math/vec.js';
import { css, hashId, luminance, mix, mul, type RGB } from './color.js';
import type { WorldFace } from './primitives/faces.js';
import { project } from '../math/camera.js';
import {
  depthOf,
  NEAR,
  projectPolygon,
  projectSegment,
  shadeColor,
  tracePolygon,
  type View,
} from './view.js';

const lerp3 = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];
const dist = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** A point on a quad face at (s, t) in 0..1 along its two axes (c0→c1, c1→c2). */
const at = (q: Vec3[], s: number, t: number): Vec3 =>
  lerp3(lerp3(q[0]!, q[1]!, s), lerp3(q[3]!, q[2]!, s), t);

/** Screen extents of a projected quad along its two axes (pixels). */
function screenSize(xy: number[]): { long: number; short: number } {
  const a = Math.hypot(xy[2]! - xy[0]!, xy[3]! - xy[1]!);
  const b = Math.hypot(xy[4]! - xy[2]!, xy[5]! - xy[3]!);
  return { long: Math.max(a, b), short: Math.min(a, b) };
}

export function drawFacePattern(ctx: SKRSContext2D, view: View, f: WorldFace, xy: number[]): void {
  if (f.pts.length !== 4 || xy.length !== 8) return;
  const lit = shadeColor(view, f.color, f.normal);
  if (f.pattern === 'planks') planks(ctx, view, f, lit, xy);
  else if (f.pattern === 'crate') crate(ctx, view, f, lit);
  else if (f.pattern === 'pips') pips(ctx, view, f, lit);
  else if (f.pattern === 'stripes' || f.pattern === 'spots' || f.pattern === 'checks')
    painted(ctx, view, f, f.pattern);
}

/** A contrasting ink for painting over a colour: dark on light things, light on dark ones. */
export const inkFor = (c: RGB): RGB => (luminance(c) > 140 ? mul(c, 0.22) : mix(c, [250, 248, 240], 0.85));

/**
 * Stripes, spots and checks painted over a face in its own coordinates (so they stay on as it
 * turns): stripes across the long side, a grid of checks, staggered spots.
 */
function painted(
  ctx: SKRSContext2D,
  view: View,
  f: WorldFace,
  pattern: 'stripes' | 'spots' | 'checks',
): void {
  const q = f.pts;
  const la = dist(q[0]!, q[1]!);
  const lb = dist(q[1]!, q[2]!);
  const ink = css(view.style.tone(shadeColor(view, inkFor(f.color), f.normal)));
  const cell = Math.max(0.04, Math.min(la, lb) / 3);
  const [na, nb] = [Math.max(2, Math.round(la / cell)), Math.max(2, Math.round(lb / cell))];
  const quad = (s0: number, s1: number, t0: number, t1: number) =>
    fillQuad(ctx, view, [at(q, s0, t0), at(q, s1, t0), at(q, s1, t1), at(q, s0, t1)], ink);
  if (pattern === 'stripes') {
    const along = la >= lb;
    const n = along ? na : nb;
    for (let i = 0; i < n; i += 2) {
      const [a, b] = [i / n, (i + 1) / n];
      if (along) quad(a, b, 0, 1);
      else quad(0, 1, a, b);
    }
  } else if (pattern === 'checks') {
    for (let i = 0; i < na; i++)
      for (let j = 0; j < nb; j++) if ((i + j) % 2 === 0) quad(i / na, (i + 1) / na, j / nb, (j + 1) / nb);
  } else {
    ctx.fillStyle = ink;
    ctx.beginPath();
    for (let i = 0; i < na; i++)
      for (let j = 0; j < nb; j++) {
        const [cs, ct] = [(i + 0.5 + (j % 2) * 0.25) / na, (j + 0.5) / nb];
        for (let k = 0; k <= 8; k++) {
          const a = (k / 8) * 2 * Math.PI;
          const pt = at(q, cs + (Math.cos(a) * 0.28) / na, ct + (Math.sin(a) * 0.28) / nb);
          if (depthOf(view, pt) < NEAR) continue;
          const s = project(view.cam, pt);
          if (k === 0) ctx.moveTo(s.x, s.y);
          else ctx.lineTo(s.x, s.y);
        }
        ctx.closePath();
      }
    ctx.fill();
  }
}

function fillQuad(ctx: SKRSContext2D, view: View, pts: Vec3[], color: string): void {
  const xy = projectPolygon(view, pts);
  if (!xy) return;
  ctx.fillStyle = color;
  tracePolygon(ctx, xy);
  ctx.fill();
}

function line(ctx: SKRSContext2D, view: View, a: Vec3, b: Vec3): void {
  const s = projectSegment(view, a, b);
  if (!s) return;
  ctx.moveTo(s[0], s[1]);
  ctx.lineTo(s[2], s[3]);
}

/** Boards along the face's longer side, with seams, staggered end joints and faint grain. */
function planks(ctx: SKRSContext2D, view: View, f: WorldFace, lit: RGB, xy: number[]): void {
  const q = f.pts;
  const la = dist(q[0]!, q[1]!);
  const lb = dist(q[1]!, q[2]!);
  // Map (along, across) to the face's (s, t) so boards run along the longer side.
  const p = (along: number, across: number) => (la >= lb ? at(q, along, across) : at(q, across, along));
  const long = Math.max(la, lb);
  const short = Math.min(la, lb);
  // Level of detail: no more boards than fit 4 px apart, grain only when boards are wide on screen.
  const px = screenSize(xy);
  const boards = Math.max(1, Math.min(14, Math.round(short / 0.095), Math.floor(px.short / 4)));
  const grain = view.pro && px.short / boards > 10;
  const h = hashId(f.id + f.index);
  const w = Math.max(0.7, view.px * 0.9);
  ctx.lineWidth = w;
  ctx.strokeStyle = css(mul(lit, 0.55), 0.75);
  ctx.beginPath();
  for (let i = 1; i < boards; i++) line(ctx, view, p(0, i / boards), p(1, i / boards));
  // End joints every ~1.1 m, offset per board like a real floor.
  if (long > 0.7) {
    const joints = Math.floor(long / 1.1);
    for (let i = 0; i < boards; i++) {
      const off = ((h >>> (i % 24)) & 7) / 8;
      for (let j = 0; j < joints; j++) {
        const s = (j + off) / joints;
        if (s > 0.05 && s < 0.95) line(ctx, view, p(s, i / boards), p(s, (i + 1) / boards));
      }
    }
  }
  ctx.stroke();
  if (!grain) return;
  ctx.strokeStyle = css(mul(lit, 0.75), 0.35);
  ctx.lineWidth = w * 0.7;
  ctx.beginPath();
  for (let i = 0; i < boards; i++) {
    for (let g = 1; g <= 2; g++) {
      const t = (i + g / 3 + (((h >>> (i + g)) & 3) - 1.5) * 0.05) / boards;
      const slant = (((h >>> (i * 2 + g)) & 3) - 1.5) * 0.012;
      line(ctx, view, p(0.02, t), p(0.98, t + slant / boards));
    }
  }
  ctx.stroke();
}

/** A wooden crate side: outer frame, dark gaps between slats, and a diagonal brace. */
function crate(ctx: SKRSContext2D, view: View, f: WorldFace, lit: RGB): void {
  const q = f.pts;
  const la = dist(q[0]!, q[1]!);
  const lb = dist(q[1]!, q[2]!);
  const m = 0.13;
  const ms = (m * Math.min(la, lb)) / la;
  const mt = (m * Math.min(la, lb)) / lb;
  const inner = [at(q, ms, mt), at(q, 1 - ms, mt), at(q, 1 - ms, 1 - mt), at(q, ms, 1 - mt)];
  fillQuad(ctx, view, inner, css(mul(lit, 0.45)));
  const slats = 3;
  const gap = 0.05 / slats;
  for (let i = 0; i < slats; i++) {
    const t0 = mt + ((1 - 2 * mt) * i) / slats + gap;
    const t1 = mt + ((1 - 2 * mt) * (i + 1)) / slats - gap;
    fillQuad(
      ctx,
      view,
      [at(q, ms, t0), at(q, 1 - ms, t0), at(q, 1 - ms, t1), at(q, ms, t1)],
      css(mul(lit, 0.88)),
    );
  }
  // The brace: a band from one inner corner to the opposite one.
  const bw = ms * 0.9;
  fillQuad(
    ctx,
    view,
    [at(q, ms, mt), at(q, ms + bw, mt), at(q, 1 - ms, 1 - mt), at(q, 1 - ms - bw, 1 - mt)],
    css(mul(lit, 1.04)),
  );
  ctx.strokeStyle = css(mul(lit, 0.4), 0.8);
  ctx.lineWidth = Math.max(0.7, view.px * 0.9);
  ctx.beginPath();
  const o = projectPolygon(view, q);
  if (o) {
    tracePolygon(ctx, o);
    ctx.stroke();
  }
}

const PIPS: Record<number, [number, number][]> = {
  0: [],
  1: [[0, 0]],
  2: [
    [-1, -1],
    [1, 1],
  ],
  3: [
    [-1, -1],
    [0, 0],
    [1, 1],
  ],
  4: [
    [-1, -1],
    [1, -1],
    [-1, 1],
    [1, 1],
  ],
  5: [
    [-1, -1],
    [1, -1],
    [0, 0],
    [-1, 1],
    [1, 1],
  ],
  6: [
    [-1, -1],
    [1, -1],
    [-1, 0],
    [1, 0],
    [-1, 1],
    [1, 1],
  ],
};

/** Domino faces: on the two broad faces, a divider and two halves of pips. */
function pips(ctx: SKRSContext2D, view: View, f: WorldFace, lit: RGB): void {
  const half = f.mesh.half!;
  const thin = half.indexOf(Math.min(...half));
  if (f.mesh.faces[f.index]!.boxAxis !== thin) return;
  const q = f.pts;
  const la = dist(q[0]!, q[1]!);
  const lb = dist(q[1]!, q[2]!);
  const alongA = la >= lb;
  const p = (along: number, across: number) => (alongA ? at(q, along, across) : at(q, across, along));
  const short = Math.min(la, lb);
  const long = Math.max(la, lb);
  const ink0 = luminance(f.color) < 110 ? shadeColor(view, [240, 236, 226], f.normal) : mul(lit, 0.15);
  ctx.strokeStyle = css(ink0);
  ctx.lineWidth = Math.max(0.7, view.px);
  ctx.beginPath();
  line(ctx, view, p(0.5, 0.12), p(0.5, 0.88));
  ctx.stroke();
  const h = hashId(f.id);
  const counts = [h % 7, (h >>> 4) % 7];
  const r = short * 0.1;
  ctx.fillStyle = css(ink0);
  ctx.beginPath();
  counts.forEach((count, k) => {
    for (const [u, v] of PIPS[count]!) {
      const ca = (k === 0 ? 0.25 : 0.75) + (u * 0.28 * short) / long;
      const cb = 0.5 + v * 0.28;
      for (let i = 0; i < 8; i++) {
        const a = (i / 8) * 2 * Math.PI;
        const pt = p(ca + (Math.cos(a) * r) / long, cb + (Math.sin(a) * r) / short);
        if (depthOf(view, pt) < NEAR) continue;
        const s = project(view.cam, pt);
        if (i === 0) ctx.moveTo(s.x, s.y);
        else ctx.lineTo(s.x, s.y);
      }
      ctx.closePath();
    }
  });
  ctx.fill();
}
