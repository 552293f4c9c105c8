/** More everyday things: sports gear, tableware, food, kitchen appliances, small tools. */
import type { Archetype } from '../types.js';
import { figure, type Shape } from './figures.js';

const DARK = '#1f1f22';
const STEEL = '#c4c9cf';
const WHITE = '#f3f3f0';
const GLASS = '#5d7f99';

/** A board on the ground (skateboard, surfboard, snowboard), long along x. */
const board = (
  name: string,
  nouns: string[],
  length: number,
  width: number,
  color: string,
  extra: Shape[] = [],
) =>
  figure(name, {
    nouns,
    color,
    material: 'wood',
    size: [length, 0.05 + (extra.length ? 0.06 : 0), width],
    density: 300,
    shapes: [{ egg: [length / 2, 0.02, width / 2], at: [0, extra.length ? 0.03 : 0, 0] }, ...extra],
  });

const cutlery = (name: string, nouns: string[], head: Shape) =>
  figure(name, {
    nouns,
    color: STEEL,
    material: 'metal',
    size: [0.19, 0.015, 0.03],
    density: 2000,
    shapes: [{ box: [0.11, 0.008, 0.012], at: [-0.04, 0, 0] }, head],
  });

export const everyday: Archetype[] = [
  board('skateboard', ['skateboard'], 0.8, 0.21, '#d9682b', [
    { rod: [0.03, 0.04], at: [0.26, -0.03, 0.08], paint: WHITE, turn: [90, 0, 0] },
    { rod: [0.03, 0.04], at: [0.26, -0.03, -0.08], paint: WHITE, turn: [90, 0, 0] },
    { rod: [0.03, 0.04], at: [-0.26, -0.03, 0.08], paint: WHITE, turn: [90, 0, 0] },
    { rod: [0.03, 0.04], at: [-0.26, -0.03, -0.08], paint: WHITE, turn: [90, 0, 0] },
  ]),
  board('surfboard', ['surfboard', 'surf board'], 2.1, 0.55, '#33c2b8'),
  board('snowboard', ['snowboard'], 1.5, 0.3, '#7b3fb5'),
  figure('skis', {
    nouns: ['skis', 'ski'],
    color: '#d1302a',
    material: 'plastic',
    size: [1.7, 0.04, 0.3],
    density: 400,
    shapes: [
      { box: [1.7, 0.02, 0.08], at: [0, 0, 0.09] },
      { box: [1.7, 0.02, 0.08], at: [0, 0, -0.09] },
      { box: [0.2, 0.02, 0.08], at: [0.88, 0.02, 0.09], turn: [0, 0, 20] },
      { box: [0.2, 0.02, 0.08], at: [0.88, 0.02, -0.09], turn: [0, 0, 20] },
    ],
  }),
  figure('frisbee', {
    nouns: ['frisbee', 'flying disc'],
    color: '#f07c1b',
    material: 'plastic',
    size: [0.27, 0.03, 0.27],
    density: 300,
    shapes: [{ rod: [0.135, 0.025] }, { ring: [0.13, 0.01], at: [0, -0.005, 0] }],
  }),
  figure('kite', {
    nouns: ['kite'],
    color: '#d1302a',
    material: 'fabric',
    size: [0.8, 1.4, 0.05],
    density: 10,
    shapes: [
      { box: [0.55, 0.55, 0.01], at: [0, 0.3, 0], turn: [0, 0, 45] },
      { rod: [0.006, 0.78], at: [0, 0.3, 0.01], paint: DARK },
      { rod: [0.004, 0.7], at: [0, -0.35, 0], paint: DARK },
      ...[0, 1, 2].map((k): Shape => ({
        box: [0.08, 0.04, 0.01],
        at: [0, -0.2 - k * 0.2, 0],
        paint: '#f5cf1d',
        turn: [0, 0, 30],
      })),
    ],
  }),
  figure('baseball-bat', {
    nouns: ['baseball bat', 'bat', 'cricket bat'],
    color: '#c8955a',
    material: 'wood',
    size: [0.85, 0.07, 0.07],
    density: 700,
    shapes: [
      { rod: [0.033, 0.5], at: [0.17, 0, 0], turn: [0, 0, 90] },
      { cone: [0.033, 0.3], at: [-0.23, 0, 0], turn: [0, 0, 90] },
      { rod: [0.013, 0.16], at: [-0.34, 0, 0], turn: [0, 0, 90] },
      { rod: [0.022, 0.015], at: [-0.42, 0, 0], turn: [0, 0, 90] },
    ],
  }),
  figure('baseball-glove', {
    nouns: ['baseball glove', 'glove', 'mitt'],
    color: '#8a5a2a',
    material: 'fabric',
    size: [0.28, 0.3, 0.12],
    density: 400,
    shapes: [
      { egg: [0.12, 0.11, 0.05], at: [0, -0.03, 0] },
      ...[-0.075, -0.025, 0.025, 0.075].map((x): Shape => ({ egg: [0.025, 0.07, 0.03], at: [x, 0.09, 0] })),
      { egg: [0.025, 0.06, 0.03], at: [0.12, -0.02, 0], turn: [0, 0, -40] },
    ],
  }),
  figure('tennis-racket', {
    nouns: ['tennis racket', 'racket', 'racquet'],
    color: '#2f62d0',
    material: 'plastic',
    size: [0.68, 0.03, 0.27],
    density: 300,
    shapes: [
      { egg: [0.14, 0.01, 0.12], at: [0.18, 0, 0], paint: '#e9e6df' },
      { ring: [0.13, 0.012], at: [0.18, 0, 0] },
      { rod: [0.014, 0.34], at: [-0.15, 0, 0], turn: [0, 0, 90] },
    ],
  }),
  figure('wine-glass', {
    nouns: ['wine glass', 'goblet', 'glass of wine'],
    color: '#bfe3f0',
    material: 'glass',
    size: [0.08, 0.2, 0.08],
    density: 400,
    shapes: [
      { cone: [0.04, 0.09], at: [0, 0.055, 0], turn: [0, 0, 180] },
      { rod: [0.005, 0.08], at: [0, -0.045, 0] },
      { rod: [0.035, 0.006], at: [0, -0.097, 0] },
      { cone: [0.028, 0.05], at: [0, 0.045, 0], paint: '#7a1030', turn: [0, 0, 180] },
    ],
  }),
  cutlery('fork', ['fork'], { box: [0.07, 0.008, 0.026], at: [0.05, 0, 0], pattern: 'pips' }),
  cutlery('knife', ['knife'], { box: [0.09, 0.006, 0.02], at: [0.06, 0, 0.002] }),
  cutlery('spoon', ['spoon'], { egg: [0.035, 0.008, 0.018], at: [0.055, 0, 0] }),
  figure('scissors', {
    nouns: ['scissors'],
    color: '#d1302a',
    material: 'metal',
    size: [0.2, 0.02, 0.09],
    density: 1500,
    shapes: [
      { box: [0.11, 0.006, 0.014], at: [0.045, 0, 0.008], paint: STEEL, turn: [0, 8, 0] },
      { box: [0.11, 0.006, 0.014], at: [0.045, 0, -0.008], paint: STEEL, turn: [0, -8, 0] },
      { ring: [0.022, 0.007], at: [-0.05, 0, 0.025] },
      { ring: [0.022, 0.007], at: [-0.05, 0, -0.025] },
    ],
  }),
  figure('toothbrush', {
    nouns: ['toothbrush'],
    color: '#33c2b8',
    material: 'plastic',
    size: [0.19, 0.03, 0.015],
    density: 900,
    shapes: [
      { box: [0.17, 0.01, 0.012], at: [-0.01, -0.005, 0] },
      { box: [0.025, 0.014, 0.011], at: [0.065, 0.007, 0], paint: WHITE },
    ],
  }),
  figure('hair-drier', {
    nouns: ['hair drier', 'hair dryer', 'hairdryer', 'blow dryer'],
    color: '#ef7fb0',
    material: 'plastic',
    size: [0.26, 0.25, 0.08],
    density: 300,
    shapes: [
      { rod: [0.045, 0.2], at: [0.02, 0.06, 0], turn: [0, 0, 90] },
      { rod: [0.05, 0.02], at: [-0.08, 0.06, 0], paint: DARK, turn: [0, 0, 90] },
      { rod: [0.025, 0.15], at: [-0.02, -0.05, 0], turn: [0, 0, 15] },
    ],
  }),
  figure('tie', {
    nouns: ['tie', 'necktie'],
    color: '#b0172d',
    material: 'fabric',
    size: [0.09, 0.45, 0.02],
    density: 200,
    shapes: [
      { box: [0.05, 0.05, 0.015], at: [0, 0.19, 0] },
      { box: [0.05, 0.32, 0.01], at: [0, 0.0, 0] },
      { box: [0.06, 0.06, 0.01], at: [0, -0.16, 0], turn: [0, 0, 45] },
    ],
  }),
  figure('sandwich', {
    nouns: ['sandwich', 'burger', 'hamburger', 'sub'],
    color: '#e0b97a',
    material: 'fabric',
    size: [0.14, 0.06, 0.12],
    density: 500,
    shapes: [
      { box: [0.14, 0.015, 0.12], at: [0, -0.022, 0] },
      { box: [0.145, 0.008, 0.125], at: [0, -0.01, 0], paint: '#4caf50' },
      { box: [0.13, 0.01, 0.11], at: [0, 0.0, 0], paint: '#c0392b' },
      { box: [0.14, 0.015, 0.12], at: [0, 0.018, 0] },
    ],
  }),
  figure('hot-dog', {
    nouns: ['hot dog', 'hotdog', 'sausage'],
    color: '#e0b97a',
    material: 'fabric',
    size: [0.18, 0.05, 0.06],
    density: 500,
    shapes: [
      { egg: [0.08, 0.02, 0.03], at: [0, -0.008, 0] },
      { rod: [0.014, 0.18], at: [0, 0.008, 0], paint: '#a5432a', turn: [0, 0, 90] },
      { box: [0.14, 0.004, 0.008], at: [0, 0.022, 0], paint: '#f5cf1d' },
    ],
  }),
  figure('pizza', {
    nouns: ['pizza'],
    color: '#e8b04a',
    material: 'fabric',
    size: [0.32, 0.025, 0.32],
    density: 500,
    shapes: [
      { rod: [0.16, 0.015] },
      { rod: [0.14, 0.02], at: [0, 0.002, 0], paint: '#d24a2a' },
      ...[
        [0.06, 0.03],
        [-0.05, 0.06],
        [0.02, -0.07],
        [-0.07, -0.03],
        [0.08, -0.05],
      ].map(([x, z]): Shape => ({ rod: [0.018, 0.006], at: [x!, 0.012, z!], paint: '#8e1c1c' })),
    ],
  }),
  figure('broccoli', {
    nouns: ['broccoli'],
    color: '#3c8a3f',
    material: 'fabric',
    size: [0.14, 0.16, 0.14],
    density: 400,
    shapes: [
      { rod: [0.02, 0.08], at: [0, -0.04, 0], paint: '#8fbf5a' },
      { ball: 0.05, at: [0, 0.03, 0] },
      { ball: 0.04, at: [0.04, 0.02, 0.02] },
      { ball: 0.04, at: [-0.04, 0.025, -0.01] },
    ],
  }),
  figure('carrot', {
    nouns: ['carrot'],
    color: '#f07c1b',
    material: 'fabric',
    size: [0.2, 0.04, 0.04],
    density: 900,
    shapes: [
      { cone: [0.02, 0.17], at: [0.01, 0, 0], turn: [0, 0, -90] },
      { cone: [0.012, 0.05], at: [-0.09, 0.0, 0], paint: '#3c9a45', turn: [0, 0, 80] },
    ],
  }),
  figure('toilet', {
    nouns: ['toilet', 'loo'],
    color: WHITE,
    material: 'ceramic',
    size: [0.7, 0.8, 0.4],
    density: 300,
    shapes: [
      { rod: [0.13, 0.3], at: [0.05, -0.25, 0] },
      { egg: [0.22, 0.08, 0.18], at: [0.1, -0.05, 0] },
      { ring: [0.15, 0.03], at: [0.1, 0.0, 0], paint: '#e8e4da' },
      { box: [0.16, 0.38, 0.38], at: [-0.22, 0.18, 0] },
    ],
  }),
  figure('sink', {
    nouns: ['sink', 'washbasin'],
    color: WHITE,
    material: 'ceramic',
    size: [0.6, 0.9, 0.45],
    density: 300,
    body: 'static',
    shapes: [
      { box: [0.6, 0.75, 0.45], at: [0, -0.075, 0], paint: '#b9a58a' },
      { box: [0.62, 0.06, 0.47], at: [0, 0.32, 0] },
      { egg: [0.2, 0.02, 0.15], at: [0.02, 0.355, 0.02], paint: '#c9cdd2' },
      { rod: [0.015, 0.12], at: [0, 0.41, -0.17], paint: STEEL },
      { rod: [0.012, 0.1], at: [0, 0.46, -0.12], paint: STEEL, turn: [90, 0, 0] },
    ],
  }),
  figure('refrigerator', {
    nouns: ['refrigerator', 'fridge', 'freezer'],
    color: '#e9e6df',
    material: 'metal',
    size: [0.75, 1.8, 0.7],
    density: 100,
    shapes: [
      { box: [0.75, 1.8, 0.7] },
      { box: [0.76, 0.015, 0.71], at: [0, 0.35, 0], paint: '#9aa3ad' },
      { box: [0.03, 0.3, 0.04], at: [0.3, 0.6, 0.37], paint: '#9aa3ad' },
      { box: [0.03, 0.4, 0.04], at: [0.3, 0.0, 0.37], paint: '#9aa3ad' },
    ],
  }),
  figure('oven', {
    nouns: ['oven', 'stove', 'cooker', 'range'],
    color: '#d9d4cb',
    material: 'metal',
    size: [0.6, 0.9, 0.6],
    density: 200,
    shapes: [
      { box: [0.6, 0.9, 0.6] },
      { box: [0.44, 0.3, 0.01], at: [0, -0.05, 0.301], paint: '#20262c' },
      { box: [0.44, 0.02, 0.04], at: [0, 0.16, 0.32], paint: '#9aa3ad' },
      ...[-0.2, -0.07, 0.07, 0.2].map((x): Shape => ({
        rod: [0.02, 0.03],
        at: [x, 0.36, 0.31],
        paint: DARK,
        turn: [90, 0, 0],
      })),
      ...[-0.14, 0.14].flatMap((x): Shape[] => [
        { rod: [0.08, 0.01], at: [x, 0.455, 0.13], paint: DARK },
        { rod: [0.08, 0.01], at: [x, 0.455, -0.13], paint: DARK },
      ]),
    ],
  }),
  figure('microwave', {
    nouns: ['microwave', 'microwave oven'],
    color: '#e9e6df',
    material: 'metal',
    size: [0.5, 0.3, 0.38],
    density: 200,
    shapes: [
      { box: [0.5, 0.3, 0.38] },
      { box: [0.33, 0.2, 0.01], at: [-0.06, 0, 0.191], paint: '#20262c' },
      { box: [0.09, 0.2, 0.01], at: [0.19, 0, 0.191], paint: '#9aa3ad', pattern: 'pips' },
    ],
  }),
  figure('toaster', {
    nouns: ['toaster'],
    color: STEEL,
    material: 'metal',
    size: [0.28, 0.2, 0.16],
    density: 300,
    shapes: [
      { box: [0.28, 0.2, 0.16] },
      { box: [0.2, 0.01, 0.025], at: [0, 0.1, 0.035], paint: DARK },
      { box: [0.2, 0.01, 0.025], at: [0, 0.1, -0.035], paint: DARK },
      { box: [0.03, 0.02, 0.03], at: [0.15, 0.05, 0], paint: DARK },
    ],
  }),
  figure('remote', {
    nouns: ['remote', 'remote control', 'controller'],
    color: DARK,
    material: 'plastic',
    size: [0.05, 0.02, 0.19],
    density: 600,
    shapes: [
      { box: [0.05, 0.018, 0.19] },
      { box: [0.03, 0.004, 0.12], at: [0, 0.01, 0.01], paint: '#8c8f94', pattern: 'pips' },
      { rod: [0.007, 0.004], at: [0, 0.011, 0.08], paint: '#d1302a' },
    ],
  }),
  figure('keyboard', {
    nouns: ['keyboard'],
    color: '#2b2b2f',
    material: 'plastic',
    size: [0.45, 0.03, 0.15],
    density: 500,
    shapes: [
      { box: [0.45, 0.02, 0.15], at: [0, -0.005, 0] },
      ...[-0.045, -0.015, 0.015, 0.045].map((z): Shape => ({
        box: [0.41, 0.008, 0.022],
        at: [0, 0.009, z],
        paint: '#d9d4cb',
        pattern: 'pips',
      })),
    ],
  }),
  figure('parking-meter', {
    nouns: ['parking meter'],
    color: '#8c8f94',
    material: 'metal',
    size: [0.25, 1.4, 0.2],
    density: 300,
    body: 'static',
    shapes: [
      { rod: [0.04, 1], at: [0, -0.2, 0], paint: '#5a5f66' },
      { box: [0.22, 0.34, 0.18], at: [0, 0.5, 0] },
      { box: [0.14, 0.1, 0.01], at: [0, 0.56, 0.091], paint: GLASS },
      { egg: [0.11, 0.06, 0.09], at: [0, 0.68, 0] },
    ],
  }),
];
