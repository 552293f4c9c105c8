/**
 * Looks borrowed from other media: watercolour, oil, Van Gogh, pixel art, ukiyo-e, cyberpunk and
 * surreal. Each is the same four hooks as every style (a colour transform, a shading transform,
 * outlines, a pass over the finished frame); the textures they lay over the frame (paper, brush
 * strokes, swirls, scanlines) are made once per video from its seed, like a canvas or a sheet of
 * paper that stays put while the scene moves on it.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Style } from '../plan/schema.js';
import { createRandom, type Random } from '../plan/random.js';
import { luminance, mix, saturate, type RGB } from './color.js';
import type { StyleSpec } from './styles.js';

type Painterly = Exclude<Style, 'natural' | 'cartoon' | 'noir'>;

const clamp = (v: number) => Math.min(255, Math.max(0, v));

/** Rotates a colour's hue by `degrees` in YIQ space (luma kept). */
function rotateHue(c: RGB, degrees: number): RGB {
  const y = 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
  const i = 0.596 * c[0] - 0.274 * c[1] - 0.322 * c[2];
  const q = 0.211 * c[0] - 0.523 * c[1] + 0.312 * c[2];
  const a = (degrees * Math.PI) / 180;
  const [i2, q2] = [i * Math.cos(a) - q * Math.sin(a), i * Math.sin(a) + q * Math.cos(a)];
  return [
    clamp(y + 0.956 * i2 + 0.621 * q2),
    clamp(y - 0.272 * i2 - 0.647 * q2),
    clamp(y - 1.106 * i2 + 1.703 * q2),
  ];
}

/** Smooth shading gathered towards `bands` flat steps (1 = fully banded). */
const banded = (bands: number, amount: number) => (d: number) =>
  (1 - amount) * d + (amount * Math.round(d * bands)) / bands;

/**
 * Textures are made at most this tall and stretched over the frame: at 1080p a canvas of brush
 * strokes would take longer to paint than the video.
 */
const TEXTURE_HEIGHT = 400;

/** Lays a texture over the frame (stretched to it) with a blend mode. */
const overlay =
  (texture: Canvas, mode: 'multiply' | 'overlay' | 'soft-light' | 'screen', alpha: number) =>
  (ctx: SKRSContext2D) => {
    ctx.save();
    ctx.globalCompositeOperation = mode;
    ctx.globalAlpha = alpha;
    ctx.drawImage(texture, 0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
  };

/** The size a frame's texture is made at. */
const textureSize = (width: number, height: number): [number, number] => {
  const f = Math.min(1, TEXTURE_HEIGHT / height);
  return [Math.max(1, Math.round(width * f)), Math.max(1, Math.round(height * f))];
};

function texture(width: number, height: number, fill: string, draw: (ctx: SKRSContext2D) => void): Canvas {
  const c = createCanvas(width, height);
  const ctx = c.getContext('2d');
  ctx.fillStyle = fill;
  ctx.fillRect(0, 0, width, height);
  draw(ctx);
  return c;
}

/** Paper: fine fibres and a few larger pigment pools, mid-grey around white for multiply. */
function paper(width: number, height: number, rng: Random, pools: number): Canvas {
  const px = height / 720;
  return texture(width, height, '#ffffff', (ctx) => {
    for (let k = 0; k < pools; k++) {
      const x = rng.next() * width;
      const y = rng.next() * height;
      const r = (80 + rng.next() * 220) * px;
      // Washes are uneven: each pool an ellipse at its own angle.
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.translate(x, y);
      ctx.rotate(rng.next() * Math.PI);
      ctx.scale(1, 0.45 + rng.next() * 0.5);
      ctx.translate(-x, -y);
      const g = ctx.createRadialGradient(x, y, r * 0.2, x, y, r);
      const v = Math.round(215 + rng.next() * 25);
      g.addColorStop(0, `rgba(${v},${v - 8},${v - 20},0.5)`);
      // A darker rim where the wash dried.
      g.addColorStop(0.85, `rgba(${v - 20},${v - 26},${v - 38},0.35)`);
      g.addColorStop(1, 'rgba(255,255,255,0)');
      ctx.fillStyle = g;
      ctx.fillRect(x - r, y - r, 2 * r, 2 * r);
    }
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.lineWidth = Math.max(0.5, px);
    for (let k = 0; k < (width * height) / 900; k++) {
      const x = rng.next() * width;
      const y = rng.next() * height;
      const a = rng.next() * Math.PI;
      const l = (4 + rng.next() * 10) * px;
      ctx.strokeStyle = `rgba(150,140,120,${0.08 + rng.next() * 0.12})`;
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + Math.cos(a) * l, y + Math.sin(a) * l);
      ctx.stroke();
    }
  });
}

/**
 * Brush strokes around mid-grey for the overlay blend: short straight dabs for oil, or strokes that
 * follow a field of swirls (a few vortices) for Van Gogh.
 */
function strokes(width: number, height: number, rng: Random, swirl: boolean): Canvas {
  const px = height / 720;
  const vortices = Array.from({ length: 5 }, () => ({
    x: rng.next() * width,
    y: rng.next() * height,
    spin: rng.next() < 0.5 ? -1 : 1,
  }));
  const direction = (x: number, y: number) => {
    if (!swirl) return Math.floor(x / (60 * px) + y / (45 * px)) * 0.7;
    let dx = 0.2;
    let dy = 0;
    for (const v of vortices) {
      const [ex, ey] = [x - v.x, y - v.y];
      const d2 = ex * ex + ey * ey + (80 * px) ** 2;
      dx += (-ey * v.spin * 4000 * px * px) / d2;
      dy += (ex * v.spin * 4000 * px * px) / d2;
    }
    return Math.atan2(dy, dx);
  };
  return texture(width, height, '#808080', (ctx) => {
    ctx.lineCap = 'round';
    // Enough strokes to cover the canvas: paint, not scattered marks.
    const count = Math.round((width * height) / (swirl ? 45 : 60));
    for (let k = 0; k < count; k++) {
      let x = rng.next() * width;
      let y = rng.next() * height;
      const v = Math.round(128 + (rng.next() - 0.5) * (swirl ? 170 : 130));
      ctx.strokeStyle = `rgba(${v},${v},${v},0.85)`;
      ctx.lineWidth = (swirl ? 2.6 : 3.4) * px * (0.7 + rng.next() * 0.6);
      ctx.beginPath();
      ctx.moveTo(x, y);
      const steps = swirl ? 5 : 2;
      const step = (swirl ? 5 : 6) * px;
      for (let s = 0; s < steps; s++) {
        const a = direction(x, y) + (swirl ? 0 : (rng.next() - 0.5) * 0.6);
        x += Math.cos(a) * step;
        y += Math.sin(a) * step;
        ctx.lineTo(x, y);
      }
      ctx.stroke();
    }
  });
}

function scanlines(width: number, height: number): Canvas {
  const gap = Math.max(2, Math.round(height / 240));
  return texture(width, height, '#808080', (ctx) => {
    ctx.fillStyle = 'rgba(0,0,0,0.5)';
    for (let y = 0; y < height; y += gap * 2) ctx.fillRect(0, y, width, gap);
  });
}

/** A soft wash over the whole frame, top colour to bottom colour. */
function wash(width: number, height: number, top: string, bottom: string): Canvas {
  return texture(width, height, '#808080', (ctx) => {
    const g = ctx.createLinearGradient(0, 0, 0, height);
    g.addColorStop(0, top);
    g.addColorStop(1, bottom);
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, width, height);
  });
}

/**
 * Pixel art: the frame redrawn from a coarse grid of cells, each cell one flat colour from a small
 * palette (eight levels a channel), like a sprite. The palette is applied to the cells, not to each
 * paint, so gradients and overlays end in palette colours too.
 */
function pixelate(width: number, height: number): (ctx: SKRSContext2D) => void {
  const cell = Math.max(3, Math.round(height / 120));
  const small = createCanvas(Math.ceil(width / cell), Math.ceil(height / cell));
  const smallCtx = small.getContext('2d');
  smallCtx.imageSmoothingEnabled = false;
  return (ctx) => {
    smallCtx.drawImage(
      ctx.canvas,
      0,
      0,
      small.width * cell,
      small.height * cell,
      0,
      0,
      small.width,
      small.height,
    );
    const cells = smallCtx.getImageData(0, 0, small.width, small.height);
    const d = cells.data;
    for (let i = 0; i < d.length; i += 4)
      for (let k = 0; k < 3; k++) d[i + k] = Math.min(255, Math.round(d[i + k]! / 36) * 36 + 3);
    smallCtx.putImageData(cells, 0, 0);
    ctx.save();
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(small, 0, 0, small.width, small.height, 0, 0, small.width * cell, small.height * cell);
    ctx.restore();
  };
}

const NEON_DARK: RGB = [22, 8, 44];
const NEON_MID: RGB = [225, 40, 170];
const NEON_BRIGHT: RGB = [50, 235, 255];

export function painterlyStyle(style: Painterly, width: number, height: number, seed: number): StyleSpec {
  const rng = createRandom(seed, `style/${style}`);
  const [tw, th] = textureSize(width, height);
  const spec = (s: Omit<StyleSpec, 'name'>): StyleSpec => ({ name: style, ...s });
  switch (style) {
    case 'watercolor':
      return spec({
        tone: (c) => mix(saturate(c, 1.05), [250, 246, 236], 0.2),
        shade: (d) => 0.45 + 0.55 * d,
        outline: null,
        post: overlay(paper(tw, th, rng, 60), 'multiply', 0.9),
      });
    case 'oil-painting':
      return spec({
        tone: (c) => {
          const s = saturate(c, 1.15);
          return [clamp(s[0] * 1.04), s[1], clamp(s[2] * 0.92)];
        },
        shade: banded(5, 0.5),
        outline: null,
        post: overlay(strokes(tw, th, rng, false), 'overlay', 0.9),
      });
    case 'van-gogh':
      return spec({
        // Ultramarine shadows, chrome-yellow lights.
        tone: (c) => mix(saturate(c, 1.35), luminance(c) < 128 ? [40, 70, 170] : [245, 205, 60], 0.22),
        shade: banded(4, 0.6),
        outline: { color: '#1d2440', width: Math.max(1, height / 500) },
        post: overlay(strokes(tw, th, rng, true), 'overlay', 1),
      });
    case 'pixel-art':
      return spec({
        tone: (c) => saturate(c, 1.2),
        shade: banded(3, 0.8),
        outline: { color: '#141018', width: Math.max(1.5, height / 240) },
        post: pixelate(width, height),
      });
    case 'ukiyo-e':
      return spec({
        tone: (c) => mix(saturate(c, 0.7), [236, 222, 190], 0.25),
        shade: (d) => (d < 0.3 ? 0.6 : 1),
        outline: { color: '#2a2018', width: Math.max(1.2, height / 420) },
        post: overlay(paper(tw, th, rng, 25), 'multiply', 0.6),
      });
    case 'cyberpunk':
      return spec({
        tone: (c) => {
          // A night of neon: shadows deep violet, mid-tones magenta, lights cyan, the thing's own colour showing through.
          const l = luminance(c) / 255;
          const neon = l < 0.5 ? mix(NEON_DARK, NEON_MID, l * 2) : mix(NEON_MID, NEON_BRIGHT, (l - 0.5) * 2);
          return mix(neon, c, 0.25);
        },
        shade: (d) => Math.min(1, d * 1.2),
        outline: { color: '#22f0ff', width: Math.max(1.2, height / 360) },
        post: overlay(scanlines(width, height), 'overlay', 0.35),
      });
    case 'surreal':
      return spec({
        tone: (c) => rotateHue(saturate(c, 1.5), 150),
        shade: (d) => 0.3 + 0.7 * d,
        outline: null,
        post: overlay(wash(tw, th, '#ff7ac8', '#20c8b4'), 'overlay', 0.7),
      });
  }
}
