/**
 * Spheres and ellipsoids as impostors: the projected ellipse filled with a gradient sampled from
 * Lambert shading along the light's direction, rim darkening and a specular highlight. Surface
 * features (basketball seams, marble swirl) are points on the surface turned by the body's
 * quaternion and projected, so spin is visible.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Pattern } from '../../world/index.js';
import { project } from '../../math/camera.js';
import { dot, normalize, rotate, sub, type Quat, type Vec3 } from '../../math/vec.js';
import { css, mix, mul, saturate, type RGB } from '../color.js';
import { depthOf, NEAR, shadeColor, type View } from '../view.js';
import { inkFor } from '../patterns.js';

export interface WorldBlob {
  c: Vec3;
  axes: [Vec3, Vec3, Vec3];
  /** World rotation of the part. */
  rot: Quat;
  color: RGB;
  opacity: number;
  pattern: Pattern;
  gloss: number;
}

export function drawBlob(ctx: SKRSContext2D, view: View, b: WorldBlob): void {
  const { cam } = view;
  const depth = depthOf(view, b.c);
  if (depth < NEAR * 2) return;
  const ctr = project(cam, b.c);
  const k = cam.focal / depth;
  // Screen-space image of the semi-axes: a 2×3 map A; the outline is the ellipse A·Aᵀ.
  const ax = b.axes.map((a) => k * dot(a, cam.right));
  const ay = b.axes.map((a) => -k * dot(a, cam.up));
  const s00 = ax[0]! ** 2 + ax[1]! ** 2 + ax[2]! ** 2;
  const s01 = ax[0]! * ay[0]! + ax[1]! * ay[1]! + ax[2]! * ay[2]!;
  const s11 = ay[0]! ** 2 + ay[1]! ** 2 + ay[2]! ** 2;
  const t11 = Math.sqrt(s00);
  if (t11 < 0.05) return;
  const t21 = s01 / t11;
  const t22 = Math.sqrt(Math.max(1e-6, s11 - t21 * t21));
  /** Unit-disc coordinates of a world offset from the centre. */
  const unit = (w: Vec3): [number, number] => {
    const sx = k * dot(w, cam.right);
    const sy = -k * dot(w, cam.up);
    const u = sx / t11;
    return [u, (sy - t21 * u) / t22];
  };
  /** Offset of the surface point whose normal is n: M Mᵀ n / |Mᵀ n|. */
  const support = (n: Vec3): Vec3 => {
    const mt = b.axes.map((a) => dot(a, n));
    const len = Math.hypot(mt[0]!, mt[1]!, mt[2]!) || 1;
    return [0, 1, 2].map((i) => b.axes.reduce((acc, a, j) => acc + a[i]! * mt[j]!, 0) / len) as Vec3;
  };
  const toEye = normalize(sub(cam.position, b.c));
  const back = mul(cam.forward, -1);
  /** World normal under a unit-disc point (treating the impostor as a sphere). */
  const normalAt = (u: number, v: number): Vec3 => {
    const z = Math.sqrt(Math.max(0, 1 - u * u - v * v));
    return normalize([
      cam.right[0] * u - cam.up[0] * v + back[0] * z,
      cam.right[1] * u - cam.up[1] * v + back[1] * z,
      cam.right[2] * u - cam.up[2] * v + back[2] * z,
    ]);
  };
  const radiusPx = Math.max(t11, t22);
  const L = view.light.dir;
  ctx.setTransform(t11, t21, 0, t22, ctr.x, ctr.y);
  ctx.beginPath();
  ctx.arc(0, 0, 1, 0, 2 * Math.PI);
  if (b.opacity < 1) ctx.globalAlpha = b.opacity;
  if (radiusPx < 2.5) {
    ctx.fillStyle = css(shadeColor(view, b.color, normalAt(0, -0.3)));
    ctx.fill();
  } else {
    let [gx, gy] = unit(support(L));
    const gl = Math.hypot(gx, gy);
    const facing = dot(L, toEye) > 0;
    const lim = facing ? Math.min(0.85, gl) : 0.95;
    gx = gl > 1e-6 ? (gx / gl) * lim : 0;
    gy = gl > 1e-6 ? (gy / gl) * lim : 0;
    const grad = ctx.createRadialGradient(gx, gy, 0, 0, 0, 1);
    const steps = view.style.name === 'cartoon' ? 16 : 6;
    const ox = gl > 1e-6 ? -gx / lim : 0;
    const oy = gl > 1e-6 ? -gy / lim : 1;
    for (let i = 0; i <= steps; i++) {
      const t = i / steps;
      const n = normalAt(gx + (ox - gx) * t * 0.98, gy + (oy - gy) * t * 0.98);
      grad.addColorStop(t, css(shadeColor(view, b.color, n)));
    }
    ctx.fillStyle = grad;
    ctx.fill();
    if (view.style.name !== 'cartoon') {
      const rim = ctx.createRadialGradient(0, 0, 0.62, 0, 0, 1);
      rim.addColorStop(0, 'rgba(0,0,0,0)');
      rim.addColorStop(1, b.pattern === 'marble' ? 'rgba(0,0,0,0.35)' : 'rgba(0,0,0,0.22)');
      ctx.fillStyle = rim;
      ctx.fill();
    }
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (b.pattern === 'basketball') drawSeams(ctx, view, b, radiusPx);
  if (b.pattern === 'marble') drawSwirl(ctx, view, b, radiusPx);
  if (b.pattern === 'stripes' || b.pattern === 'checks' || b.pattern === 'spots')
    drawPaint(ctx, view, b, radiusPx);
  if (view.style.outline) {
    ctx.setTransform(t11, t21, 0, t22, ctr.x, ctr.y);
    ctx.beginPath();
    ctx.arc(0, 0, 1, 0, 2 * Math.PI);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.strokeStyle = view.style.outline.color;
    ctx.lineWidth = Math.min(view.style.outline.width, radiusPx * 0.25);
    ctx.stroke();
  }
  // Specular highlight where the surface mirrors the light into the eye.
  const gloss = b.pattern === 'glossy' || b.pattern === 'marble' ? Math.max(b.gloss, 0.8) : b.gloss;
  if (gloss > 0.05 && radiusPx >= 1.5) {
    const H = normalize([L[0] + toEye[0], L[1] + toEye[1], L[2] + toEye[2]]);
    if (dot(H, toEye) > 0) {
      const [hx, hy] = unit(support(H));
      ctx.setTransform(t11, t21, 0, t22, ctr.x, ctr.y);
      const size = 0.1 + 0.25 * (1 - gloss);
      const g = ctx.createRadialGradient(hx, hy, 0, hx, hy, size);
      const a = Math.min(1, gloss * view.light.intensity);
      const white = css(view.style.tone([255, 255, 255]), a);
      g.addColorStop(0, white);
      g.addColorStop(b.pattern === 'marble' ? 0.45 : 0.25, css(view.style.tone([255, 255, 255]), a * 0.7));
      g.addColorStop(1, css(view.style.tone([255, 255, 255]), 0));
      ctx.fillStyle = g;
      ctx.beginPath();
      ctx.arc(hx, hy, size, 0, 2 * Math.PI);
      ctx.fill();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
    }
  }
  ctx.globalAlpha = 1;
}

/** Polyline through surface points (unit-sphere directions in the part frame); hidden parts skipped. */
function strokeCurve(
  ctx: SKRSContext2D,
  view: View,
  b: WorldBlob,
  dirs: Vec3[],
  scale: number,
  cull: boolean,
): void {
  let pen = false;
  for (const d of dirs) {
    const w = rotate(b.rot, d);
    // Radii along the part's own axes: directions map to the ellipsoid surface.
    const p: Vec3 = [
      b.c[0] + (b.axes[0][0] * d[0] + b.axes[1][0] * d[1] + b.axes[2][0] * d[2]) * scale,
      b.c[1] + (b.axes[0][1] * d[0] + b.axes[1][1] * d[1] + b.axes[2][1] * d[2]) * scale,
      b.c[2] + (b.axes[0][2] * d[0] + b.axes[1][2] * d[1] + b.axes[2][2] * d[2]) * scale,
    ];
    const seen = !cull || dot(w, sub(view.cam.position, p)) > 0;
    if (!seen) {
      pen = false;
      continue;
    }
    const s = project(view.cam, p);
    if (pen) ctx.lineTo(s.x, s.y);
    else ctx.moveTo(s.x, s.y);
    pen = true;
  }
}

const SEAMS: Vec3[][] = (() => {
  const N = 64;
  const ring = (f: (t: number) => Vec3) => Array.from({ length: N + 1 }, (_, i) => f((i / N) * 2 * Math.PI));
  const curved = (sx: number) =>
    ring((t) => {
      // Bowed seams around ±x: nearer the x axis at the equator, like a real ball's curved panels.
      const a = 0.92 + 0.36 * Math.cos(2 * t);
      return [sx * Math.cos(a), Math.sin(a) * Math.cos(t), Math.sin(a) * Math.sin(t)];
    });
  return [
    ring((t) => [Math.cos(t), 0, Math.sin(t)]),
    ring((t) => [0, Math.cos(t), Math.sin(t)]),
    curved(1),
    curved(-1),
  ];
})();

function drawSeams(ctx: SKRSContext2D, view: View, b: WorldBlob, radiusPx: number): void {
  if (radiusPx < 3) return;
  ctx.beginPath();
  for (const seam of SEAMS) strokeCurve(ctx, view, b, seam, 1, true);
  ctx.strokeStyle = css(view.style.tone([22, 14, 10]), 0.9);
  ctx.lineWidth = Math.max(0.8, radiusPx * 0.045);
  ctx.lineCap = 'round';
  ctx.stroke();
}

/** Rings around an axis at a few heights: stripes (and, crossed, checks) on a round surface. */
const bands = (axis: 0 | 1 | 2): Vec3[][] =>
  [-0.7, -0.35, 0, 0.35, 0.7].map((h) =>
    Array.from({ length: 41 }, (_, i) => {
      const t = (i / 40) * 2 * Math.PI;
      const r = Math.sqrt(1 - h * h);
      const p: Vec3 = [0, 0, 0];
      p[axis] = h;
      p[(axis + 1) % 3] = r * Math.cos(t);
      p[(axis + 2) % 3] = r * Math.sin(t);
      return p;
    }),
  );
const BANDS = [bands(0), bands(1), bands(2)];
/** Spots spread evenly over the surface (a Fibonacci sphere). */
const SPOTS: Vec3[] = Array.from({ length: 26 }, (_, i) => {
  const y = 1 - (2 * (i + 0.5)) / 26;
  const r = Math.sqrt(1 - y * y);
  const a = i * 2.39996;
  return [r * Math.cos(a), y, r * Math.sin(a)];
});

/**
 * Stripes, checks and spots painted on a sphere or egg: stripes ring its longest axis (a tiger's
 * round its body), checks cross them with a second set, spots sit all over; all turn with it.
 */
function drawPaint(ctx: SKRSContext2D, view: View, b: WorldBlob, radiusPx: number): void {
  if (radiusPx < 2) return;
  const ink = css(view.style.tone(mul(inkFor(b.color), 0.6 + 0.4 * view.light.intensity)), 0.92);
  const lengths = b.axes.map((a) => Math.hypot(a[0], a[1], a[2]));
  const long = lengths.indexOf(Math.max(...lengths)) as 0 | 1 | 2;
  const axis: 0 | 1 | 2 = lengths[long]! > 1.25 * Math.min(...lengths) ? long : 1;
  ctx.lineCap = 'round';
  if (b.pattern === 'spots') {
    ctx.fillStyle = ink;
    for (const d of SPOTS) {
      ctx.beginPath();
      const ring = Array.from({ length: 9 }, (_, k): Vec3 => {
        const a = (k / 8) * 2 * Math.PI;
        // A small circle around d on the unit sphere.
        const u = normalize(Math.abs(d[1]) < 0.9 ? [d[2], 0, -d[0]] : [1, 0, 0]);
        const v: Vec3 = [d[1] * u[2] - d[2] * u[1], d[2] * u[0] - d[0] * u[2], d[0] * u[1] - d[1] * u[0]];
        return normalize(
          [0, 1, 2].map((i) => d[i]! + 0.2 * (Math.cos(a) * u[i]! + Math.sin(a) * v[i]!)) as Vec3,
        );
      });
      strokeCurve(ctx, view, b, ring, 1, true);
      ctx.fill();
    }
    return;
  }
  ctx.beginPath();
  for (const band of BANDS[axis]!) strokeCurve(ctx, view, b, band, 1, true);
  if (b.pattern === 'checks')
    for (const band of BANDS[(axis + 1) % 3]!) strokeCurve(ctx, view, b, band, 1, true);
  ctx.strokeStyle = ink;
  ctx.lineWidth = Math.max(1, radiusPx * (b.pattern === 'checks' ? 0.12 : 0.18));
  ctx.stroke();
}

const SWIRL: Vec3[][] = [0, 1, 2].map((k) =>
  Array.from({ length: 25 }, (_, i) => {
    const t = i / 12 - 1;
    const phi = (k * 2 * Math.PI) / 3 + 1.9 * t;
    const rho = 0.62 * Math.sqrt(1 - t * t);
    return [rho * Math.cos(phi), 0.8 * t, rho * Math.sin(phi)] as Vec3;
  }),
);

/** A cat's-eye vane inside the glass: it turns with the marble. */
function drawSwirl(ctx: SKRSContext2D, view: View, b: WorldBlob, radiusPx: number): void {
  if (radiusPx < 2) return;
  const vane = mix(mul(saturate(b.color, 2.2), 0.75), [255, 120, 40], 0.35);
  ctx.beginPath();
  for (const s of SWIRL) strokeCurve(ctx, view, b, s, 1, false);
  ctx.strokeStyle = css(view.style.tone(vane), 0.9);
  ctx.lineWidth = Math.max(0.8, radiusPx * 0.2);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.stroke();
}
