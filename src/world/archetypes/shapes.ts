/**
 * Simple solids beyond the ball, cube and cylinder: cone, pyramid, torus, capsule. Each has
 * colliders that follow its form (stacked pieces, a ring of balls), so it rests and rolls as it looks.
 */
import type { Archetype } from '../types.js';
import { figure, type FigureSpec, type Shape, type Solid } from './figures.js';
import { around, spread } from './geometry.js';

const shape = (
  name: string,
  spec: Omit<FigureSpec, 'material'> & { material?: FigureSpec['material'] },
): Archetype => figure(name, { material: 'wood', density: 650, ...spec });

const CONE = { r: 0.1, h: 0.25 };
const cone = shape('cone', {
  nouns: ['cone'],
  color: '#f5b800',
  size: [2 * CONE.r, CONE.h, 2 * CONE.r],
  shapes: [{ cone: [CONE.r, CONE.h] }],
  // Three stacked discs, each as wide as the cone a third of the way up it.
  solid: [0, 1, 2].map((k): Solid => ({
    rod: [CONE.r * (1 - (k + 1 / 3) / 3), CONE.h / 3],
    at: [0, -CONE.h / 2 + ((k + 0.5) * CONE.h) / 3, 0],
  })),
});

/** A square pyramid as thin slabs narrowing upward: stepped like the ones of old, smooth from afar. */
const PYRAMID = { base: 0.3, h: 0.2, layers: 14 };
const pyramid = shape('pyramid', {
  nouns: ['pyramid'],
  color: '#e0a84a',
  material: 'stone',
  density: 2000,
  size: [PYRAMID.base, PYRAMID.h, PYRAMID.base],
  shapes: spread(PYRAMID.layers, 0, PYRAMID.layers - 1).map((k): Shape => ({
    box: [
      PYRAMID.base * (1 - k / PYRAMID.layers),
      PYRAMID.h / PYRAMID.layers + 0.0005,
      PYRAMID.base * (1 - k / PYRAMID.layers),
    ],
    at: [0, -PYRAMID.h / 2 + ((k + 0.5) * PYRAMID.h) / PYRAMID.layers, 0],
  })),
  solid: [0, 1, 2].map((k): Solid => ({
    box: [PYRAMID.base * (1 - (k + 0.5) / 3), PYRAMID.h / 3, PYRAMID.base * (1 - (k + 0.5) / 3)],
    at: [0, -PYRAMID.h / 2 + ((k + 0.5) * PYRAMID.h) / 3, 0],
  })),
});

const TORUS = { r: 0.1, tube: 0.035 };
const torus = shape('torus', {
  nouns: ['torus', 'ring'],
  color: '#d12f9b',
  material: 'rubber',
  density: 400,
  size: [2 * (TORUS.r + TORUS.tube), 2 * TORUS.tube, 2 * (TORUS.r + TORUS.tube)],
  shapes: [{ ring: [TORUS.r, TORUS.tube] }],
  solid: around(12, TORUS.r, (x, z): Solid => ({ ball: TORUS.tube, at: [x, 0, z] })),
});

/** A capsule (a pill) lying along x: a cylinder with round ends. */
const CAPSULE = { r: 0.06, length: 0.16 };
const capsule = shape('capsule', {
  nouns: ['capsule', 'pill'],
  color: '#33c2b8',
  material: 'plastic',
  size: [CAPSULE.length + 2 * CAPSULE.r, 2 * CAPSULE.r, 2 * CAPSULE.r],
  shapes: [
    { rod: [CAPSULE.r, CAPSULE.length], turn: [0, 0, 90] },
    { ball: CAPSULE.r, at: [CAPSULE.length / 2, 0, 0] },
    { ball: CAPSULE.r, at: [-CAPSULE.length / 2, 0, 0], paint: '#f3f3f0' },
  ],
  solid: [
    { rod: [CAPSULE.r, CAPSULE.length], turn: [0, 0, 90] },
    { ball: CAPSULE.r, at: [CAPSULE.length / 2, 0, 0] },
    { ball: CAPSULE.r, at: [-CAPSULE.length / 2, 0, 0] },
  ],
});

export const shapes: Archetype[] = [cone, pyramid, torus, capsule];
