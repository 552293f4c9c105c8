/**
 * Look sheets for people: every archetype from front, side and three-quarter views in every style,
 * plus a busy showcase scene. Writes PNGs to /tmp/render-look/. Run:
 *   node --import tsx test/render/look.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { createFrameRenderer } from '../../src/render/index.js';
import { ARCHETYPES } from '../../src/world/index.js';
import type { Style } from '../../src/plan/schema.js';
import type { Vec3 } from '../../src/math/vec.js';
import { lookAt, makePlan, makeTrace, showcase, type EntitySpec } from './helpers.js';

const OUT = '/tmp/render-look';
mkdirSync(OUT, { recursive: true });

function rgbaToPng(buf: Buffer, w: number, h: number): Buffer {
  const c = createCanvas(w, h);
  const ctx = c.getContext('2d');
  const img = ctx.createImageData(w, h);
  img.data.set(buf);
  ctx.putImageData(img, 0, 0);
  return c.toBuffer('image/png');
}

export function renderStill(
  entities: EntitySpec[],
  eye: Vec3,
  target: Vec3,
  opts: {
    style?: Style;
    width?: number;
    height?: number;
    env?: Parameters<typeof makePlan>[1];
    lens?: number;
  } = {},
): { rgba: Buffer; w: number; h: number } {
  const w = opts.width ?? 480;
  const h = opts.height ?? 270;
  const plan = makePlan(entities, { width: w, height: h, style: opts.style ?? 'natural', ...opts.env });
  const trace = makeTrace(plan, 1, lookAt(eye, target, opts.lens ?? 35));
  return { rgba: createFrameRenderer(plan, trace).render(0), w, h };
}

const views = (size: number[], center: Vec3): [string, Vec3][] => {
  const d = Math.max(...size) * 2.6 + 0.15;
  return [
    ['front', [center[0], center[1] + d * 0.25, center[2] + d]],
    ['side', [center[0] + d, center[1] + d * 0.25, center[2]]],
    ['34', [center[0] + d * 0.7, center[1] + d * 0.55, center[2] + d * 0.7]],
  ];
};

function sheet(style: Style, part: number, names: string[]): void {
  const cw = 320;
  const ch = 180;
  const c = createCanvas(cw * 3, ch * names.length);
  const ctx = c.getContext('2d');
  names.forEach((name, row) => {
    const a = ARCHETYPES.get(name)!;
    const y = a.origin === 'center' ? a.size[1] / 2 : 0;
    const center: Vec3 = [0, a.size[1] / 2, 0];
    const rotation: Vec3 = name === 'basketball' ? [20, 30, 10] : [0, 0, 0];
    views(a.size, center).forEach(([, eye], col) => {
      const { rgba } = renderStill([{ archetype: name, position: [0, y, 0], rotation }], eye, center, {
        style,
        width: cw,
        height: ch,
      });
      const img = ctx.createImageData(cw, ch);
      img.data.set(rgba);
      ctx.putImageData(img, col * cw, row * ch);
    });
    ctx.fillStyle = '#000';
    ctx.font = '14px sans-serif';
    ctx.fillText(name, 6, row * ch + 16);
  });
  writeFileSync(`${OUT}/sheet-${style}-${part}.png`, c.toBuffer('image/png'));
}

const ONLY = process.argv[2];
if (!ONLY || ONLY.startsWith('sheet')) {
  const styles: Style[] = ONLY?.includes(':')
    ? [ONLY.split(':')[1] as Style]
    : ['natural', 'cartoon', 'noir'];
  const names = [...ARCHETYPES.keys()];
  for (const s of styles) for (let i = 0; i < names.length; i += 6) sheet(s, i / 6, names.slice(i, i + 6));
}
if (!ONLY || ONLY === 'showcase') {
  for (const style of ['natural', 'cartoon', 'noir'] as Style[]) {
    const { rgba, w, h } = renderStill(showcase, [0.6, 2.2, 4.6], [0, 0.4, 0], {
      style,
      width: 1280,
      height: 720,
    });
    writeFileSync(`${OUT}/showcase-${style}.png`, rgbaToPng(rgba, w, h));
  }
  const hoop = renderStill(
    [
      { archetype: 'hoop', position: [0, 0, 0] },
      { archetype: 'basketball', position: [0.15, 3.3, 0.1], rotation: [30, 0, 20] },
    ],
    [3.5, 2.6, 3.2],
    [0, 2.6, 0],
    {
      width: 960,
      height: 540,
      env: {
        environment: {
          place: 'gym',
          ground: { material: 'wood', color: '#d9a86c' },
          wall: { color: '#cfd6dc', distance: 2 },
          sky: '#9cc7ee',
          timeOfDay: 'evening',
          light: { azimuth: 60, elevation: 40, intensity: 1, color: '#ffe6c8' },
        },
      },
    },
  );
  writeFileSync(`${OUT}/hoop.png`, rgbaToPng(hoop.rgba, hoop.w, hoop.h));
}
