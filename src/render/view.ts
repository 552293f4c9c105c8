/**
 * Per-frame viewing state: the shared camera (math/camera.ts), the light, the style, and the few
 * helpers every drawing module needs (near-plane clipping, Lambert shading, paint strings).
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Environment } from '../plan/schema.js';
import { project, type CameraBasis } from '../math/camera.js';
import { dot, normalize, sub, type Vec3 } from '../math/vec.js';
import { css, mix, parseHex, tint, type RGB } from './color.js';
import type { StyleSpec } from './styles.js';

/** Points nearer than this (metres along the view axis) are clipped away. */
export const NEAR = 0.05;

export interface Light {
  /** Unit vector from the scene toward the light. */
  dir: Vec3;
  color: RGB;
  intensity: number;
  /** Ambient (sky) fraction of full brightness. */
  ambient: number;
}

export interface View {
  cam: CameraBasis;
  light: Light;
  style: StyleSpec;
  /** Pixels per 720p pixel: line widths and blurs scale with the output size. */
  px: number;
  pro: boolean;
}

/** azimuth 0 = light from +Z toward −Z, 90 = from +X (schema convention). */
export function lightOf(env: Environment): Light {
  const az = (env.light.azimuth * Math.PI) / 180;
  const el = (env.light.elevation * Math.PI) / 180;
  const night = env.timeOfDay === 'night';
  return {
    dir: [Math.sin(az) * Math.cos(el), Math.sin(el), Math.cos(az) * Math.cos(el)],
    color: parseHex(env.light.color),
    intensity: env.light.intensity,
    ambient: night ? 0.22 : 0.38,
  };
}

/** Camera-space depth of a point (metres along the view axis). */
export const depthOf = (view: View, p: Vec3): number => dot(sub(p, view.cam.position), view.cam.forward);

/**
 * Projects a 3D polygon after clipping it to the near plane; returns flat [x0, y0, x1, y1, ...]
 * or null when nothing is in front of the camera.
 */
export function projectPolygon(view: View, pts: readonly Vec3[]): number[] | null {
  const n = pts.length;
  const d = pts.map((p) => depthOf(view, p));
  let allIn = true;
  for (const v of d) if (v < NEAR) allIn = false;
  const out: number[] = [];
  const push = (p: Vec3) => {
    const s = project(view.cam, p);
    out.push(s.x, s.y);
  };
  if (allIn) {
    for (const p of pts) push(p);
    return out;
  }
  for (let i = 0; i < n; i++) {
    const a = pts[i]!;
    const b = pts[(i + 1) % n]!;
    const da = d[i]!;
    const db = d[(i + 1) % n]!;
    if (da >= NEAR) push(a);
    if (da >= NEAR !== db >= NEAR) {
      const t = (NEAR - da) / (db - da);
      push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]);
    }
  }
  return out.length >= 6 ? out : null;
}

/** Projects a segment clipped to the near plane, or null. */
export function projectSegment(view: View, a: Vec3, b: Vec3): [number, number, number, number] | null {
  const da = depthOf(view, a);
  const db = depthOf(view, b);
  if (da < NEAR && db < NEAR) return null;
  if (da < NEAR || db < NEAR) {
    const t = (NEAR - da) / (db - da);
    const m: Vec3 = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
    if (da < NEAR) a = m;
    else b = m;
  }
  const p = project(view.cam, a);
  const q = project(view.cam, b);
  return [p.x, p.y, q.x, q.y];
}

export function tracePolygon(ctx: SKRSContext2D, xy: readonly number[]): void {
  ctx.beginPath();
  ctx.moveTo(xy[0]!, xy[1]!);
  for (let i = 2; i < xy.length; i += 2) ctx.lineTo(xy[i]!, xy[i + 1]!);
  ctx.closePath();
}

/** Diffuse + ambient shading of a base colour for a world normal, plus a white specular term, toned. */
export function shadeColor(view: View, base: RGB, normal: Vec3, specular = 0): RGB {
  const { light, style } = view;
  const diffuse = style.shade(Math.max(0, dot(normal, light.dir)));
  const k = light.ambient + (1 - light.ambient) * diffuse * light.intensity;
  const c = tint(base, mix([255, 255, 255], light.color, 0.6));
  const s = style.shade(specular) * 255;
  return style.tone([c[0] * k + s, c[1] * k + s, c[2] * k + s]);
}

/** Specular term for a face normal seen from `eye` direction (unit vector toward the camera). */
export function specularOf(view: View, normal: Vec3, toEye: Vec3, power: number): number {
  const h = normalize([
    view.light.dir[0] + toEye[0],
    view.light.dir[1] + toEye[1],
    view.light.dir[2] + toEye[2],
  ]);
  const s = Math.max(0, dot(normal, h));
  return Math.pow(s, power) * view.light.intensity;
}

export const paint = (view: View, c: RGB, alpha = 1): string => css(view.style.tone(c), alpha);
