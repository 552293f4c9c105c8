/**
 * Plants rooted in the ground: trees, flowers, a cactus, a bush, a mushroom. Scenery (they stay
 * put), shapes measured from the ground; the entity's colour is the leaves' or the petals'.
 */
import type { Vec3 } from '../../plan/schema.js';
import type { Archetype } from '../types.js';
import { figure, type FigureSpec, type Shape } from './figures.js';
import { around, fitted, shifted, spread } from './geometry.js';

const DEG = Math.PI / 180;
const BARK = '#6b4a2e';
const STEM = '#3f8a3a';
const LEAF = '#4c9a40';

const plant = (name: string, spec: Omit<FigureSpec, 'body' | 'origin'>): Archetype =>
  figure(name, { ...fitted(spec), body: 'static', origin: 'base' });

/** A tree's crown: balls of leaves [x, y, z, radius]. */
const crown = (balls: [number, number, number, number][]): Shape[] =>
  balls.map(([x, y, z, r]): Shape => ({ ball: r, at: [x, y, z] }));

/** A flower head facing the camera: petals around a centre, in the xy plane. */
const blossom = (
  at: Vec3,
  petals: number,
  reach: number,
  petal: Vec3,
  centre: number,
  eye: string,
): Shape[] => [
  ...Array.from({ length: petals }, (_, k): Shape => ({
    egg: petal,
    at: [
      at[0] + reach * Math.cos(((k * 360) / petals) * DEG),
      at[1] + reach * Math.sin(((k * 360) / petals) * DEG),
      at[2],
    ],
    turn: [0, 0, (k * 360) / petals - 90],
  })),
  { ball: centre, at: [at[0], at[1], at[2] + petal[2]], paint: eye },
];

/** A stem from the ground up to `height`, with a pair of leaves low on it. */
const stem = (height: number, r: number, leaf: Vec3): Shape[] => [
  { rod: [r, height], at: [0, height / 2, 0], paint: STEM },
  { egg: leaf, at: [leaf[0] * 0.9, height * 0.3, 0], turn: [0, 0, -50], paint: LEAF },
  { egg: leaf, at: [-leaf[0] * 0.9, height * 0.45, 0], turn: [0, 0, 50], paint: LEAF },
];

const tree = plant('tree', {
  nouns: ['tree', 'deciduous tree', 'shade tree', 'oak tree'],
  color: '#4f8f3a',
  material: 'wood',
  size: [5.4, 8, 4.6],
  density: 300,
  solid: [
    { rod: [0.3, 4.2], at: [0, 2.1, 0] },
    { ball: 2.3, at: [0, 5.6, 0] },
  ],
  shapes: [
    { rod: [0.3, 4.4], at: [0, 2.2, 0], paint: BARK },
    { rod: [0.12, 1.8], at: [0.6, 4.0, 0], turn: [0, 0, -40], paint: BARK },
    { rod: [0.12, 1.8], at: [-0.55, 4.2, 0.1], turn: [0, 0, 35], paint: BARK },
    ...crown([
      [0, 5.5, 0, 2.0],
      [1.3, 4.9, 0.6, 1.4],
      [-1.3, 5.0, 0.4, 1.4],
      [0.3, 6.6, -0.3, 1.4],
      [-0.5, 5.0, -1.0, 1.3],
      [0.7, 5.9, 1.0, 1.2],
    ]),
  ],
});

const pine = plant('pine-tree', {
  nouns: [
    'pine tree',
    'pine',
    'fir',
    'fir tree',
    'spruce',
    'conifer',
    'evergreen',
    'christmas tree',
    'cedar',
    'cypress',
    'redwood',
    'sequoia',
  ],
  color: '#2f6b3a',
  material: 'wood',
  size: [4, 7.6, 4],
  density: 300,
  solid: [{ rod: [1.2, 7.6], at: [0, 3.8, 0] }],
  shapes: [
    { rod: [0.22, 2], at: [0, 1, 0], paint: '#5a3d26' },
    ...(
      [
        [2.0, 2.6, 2.4],
        [1.6, 2.4, 3.9],
        [1.2, 2.2, 5.3],
        [0.8, 2.0, 6.6],
      ] as const
    ).map(([r, h, y]): Shape => ({ cone: [r, h], at: [0, y, 0] })),
  ],
});

/** A palm: a trunk of rings bending to one side, a crown of drooping fronds, coconuts. */
const PALM_SEGMENTS = 10;
const palmJoints = Array.from({ length: PALM_SEGMENTS }, (_, k) => 2 + k * 2.6).reduce<
  { at: Vec3; angle: number }[]
>((out, angle) => {
  const prev = out.at(-1);
  const start: Vec3 = prev
    ? [prev.at[0] + 0.39 * Math.sin(prev.angle * DEG), prev.at[1] + 0.39 * Math.cos(prev.angle * DEG), 0]
    : [0, 0, 0];
  return [
    ...out,
    { at: [start[0] + 0.39 * Math.sin(angle * DEG), start[1] + 0.39 * Math.cos(angle * DEG), 0], angle },
  ];
}, []);
const palmTop = palmJoints.at(-1)!.at;
const palm = plant('palm-tree', {
  nouns: ['palm tree', 'palm', 'coconut tree', 'date palm'],
  color: '#3f8f3a',
  material: 'wood',
  size: [6.4, 8.4, 5],
  density: 300,
  // The trunk leans toward +x: its foot stands left of the middle, the crown over the middle.
  solid: [{ rod: [0.25, 7.8], at: [0.6 - palmTop[0], 3.9, 0], turn: [0, 0, -9] }],
  shapes: shifted(
    [
      ...palmJoints.map(({ at, angle }, k): Shape => ({
        rod: [0.22 - k * 0.006, 0.8],
        at,
        turn: [0, 0, -angle],
        paint: k % 2 ? '#9a7a52' : '#8a6a45',
      })),
      // Each frond rises a little from the crown, then arches down.
      ...around(9, 1, (x, z, a): Shape[] => [
        { egg: [1.1, 0.08, 0.42], at: [palmTop[0] + x, palmTop[1] + 0.12, palmTop[2] + z], turn: [0, -a, 8] },
        {
          egg: [1.2, 0.07, 0.36],
          at: [palmTop[0] + 2.7 * x, palmTop[1] - 0.45, palmTop[2] + 2.7 * z],
          turn: [0, -a, -42],
        },
      ]).flat(),
      ...around(3, 0.22, (x, z): Shape => ({
        ball: 0.17,
        at: [palmTop[0] + x, palmTop[1] + 0.05, palmTop[2] + z],
        paint: '#6b4a26',
      })),
    ],
    [-palmTop[0], 0, 0],
  ),
});

const flower = plant('flower', {
  nouns: ['flower', 'blossom', 'wildflower', 'bloom', 'daisy'],
  color: '#e8457a',
  material: 'fabric',
  size: [0.24, 0.56, 0.1],
  density: 300,
  shapes: [
    ...stem(0.42, 0.007, [0.05, 0.015, 0.008]),
    ...blossom([0, 0.46, 0.01], 8, 0.055, [0.02, 0.048, 0.008], 0.024, '#f5c518'),
  ],
});

const sunflower = plant('sunflower', {
  nouns: ['sunflower'],
  color: '#f5c518',
  material: 'fabric',
  size: [0.6, 2.0, 0.3],
  density: 200,
  shapes: [
    ...stem(1.6, 0.025, [0.16, 0.04, 0.02]),
    { egg: [0.14, 0.035, 0.02], at: [0.12, 1.05, 0], turn: [0, 0, -40], paint: LEAF },
    ...blossom([0, 1.7, 0.03], 18, 0.2, [0.04, 0.1, 0.012], 0.001, '#5a3a1e'),
    { rod: [0.14, 0.05], at: [0, 1.7, 0.05], turn: [90, 0, 0], paint: '#5a3a1e' },
  ],
});

const tulip = plant('tulip', {
  nouns: ['tulip'],
  color: '#e0303a',
  material: 'fabric',
  size: [0.16, 0.46, 0.1],
  density: 300,
  shapes: [
    { rod: [0.007, 0.36], at: [0, 0.18, 0], paint: STEM },
    { egg: [0.022, 0.15, 0.008], at: [0.03, 0.16, 0], turn: [0, 0, -14], paint: LEAF },
    { egg: [0.022, 0.13, 0.008], at: [-0.028, 0.14, 0.005], turn: [0, 0, 16], paint: LEAF },
    { egg: [0.036, 0.05, 0.036], at: [0, 0.39, 0] },
    ...[-1, 0, 1].map((k): Shape => ({
      egg: [0.024, 0.05, 0.012],
      at: [k * 0.022, 0.405, 0.02 - Math.abs(k) * 0.012],
      turn: [0, 0, -k * 12],
    })),
  ],
});

const rose = plant('rose', {
  nouns: ['rose', 'rosebud', 'rose bush'],
  color: '#c8102e',
  material: 'fabric',
  size: [0.16, 0.62, 0.1],
  density: 300,
  shapes: [
    ...stem(0.5, 0.006, [0.035, 0.012, 0.018]),
    ...spread(4, 0.12, 0.4).map((y, k): Shape => ({
      cone: [0.004, 0.014],
      at: [k % 2 ? 0.008 : -0.008, y, 0],
      turn: [0, 0, k % 2 ? -90 : 90],
      paint: '#2f6b2a',
    })),
    ...around(5, 0.014, (x, z, a): Shape => ({
      egg: [0.012, 0.008, 0.006],
      at: [x, 0.5, z],
      turn: [0, -a, -40],
      paint: '#2f6b2a',
    })),
    { ball: 0.036, at: [0, 0.545, 0] },
    ...around(5, 0.03, (x, z, a): Shape => ({
      egg: [0.03, 0.04, 0.012],
      at: [x, 0.54, z],
      turn: [0, 90 - a, 10],
    })),
    { ring: [0.016, 0.007], at: [0, 0.578, 0], paint: '#8e0a20' },
  ],
});

const cactus = plant('cactus', {
  nouns: ['cactus', 'saguaro', 'succulent'],
  color: '#4f8a45',
  material: 'fabric',
  size: [1.4, 2.5, 0.5],
  density: 400,
  solid: [{ rod: [0.24, 2.3], at: [0, 1.15, 0] }],
  shapes: [
    { rod: [0.24, 2.05], at: [0, 1.03, 0] },
    { ball: 0.24, at: [0, 2.05, 0] },
    ...around(8, 0.235, (x, z): Shape => ({ rod: [0.025, 2], at: [x, 1.0, z], paint: '#3f7a38' })),
    // Two arms: out, then up.
    { rod: [0.14, 0.55], at: [0.4, 0.95, 0], turn: [0, 0, 90] },
    { ball: 0.14, at: [0.64, 0.95, 0] },
    { rod: [0.14, 0.6], at: [0.64, 1.25, 0] },
    { ball: 0.14, at: [0.64, 1.55, 0] },
    { rod: [0.12, 0.45], at: [-0.34, 1.35, 0], turn: [0, 0, 90] },
    { ball: 0.12, at: [-0.55, 1.35, 0] },
    { rod: [0.12, 0.45], at: [-0.55, 1.58, 0] },
    { ball: 0.12, at: [-0.55, 1.8, 0] },
    { ball: 0.05, at: [0.05, 2.28, 0.05], paint: '#ef7fb0' },
  ],
});

const bush = plant('bush', {
  nouns: ['bush', 'shrub', 'hedge', 'shrubbery'],
  color: '#3f7f3a',
  material: 'fabric',
  size: [1.8, 1.2, 1.3],
  density: 200,
  shapes: crown([
    [0, 0.6, 0, 0.6],
    [0.5, 0.45, 0.15, 0.45],
    [-0.5, 0.45, 0.1, 0.45],
    [0.25, 0.75, -0.2, 0.42],
    [-0.3, 0.8, -0.15, 0.4],
    [0.1, 0.4, 0.35, 0.4],
  ]),
});

const mushroom = plant('mushroom', {
  nouns: ['mushroom', 'toadstool', 'fungus'],
  color: '#c8302a',
  material: 'fabric',
  size: [0.2, 0.19, 0.2],
  density: 300,
  shapes: [
    { rod: [0.028, 0.12], at: [0, 0.06, 0], paint: '#f3ede0' },
    { ring: [0.03, 0.008], at: [0, 0.09, 0], paint: '#f3ede0' },
    { rod: [0.095, 0.012], at: [0, 0.118, 0], paint: '#efe6d2' },
    { cone: [0.1, 0.05], at: [0, 0.145, 0] },
    { egg: [0.078, 0.05, 0.078], at: [0, 0.15, 0] },
    ...(
      [
        [0.04, 0.178, 0.04],
        [-0.035, 0.18, 0.035],
        [0, 0.196, 0.0],
        [0.065, 0.155, 0.03],
        [-0.06, 0.158, -0.02],
        [0.01, 0.172, 0.06],
      ] as const
    ).map(([x, y, z]): Shape => ({ ball: 0.009, at: [x, y, z], paint: '#f7f3ea' })),
  ],
});

export const plants: Archetype[] = [tree, pine, palm, flower, sunflower, tulip, rose, cactus, bush, mushroom];
