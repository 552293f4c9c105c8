/**
 * Tori (a hoop's rim, a mug's handle) as a thick stroke along the centre circle with a lit
 * highlight stroke on top: a few calls instead of a hundred facets. Each torus is split into the
 * half nearer the eye and the half behind, so a ball can pass through the hoop between them.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { project } from '../../math/camera.js';
import { cross, dot, normalize, sub, type Vec3 } from '../../math/vec.js';
import { css, mix, type RGB } from '../color.js';
import { depthOf, NEAR, shadeColor, type View } from '../view.js';

export interface WorldRing {
  c: Vec3;
  axis: Vec3;
  radius: number;
  tube: number;
  color: RGB;
  /** Samples of the centre circle for this half. */
  pts: Vec3[];
}

const STEPS = 16;

export function ringHalves(
  c: Vec3,
  axis: Vec3,
  radius: number,
  tube: number,
  color: RGB,
  eye: Vec3,
): WorldRing[] {
  const u = normalize(Math.abs(axis[1]) < 0.9 ? cross(axis, [0, 1, 0]) : cross(axis, [1, 0, 0]));
  const v = cross(axis, u);
  const toEye = sub(eye, c);
  const w = sub(toEye, axis.map((a) => a * dot(toEye, axis)) as Vec3);
  const a0 = Math.atan2(dot(w, v), dot(w, u));
  const at = (t: number): Vec3 => [
    c[0] + radius * (u[0] * Math.cos(t) + v[0] * Math.sin(t)),
    c[1] + radius * (u[1] * Math.cos(t) + v[1] * Math.sin(t)),
    c[2] + radius * (u[2] * Math.cos(t) + v[2] * Math.sin(t)),
  ];
  const half = (from: number): Vec3[] =>
    Array.from({ length: STEPS + 1 }, (_, i) => at(from + (i / STEPS) * Math.PI));
  return [
    { c, axis, radius, tube, color, pts: half(a0 + Math.PI / 2) },
    { c, axis, radius, tube, color, pts: half(a0 - Math.PI / 2) },
  ];
}

export function drawRing(ctx: SKRSContext2D, view: View, r: WorldRing): void {
  const depth = depthOf(view, r.c);
  if (depth < NEAR * 4) return;
  const width = (2 * r.tube * view.cam.focal) / depth;
  const toEye = normalize(sub(view.cam.position, r.c));
  const L = view.light.dir;
  const trace = (dx: number, dy: number) => {
    ctx.beginPath();
    r.pts.forEach((p, i) => {
      const s = project(view.cam, p);
      if (i === 0) ctx.moveTo(s.x + dx, s.y + dy);
      else ctx.lineTo(s.x + dx, s.y + dy);
    });
  };
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  trace(0, 0);
  if (view.style.outline) {
    ctx.strokeStyle = view.style.outline.color;
    ctx.lineWidth = width + 2 * view.style.outline.width * 0.7;
    ctx.stroke();
  }
  // Body: the tube's side facing the eye; highlight: the band facing the light, nudged toward it.
  const body = shadeColor(
    view,
    r.color,
    normalize([toEye[0] - L[0] * 0.5, toEye[1] - L[1] * 0.5, toEye[2] - L[2] * 0.5]),
  );
  const lit = shadeColor(view, r.color, L);
  ctx.strokeStyle = css(body);
  ctx.lineWidth = Math.max(0.6, width);
  ctx.stroke();
  if (width > 2) {
    const sx = dot(L, view.cam.right);
    const sy = -dot(L, view.cam.up);
    const k = (width * 0.22) / (Math.hypot(sx, sy) || 1);
    trace(sx * k, sy * k);
    ctx.strokeStyle = css(mix(lit, body, 0.25));
    ctx.lineWidth = width * 0.45;
    ctx.stroke();
  }
}
