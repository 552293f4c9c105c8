/**
 * render/: Trace + plan → RGBA frames. A perspective camera (math/camera.ts) over the 3D world,
 * drawn with Skia (@napi-rs/canvas) as a painter's list of shaded faces and sphere impostors over
 * a cached background (sky, textured ground, back wall), with soft contact shadows, surface
 * patterns and styles. Pure: the same plan and trace give the same bytes.
 *
 *   index.ts       the FrameRenderer (caching, supersampling, read-back)
 *   scene.ts       poses entities and builds the frame's draw list; order.ts sorts it
 *   mesh.ts        parts → local meshes (once per entity); primitives/ draws faces and blobs
 *   background.ts  sky, wall, static shadows; ground.ts the ground textures
 *   shadows.ts     contact shadows; patterns.ts box-face patterns; styles.ts looks
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { ScenePlan } from '../plan/schema.js';
import type { CameraPose, Trace } from '../sim/trace.js';
import { cameraBasis } from '../math/camera.js';
import { poseAt } from '../sim/trace.js';
import { shotAt } from '../sim/camera.js';
import { rotate, type Vec3 } from '../math/vec.js';
import { createBackdrop, drawBackdrop, type StaticCaster } from './background.js';
import { buildFrame, prepareEntities } from './scene.js';
import { drawShadows } from './shadows.js';
import { createStyle } from './styles.js';
import { lightOf, type View } from './view.js';
import { createWeather } from './weather.js';
import { drawLabels } from './labels.js';
import { drawCaptions, type CaptionCue } from './captions.js';

export type { CaptionCue };

export interface FrameRenderer {
  width: number;
  height: number;
  /** RGBA, width*height*4 bytes, opaque. A fresh Buffer per call: safe to hand to a pipe. */
  render(frame: number): Buffer;
}

export interface RenderOptions {
  /** 'pro': 2× supersampling and finer tessellation; 'standard' (default) is tuned for speed. */
  quality?: 'standard' | 'pro';
  /** Captions to burn into the picture (the dialogue's cues); none by default. */
  captions?: readonly CaptionCue[];
}

/**
 * The frame's pixels in memory V8 owns: getImageData is several times faster than canvas.data() here,
 * and its buffer is reclaimed by the garbage collector promptly (and can be moved between threads).
 */
function readPixels(ctx: SKRSContext2D, width: number, height: number): Buffer {
  const { data } = ctx.getImageData(0, 0, width, height);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

export function createFrameRenderer(
  plan: ScenePlan,
  trace: Trace,
  options: RenderOptions = {},
): FrameRenderer {
  const pro = options.quality === 'pro';
  const ss = pro ? 2 : 1;
  const width = plan.width;
  const height = plan.height;
  const W = width * ss;
  const H = height * ss;
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d', { alpha: false });
  const out: Canvas | null = pro ? createCanvas(width, height) : null;
  const outCtx = out?.getContext('2d', { alpha: false }) ?? null;
  if (outCtx) outCtx.imageSmoothingQuality = 'high';
  const bg = createCanvas(W, H);
  const bgCtx = bg.getContext('2d', { alpha: false });
  let bgKey = '';

  const style = createStyle(plan.style, W, H, plan.seed);
  const weather = createWeather(plan.environment, W, H, plan.seed);
  const light = lightOf(plan.environment);
  const ents = prepareEntities(plan, trace, pro ? 36 : 18);
  const last = Math.max(0, trace.frameCount - 1);

  // Scenery never moves: its shadows on the ground are part of the cached background.
  const casters: StaticCaster[] = ents
    .filter((se) => !se.moving)
    .map((se) => {
      const { position: p, rotation: q } = poseAt(trace, 0, se.index);
      const world = (v: Vec3): Vec3 => {
        const r = rotate(q, v);
        return [p[0] + r[0], p[1] + r[1], p[2] + r[2]];
      };
      return {
        groups: [
          ...se.shape.meshes.filter((m) => !m.net).map((m) => m.verts.map(world)),
          ...se.shape.rings.map((r) =>
            Array.from({ length: 16 }, (_, k) => {
              const t = (k / 16) * 2 * Math.PI;
              const u = Math.abs(r.axis[1]) < 0.9 ? [r.axis[2], 0, -r.axis[0]] : [1, 0, 0];
              const v = [
                r.axis[1] * u[2]! - r.axis[2] * u[1]!,
                r.axis[2] * u[0]! - r.axis[0] * u[2]!,
                r.axis[0] * u[1]! - r.axis[1] * u[0]!,
              ];
              const lu = Math.hypot(...u) || 1;
              const lv = Math.hypot(...v) || 1;
              return world(
                [0, 1, 2].map(
                  (i) => r.center[i]! + r.radius * ((u[i]! / lu) * Math.cos(t) + (v[i]! / lv) * Math.sin(t)),
                ) as Vec3,
              );
            }),
          ),
        ],
        blobs: se.shape.blobs.map((b) => ({ c: world(b.center), axes: b.axes.map((a) => rotate(q, a)) })),
      };
    });
  const focus = focusOf(plan, trace.cameras[0]);
  const backdrop = createBackdrop(plan.environment, plan.seed, focus, casters);

  const render = (frame: number): Buffer => {
    const f = Math.min(last, Math.max(0, Math.floor(frame)));
    const pose = trace.cameras[f] ?? trace.cameras[trace.cameras.length - 1]!;
    const view: View = { cam: cameraBasis(pose, W, H), light, style, px: H / 720, pro };
    const key = `${pose.position.join()}|${pose.target.join()}|${pose.fovY}`;
    if (key !== bgKey) {
      bgCtx.save();
      drawBackdrop(bgCtx, view, backdrop);
      bgCtx.restore();
      bgKey = key;
    }
    // Every frame starts from the default state, so no frame depends on what the last one left set.
    ctx.save();
    const blur = focusBlur(plan, f / trace.fps, H);
    ctx.drawImage(bg, 0, 0);
    if (blur.background > 0.3) {
      // Over the sharp picture, so the blur's fade at the frame's edges shows picture, not black.
      ctx.filter = `blur(${blur.background.toFixed(2)}px)`;
      ctx.drawImage(bg, 0, 0);
    }
    ctx.filter = blur.scene > 0.3 ? `blur(${blur.scene.toFixed(2)}px)` : 'none';
    const scene = buildFrame(view, ents, trace, f);
    drawShadows(ctx, view, scene.ground.decals);
    for (const item of scene.items) item.draw(ctx);
    ctx.filter = 'none';
    resetState(ctx);
    drawLabels(ctx, view, ents, trace, f);
    weather?.(ctx, f / trace.fps);
    style.post(ctx, f);
    if (options.captions) drawCaptions(ctx, options.captions, f / trace.fps, W, H);
    ctx.restore();
    if (outCtx) outCtx.drawImage(canvas, 0, 0, width, height);
    return readPixels(outCtx ?? ctx, width, height);
  };
  return { width, height, render };
}

/** Blur radius (px at 720p, scaled) of the most out-of-focus plane in a racking-focus shot. */
const RACK_BLUR = 7;

/**
 * How blurred the background and the scene are at time t: a racking-focus shot pulls the focus
 * from one to the other over its length (smoothly, as a focus puller's hand moves).
 */
function focusBlur(plan: ScenePlan, t: number, height: number): { background: number; scene: number } {
  const shot = shotAt(plan.shots, t);
  if (!shot.rackFocus) return { background: 0, scene: 0 };
  const x = Math.min(1, Math.max(0, (t - shot.start) / (shot.end - shot.start)));
  const u = x * x * (3 - 2 * x);
  const far = shot.rackFocus === 'to-background' ? 1 - u : u;
  const max = RACK_BLUR * (height / 720);
  return { background: max * far, scene: max * (1 - far) };
}

function resetState(ctx: SKRSContext2D): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
}

/** Where the scene is: the middle of its entities, else where the first camera looks. */
function focusOf(plan: ScenePlan, cam: CameraPose | undefined): Vec3 {
  if (plan.entities.length === 0) return cam?.target ?? [0, 0, 0];
  const s = plan.entities.reduce<Vec3>(
    (acc, e) => [acc[0] + e.position[0], acc[1] + e.position[1], acc[2] + e.position[2]],
    [0, 0, 0],
  );
  const n = plan.entities.length;
  return [s[0] / n, 0, s[2] / n];
}
