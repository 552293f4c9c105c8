/** What the animal files share: figures measured from the ground, eyes, mirrored pairs, colours. */
import type { Archetype } from '../types.js';
import type { Rig } from '../rigs/types.js';
import type { Boned, RestBody } from '../rigs/joints.js';
import { EYE } from './animals.js';
import { figure, pair, type FigureSpec, type Shape } from './figures.js';
import { fromGround } from './geometry.js';

export const WHITE = '#f3f1ea';
export const PINK = '#e8a0a8';

/** An animal figure whose shapes are measured from the ground it stands on. */
export const creature = (name: string, spec: Omit<FigureSpec, 'material'>): Archetype =>
  figure(name, fromGround({ material: 'fabric', density: 900, ...spec }));

/**
 * A living creature: its shapes grouped by the bone that carries each, moved by the rig `rigOf`
 * makes from its rest parts (its plan measured from the ground, as its shapes are).
 */
export function riggedCreature<B extends string>(
  name: string,
  spec: Omit<FigureSpec, 'material' | 'shapes'>,
  groups: Boned<B>,
  rigOf: (rest: RestBody<B>) => Rig,
): Archetype {
  const archetype = creature(name, { ...spec, shapes: groups.shapes });
  return {
    ...archetype,
    rig: rigOf({
      parts: archetype.parts,
      bones: groups.bones,
      size: archetype.size,
      density: spec.density ?? 900,
      down: -spec.size[1] / 2,
    }),
  };
}

/** Eyes on either side of a side-on head. */
export const sideEyes = (x: number, y: number, z: number, r: number): Shape[] =>
  pair({ ball: r, at: [x, y, z], paint: EYE });

/** A pair of things mirrored across x = 0 (for figures facing the camera: ears, arms, eyes). */
export const leftRight = (make: (side: number) => Shape): Shape[] => [make(-1), make(1)];
