/** Vehicles, seen best from the side: they lie along x, wheels facing the camera (+z). */
import type { Vec3 } from '../../plan/schema.js';
import type { Archetype } from '../types.js';
import { figure, pair, type Shape } from './figures.js';
import { spread, triangle } from './geometry.js';

const TIRE = '#1e1e21';
const HUB = '#b9bec4';
const GLASS = '#5d7f99';

/** A wheel of radius r and width w whose centre is at (x, y, z), facing ±z. */
const wheel = (x: number, y: number, z: number, r: number, w: number, hub = HUB): Shape[] => [
  { rod: [r, w], at: [x, y, z], paint: TIRE, turn: [90, 0, 0] },
  { rod: [r * 0.5, w * 1.05], at: [x, y, z], paint: hub, turn: [90, 0, 0] },
];

/** Wheels on both sides at the given x positions, standing on the ground at height `ground`. */
const axles = (xs: number[], r: number, halfTrack: number, w: number, ground: number, hub = HUB): Shape[] =>
  xs.flatMap((x) => wheel(x, ground + r, halfTrack, r, w, hub).flatMap(pair));

/** A row of windows along a side, both sides. */
const windows = (xs: number[], y: number, halfWidth: number, size: Vec3): Shape[] =>
  xs.flatMap((x) => pair({ box: size, at: [x, y, halfWidth], paint: GLASS }));

/** A saloon car: lower body, cabin with windows, lights, four wheels; `extra` dresses it. */
const sedan = (name: string, nouns: string[], color: string, extra: Shape[] = []) =>
  figure(name, {
    nouns,
    color,
    material: 'metal',
    size: [4.2, 1.45, 1.8],
    density: 180,
    shapes: [
      { box: [4.2, 0.65, 1.75], at: [0, -0.27, 0] },
      { box: [2.1, 0.55, 1.6], at: [-0.2, 0.32, 0] },
      ...windows([-0.75, 0.35], 0.34, 0.801, [0.85, 0.38, 0.01]),
      { box: [0.02, 0.45, 1.45], at: [0.86, 0.32, 0], paint: GLASS, turn: [0, 0, 28] },
      { box: [0.05, 0.14, 0.3], at: [2.1, -0.2, 0.6], paint: '#f5efc8' },
      { box: [0.05, 0.14, 0.3], at: [2.1, -0.2, -0.6], paint: '#f5efc8' },
      { box: [0.05, 0.12, 0.25], at: [-2.1, -0.2, 0.62], paint: '#9a1b1b' },
      { box: [0.05, 0.12, 0.25], at: [-2.1, -0.2, -0.62], paint: '#9a1b1b' },
      ...axles([-1.35, 1.3], 0.34, 0.78, 0.24, -0.725),
      ...extra,
    ],
  });

const car = sedan('car', ['car', 'sedan', 'automobile', 'hatchback', 'coupe', 'suv'], '#c0392b');

/** A taxi: a yellow car with a lit sign on the roof and a checkered band along its sides. */
const taxi = sedan('taxi', ['taxi', 'cab', 'taxicab', 'yellow cab'], '#f5c518', [
  { box: [0.55, 0.2, 0.3], at: [-0.2, 0.69, 0], paint: '#f7f5ef' },
  { box: [0.35, 0.08, 0.31], at: [-0.2, 0.69, 0], paint: '#1f1f22' },
  ...spread(14, -1.95, 1.95).flatMap((x, k) =>
    pair({
      box: [0.28, 0.12, 0.01],
      at: [x, k % 2 ? -0.1 : -0.02, 0.876],
      paint: k % 2 ? '#1f1f22' : '#f7f5ef',
    }),
  ),
  ...spread(14, -1.95, 1.95).flatMap((x, k) =>
    pair({
      box: [0.28, 0.08, 0.01],
      at: [x, k % 2 ? -0.02 : -0.1, 0.876],
      paint: k % 2 ? '#f7f5ef' : '#1f1f22',
    }),
  ),
]);

const bus = figure('bus', {
  nouns: ['bus', 'coach', 'school bus', 'minibus'],
  color: '#f2b01e',
  material: 'metal',
  size: [10, 3, 2.5],
  density: 120,
  shapes: [
    { box: [10, 2.4, 2.5], at: [0, 0.25, 0] },
    ...windows([-3.6, -2.2, -0.8, 0.6, 2.0, 3.4], 0.75, 1.251, [1.2, 0.9, 0.01]),
    { box: [0.01, 1.1, 2.2], at: [5.001, 0.7, 0], paint: GLASS },
    { box: [0.8, 1.6, 0.01], at: [4.3, -0.1, 1.252], paint: '#3a3f46' },
    { box: [10.02, 0.12, 2.52], at: [0, -0.35, 0], paint: '#2b2b2f' },
    ...axles([-3.2, 3.4], 0.5, 1.2, 0.35, -1.5),
  ],
});

const truck = figure('truck', {
  nouns: ['truck', 'lorry', 'pickup', 'pickup truck'],
  color: '#2e6fb5',
  material: 'metal',
  size: [7, 3, 2.4],
  density: 120,
  shapes: [
    { box: [4.8, 2.6, 2.4], at: [-1.1, 0.2, 0], paint: '#e9e6df' },
    { box: [2, 2.1, 2.3], at: [2.5, -0.05, 0] },
    { box: [0.9, 0.8, 0.01], at: [2.75, 0.45, 1.151], paint: GLASS },
    { box: [0.9, 0.8, 0.01], at: [2.75, 0.45, -1.151], paint: GLASS },
    { box: [0.01, 0.8, 2], at: [3.501, 0.45, 0], paint: GLASS },
    ...axles([-2.5, -1.4, 2.5], 0.5, 1.1, 0.35, -1.5),
  ],
});

const train = figure('train', {
  nouns: ['train', 'locomotive', 'subway', 'engine', 'steam train'],
  color: '#2f5d3a',
  material: 'metal',
  size: [12, 3.6, 2.8],
  density: 150,
  shapes: [
    { box: [12, 2.8, 2.8], at: [0, 0.3, 0] },
    { box: [12.02, 0.3, 2.82], at: [0, 1.2, 0], paint: '#d9d4c7' },
    ...windows([-4.5, -2.5, -0.5, 1.5, 3.5], 0.6, 1.401, [1.3, 0.9, 0.01]),
    { box: [0.01, 1, 2.2], at: [6.001, 0.6, 0], paint: GLASS },
    { box: [12, 0.3, 2.2], at: [0, -1.15, 0], paint: '#2b2b2f' },
    ...axles([-4.8, -3.6, 3.6, 4.8], 0.45, 1.1, 0.2, -1.8),
  ],
});

/**
 * A hull along x: a long box whose bow is a box turned by 45 degrees, narrowing to a point, with a
 * band of colour along its bottom.
 */
function hull(h: {
  stern: number;
  bow: number;
  beam: number;
  height: number;
  y: number;
  band: string;
}): Shape[] {
  const front = h.bow - h.beam / 2;
  const length = front - h.stern;
  return [
    { box: [length, h.height, h.beam], at: [(front + h.stern) / 2, h.y, 0] },
    { box: [h.beam / Math.SQRT2, h.height, h.beam / Math.SQRT2], at: [front, h.y, 0], turn: [0, 45, 0] },
    {
      box: [length + 0.02, h.height * 0.22, h.beam + 0.02],
      at: [(front + h.stern) / 2, h.y - h.height * 0.38, 0],
      paint: h.band,
    },
  ];
}

const boat = figure('boat', {
  nouns: ['boat', 'canoe', 'rowboat', 'motorboat', 'speedboat'],
  color: '#f0f0ea',
  material: 'wood',
  size: [5, 2.6, 1.8],
  density: 120,
  shapes: [
    ...hull({ stern: -2.5, bow: 2, beam: 1.8, height: 0.8, y: -0.9, band: '#a33128' }),
    { box: [1.6, 0.7, 1.3], at: [-0.9, -0.15, 0], paint: '#dcd6c8' },
    { rod: [0.05, 2.2], at: [0.3, 0.2, 0], paint: '#8a6a48' },
    { box: [0.02, 1.6, 1.1], at: [0.75, 0.35, 0], paint: '#f7f5ef', turn: [0, 90, 0] },
  ],
});

const airplane = figure('airplane', {
  nouns: ['airplane', 'aeroplane', 'plane', 'jet', 'airliner', 'aircraft'],
  color: '#eef1f4',
  material: 'metal',
  size: [12, 4, 11],
  density: 30,
  shapes: [
    { rod: [0.9, 10], at: [0, 0, 0], turn: [0, 0, 90] },
    { cone: [0.9, 1.6], at: [5.8, 0, 0], turn: [0, 0, -90] },
    { cone: [0.9, 1.4], at: [-5.7, 0.2, 0], turn: [0, 0, 90] },
    { box: [2, 0.15, 10.8], at: [0.3, -0.3, 0] },
    { box: [1.2, 0.12, 3.6], at: [-5.2, 0.4, 0] },
    { box: [1.3, 2.2, 0.12], at: [-5.3, 1.3, 0], paint: '#2f62d0' },
    ...[-3, -2, -1, 0, 1, 2, 3].flatMap((x): Shape[] => [
      { ball: 0.12, at: [x, 0.35, 0.84], paint: GLASS },
      { ball: 0.12, at: [x, 0.35, -0.84], paint: GLASS },
    ]),
    { rod: [0.35, 1.4], at: [0.6, -0.75, 2.4], paint: '#9aa3ad', turn: [0, 0, 90] },
    { rod: [0.35, 1.4], at: [0.6, -0.75, -2.4], paint: '#9aa3ad', turn: [0, 0, 90] },
    // Landing gear down to the ground.
    { rod: [0.06, 1.2], at: [3.5, -1.4, 0], paint: '#444' },
    { rod: [0.06, 1.2], at: [-0.5, -1.4, 0.8], paint: '#444' },
    { rod: [0.06, 1.2], at: [-0.5, -1.4, -0.8], paint: '#444' },
    ...wheel(3.5, -1.85, 0, 0.15, 0.12),
    ...wheel(-0.5, -1.85, 0.8, 0.15, 0.12),
    ...wheel(-0.5, -1.85, -0.8, 0.15, 0.12),
  ],
});

const bicycle = figure('bicycle', {
  nouns: ['bicycle', 'bike', 'cycle'],
  color: '#d33a2c',
  material: 'metal',
  size: [1.75, 1.05, 0.5],
  density: 20,
  shapes: [
    { ring: [0.34, 0.025], at: [-0.52, -0.17, 0], paint: TIRE, turn: [90, 0, 0] },
    { ring: [0.34, 0.025], at: [0.52, -0.17, 0], paint: TIRE, turn: [90, 0, 0] },
    // The frame (the bicycle's colour) in stout tubes, and mudguards over both wheels.
    { rod: [0.04, 0.42], at: [0.13, 0.07, 0], turn: [0, 0, 90] },
    { rod: [0.04, 0.62], at: [-0.22, -0.04, 0], turn: [0, 0, -45] },
    { rod: [0.04, 0.62], at: [0.3, -0.05, 0], turn: [0, 0, 55] },
    { rod: [0.032, 0.45], at: [-0.38, -0.2, 0], turn: [0, 0, 70] },
    { rod: [0.032, 0.45], at: [0.47, 0.05, 0], turn: [0, 0, 18] },
    { box: [0.5, 0.03, 0.08], at: [-0.52, 0.2, 0] },
    { box: [0.45, 0.03, 0.08], at: [0.52, 0.2, 0] },
    { box: [0.22, 0.05, 0.12], at: [-0.1, 0.3, 0], paint: '#222' },
    { rod: [0.02, 0.45], at: [0.52, 0.3, 0], paint: '#333', turn: [90, 0, 0] },
  ],
});

const motorcycle = figure('motorcycle', {
  nouns: ['motorcycle', 'motorbike', 'dirt bike'],
  color: '#1f1f22',
  material: 'metal',
  size: [2.1, 1.15, 0.8],
  density: 150,
  shapes: [
    ...wheel(-0.68, -0.24, 0, 0.33, 0.14),
    ...wheel(0.72, -0.24, 0, 0.33, 0.14),
    { egg: [0.42, 0.22, 0.2], at: [0.05, 0.12, 0] },
    { box: [0.6, 0.1, 0.26], at: [-0.35, 0.2, 0], paint: '#2b2b2f' },
    { box: [0.45, 0.3, 0.3], at: [0, -0.12, 0], paint: HUB },
    { rod: [0.03, 0.6], at: [0.62, 0.05, 0], paint: HUB, turn: [0, 0, 25] },
    { rod: [0.02, 0.6], at: [0.5, 0.4, 0], paint: '#333', turn: [90, 0, 0] },
    { ball: 0.09, at: [0.72, 0.22, 0], paint: '#f5efc8' },
  ],
});

const van = figure('van', {
  nouns: ['van', 'delivery van', 'camper', 'campervan', 'camper van'],
  color: '#e9e6df',
  material: 'metal',
  size: [5, 2.3, 2],
  density: 150,
  shapes: [
    { box: [4.2, 1.85, 1.95], at: [-0.4, 0.12, 0] },
    { box: [0.8, 0.95, 1.9], at: [2.1, -0.33, 0] },
    { box: [0.02, 1.0, 1.75], at: [1.85, 0.55, 0], paint: GLASS, turn: [0, 0, 28] },
    { box: [0.6, 0.9, 1.9], at: [1.62, 0.55, 0] },
    ...windows([1.05], 0.5, 0.976, [0.9, 0.65, 0.01]),
    ...windows([-0.45, -1.55], 0.55, 0.976, [0.95, 0.55, 0.01]),
    ...pair({ box: [0.02, 1.5, 0.01], at: [0.1, 0.05, 0.977], paint: '#8c8f94' }),
    { box: [0.05, 0.15, 0.35], at: [2.5, -0.3, 0.6], paint: '#f5efc8' },
    { box: [0.05, 0.15, 0.35], at: [2.5, -0.3, -0.6], paint: '#f5efc8' },
    { box: [5.02, 0.16, 1.97], at: [0.0, -0.78, 0], paint: '#3a3f46' },
    ...axles([-1.55, 1.6], 0.35, 0.82, 0.25, -1.15),
  ],
});

const tractor = figure('tractor', {
  nouns: ['tractor'],
  color: '#3c8a3f',
  material: 'metal',
  size: [3.7, 2.9, 2.2],
  density: 250,
  shapes: [
    { box: [1.9, 0.85, 0.9], at: [0.65, -0.4, 0] },
    { box: [0.06, 0.6, 0.7], at: [1.61, -0.4, 0], paint: '#2b2b2f', pattern: 'pips' },
    { box: [1.2, 0.55, 1.1], at: [-0.85, -0.55, 0] },
    // The cab: posts, a roof, glass.
    { box: [1.3, 1.2, 1.2], at: [-0.85, 0.42, 0], paint: GLASS },
    ...[-1.48, -0.22].flatMap((x) => pair({ box: [0.07, 1.25, 0.07], at: [x, 0.42, 0.6] })),
    { box: [1.5, 0.1, 1.4], at: [-0.85, 1.07, 0] },
    { rod: [0.06, 1.0], at: [1.1, 0.35, 0.2], paint: '#2b2b2f' },
    ...pair({ egg: [0.85, 0.2, 0.25], at: [-1.0, -0.02, 0.82] }),
    ...axles([-1.0], 0.82, 0.82, 0.45, -1.45, '#f5c518'),
    ...axles([1.15], 0.45, 0.72, 0.3, -1.45, '#f5c518'),
  ],
});

const helicopter = figure('helicopter', {
  nouns: ['helicopter', 'chopper', 'heli'],
  color: '#d1302a',
  material: 'metal',
  size: [13.4, 3.8, 9.3],
  density: 60,
  shapes: [
    { egg: [2.2, 1.15, 1.1], at: [0.9, -0.2, 0] },
    { egg: [1.3, 0.95, 1.0], at: [1.85, -0.05, 0], paint: GLASS },
    { cone: [0.45, 5.6], at: [-3.3, 0.1, 0], turn: [0, 0, 90] },
    { box: [0.9, 1.4, 0.1], at: [-5.9, 0.55, 0], turn: [0, 0, -20] },
    { box: [0.7, 0.08, 1.5], at: [-5.6, 0.1, 0] },
    { rod: [0.7, 0.05], at: [-5.95, 0.55, 0.12], turn: [90, 0, 0], paint: '#3a3f46' },
    { rod: [0.12, 0.6], at: [0.7, 1.15, 0], paint: '#3a3f46' },
    { rod: [0.28, 0.2], at: [0.7, 1.45, 0], paint: '#3a3f46' },
    ...[35, -55].map((a): Shape => ({
      box: [11, 0.06, 0.35],
      at: [0.7, 1.55, 0],
      turn: [0, a, 0],
      paint: '#2b2d31',
    })),
    ...pair({ rod: [0.07, 4.2], at: [0.8, -1.8, 0.9], turn: [0, 0, 90], paint: '#3a3f46' }),
    ...[-0.4, 1.9].flatMap((x) =>
      pair({ rod: [0.05, 0.7], at: [x, -1.45, 0.8], turn: [-20, 0, 0], paint: '#3a3f46' }),
    ),
  ],
});

/** A rocket on its fins: body, red nose and bands, round windows, a nozzle. */
const rocket = figure('rocket', {
  nouns: ['rocket', 'spaceship', 'spacecraft', 'space shuttle', 'space rocket'],
  color: '#f3f3f0',
  material: 'metal',
  size: [6.4, 24, 6.4],
  density: 80,
  shapes: [
    { rod: [1.5, 17], at: [0, -1.5, 0] },
    { cone: [1.5, 5], at: [0, 9.5, 0], paint: '#d1302a' },
    ...[-8.5, 5.5].map((y): Shape => ({ rod: [1.53, 0.8], at: [0, y, 0], paint: '#d1302a' })),
    ...[3, 0].flatMap((y): Shape[] => [
      { rod: [0.5, 0.1], at: [0, y, 1.5], turn: [90, 0, 0], paint: '#b9bec4' },
      { rod: [0.38, 0.12], at: [0, y, 1.51], turn: [90, 0, 0], paint: GLASS },
    ]),
    { cone: [1.1, 1.4], at: [0, -10.6, 0], paint: '#3a3f46' },
    // Four fins around the foot.
    ...[1, -1].flatMap((side) => [
      ...triangle({
        at: [side * 2.3, -12, 0],
        width: 1.7,
        height: 5,
        thick: 0.2,
        lean: -side * 0.85,
        paint: '#d1302a',
      }),
      ...triangle({
        at: [0, -12, side * 2.3],
        width: 1.7,
        height: 5,
        thick: 0.2,
        lean: -side * 0.85,
        plane: 'zy',
        paint: '#d1302a',
      }),
    ]),
  ],
});

const scooter = figure('scooter', {
  nouns: ['scooter', 'moped', 'vespa', 'motor scooter'],
  color: '#7fc8c0',
  material: 'metal',
  size: [1.8, 1.15, 0.7],
  density: 150,
  shapes: [
    ...wheel(-0.58, -0.375, 0, 0.2, 0.12),
    ...wheel(0.62, -0.375, 0, 0.2, 0.12),
    { egg: [0.5, 0.28, 0.27], at: [-0.38, -0.1, 0] },
    { egg: [0.38, 0.07, 0.15], at: [-0.32, 0.2, 0], paint: '#3a2a22' },
    { box: [0.6, 0.06, 0.3], at: [0.15, -0.32, 0] },
    { box: [0.1, 0.72, 0.42], at: [0.5, -0.02, 0], turn: [0, 0, -14] },
    { egg: [0.22, 0.09, 0.13], at: [0.63, -0.17, 0] },
    { rod: [0.03, 0.35], at: [0.55, 0.38, 0], turn: [0, 0, -14], paint: '#3a3f46' },
    { rod: [0.025, 0.62], at: [0.6, 0.52, 0], turn: [90, 0, 0], paint: '#3a3f46' },
    { egg: [0.08, 0.07, 0.14], at: [0.62, 0.5, 0] },
    { ball: 0.05, at: [0.69, 0.5, 0], paint: '#f5efc8' },
    ...pair({ ball: 0.03, at: [0.57, 0.54, 0.28], paint: '#b9bec4' }),
  ],
});

const SAIL = '#f7f5ef';
/** A sailboat: a hull, a mast, the mainsail behind it and the jib before it. */
const sailboat = figure('sailboat', {
  nouns: ['sailboat', 'yacht', 'sailing boat', 'sailing ship', 'dinghy', 'catamaran'],
  color: '#1d3b6b',
  material: 'wood',
  size: [6.8, 10, 2.4],
  density: 60,
  shapes: [
    ...hull({ stern: -3.2, bow: 3.4, beam: 2.2, height: 1.1, y: -4.45, band: '#f3f3f0' }),
    { box: [2.2, 0.5, 1.4], at: [-0.8, -3.65, 0], paint: '#e9e6df' },
    { rod: [0.08, 8.8], at: [0.5, 0.6, 0], paint: '#b9bec4' },
    { rod: [0.06, 3.4], at: [-1.2, -3.0, 0], turn: [0, 0, 90], paint: '#b9bec4' },
    ...triangle({
      at: [-1.15, -2.9, 0],
      width: 3.2,
      height: 7.7,
      thick: 0.05,
      lean: 1.6,
      strips: 20,
      paint: SAIL,
    }),
    ...triangle({
      at: [1.75, -3.4, 0],
      width: 2.4,
      height: 7.0,
      thick: 0.05,
      lean: -1.2,
      strips: 20,
      paint: SAIL,
    }),
  ],
});

/** A ship: a long dark hull, white decks with rows of windows, a funnel, portholes, lifeboats. */
const ship = figure('ship', {
  nouns: ['ship', 'ocean liner', 'cruise ship', 'steamship', 'freighter', 'cargo ship', 'ferry', 'liner'],
  color: '#1d2b4a',
  material: 'metal',
  size: [32, 13, 6.2],
  density: 40,
  shapes: [
    ...hull({ stern: -16, bow: 16, beam: 6, height: 4.2, y: -4.4, band: '#a33128' }),
    { box: [26, 0.25, 6.05], at: [-2.9, -2.35, 0], paint: '#f3f3f0' },
    ...spread(16, -13, 9).flatMap((x) =>
      pair({ rod: [0.22, 0.06], at: [x, -3.6, 3.02], turn: [90, 0, 0], paint: '#d9d4c7' }),
    ),
    { box: [16, 2.4, 5.2], at: [-4, -1.0, 0], paint: '#f3f3f0' },
    { box: [12, 2.1, 4.8], at: [-4.5, 1.2, 0], paint: '#f3f3f0' },
    { box: [5, 1.8, 5.8], at: [1.2, 3.0, 0], paint: '#f3f3f0' },
    ...[-1.0, 1.2].flatMap((y) =>
      pair({ box: [14, 0.5, 0.02], at: [-4.2, y, y < 0 ? 2.61 : 2.41], paint: '#2a3a4a' }),
    ),
    { box: [4.6, 0.5, 0.02], at: [1.2, 3.2, 2.91], paint: '#2a3a4a' },
    { rod: [1.1, 3.6], at: [-8, 3.9, 0], paint: '#c8302a' },
    { rod: [1.12, 0.9], at: [-8, 5.3, 0], paint: '#1f1f22' },
    ...spread(4, -10, -1).flatMap((x) =>
      pair({ egg: [0.9, 0.35, 0.3], at: [x, 0.1, 2.75], paint: '#f08a24' }),
    ),
    { rod: [0.1, 4.5], at: [8, 0, 0], paint: '#8c8f94' },
  ],
});

/** A tram: one long car with a cream band, windows, a pantograph on the roof, small wheels. */
const tram = figure('tram', {
  nouns: ['tram', 'streetcar', 'trolley', 'trolley car', 'cable car', 'tramway'],
  color: '#c8302a',
  material: 'metal',
  size: [14, 4.2, 2.6],
  density: 120,
  shapes: [
    { box: [14, 2.8, 2.6], at: [0, -0.35, 0] },
    { box: [14.02, 1.1, 2.62], at: [0, 0.15, 0], paint: '#efe6d2' },
    ...windows(spread(8, -5.9, 5.9), 0.2, 1.311, [1.15, 0.85, 0.01]),
    { box: [0.01, 1.1, 2.2], at: [7.001, 0.2, 0], paint: GLASS },
    { box: [12.5, 0.3, 2.2], at: [0, 1.2, 0], paint: '#8c8f94' },
    ...[-25, 25].map((a): Shape => ({
      box: [0.06, 0.9, 0.06],
      at: [0, 1.72, 0],
      turn: [0, 0, a],
      paint: '#2b2d31',
    })),
    { box: [0.1, 0.06, 1.6], at: [0, 2.12, 0], paint: '#2b2d31' },
    { box: [14.02, 0.25, 2.62], at: [0, -1.65, 0], paint: '#2b2d31' },
    ...axles([-4.6, -3.6, 3.6, 4.6], 0.32, 1.05, 0.18, -2.1),
  ],
});

export const vehicles: Archetype[] = [
  car,
  taxi,
  van,
  bus,
  truck,
  tractor,
  train,
  tram,
  boat,
  sailboat,
  ship,
  airplane,
  helicopter,
  rocket,
  bicycle,
  motorcycle,
  scooter,
];
