/** Vehicles, seen best from the side: they lie along x, wheels facing the camera (+z). */
import type { Vec3 } from '../../plan/schema.js';
import type { Archetype } from '../types.js';
import { figure, pair, type Shape } from './figures.js';

const TIRE = '#1e1e21';
const HUB = '#b9bec4';
const GLASS = '#5d7f99';

/** A wheel of radius r and width w whose centre is at (x, y, z), facing ±z. */
const wheel = (x: number, y: number, z: number, r: number, w: number): Shape[] => [
  { rod: [r, w], at: [x, y, z], paint: TIRE, turn: [90, 0, 0] },
  { rod: [r * 0.5, w * 1.05], at: [x, y, z], paint: HUB, turn: [90, 0, 0] },
];

/** Wheels on both sides at the given x positions, standing on the ground at height `ground`. */
const axles = (xs: number[], r: number, halfTrack: number, w: number, ground: number): Shape[] =>
  xs.flatMap((x) => wheel(x, ground + r, halfTrack, r, w).flatMap(pair));

/** A row of windows along a side, both sides. */
const windows = (xs: number[], y: number, halfWidth: number, size: Vec3): Shape[] =>
  xs.flatMap((x) => pair({ box: size, at: [x, y, halfWidth], paint: GLASS }));

const car = figure('car', {
  nouns: ['car', 'sedan', 'automobile', 'taxi', 'cab', 'hatchback', 'coupe', 'suv'],
  color: '#c0392b',
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
  ],
});

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
  nouns: ['truck', 'lorry', 'pickup', 'pickup truck', 'van'],
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
  nouns: ['train', 'locomotive', 'tram', 'subway', 'engine'],
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

const boat = figure('boat', {
  nouns: ['boat', 'ship', 'sailboat', 'yacht', 'canoe', 'rowboat', 'ferry'],
  color: '#f0f0ea',
  material: 'wood',
  size: [5, 2.6, 1.8],
  density: 120,
  shapes: [
    // The hull: a long box whose bow is a turned box, narrowing to a point.
    { box: [3.6, 0.8, 1.8], at: [-0.7, -0.9, 0] },
    { box: [1.28, 0.8, 1.28], at: [1.1, -0.9, 0], turn: [0, 45, 0] },
    { box: [3.62, 0.18, 1.82], at: [-0.7, -1.2, 0], paint: '#a33128' },
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
  nouns: ['motorcycle', 'motorbike', 'scooter', 'moped'],
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

export const vehicles: Archetype[] = [car, bus, truck, train, boat, airplane, bicycle, motorcycle];
