/**
 * Ground textures laid out in world space (so perspective is exact) and drawn as a few batched
 * paths: wood floor planks, stone or ceramic tiles, grass, soil. Detail fades with distance from
 * the eye to avoid shimmering. Layout is drawn from createRandom(seed, 'ground').
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { isOutdoors, type Environment } from '../plan/schema.js';
import { createRandom } from '../plan/random.js';
import { project } from '../math/camera.js';
import type { Vec3 } from '../math/vec.js';
import { css, luminance, mix, mul, parseHex, type RGB } from './color.js';
import { depthOf, NEAR, projectPolygon, projectSegment, type View } from './view.js';

export interface GroundTexture {
  draw(ctx: SKRSContext2D, view: View, lit: RGB): void;
}

type Kind = 'planks' | 'court' | 'tiles' | 'grass' | 'soil' | 'plain';

interface Patch {
  pts: Vec3[];
  /** Index into the palette built from the lit ground colour. */
  tone: number;
}

interface Seg {
  a: Vec3;
  b: Vec3;
  tone: number;
}

function kindOf(env: Environment): Kind {
  const { material, color } = env.ground;
  const c = parseHex(color);
  const outdoor = isOutdoors(env.place);
  if (env.place === 'gym' && material === 'wood') return 'court';
  if (material === 'wood') return 'planks';
  if (outdoor && (material === 'fabric' || c[1] > c[0] * 1.05)) return 'grass';
  if (outdoor && material !== 'stone' && material !== 'ceramic') return 'soil';
  if (material === 'stone' || material === 'ceramic') return 'tiles';
  return luminance(c) > 0 ? 'plain' : 'plain';
}

export function groundTexture(env: Environment, seed: number, focus: Vec3): GroundTexture {
  const kind = kindOf(env);
  const rnd = createRandom(seed, 'ground');
  const patches: Patch[] = [];
  const segs: Seg[] = [];
  const fx = Math.round(focus[0]);
  const fz = Math.round(focus[2]);
  const S = 9;
  if (kind === 'planks' || kind === 'court') {
    const w = kind === 'court' ? 0.075 : 0.14;
    for (let z = fz - S; z < fz + S; z += w) {
      for (let x = fx - S; x < fx + S; x += 1.5) segs.push({ a: [x, 0, z], b: [x + 1.5, 0, z], tone: 0 });
      let x = fx - S - rnd.range(0, 1.8);
      while (x < fx + S) {
        const len = rnd.range(0.9, 2.2);
        const t = rnd.next();
        if (Math.abs(x - fx) < 7 && Math.abs(z - fz) < 7)
          patches.push({ pts: quad(x, z, len, w), tone: t < 0.33 ? 1 : t < 0.66 ? 2 : 3 });
        x += len;
        segs.push({ a: [x, 0, z], b: [x, 0, z + w], tone: 0 });
      }
    }
    if (kind === 'court') {
      // Painted court lines: a sideline and a centre line with its circle.
      for (const z of [fz - 4.5, fz + 3]) segs.push({ a: [fx - S, 0, z], b: [fx + S, 0, z], tone: 4 });
      for (let i = 0; i < 32; i++) {
        const a0 = (i / 32) * 2 * Math.PI;
        const a1 = ((i + 1) / 32) * 2 * Math.PI;
        const r = 1.8;
        segs.push({
          a: [fx + r * Math.cos(a0), 0, fz + r * Math.sin(a0)],
          b: [fx + r * Math.cos(a1), 0, fz + r * Math.sin(a1)],
          tone: 4,
        });
      }
    }
  } else if (kind === 'tiles') {
    const T = env.ground.material === 'ceramic' ? 0.3 : 0.5;
    for (let z = fz - S; z <= fz + S; z += T) {
      for (let x = fx - S; x < fx + S; x += 2 * T) {
        segs.push({ a: [x, 0, z], b: [x + 2 * T, 0, z], tone: 0 });
        segs.push({ a: [z - fz + fx, 0, x - fx + fz], b: [z - fz + fx, 0, x - fx + fz + 2 * T], tone: 0 });
      }
    }
    for (let z = fz - 6; z < fz + 6; z += T)
      for (let x = fx - 6; x < fx + 6; x += T) {
        const t = rnd.next();
        patches.push({ pts: quad(x, z, T, T), tone: t < 0.3 ? 1 : t < 0.6 ? 2 : 3 });
      }
  } else if (kind === 'grass' || kind === 'soil') {
    for (let i = 0; i < 500; i++) {
      const x = fx + rnd.range(-S, S);
      const z = fz + rnd.range(-S, S);
      const r = rnd.range(0.15, 0.6);
      const t = rnd.next();
      patches.push({ pts: blob(x, z, r, rnd.next()), tone: t < 0.5 ? 1 : 2 });
    }
    for (let i = 0; i < (kind === 'grass' ? 1400 : 500); i++) {
      const x = fx + rnd.range(-5, 5);
      const z = fz + rnd.range(-5, 5);
      if (kind === 'grass') {
        // A tuft: a short blade seen from the side, leaning a little.
        const h = rnd.range(0.02, 0.05);
        segs.push({
          a: [x, 0, z],
          b: [x + rnd.range(-0.02, 0.02), h, z + rnd.range(-0.01, 0.01)],
          tone: rnd.next() < 0.5 ? 5 : 6,
        });
      } else {
        patches.push({ pts: blob(x, z, rnd.range(0.008, 0.03), rnd.next()), tone: rnd.next() < 0.5 ? 3 : 1 });
      }
    }
  } else {
    for (let z = fz - S; z <= fz + S; z += 1)
      for (let x = fx - S; x < fx + S; x += 2) {
        segs.push({ a: [x, 0, z], b: [x + 2, 0, z], tone: 7 });
        segs.push({ a: [z - fz + fx, 0, x - fx + fz], b: [z - fz + fx, 0, x - fx + fz + 2], tone: 7 });
      }
  }
  return {
    draw: (ctx, view, lit) => {
      const white: RGB = [255, 255, 255];
      const palette: [RGB, number][] = [
        [mul(lit, 0.62), 0.7], // seams
        [mul(lit, 0.9), 0.55], // darker board / tile / patch
        [mix(lit, white, 0.07), 0.5], // lighter
        [mul(lit, 0.8), 0.45],
        [view.style.tone(mix(lit, white, 0.8)), 0.9], // painted lines
        [mul(lit, 0.7), 0.8], // grass blades
        [mix(lit, [200, 230, 120], 0.25), 0.8],
        [mul(lit, 0.85), 0.35], // faint large tiles
      ];
      const eye = view.cam.position;
      const fade = (p: Vec3) => {
        const d = Math.hypot(p[0] - eye[0], p[2] - eye[2], p[1] - eye[1]);
        return d < 5 ? 0 : d < 9 ? 1 : d < 14 ? 2 : 3;
      };
      const bandAlpha = [1, 0.6, 0.3];
      for (let band = 0; band < 3; band++) {
        for (let tone = 1; tone < palette.length; tone++) {
          let any = false;
          ctx.beginPath();
          for (const p of patches) {
            if (p.tone !== tone || fade(p.pts[0]!) !== band) continue;
            const xy = projectPolygon(view, p.pts);
            if (!xy || offscreen(xy, view)) continue;
            ctx.moveTo(xy[0]!, xy[1]!);
            for (let i = 2; i < xy.length; i += 2) ctx.lineTo(xy[i]!, xy[i + 1]!);
            ctx.closePath();
            any = true;
          }
          if (any) {
            ctx.fillStyle = css(palette[tone]![0], palette[tone]![1] * bandAlpha[band]!);
            ctx.fill();
          }
        }
        for (let tone = 0; tone < palette.length; tone++) {
          let any = false;
          ctx.beginPath();
          for (const s of segs) {
            if (s.tone !== tone || fade(s.a) !== band) continue;
            if (depthOf(view, s.a) < NEAR && depthOf(view, s.b) < NEAR) continue;
            const xy = projectSegment(view, s.a, s.b);
            if (!xy || offscreen(xy, view)) continue;
            ctx.moveTo(xy[0], xy[1]);
            ctx.lineTo(xy[2], xy[3]);
            any = true;
          }
          if (any) {
            ctx.strokeStyle = css(palette[tone]![0], palette[tone]![1] * bandAlpha[band]!);
            ctx.lineWidth = (tone === 4 ? 3 : tone >= 5 ? 1.2 : 1) * view.px * (band === 0 ? 1 : 0.8);
            ctx.stroke();
          }
        }
      }
      void project;
    },
  };
}

function offscreen(xy: readonly number[], view: View): boolean {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < xy.length; i += 2) {
    minX = Math.min(minX, xy[i]!);
    maxX = Math.max(maxX, xy[i]!);
    minY = Math.min(minY, xy[i + 1]!);
    maxY = Math.max(maxY, xy[i + 1]!);
  }
  return maxX < 0 || maxY < 0 || minX > view.cam.width || minY > view.cam.height;
}

const quad = (x: number, z: number, lx: number, lz: number): Vec3[] => [
  [x, 0, z],
  [x + lx, 0, z],
  [x + lx, 0, z + lz],
  [x, 0, z + lz],
];

function blob(x: number, z: number, r: number, phase: number): Vec3[] {
  const pts: Vec3[] = [];
  for (let k = 0; k < 7; k++) {
    const a = (k / 7) * 2 * Math.PI;
    const rr = r * (0.75 + 0.35 * Math.sin(a * 2 + phase * 6));
    pts.push([x + rr * Math.cos(a), 0, z + rr * Math.sin(a) * 0.8]);
  }
  return pts;
}
