/**
 * Looks as small passes: a colour transform every paint goes through (so noir is exactly grey and
 * cartoon is saturated everywhere), a shading transform (cartoon bands), outlines, and a final
 * overlay (noir vignette + film grain). Grain comes from createRandom seeded by the frame index.
 * Looks of other media (watercolour, oil, pixel art…) are in painterly.ts.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Style } from '../plan/schema.js';
import { createRandom } from '../plan/random.js';
import { luminance, saturate, type RGB } from './color.js';
import { painterlyStyle } from './painterly.js';

export interface StyleSpec {
  name: Style;
  /** Every colour drawn passes through here. */
  tone(c: RGB): RGB;
  /** Maps a 0..1 diffuse term to what is shown (identity, or flat bands). */
  shade(diffuse: number): number;
  /** Silhouette line colour and width in pixels at 720p, or null. */
  outline: { color: string; width: number } | null;
  /** Applied over the finished frame. */
  post(ctx: SKRSContext2D, frame: number): void;
}

export function createStyle(style: Style, width: number, height: number, seed: number): StyleSpec {
  if (style === 'cartoon') {
    return {
      name: style,
      tone: (c) => saturate(c, 1.35),
      // Three flat bands read as cel shading.
      shade: (d) => (d < 0.12 ? 0 : d < 0.55 ? 0.5 : 1),
      outline: { color: '#1b1410', width: Math.max(1.2, height / 400) },
      post: () => {},
    };
  }
  if (style === 'noir') {
    const vignette = makeVignette(width, height);
    const grain = makeGrain(seed);
    return {
      name: style,
      tone: (c) => {
        // Grey with an S-curve for contrast; identical channels keep the output exactly grey.
        const l = luminance(c) / 255;
        const s = l * l * (3 - 2 * l);
        const v = 255 * Math.min(1, Math.max(0, 1.15 * s - 0.04));
        return [v, v, v];
      },
      shade: (d) => Math.min(1, d * 1.15),
      outline: null,
      post: (ctx, frame) => {
        ctx.drawImage(vignette, 0, 0);
        const rnd = createRandom(seed, `grain:${frame}`);
        const ox = Math.floor(rnd.next() * GRAIN);
        const oy = Math.floor(rnd.next() * GRAIN);
        ctx.save();
        ctx.globalCompositeOperation = 'overlay';
        ctx.globalAlpha = 0.35;
        // Tile the grain with a per-frame offset: the grain crawls like film, deterministically.
        for (let y = -oy; y < height; y += GRAIN)
          for (let x = -ox; x < width; x += GRAIN) ctx.drawImage(grain, x, y);
        ctx.restore();
      },
    };
  }
  if (style !== 'natural') return painterlyStyle(style, width, height, seed);
  return { name: style, tone: (c) => c, shade: (d) => d, outline: null, post: () => {} };
}

const GRAIN = 256;

function makeGrain(seed: number): Canvas {
  const c = createCanvas(GRAIN, GRAIN);
  const ctx = c.getContext('2d');
  const img = ctx.createImageData(GRAIN, GRAIN);
  const rnd = createRandom(seed, 'grain');
  for (let i = 0; i < GRAIN * GRAIN; i++) {
    const v = Math.max(0, Math.min(255, 128 + rnd.gaussian() * 40));
    img.data[i * 4] = img.data[i * 4 + 1] = img.data[i * 4 + 2] = v;
    img.data[i * 4 + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
  return c;
}

function makeVignette(width: number, height: number): Canvas {
  const c = createCanvas(width, height);
  const ctx = c.getContext('2d');
  const r = Math.hypot(width, height) / 2;
  const g = ctx.createRadialGradient(width / 2, height / 2, r * 0.45, width / 2, height / 2, r);
  g.addColorStop(0, 'rgba(0,0,0,0)');
  g.addColorStop(1, 'rgba(0,0,0,0.7)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, width, height);
  return c;
}
