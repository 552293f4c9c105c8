/** Small movable objects: blocks, dominoes, crates, mugs, toys. */
import type { Archetype } from '../types.js';
import { param, shade } from './helpers.js';

const block = (
  name: string,
  nouns: string[],
  half: [number, number, number],
  color: string,
  material: Archetype['defaultMaterial'],
  pattern: 'plain' | 'crate' | 'pips',
  physics?: Archetype['physics'],
): Archetype => ({
  physics,
  name,
  nouns,
  defaultColor: color,
  defaultMaterial: material,
  defaultBody: 'dynamic',
  origin: 'center',
  size: [2 * half[0], 2 * half[1], 2 * half[2]],
  colliders: (e) => [{ shape: 'cuboid', half: [half[0] * e.scale, half[1] * e.scale, half[2] * e.scale] }],
  parts: (e) => [
    {
      kind: 'box',
      center: [0, 0, 0],
      half: [half[0] * e.scale, half[1] * e.scale, half[2] * e.scale],
      color: e.color,
      pattern,
      opacity: e.material === 'glass' ? 0.55 : 1,
    },
  ],
});

const mug: Archetype = {
  name: 'mug',
  nouns: ['mug', 'cup', 'coffee mug', 'coffee cup', 'teacup'],
  defaultColor: '#f2efe8',
  defaultMaterial: 'ceramic',
  defaultBody: 'dynamic',
  origin: 'center',
  size: [0.12, 0.1, 0.085],
  colliders: (e) => [{ shape: 'cylinder', radius: 0.042 * e.scale, halfHeight: 0.05 * e.scale }],
  parts: (e) => {
    const s = e.scale;
    return [
      {
        kind: 'cylinder',
        center: [0, 0, 0],
        radius: 0.042 * s,
        halfHeight: 0.05 * s,
        color: e.color,
        open: true,
        innerColor: '#4a2c1a',
      },
      // The handle: a torus standing on its side, half buried in the wall.
      {
        kind: 'torus',
        center: [0.048 * s, 0.005 * s, 0],
        rotation: [90, 0, 0],
        radius: 0.025 * s,
        tube: 0.007 * s,
        color: e.color,
      },
    ];
  },
};

const duck: Archetype = {
  name: 'rubber-duck',
  nouns: ['duck', 'rubber duck', 'duckie', 'ducky'],
  defaultColor: '#ffd21f',
  defaultMaterial: 'rubber',
  defaultBody: 'dynamic',
  origin: 'center',
  size: [0.12, 0.11, 0.09],
  // Hollow rubber toy: light for its size.
  physics: { density: 150, restitution: 0.45 },
  colliders: (e) => {
    const s = e.scale;
    // A flat-bottomed, bottom-heavy body, as a rubber duck is: it comes to rest upright.
    return [
      {
        shape: 'cuboid',
        half: [0.045 * s, 0.012 * s, 0.03 * s],
        offset: [-0.005 * s, -0.043 * s, 0],
        densityScale: 8,
      },
      { shape: 'ball', radius: 0.038 * s, offset: [-0.005 * s, -0.015 * s, 0] },
      { shape: 'ball', radius: 0.026 * s, offset: [0.03 * s, 0.031 * s, 0] },
    ];
  },
  parts: (e) => {
    const s = e.scale;
    const beak = '#f47b20';
    return [
      {
        kind: 'ellipsoid',
        center: [-0.005 * s, -0.015 * s, 0],
        radii: [0.058 * s, 0.038 * s, 0.043 * s],
        color: e.color,
      },
      {
        kind: 'cone',
        center: [-0.06 * s, 0.003 * s, 0],
        rotation: [0, 0, 60],
        radius: 0.02 * s,
        halfHeight: 0.018 * s,
        color: e.color,
      },
      { kind: 'sphere', center: [0.03 * s, 0.031 * s, 0], radius: 0.029 * s, color: e.color },
      {
        kind: 'ellipsoid',
        center: [0.062 * s, 0.025 * s, 0],
        radii: [0.016 * s, 0.006 * s, 0.014 * s],
        color: beak,
      },
      {
        kind: 'sphere',
        center: [0.045 * s, 0.042 * s, 0.02 * s],
        radius: 0.0055 * s,
        color: '#111111',
        pattern: 'glossy',
      },
      {
        kind: 'sphere',
        center: [0.045 * s, 0.042 * s, -0.02 * s],
        radius: 0.0055 * s,
        color: '#111111',
        pattern: 'glossy',
      },
      // A folded wing on each side.
      {
        kind: 'ellipsoid',
        center: [-0.01 * s, -0.01 * s, 0.038 * s],
        radii: [0.03 * s, 0.016 * s, 0.008 * s],
        color: shade(e.color, 0.85),
      },
      {
        kind: 'ellipsoid',
        center: [-0.01 * s, -0.01 * s, -0.038 * s],
        radii: [0.03 * s, 0.016 * s, 0.008 * s],
        color: shade(e.color, 0.85),
      },
    ];
  },
};

const can: Archetype = {
  name: 'can',
  nouns: ['can', 'tin', 'soda can'],
  defaultColor: '#c8202a',
  defaultMaterial: 'metal',
  defaultBody: 'dynamic',
  origin: 'center',
  size: [0.066, 0.122, 0.066],
  physics: { density: 400 },
  colliders: (e) => [{ shape: 'cylinder', radius: 0.033 * e.scale, halfHeight: 0.061 * e.scale }],
  parts: (e) => [
    {
      kind: 'cylinder',
      center: [0, 0, 0],
      radius: 0.033 * e.scale,
      halfHeight: 0.061 * e.scale,
      color: e.color,
      pattern: 'glossy',
    },
  ],
};

const bottle: Archetype = {
  name: 'bottle',
  nouns: ['bottle'],
  defaultColor: '#3f8f4f',
  defaultMaterial: 'glass',
  defaultBody: 'dynamic',
  origin: 'center',
  size: [0.07, 0.28, 0.07],
  physics: { density: 600 },
  colliders: (e) => [{ shape: 'cylinder', radius: 0.035 * e.scale, halfHeight: 0.14 * e.scale }],
  parts: (e) => {
    const s = e.scale;
    return [
      {
        kind: 'cylinder',
        center: [0, -0.04 * s, 0],
        radius: 0.035 * s,
        halfHeight: 0.1 * s,
        color: e.color,
        opacity: 0.7,
      },
      {
        kind: 'cone',
        center: [0, 0.08 * s, 0],
        radius: 0.035 * s,
        halfHeight: 0.02 * s,
        color: e.color,
        opacity: 0.7,
      },
      {
        kind: 'cylinder',
        center: [0, 0.12 * s, 0],
        radius: 0.013 * s,
        halfHeight: 0.02 * s,
        color: e.color,
        opacity: 0.7,
      },
    ];
  },
};

export const props: Archetype[] = [
  block('cube', ['cube', 'block', 'box', 'brick'], [0.1, 0.1, 0.1], '#3b6fd1', 'wood', 'plain'),
  // A domino stands on its end: thin along x (the way it topples), wide along z.
  block('domino', ['domino'], [0.0045, 0.024, 0.012], '#1d1d1f', 'wood', 'pips'),
  // A crate is slats around air: about 12 kg for half a metre.
  block('crate', ['crate', 'wooden crate', 'wooden box'], [0.25, 0.25, 0.25], '#b7824a', 'wood', 'crate', {
    density: 100,
  }),
  // The stand-in for a thing the catalog has no kind of; the renderer writes its name on it.
  block('prop', ['prop'], [0.3, 0.3, 0.3], '#c9c3b6', 'plastic', 'plain', { density: 300 }),
  mug,
  duck,
  can,
  bottle,
  {
    name: 'book',
    nouns: ['book'],
    defaultColor: '#7a2631',
    defaultMaterial: 'fabric',
    defaultBody: 'dynamic',
    origin: 'center',
    size: [0.16, 0.035, 0.23],
    physics: { density: 700 },
    colliders: (e) => [{ shape: 'cuboid', half: [0.08 * e.scale, 0.0175 * e.scale, 0.115 * e.scale] }],
    parts: (e) => {
      const s = e.scale;
      return [
        { kind: 'box', center: [0, 0, 0], half: [0.08 * s, 0.0175 * s, 0.115 * s], color: e.color },
        { kind: 'box', center: [0.004 * s, 0, 0], half: [0.077 * s, 0.014 * s, 0.112 * s], color: '#f3ead7' },
      ];
    },
  },
  // Cylinder-shaped drum or can of larger size, parameterised by radius.
  {
    name: 'cylinder',
    nouns: ['cylinder', 'barrel', 'drum'],
    defaultColor: '#5d7f3a',
    defaultMaterial: 'metal',
    defaultBody: 'dynamic',
    origin: 'center',
    size: [0.3, 0.45, 0.3],
    params: { radius: 0.15 },
    physics: { density: 300 },
    colliders: (e) => [
      { shape: 'cylinder', radius: param(e, 'radius', 0.15) * e.scale, halfHeight: 0.225 * e.scale },
    ],
    parts: (e) => [
      {
        kind: 'cylinder',
        center: [0, 0, 0],
        radius: param(e, 'radius', 0.15) * e.scale,
        halfHeight: 0.225 * e.scale,
        color: e.color,
      },
    ],
  },
];
