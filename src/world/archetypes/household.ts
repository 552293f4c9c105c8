/** Everyday things: furniture, electronics, food, street furniture, bags. */
import type { Archetype } from '../types.js';
import { figure } from './figures.js';

const WOOD = '#8a5a36';
const DARK = '#1f1f22';
const SCREEN = '#18222e';

const chair = figure('chair', {
  nouns: ['chair', 'stool', 'seat'],
  color: '#a8743f',
  material: 'wood',
  size: [0.5, 0.9, 0.5],
  density: 120,
  shapes: [
    { box: [0.48, 0.05, 0.48], at: [0, -0.02, 0] },
    { box: [0.05, 0.47, 0.48], at: [-0.215, 0.24, 0] },
    ...[
      [0.2, 0.2],
      [0.2, -0.2],
      [-0.2, 0.2],
      [-0.2, -0.2],
    ].map(([x, z]) => ({
      box: [0.04, 0.43, 0.04] as [number, number, number],
      at: [x!, -0.25, z!] as [number, number, number],
    })),
  ],
});

const couch = figure('couch', {
  nouns: ['couch', 'sofa', 'settee'],
  color: '#5e6f86',
  material: 'fabric',
  size: [2, 0.85, 0.9],
  density: 90,
  shapes: [
    { box: [1.9, 0.35, 0.85], at: [0, -0.2, 0] },
    { box: [1.9, 0.5, 0.2], at: [0, 0.15, -0.33] },
    { box: [0.18, 0.55, 0.85], at: [0.95, -0.1, 0] },
    { box: [0.18, 0.55, 0.85], at: [-0.95, -0.1, 0] },
    { box: [0.85, 0.12, 0.62], at: [-0.42, 0.0, 0.08] },
    { box: [0.85, 0.12, 0.62], at: [0.42, 0.0, 0.08] },
  ],
});

const bed = figure('bed', {
  nouns: ['bed'],
  color: '#e8e4da',
  material: 'fabric',
  size: [2.1, 0.9, 1.5],
  density: 100,
  shapes: [
    { box: [2.1, 0.3, 1.5], at: [0, -0.3, 0], paint: WOOD },
    { box: [2, 0.22, 1.4], at: [0, -0.05, 0] },
    { box: [0.08, 0.9, 1.5], at: [-1.03, 0, 0], paint: WOOD },
    { box: [0.35, 0.12, 0.55], at: [-0.75, 0.11, 0.35], paint: '#f7f5ef' },
    { box: [0.35, 0.12, 0.55], at: [-0.75, 0.11, -0.35], paint: '#f7f5ef' },
    { box: [1.2, 0.05, 1.42], at: [0.38, 0.08, 0], paint: '#6b8fb5' },
  ],
});

const tv = figure('tv', {
  nouns: ['tv', 'television', 'monitor', 'screen'],
  color: '#2b2b2f',
  material: 'plastic',
  size: [1.1, 0.75, 0.25],
  density: 150,
  shapes: [
    { box: [1.1, 0.62, 0.05], at: [0, 0.06, 0] },
    { box: [1.02, 0.55, 0.01], at: [0, 0.06, 0.026], paint: SCREEN },
    { box: [0.08, 0.1, 0.05], at: [0, -0.29, 0] },
    { box: [0.4, 0.02, 0.22], at: [0, -0.36, 0] },
  ],
});

const laptop = figure('laptop', {
  nouns: ['laptop', 'notebook computer', 'computer'],
  color: '#b9bec4',
  material: 'metal',
  size: [0.34, 0.24, 0.26],
  density: 400,
  shapes: [
    { box: [0.34, 0.02, 0.24], at: [0, -0.11, 0.01] },
    { box: [0.3, 0.005, 0.12], at: [0, -0.098, 0.04], paint: DARK, pattern: 'pips' },
    { box: [0.34, 0.23, 0.015], at: [0, 0.0, -0.11], turn: [-12, 0, 0] },
    { box: [0.31, 0.2, 0.003], at: [0, 0.0, -0.101], paint: SCREEN, turn: [-12, 0, 0] },
  ],
});

const phone = figure('cell-phone', {
  nouns: ['cell phone', 'phone', 'smartphone', 'mobile phone', 'cellphone', 'iphone'],
  color: '#1f1f22',
  material: 'plastic',
  size: [0.075, 0.15, 0.01],
  density: 1200,
  shapes: [
    { box: [0.075, 0.15, 0.009] },
    { box: [0.068, 0.138, 0.002], at: [0, 0, 0.005], paint: '#2a4a6a' },
  ],
});

const clock = figure('clock', {
  nouns: ['clock', 'wall clock'],
  color: '#f3f3f0',
  material: 'plastic',
  size: [0.3, 0.3, 0.05],
  density: 400,
  shapes: [
    { rod: [0.15, 0.04], turn: [90, 0, 0] },
    { ring: [0.15, 0.012], at: [0, 0, 0.01], paint: DARK, turn: [90, 0, 0] },
    { box: [0.012, 0.09, 0.005], at: [0, 0.04, 0.025], paint: DARK },
    { box: [0.07, 0.01, 0.005], at: [0.03, 0, 0.025], paint: DARK },
    ...[0, 90, 180, 270].map((a) => ({
      box: [0.01, 0.025, 0.004] as [number, number, number],
      at: [0.12 * Math.sin((a * Math.PI) / 180), 0.12 * Math.cos((a * Math.PI) / 180), 0.022] as [
        number,
        number,
        number,
      ],
      paint: DARK,
      turn: [0, 0, -a] as [number, number, number],
    })),
  ],
});

const vase = figure('vase', {
  nouns: ['vase', 'jar', 'urn'],
  color: '#2f62d0',
  material: 'ceramic',
  size: [0.18, 0.32, 0.18],
  density: 500,
  shapes: [
    { egg: [0.09, 0.11, 0.09], at: [0, -0.05, 0] },
    { rod: [0.04, 0.14], at: [0, 0.09, 0] },
    { rod: [0.055, 0.02], at: [0, 0.15, 0], open: true, inner: '#2a1a10' },
  ],
});

const plant = figure('potted-plant', {
  nouns: ['potted plant', 'plant', 'houseplant', 'flower pot', 'pot plant'],
  color: '#3c8a3f',
  material: 'ceramic',
  size: [0.4, 0.6, 0.4],
  density: 300,
  shapes: [
    { rod: [0.12, 0.2], at: [0, -0.2, 0], paint: '#b5643a' },
    { ball: 0.14, at: [0, 0.04, 0] },
    { ball: 0.11, at: [0.1, 0.1, 0.04] },
    { ball: 0.11, at: [-0.09, 0.12, -0.03] },
    { ball: 0.1, at: [0.02, 0.2, 0.02] },
  ],
});

const umbrella = figure('umbrella', {
  nouns: ['umbrella', 'parasol'],
  color: '#d1302a',
  material: 'fabric',
  size: [1, 0.95, 1],
  density: 20,
  shapes: [
    { cone: [0.5, 0.28], at: [0, 0.33, 0] },
    { rod: [0.012, 0.9], at: [0, -0.02, 0], paint: DARK },
    { ring: [0.04, 0.01], at: [0.04, -0.47, 0], paint: DARK, turn: [90, 0, 0] },
  ],
});

const teddy = figure('teddy-bear', {
  nouns: ['teddy bear', 'teddy', 'stuffed animal', 'plush'],
  color: '#b07a45',
  material: 'fabric',
  size: [0.3, 0.4, 0.25],
  density: 150,
  shapes: [
    { egg: [0.1, 0.12, 0.09], at: [0, -0.06, 0] },
    { ball: 0.085, at: [0, 0.11, 0.01] },
    { ball: 0.035, at: [0.065, 0.18, 0] },
    { ball: 0.035, at: [-0.065, 0.18, 0] },
    { egg: [0.035, 0.025, 0.03], at: [0, 0.09, 0.08], paint: '#e8cfa8' },
    { ball: 0.012, at: [0, 0.1, 0.105], paint: DARK },
    { ball: 0.01, at: [0.03, 0.13, 0.078], paint: DARK },
    { ball: 0.01, at: [-0.03, 0.13, 0.078], paint: DARK },
    { egg: [0.035, 0.07, 0.035], at: [0.11, -0.03, 0.02], turn: [0, 0, 30] },
    { egg: [0.035, 0.07, 0.035], at: [-0.11, -0.03, 0.02], turn: [0, 0, -30] },
    { egg: [0.04, 0.04, 0.06], at: [0.055, -0.17, 0.04] },
    { egg: [0.04, 0.04, 0.06], at: [-0.055, -0.17, 0.04] },
  ],
});

const round = (
  name: string,
  nouns: string[],
  r: number,
  color: string,
  extra: Parameters<typeof figure>[1]['shapes'] = [],
) =>
  figure(name, {
    nouns,
    color,
    material: 'fabric',
    size: [2 * r, 2 * r, 2 * r],
    density: 800,
    restitution: 0.3,
    shapes: [{ ball: r }, ...extra],
  });

const apple = round('apple', ['apple'], 0.04, '#c0392b', [
  { rod: [0.004, 0.025], at: [0, 0.045, 0], paint: '#5a3a22' },
  { egg: [0.015, 0.005, 0.008], at: [0.015, 0.05, 0], paint: '#3c9a45', turn: [0, 0, 20] },
]);
const orange = round('orange', ['orange', 'tangerine', 'mandarin'], 0.04, '#f07c1b', [
  { ball: 0.006, at: [0, 0.04, 0], paint: '#4a6a2a' },
]);

const banana = figure('banana', {
  nouns: ['banana'],
  color: '#f5cf1d',
  material: 'fabric',
  size: [0.2, 0.07, 0.04],
  density: 900,
  shapes: [
    { egg: [0.05, 0.018, 0.018], at: [-0.055, 0.01, 0], turn: [0, 0, -25] },
    { egg: [0.05, 0.018, 0.018], at: [0, -0.008, 0] },
    { egg: [0.05, 0.018, 0.018], at: [0.055, 0.01, 0], turn: [0, 0, 25] },
    { rod: [0.005, 0.02], at: [0.1, 0.03, 0], paint: '#5a4a22', turn: [0, 0, -40] },
  ],
});

const donut = figure('donut', {
  nouns: ['donut', 'doughnut'],
  color: '#ef7fb0',
  material: 'fabric',
  size: [0.1, 0.035, 0.1],
  density: 400,
  shapes: [
    { ring: [0.032, 0.017], paint: '#d9a45a' },
    { ring: [0.032, 0.014], at: [0, 0.006, 0] },
  ],
});

const cake = figure('cake', {
  nouns: ['cake', 'birthday cake'],
  color: '#f3e6d0',
  material: 'fabric',
  size: [0.26, 0.16, 0.26],
  density: 600,
  shapes: [
    { rod: [0.13, 0.12], at: [0, -0.02, 0] },
    { rod: [0.132, 0.025], at: [0, 0.045, 0], paint: '#ef7fb0' },
    { ball: 0.015, at: [0, 0.07, 0], paint: '#c0392b' },
  ],
});

const bowl = figure('bowl', {
  nouns: ['bowl', 'dish', 'basin'],
  color: '#f3f3f0',
  material: 'ceramic',
  size: [0.18, 0.08, 0.18],
  density: 500,
  shapes: [{ rod: [0.09, 0.075], open: true, inner: '#d9d4cb' }],
});

const hydrant = figure('fire-hydrant', {
  nouns: ['fire hydrant', 'hydrant'],
  color: '#d1302a',
  material: 'metal',
  size: [0.4, 0.75, 0.3],
  density: 800,
  shapes: [
    { rod: [0.12, 0.5], at: [0, -0.08, 0] },
    { ball: 0.12, at: [0, 0.17, 0] },
    { rod: [0.03, 0.06], at: [0, 0.31, 0] },
    { rod: [0.05, 0.36], at: [0, 0.02, 0], turn: [0, 0, 90] },
    { rod: [0.07, 0.08], at: [0, 0.0, 0.12], turn: [90, 0, 0] },
    { rod: [0.15, 0.05], at: [0, -0.35, 0] },
  ],
});

const trafficLight = figure('traffic-light', {
  nouns: ['traffic light', 'stoplight', 'traffic signal'],
  color: '#2b2b2f',
  material: 'metal',
  size: [0.35, 3.2, 0.35],
  density: 200,
  body: 'static',
  shapes: [
    { rod: [0.06, 2.4], at: [0, -0.4, 0], paint: '#6b6f75' },
    { box: [0.32, 0.9, 0.16], at: [0, 1.15, 0] },
    { ball: 0.09, at: [0, 1.43, 0.1], paint: '#e53b2c' },
    { ball: 0.09, at: [0, 1.15, 0.1], paint: '#f5b800' },
    { ball: 0.09, at: [0, 0.87, 0.1], paint: '#2fb34a' },
  ],
});

const stopSign = figure('stop-sign', {
  nouns: ['stop sign', 'road sign', 'sign'],
  color: '#c8221f',
  material: 'metal',
  size: [0.75, 2.4, 0.1],
  density: 200,
  body: 'static',
  shapes: [
    { rod: [0.035, 2], at: [0, -0.2, 0], paint: '#9aa3ad' },
    // An octagon: two squares, one turned by 45 degrees.
    { box: [0.62, 0.62, 0.02], at: [0, 0.86, 0.04] },
    { box: [0.62, 0.62, 0.02], at: [0, 0.86, 0.04], turn: [0, 0, 45] },
    { box: [0.44, 0.1, 0.01], at: [0, 0.86, 0.055], paint: '#f7f5ef' },
  ],
});

const suitcase = figure('suitcase', {
  nouns: ['suitcase', 'luggage', 'trolley bag'],
  color: '#2f3e5a',
  material: 'plastic',
  size: [0.45, 0.7, 0.25],
  density: 150,
  shapes: [
    { box: [0.45, 0.62, 0.25], at: [0, -0.04, 0] },
    { rod: [0.012, 0.14], at: [0.12, 0.33, 0], paint: DARK },
    { rod: [0.012, 0.14], at: [-0.12, 0.33, 0], paint: DARK },
    { box: [0.26, 0.02, 0.03], at: [0, 0.4, 0], paint: DARK },
    { box: [0.46, 0.02, 0.26], at: [0, 0.05, 0], paint: '#1f2a3e' },
  ],
});

const backpack = figure('backpack', {
  nouns: ['backpack', 'rucksack', 'schoolbag', 'bag', 'handbag', 'purse'],
  color: '#3c8a3f',
  material: 'fabric',
  size: [0.32, 0.45, 0.2],
  density: 150,
  shapes: [
    { egg: [0.16, 0.22, 0.09], at: [0, 0, -0.01] },
    { box: [0.22, 0.16, 0.06], at: [0, -0.07, 0.08] },
    { ring: [0.05, 0.012], at: [0, 0.22, -0.02], paint: DARK, turn: [90, 0, 0] },
  ],
});

export const household: Archetype[] = [
  chair,
  couch,
  bed,
  tv,
  laptop,
  phone,
  clock,
  vase,
  plant,
  umbrella,
  teddy,
  apple,
  orange,
  banana,
  donut,
  cake,
  bowl,
  hydrant,
  trafficLight,
  stopSign,
  suitcase,
  backpack,
];
