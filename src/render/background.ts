/**
 * Everything behind the objects, drawn once per camera pose and cached: sky (time-of-day
 * gradient), the ground (textured in world space: wood planks, stone tiles, grass or soil), what
 * stands on the horizon outdoors (skyline.ts), the optional back wall, and the shadows static
 * scenery throws on the ground.
 * Convention: environment.wall is a vertical plane at z = −distance facing +z, floor to ceiling.
 */
import { Image, type SKRSContext2D } from '@napi-rs/canvas';
import type { Environment } from '../plan/schema.js';
import { project } from '../math/camera.js';
import { dot, normalize, type Vec3 } from '../math/vec.js';
import { css, mix, mul, parseHex, type RGB } from './color.js';
import { groundTexture, type GroundTexture } from './ground.js';
import { hullOnPlane } from './shadows.js';
import { drawSkyline } from './skyline.js';
import { projectPolygon, projectSegment, shadeColor, tracePolygon, type View } from './view.js';

const AWAY = 20000;

export interface StaticCaster {
  /** Convex groups of points (one per mesh part). */
  groups: Vec3[][];
  blobs: { c: Vec3; axes: Vec3[] }[];
}

export interface Backdrop {
  env: Environment;
  texture: GroundTexture;
  casters: StaticCaster[];
  /** The plan's backdrop image, decoded once. */
  image?: Image;
  seed: number;
}

export function createBackdrop(
  env: Environment,
  seed: number,
  focus: Vec3,
  casters: StaticCaster[],
): Backdrop {
  let image: Image | undefined;
  if (env.backdrop) {
    image = new Image();
    image.src = Buffer.from(env.backdrop.slice(env.backdrop.indexOf(',') + 1), 'base64');
  }
  return { env, texture: groundTexture(env, seed, focus), casters, image, seed };
}

/** The image scaled to cover the frame, centred, cropping what does not fit. */
export function drawCover(ctx: SKRSContext2D, image: Image, W: number, H: number): void {
  const scale = Math.max(W / image.width, H / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  ctx.drawImage(image, (W - w) / 2, (H - h) / 2, w, h);
}

function skyColors(env: Environment): { top: RGB; horizon: RGB } {
  const sky = parseHex(env.sky);
  const white: RGB = [255, 255, 255];
  switch (env.timeOfDay) {
    case 'morning':
      return { top: sky, horizon: mix(sky, [255, 222, 185], 0.55) };
    case 'afternoon':
      return { top: mul(sky, 0.95), horizon: mix(sky, [255, 236, 200], 0.45) };
    case 'evening':
      return { top: mix(mul(sky, 0.7), [70, 60, 120], 0.35), horizon: mix(sky, [255, 150, 80], 0.65) };
    case 'night':
      return { top: mix(mul(sky, 0.25), [8, 10, 30], 0.5), horizon: mix(mul(sky, 0.45), [30, 35, 70], 0.5) };
    default:
      return { top: mul(sky, 0.92), horizon: mix(sky, white, 0.5) };
  }
}

export function drawBackdrop(ctx: SKRSContext2D, view: View, b: Backdrop): void {
  const { cam, style } = view;
  const { width: W, height: H } = cam;
  if (b.image) {
    // The picture is the set: things stand in front of it, their shadows fall on the ground plane.
    drawCover(ctx, b.image, W, H);
    drawStaticShadows(ctx, view, b);
    return;
  }
  const { top, horizon } = skyColors(b.env);
  // Screen row of the horizon: where a level view ray meets the image plane.
  const f = cam.forward;
  const level = normalize([f[0], 0, f[2]]);
  const hz =
    dot(level, cam.forward) > 1e-3
      ? H / 2 - (cam.focal * dot(level, cam.up)) / dot(level, cam.forward)
      : -1e6;
  const sky = ctx.createLinearGradient(0, Math.min(hz, H) - H, 0, Math.max(0, hz));
  sky.addColorStop(0, css(style.tone(top)));
  sky.addColorStop(1, css(style.tone(horizon)));
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, W, H);

  const e = cam.position;
  const R = 400;
  const ground = projectPolygon(view, [
    [e[0] - R, 0, e[2] - R],
    [e[0] + R, 0, e[2] - R],
    [e[0] + R, 0, e[2] + R],
    [e[0] - R, 0, e[2] + R],
  ]);
  const up: Vec3 = [0, 1, 0];
  const groundLit = shadeColor(view, parseHex(b.env.ground.color), up);
  if (ground) {
    ctx.fillStyle = css(groundLit);
    tracePolygon(ctx, ground);
    ctx.fill();
    b.texture.draw(ctx, view, groundLit);
    // Aerial haze toward the horizon hides the far texture and joins ground to sky.
    if (hz > -1e5 && hz < H) {
      const haze = ctx.createLinearGradient(0, hz, 0, hz + H * 0.35);
      haze.addColorStop(0, css(style.tone(mix(horizon, groundLit, 0.45)), 0.9));
      haze.addColorStop(1, css(style.tone(horizon), 0));
      ctx.save();
      tracePolygon(ctx, ground);
      ctx.clip();
      ctx.fillStyle = haze;
      ctx.fillRect(0, hz - 2, W, H * 0.35 + 2);
      ctx.restore();
    }
  }
  if (!b.env.wall) drawSkyline(ctx, view, b.env, b.seed, hz);
  drawStaticShadows(ctx, view, b);
  if (b.env.wall) drawWall(ctx, view, b.env.wall);
}

function drawWall(ctx: SKRSContext2D, view: View, wall: NonNullable<Environment['wall']>): void {
  const z = -wall.distance;
  const e = view.cam.position;
  if (e[2] <= z) return;
  const X = 80;
  const Y = 30;
  const quad = (y0: number, y1: number): Vec3[] => [
    [e[0] - X, y0, z],
    [e[0] + X, y0, z],
    [e[0] + X, y1, z],
    [e[0] - X, y1, z],
  ];
  const base = parseHex(wall.color);
  const lit = shadeColor(view, base, [0, 0, 1]);
  const xy = projectPolygon(view, quad(0, Y));
  if (!xy) return;
  ctx.fillStyle = css(lit);
  tracePolygon(ctx, xy);
  ctx.fill();
  // Soft darkening into the floor corner (ambient occlusion), then a skirting board.
  const a = project(view.cam, [e[0], 0, z]);
  const b = project(view.cam, [e[0], 0.7, z]);
  const ao = ctx.createLinearGradient(a.x, a.y, b.x, b.y);
  ao.addColorStop(0, 'rgba(0,0,0,0.22)');
  ao.addColorStop(1, 'rgba(0,0,0,0)');
  const band = projectPolygon(view, quad(0, 0.7));
  if (band) {
    ctx.fillStyle = ao;
    tracePolygon(ctx, band);
    ctx.fill();
  }
  const skirt = projectPolygon(view, quad(0, 0.09));
  if (skirt) {
    ctx.fillStyle = css(mul(lit, 0.82));
    tracePolygon(ctx, skirt);
    ctx.fill();
    const s = projectSegment(view, [e[0] - X, 0.09, z], [e[0] + X, 0.09, z]);
    if (s) {
      ctx.strokeStyle = css(mul(lit, 0.6), 0.8);
      ctx.lineWidth = Math.max(0.8, view.px);
      ctx.beginPath();
      ctx.moveTo(s[0], s[1]);
      ctx.lineTo(s[2], s[3]);
      ctx.stroke();
    }
  }
}

/** Scenery shadows on the ground: each part's outline projected along the light, merged, blurred. */
function drawStaticShadows(ctx: SKRSContext2D, view: View, b: Backdrop): void {
  const L = view.light.dir;
  if (L[1] < 0.05 || b.casters.length === 0) return;
  const n: Vec3 = [0, 1, 0];
  const flat = (p: Vec3): Vec3 => [p[0] - (L[0] * p[1]) / L[1], 0, p[2] - (L[2] * p[1]) / L[1]];
  ctx.save();
  // Shadow-only fill (see shadows.ts): the path is drawn off-canvas and only its blur lands.
  ctx.shadowColor = `rgba(0,0,0,${Math.min(0.6, 0.4 * view.light.intensity).toFixed(3)})`;
  ctx.shadowBlur = 5 * view.px;
  ctx.shadowOffsetX = AWAY;
  ctx.fillStyle = '#000';
  ctx.translate(-AWAY, 0);
  ctx.beginPath();
  for (const c of b.casters) {
    for (const g of c.groups) addHull(ctx, view, hullOnPlane(g.map(flat), n));
    for (const bl of c.blobs) {
      const r = Math.max(...bl.axes.map((a) => Math.hypot(a[0], a[1], a[2])));
      const ring: Vec3[] = [];
      for (let k = 0; k < 16; k++) {
        const t = (k / 16) * 2 * Math.PI;
        ring.push(flat([bl.c[0] + r * Math.cos(t), bl.c[1], bl.c[2] + r * Math.sin(t)]));
      }
      addHull(ctx, view, hullOnPlane(ring, n));
    }
  }
  // Non-zero winding merges overlapping hulls so they do not darken twice.
  ctx.fill('nonzero');
  ctx.restore();
}

function addHull(ctx: SKRSContext2D, view: View, hull: Vec3[]): void {
  if (hull.length < 3) return;
  // Same winding for every hull (counter-clockwise seen from above).
  let area = 0;
  for (let i = 0; i < hull.length; i++) {
    const a = hull[i]!;
    const b = hull[(i + 1) % hull.length]!;
    area += a[0] * b[2] - b[0] * a[2];
  }
  const pts = area < 0 ? [...hull].reverse() : hull;
  const xy = projectPolygon(view, pts);
  if (!xy) return;
  ctx.moveTo(xy[0]!, xy[1]!);
  for (let i = 2; i < xy.length; i += 2) ctx.lineTo(xy[i]!, xy[i + 1]!);
  ctx.closePath();
}
