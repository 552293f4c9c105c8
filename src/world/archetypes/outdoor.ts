/**
 * Things found outdoors: street furniture (a bench, a street lamp, a mailbox, a phone booth, a
 * traffic cone), a campfire, a well, a snowman, a hay bale, a rock. Shapes are measured from the
 * ground; the fixed ones are scenery, the others can be pushed, rolled and knocked over.
 */
import type { Archetype } from '../types.js';
import { figure, pair, type FigureSpec, type Shape } from './figures.js';
import { around, fitted, fromGround, spread } from './geometry.js';

const IRON = '#2b2d31';
const GLASS = '#5d7f99';
const WOOD = '#8a5a36';

/** Scenery standing on the ground. */
const fixture = (name: string, spec: Omit<FigureSpec, 'body' | 'origin'>): Archetype =>
  figure(name, { ...fitted(spec), body: 'static', origin: 'base' });

/** A movable thing, its shapes measured from the ground. */
const loose = (name: string, spec: FigureSpec): Archetype => figure(name, fromGround(spec));

const bench = fixture('bench', {
  nouns: ['bench', 'park bench', 'garden bench'],
  color: '#a8743f',
  material: 'wood',
  size: [1.7, 0.9, 0.7],
  density: 250,
  anchors: { top: [0, 0.45, 0.05], bottom: [0.9, 0, 0] },
  shapes: [
    ...spread(4, -0.2, 0.25).map((z): Shape => ({
      box: [1.6, 0.04, 0.1],
      at: [0, 0.44, z],
      pattern: 'planks',
    })),
    ...spread(3, 0.6, 0.82).map((y): Shape => ({
      box: [1.6, 0.09, 0.035],
      at: [0, y, -0.28 - (y - 0.6) * 0.25],
      turn: [-14, 0, 0],
      pattern: 'planks',
    })),
    ...[-0.72, 0.72].flatMap((x): Shape[] => [
      { box: [0.06, 0.44, 0.06], at: [x, 0.22, 0.22], paint: IRON },
      { box: [0.06, 0.86, 0.06], at: [x, 0.43, -0.27], paint: IRON, turn: [-8, 0, 0] },
      { box: [0.05, 0.05, 0.5], at: [x, 0.62, -0.02], paint: IRON },
      { box: [0.06, 0.04, 0.55], at: [x, 0.4, -0.02], paint: IRON },
    ]),
  ],
});

/** A Victorian street lamp: a fluted post, an arm-less lantern of lit glass under a cap. */
const streetLamp = fixture('street-lamp', {
  nouns: ['street lamp', 'streetlamp', 'lamp post', 'lamppost', 'streetlight', 'street light', 'lantern'],
  color: '#2f3b35',
  material: 'metal',
  size: [0.7, 4.4, 0.7],
  density: 400,
  solid: [{ rod: [0.12, 4.2], at: [0, 2.1, 0] }],
  shapes: [
    { rod: [0.22, 0.5], at: [0, 0.25, 0] },
    { cone: [0.16, 0.6], at: [0, 0.7, 0] },
    { rod: [0.06, 3.1], at: [0, 2.0, 0] },
    { ring: [0.08, 0.025], at: [0, 1.2, 0] },
    { rod: [0.12, 0.12], at: [0, 3.55, 0] },
    ...pair({ box: [0.5, 0.04, 0.04], at: [0, 3.6, 0], turn: [0, 45, 0] }),
    { box: [0.36, 0.5, 0.36], at: [0, 3.85, 0], paint: '#ffe9a8' },
    ...[-0.18, 0.18].flatMap((x) => pair({ box: [0.03, 0.52, 0.03], at: [x, 3.85, 0.18] })),
    { cone: [0.32, 0.32], at: [0, 4.26, 0] },
    { ball: 0.05, at: [0, 4.45, 0] },
  ],
});

/** A roadside mailbox on a post, its red flag up. */
const mailbox = fixture('mailbox', {
  nouns: ['mailbox', 'letterbox', 'mail box', 'postbox', 'post box'],
  color: '#3a3f46',
  material: 'metal',
  size: [0.6, 1.3, 0.3],
  density: 300,
  shapes: [
    { box: [0.09, 1.05, 0.09], at: [0, 0.525, 0], paint: WOOD },
    { box: [0.5, 0.16, 0.22], at: [0.05, 1.13, 0] },
    { rod: [0.11, 0.5], at: [0.05, 1.21, 0], turn: [0, 0, 90] },
    { box: [0.01, 0.25, 0.22], at: [0.305, 1.15, 0], paint: '#2b2d31' },
    { box: [0.03, 0.22, 0.015], at: [-0.05, 1.3, 0.12], paint: '#d1302a' },
    { box: [0.1, 0.07, 0.015], at: [-0.02, 1.38, 0.12], paint: '#d1302a' },
  ],
});

/** A red telephone box: panes of glass on every side, a lit sign under a domed roof. */
const phoneBooth = fixture('phone-booth', {
  nouns: ['phone booth', 'telephone booth', 'phone box', 'telephone box'],
  color: '#c8201e',
  material: 'metal',
  size: [1.1, 2.6, 1.1],
  density: 400,
  shapes: [
    { box: [1.0, 2.2, 1.0], at: [0, 1.15, 0] },
    { box: [1.1, 0.1, 1.1], at: [0, 0.05, 0] },
    // Glass on the front and the right side: three columns of panes each.
    ...spread(3, -0.26, 0.26).flatMap((u): Shape[] => [
      { box: [0.22, 1.35, 0.02], at: [u, 1.15, 0.505], paint: GLASS },
      { box: [0.02, 1.35, 0.22], at: [0.505, 1.15, u], paint: GLASS },
    ]),
    ...spread(4, 0.6, 1.7).flatMap((y): Shape[] => [
      { box: [0.8, 0.03, 0.03], at: [0, y, 0.51] },
      { box: [0.03, 0.03, 0.8], at: [0.51, y, 0] },
    ]),
    { box: [0.8, 0.13, 0.02], at: [0, 2.05, 0.51], paint: '#f7f5ef' },
    { box: [0.02, 0.13, 0.8], at: [0.51, 2.05, 0], paint: '#f7f5ef' },
    { box: [1.06, 0.12, 1.06], at: [0, 2.3, 0] },
    { egg: [0.53, 0.16, 0.53], at: [0, 2.36, 0] },
  ],
});

const campfire = fixture('campfire', {
  nouns: ['campfire', 'bonfire', 'fire pit', 'camp fire'],
  color: '#f07c1b',
  material: 'wood',
  size: [1.1, 0.7, 1.1],
  density: 300,
  shapes: [
    ...around(11, 0.46, (x, z): Shape => ({ egg: [0.1, 0.08, 0.09], at: [x, 0.07, z], paint: '#8c8a85' })),
    ...around(5, 0.16, (x, z, a): Shape => ({
      rod: [0.05, 0.6],
      at: [x, 0.2, z],
      turn: [0, -a, 55],
      paint: '#5a3a22',
    })),
    { rod: [0.28, 0.04], at: [0, 0.03, 0], paint: '#3a2418' },
    { cone: [0.26, 0.62], at: [0, 0.35, 0] },
    { cone: [0.17, 0.52], at: [0.05, 0.36, 0.04], paint: '#f5c518' },
    { cone: [0.12, 0.4], at: [-0.12, 0.26, 0.08] },
    { cone: [0.08, 0.25], at: [-0.04, 0.17, 0.14], paint: '#fff0a0' },
  ],
});

/** A stone well with a little roof, a rope and a bucket. */
const well = fixture('well', {
  nouns: ['well', 'wishing well', 'water well'],
  color: '#a39a8a',
  material: 'stone',
  size: [2, 2.6, 2],
  density: 400,
  solid: [{ rod: [0.8, 0.9], at: [0, 0.45, 0] }],
  shapes: [
    { rod: [0.8, 0.9], at: [0, 0.45, 0], open: true, inner: '#2a2622' },
    { ring: [0.78, 0.07], at: [0, 0.9, 0] },
    ...[-0.72, 0.72].map((x): Shape => ({ box: [0.1, 1.55, 0.1], at: [x, 1.55, 0], paint: WOOD })),
    ...[1, -1].map((side): Shape => ({
      box: [2, 0.06, 0.8],
      at: [0, 2.35, side * 0.33],
      turn: [side * 35, 0, 0],
      paint: '#7a3b2a',
    })),
    { rod: [0.05, 1.5], at: [0, 1.95, 0], turn: [0, 0, 90], paint: WOOD },
    { rod: [0.01, 0.6], at: [0.1, 1.62, 0], paint: '#c9b48a' },
    { rod: [0.1, 0.16], at: [0.1, 1.27, 0], open: true, inner: '#3a2418', paint: '#7a5a3a' },
  ],
});

const snowman = loose('snowman', {
  nouns: ['snowman', 'snow man'],
  color: '#f4f6f8',
  material: 'fabric',
  size: [0.9, 1.5, 0.6],
  density: 400,
  shapes: [
    { ball: 0.3, at: [0, 0.3, 0] },
    { ball: 0.22, at: [0, 0.78, 0] },
    { ball: 0.16, at: [0, 1.12, 0] },
    ...[0.84, 0.72, 0.6].map((y): Shape => ({
      ball: 0.022,
      at: [0, y, 0.215 - (0.84 - y) * 0.05],
      paint: '#1f1f22',
    })),
    ...[-0.05, 0.05].map((x): Shape => ({ ball: 0.018, at: [x, 1.16, 0.145], paint: '#1f1f22' })),
    { cone: [0.025, 0.14], at: [0, 1.11, 0.22], turn: [90, 0, 0], paint: '#f07c1b' },
    { ring: [0.14, 0.035], at: [0, 0.98, 0], paint: '#d1302a' },
    { box: [0.06, 0.2, 0.02], at: [0.08, 0.88, 0.16], turn: [0, 0, 8], paint: '#d1302a' },
    ...[-1, 1].map((s): Shape => ({
      rod: [0.012, 0.45],
      at: [s * 0.38, 0.88, 0],
      turn: [0, 0, -s * 60],
      paint: '#5a3a22',
    })),
    { rod: [0.17, 0.02], at: [0, 1.25, 0], paint: '#1f1f22' },
    { rod: [0.11, 0.2], at: [0, 1.36, 0], paint: '#1f1f22' },
  ],
});

/** A round hay bale on its side, its spiral end to the camera: it rolls. */
const hayBale = loose('hay-bale', {
  nouns: ['hay bale', 'haystack', 'bale', 'hay', 'bale of hay'],
  color: '#d9b45a',
  material: 'fabric',
  size: [1.3, 1.3, 1.2],
  density: 200,
  solid: [{ rod: [0.65, 1.2], at: [0, 0.65, 0], turn: [90, 0, 0] }],
  shapes: [
    { rod: [0.65, 1.2], at: [0, 0.65, 0], turn: [90, 0, 0] },
    ...[0.18, 0.32, 0.46, 0.6].flatMap((r) =>
      pair({ ring: [r, 0.012], at: [0, 0.65, 0.6], turn: [90, 0, 0], paint: '#b8923a' }),
    ),
    ...spread(5, -0.45, 0.45).map((z): Shape => ({
      ring: [0.655, 0.008],
      at: [0, 0.65, z],
      turn: [90, 0, 0],
      paint: '#b8923a',
    })),
  ],
});

const rock = loose('rock', {
  nouns: ['rock', 'boulder'],
  color: '#8a8680',
  material: 'stone',
  size: [0.8, 0.5, 0.6],
  density: 2600,
  shapes: [
    { egg: [0.3, 0.22, 0.26], at: [-0.05, 0.22, 0], turn: [0, 20, 8] },
    { egg: [0.22, 0.17, 0.2], at: [0.18, 0.17, 0.04], turn: [0, -30, -12], paint: '#7d7972' },
    { egg: [0.16, 0.12, 0.16], at: [-0.22, 0.12, 0.1], turn: [0, 10, 20], paint: '#96928b' },
  ],
});

const trafficCone = loose('traffic-cone', {
  nouns: ['traffic cone', 'pylon', 'safety cone'],
  color: '#f06a1b',
  material: 'plastic',
  size: [0.36, 0.7, 0.36],
  density: 250,
  shapes: [
    { box: [0.36, 0.04, 0.36], at: [0, 0.02, 0] },
    { cone: [0.15, 0.7], at: [0, 0.37, 0] },
    ...[0.3, 0.5].map((y): Shape => ({
      rod: [0.15 * (1 - (y - 0.02) / 0.7) + 0.004, 0.07],
      at: [0, y, 0],
      paint: '#f3f3f0',
    })),
  ],
});

export const outdoor: Archetype[] = [
  bench,
  streetLamp,
  mailbox,
  phoneBooth,
  campfire,
  well,
  snowman,
  hayBale,
  rock,
  trafficCone,
];
