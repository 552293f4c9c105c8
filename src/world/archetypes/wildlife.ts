/**
 * More land animals: wild and farm four-legged ones on the shared body plan (animals.ts), sitting
 * and upright ones (monkey, koala, kangaroo, rabbit, squirrel, mouse), reptiles and amphibians.
 * Side-on animals face +x; sitting ones (monkey, koala) face the camera (+z). Shapes are measured
 * from the ground they stand on.
 */
import type { Vec3 } from '../../plan/schema.js';
import type { Archetype } from '../types.js';
import { boned, type Leg } from '../rigs/joints.js';
import { quadrupedRig, type QuadrupedBone, type QuadrupedPlan } from '../rigs/quadruped.js';
import { bands, EYE, quadruped, type Dims } from './animals.js';
import { creature, leftRight, PINK, riggedCreature, sideEyes, WHITE } from './creatures.js';
import { pair, type Shape } from './figures.js';
import { around, spread } from './geometry.js';

const DEG = Math.PI / 180;

/** A bushy tail from the body plan's tail root, hanging back and down, with an optional tip. */
const brush = (d: Dims, length: number, thick: number, tip?: string, droop = 35): Shape[] => {
  const root: Vec3 = [-d.L * 0.48, d.bodyY + d.bodyR[1] * 0.3, 0];
  const dir: Vec3 = [-Math.cos(droop * DEG), -Math.sin(droop * DEG), 0];
  const at = (f: number): Vec3 => [root[0] + dir[0] * length * f, root[1] + dir[1] * length * f, 0];
  return [
    { egg: [length / 2, thick, thick], at: at(0.5), turn: [0, 0, droop] },
    ...(tip
      ? [{ egg: [length * 0.2, thick * 0.8, thick * 0.8], at: at(0.88), turn: [0, 0, droop], paint: tip }]
      : []),
  ] as Shape[];
};

// ---- Four-legged, on the shared body plan ----

const lion = quadruped('lion', {
  nouns: ['lion', 'lioness'],
  color: '#c8903e',
  length: 1.9,
  height: 1.1,
  girth: 0.7,
  leg: 0.55,
  neck: 0.15,
  head: 0.24,
  snout: 0.5,
  ears: 'round',
  tail: 0.5,
  extra: {
    // The mane: a darker ruff around and behind the head.
    head: (d) => [
      {
        egg: [d.headR * 1.05, d.headR * 1.75, d.headR * 1.65],
        at: [d.headAt[0] - d.headR * 0.4, d.headAt[1] - d.headR * 0.2, 0],
        paint: '#8a4a1a',
      },
    ],
    tail: (d) => [{ ball: d.legR * 2, at: d.tailTip, paint: '#5a3418' }],
  },
});

const tiger = quadruped('tiger', {
  nouns: ['tiger', 'tigress'],
  color: '#e07b26',
  length: 2,
  height: 1,
  girth: 0.62,
  leg: 0.5,
  neck: 0.12,
  head: 0.24,
  snout: 0.5,
  ears: 'round',
  tail: 0.6,
  extra: {
    body: (d) => [
      ...bands(d, '#1f1a17', 8, d.L * 0.035),
      {
        egg: [d.bodyR[0] * 0.8, d.bodyR[1] * 0.5, d.bodyR[2] * 0.95],
        at: [0, d.bodyY - d.bodyR[1] * 0.5, 0],
        paint: WHITE,
      },
    ],
    head: (d) => [
      {
        egg: [d.headR * 0.55, d.headR * 0.45, d.headR * 0.6],
        at: [d.nose[0] - d.headR * 0.3, d.nose[1] - d.headR * 0.15, 0],
        paint: WHITE,
      },
    ],
  },
});

const deer = quadruped('deer', {
  nouns: ['deer', 'stag', 'doe', 'fawn', 'reindeer', 'elk', 'moose', 'antelope'],
  color: '#a8703c',
  length: 1.5,
  height: 1.3,
  girth: 0.5,
  leg: 0.8,
  neck: 0.4,
  head: 0.12,
  snout: 1.2,
  ears: 'pointed',
  tail: 0.06,
  extra: {
    head: (d) => {
      // Antlers: a beam rising back from each side of the head, with tines.
      const base: Vec3 = [d.headAt[0] - d.headR * 0.3, d.headAt[1] + d.headR * 0.8, d.headR * 0.35];
      const beam = d.headR * 3.2;
      return [
        ...pair({
          rod: [d.headR * 0.12, beam],
          at: [base[0] - beam * 0.2, base[1] + beam * 0.45, base[2] * 1.6],
          turn: [12, 0, 25],
          paint: '#d9c4a0',
        }),
        ...[0.35, 0.7].flatMap((f) =>
          pair({
            rod: [d.headR * 0.1, beam * 0.4],
            at: [
              base[0] - beam * 0.42 * f + beam * 0.08,
              base[1] + beam * 0.9 * f + beam * 0.12,
              base[2] * (1.6 + f),
            ],
            turn: [0, 0, -25],
            paint: '#d9c4a0',
          }),
        ),
        {
          egg: [d.headR * 0.5, d.headR * 0.6, d.headR * 0.5],
          at: [d.headAt[0] - d.headR * 0.1, d.headAt[1] - d.headR * 0.9, 0],
          paint: '#e8d8c0',
        },
      ];
    },
    tail: (d) => [{ ball: d.legR * 2, at: [-d.L * 0.52, d.bodyY + d.bodyR[1] * 0.2, 0], paint: WHITE }],
  },
});

const fox = quadruped('fox', {
  nouns: ['fox', 'vixen'],
  color: '#d9652b',
  legs: '#2b2220',
  length: 0.7,
  height: 0.42,
  girth: 0.22,
  leg: 0.2,
  neck: 0.2,
  head: 0.28,
  snout: 1.1,
  ears: 'pointed',
  tail: 0,
  wags: true,
  extra: {
    tail: (d) => brush(d, d.L * 0.75, d.G * 0.38, WHITE, 20),
    head: (d) => [
      {
        egg: [d.headR * 0.8, d.headR * 0.45, d.headR * 0.75],
        at: [d.headAt[0] + d.headR * 0.4, d.headAt[1] - d.headR * 0.45, 0],
        paint: WHITE,
      },
    ],
  },
});

const wolf = quadruped('wolf', {
  nouns: ['wolf', 'coyote', 'jackal'],
  color: '#7b7d80',
  length: 1.2,
  height: 0.8,
  girth: 0.4,
  leg: 0.45,
  neck: 0.22,
  head: 0.22,
  snout: 1.2,
  ears: 'pointed',
  tail: 0,
  extra: {
    tail: (d) => brush(d, d.L * 0.5, d.G * 0.3, '#3a3b3d', 60),
    head: (d) => [
      {
        egg: [d.headR * 0.9, d.headR * 0.4, d.headR * 0.75],
        at: [d.headAt[0] + d.headR * 0.5, d.headAt[1] - d.headR * 0.45, 0],
        paint: '#d4d1ca',
      },
    ],
    body: (d) => [
      {
        egg: [d.bodyR[0] * 0.8, d.bodyR[1] * 0.5, d.bodyR[2] * 0.95],
        at: [0, d.bodyY - d.bodyR[1] * 0.55, 0],
        paint: '#c9c6c0',
      },
    ],
  },
});

const pig = quadruped('pig', {
  nouns: ['pig', 'piglet', 'hog', 'boar', 'swine'],
  color: '#f0a8b0',
  length: 1.1,
  height: 0.7,
  girth: 0.62,
  leg: 0.22,
  neck: 0.02,
  head: 0.3,
  snout: 0.5,
  ears: 'pointed',
  tail: 0,
  extra: {
    // A flat snout with nostrils, a curly tail.
    head: (d) => [
      { rod: [d.headR * 0.36, d.headR * 0.14], at: d.nose, turn: [0, 0, 90], paint: '#e88f9c' },
      ...pair({
        ball: d.headR * 0.07,
        at: [d.nose[0] + d.headR * 0.07, d.nose[1], d.headR * 0.14],
        paint: '#8a4a52',
      }),
    ],
    tail: (d) => [
      {
        ring: [d.G * 0.08, d.G * 0.025],
        at: [-d.L * 0.53, d.bodyY + d.bodyR[1] * 0.35, 0],
        turn: [90, 0, 0],
      },
    ],
  },
});

const goat = quadruped('goat', {
  nouns: ['goat', 'billy goat', 'kid goat', 'ibex'],
  color: '#e6e0d2',
  length: 1,
  height: 0.75,
  girth: 0.42,
  leg: 0.42,
  neck: 0.32,
  head: 0.17,
  snout: 0.9,
  ears: 'floppy',
  tail: 0.1,
  extra: {
    head: (d) => [
      ...pair({
        cone: [d.headR * 0.2, d.headR * 1.8],
        at: [d.headAt[0] - d.headR * 0.75, d.headAt[1] + d.headR * 1.35, d.headR * 0.35],
        turn: [0, 0, 50],
        paint: '#5a4a3a',
      }),
      {
        cone: [d.headR * 0.22, d.headR * 0.9],
        at: [d.nose[0] - d.headR * 0.5, d.nose[1] - d.headR * 0.75, 0],
        turn: [0, 0, 180],
        paint: '#cfc6b2',
      },
    ],
  },
});

const camel = quadruped('camel', {
  nouns: ['camel', 'dromedary'],
  color: '#c9a36a',
  length: 2.2,
  height: 1.9,
  girth: 0.7,
  leg: 1.15,
  neck: 0.38,
  head: 0.1,
  snout: 1.5,
  ears: 'round',
  tail: 0.3,
  extra: {
    body: (d) =>
      [-0.22, 0.18].map((u): Shape => ({
        egg: [d.L * 0.16, d.H * 0.16, d.G * 0.4],
        at: [u * d.L, d.bodyY + d.bodyR[1] * 0.85, 0],
      })),
  },
});

const panda = quadruped('panda', {
  nouns: ['panda', 'giant panda', 'panda bear'],
  color: WHITE,
  legs: '#1f1f22',
  length: 1.5,
  height: 0.9,
  girth: 0.8,
  leg: 0.38,
  neck: 0.06,
  head: 0.32,
  snout: 0.35,
  ears: 'none',
  tail: 0.05,
  extra: {
    head: (d) => [
      ...pair({
        ball: d.headR * 0.32,
        at: [d.headAt[0] - d.headR * 0.35, d.headAt[1] + d.headR * 0.85, d.headR * 0.55],
        paint: '#1f1f22',
      }),
      ...pair({
        egg: [d.headR * 0.3, d.headR * 0.22, d.headR * 0.12],
        at: [d.headAt[0] + d.headR * 0.42, d.headAt[1] + d.headR * 0.24, d.headR * 0.66],
        turn: [0, -30, -25],
        paint: '#1f1f22',
      }),
    ],
    body: (d) => [
      {
        egg: [d.L * 0.14, d.bodyR[1] * 1.05, d.bodyR[2] * 1.04],
        at: [d.L * 0.3, d.bodyY, 0],
        paint: '#1f1f22',
      },
    ],
  },
});

const raccoon = quadruped('raccoon', {
  nouns: ['raccoon', 'racoon'],
  color: '#8a8782',
  legs: '#3a3836',
  length: 0.6,
  height: 0.36,
  girth: 0.28,
  leg: 0.16,
  neck: 0.15,
  head: 0.32,
  snout: 0.7,
  ears: 'pointed',
  tail: 0,
  extra: {
    // The bandit mask across the eyes, a white face around it, a ringed bushy tail.
    head: (d) => [
      {
        egg: [d.headR * 0.55, d.headR * 0.55, d.headR * 0.9],
        at: [d.headAt[0] + d.headR * 0.35, d.headAt[1] - d.headR * 0.05, 0],
        paint: WHITE,
      },
      {
        egg: [d.headR * 0.5, d.headR * 0.2, d.headR * 0.93],
        at: [d.headAt[0] + d.headR * 0.35, d.headAt[1] + d.headR * 0.22, 0],
        paint: '#1f1f22',
      },
    ],
    tail: (d) =>
      spread(6, 0.15, 0.95).map((f, k): Shape => ({
        egg: [d.L * 0.07, d.G * 0.22, d.G * 0.22],
        at: [-d.L * 0.48 - f * d.L * 0.55, d.bodyY + d.bodyR[1] * 0.2 - f * d.L * 0.18, 0],
        turn: [0, 0, 18],
        paint: k % 2 ? '#2b2a28' : 'main',
      })),
  },
});

/** Small spots on both flanks, on the body's surface: places as [along, up] shares of the body. */
const rosettes = (d: Dims, color: string, places: [number, number][]): Shape[] =>
  places.flatMap(([u, v]) => {
    const x = u * d.bodyR[0];
    const depth = Math.sqrt(Math.max(0, 1 - u * u - v * v));
    return pair({
      egg: [d.L * 0.025, d.L * 0.022, d.bodyR[2] * 0.18],
      at: [x, d.bodyY + v * d.bodyR[1], d.bodyR[2] * depth * 0.92],
      paint: color,
    });
  });

const leopard = quadruped('leopard', {
  nouns: ['leopard', 'cheetah', 'jaguar'],
  color: '#d9a24a',
  length: 1.6,
  height: 0.85,
  girth: 0.5,
  leg: 0.45,
  neck: 0.15,
  head: 0.24,
  snout: 0.45,
  ears: 'round',
  tail: 0.7,
  extra: {
    // Spots in staggered rows over the flanks.
    body: (d) =>
      rosettes(
        d,
        '#2b2016',
        [-0.4, 0, 0.4].flatMap((v, row) =>
          spread(6, -0.7, 0.7).map((u): [number, number] => [u + (row % 2) * 0.12, v]),
        ),
      ),
  },
});

const hippo = quadruped('hippo', {
  nouns: ['hippo', 'hippopotamus'],
  color: '#8a7a86',
  length: 3.2,
  height: 1.5,
  girth: 1.4,
  leg: 0.5,
  neck: 0.04,
  head: 0.36,
  snout: 1.1,
  ears: 'round',
  tail: 0.08,
  extra: {
    head: (d) => [
      {
        egg: [d.headR * 1.1, d.headR * 0.55, d.headR * 0.8],
        at: [d.nose[0] - d.headR * 0.6, d.nose[1] - d.headR * 0.1, 0],
      },
      {
        box: [d.headR * 1.6, d.headR * 0.05, d.headR * 1.5],
        at: [d.nose[0] - d.headR * 0.7, d.nose[1] - d.headR * 0.3, 0],
        paint: '#c98a90',
      },
      ...pair({
        ball: d.headR * 0.18,
        at: [d.nose[0] - d.headR * 0.2, d.nose[1] + d.headR * 0.35, d.headR * 0.25],
      }),
    ],
  },
});

const rhino = quadruped('rhino', {
  nouns: ['rhino', 'rhinoceros'],
  color: '#8c8f94',
  length: 3.1,
  height: 1.7,
  girth: 1.2,
  leg: 0.75,
  neck: 0.04,
  head: 0.26,
  snout: 1.3,
  ears: 'pointed',
  tail: 0.15,
  extra: {
    head: (d) => [
      {
        cone: [d.headR * 0.35, d.headR * 1.3],
        at: [d.nose[0] - d.headR * 0.35, d.nose[1] + d.headR * 0.7, 0],
        turn: [0, 0, -15],
        paint: '#b9b2a4',
      },
      {
        cone: [d.headR * 0.25, d.headR * 0.7],
        at: [d.nose[0] - d.headR * 1.1, d.nose[1] + d.headR * 0.6, 0],
        turn: [0, 0, -10],
        paint: '#b9b2a4',
      },
    ],
    body: (d) =>
      spread(3, -0.3, 0.3).map((u): Shape => ({
        egg: [d.L * 0.02, d.bodyR[1] * 0.95, d.bodyR[2] * 1.01],
        at: [u * d.L, d.bodyY, 0],
        paint: '#7d8085',
      })),
  },
});

const donkey = quadruped('donkey', {
  nouns: ['donkey', 'mule', 'burro'],
  color: '#8a8680',
  length: 1.5,
  height: 1.25,
  girth: 0.5,
  leg: 0.7,
  neck: 0.32,
  head: 0.17,
  snout: 1.3,
  ears: 'none',
  tail: 0.35,
  extra: {
    head: (d) => [
      ...pair({
        egg: [d.headR * 0.22, d.headR * 1.1, d.headR * 0.14],
        at: [d.headAt[0] - d.headR * 0.35, d.headAt[1] + d.headR * 1.4, d.headR * 0.4],
        turn: [15, 0, 15],
      }),
      {
        egg: [d.headR * 0.95, d.headR * 0.5, d.headR * 0.6],
        at: [d.nose[0] - d.headR * 0.6, d.nose[1] - d.headR * 0.05, 0],
        paint: '#e8e2d6',
      },
    ],
    neck: (d) => [
      {
        box: [d.L * 0.3, d.H * 0.07, d.G * 0.12],
        at: [d.L * 0.4, d.bodyY + d.H * 0.3, 0],
        turn: [0, 0, -55],
        paint: '#3a3430',
      },
    ],
  },
});

const bison = quadruped('bison', {
  nouns: ['bison', 'buffalo', 'yak', 'water buffalo'],
  color: '#5a3a22',
  length: 2.6,
  height: 1.7,
  girth: 1.1,
  leg: 0.75,
  neck: 0.02,
  head: 0.24,
  snout: 0.55,
  ears: 'round',
  tail: 0.3,
  extra: {
    body: (d) => [
      {
        egg: [d.L * 0.3, d.bodyR[1] * 1.1, d.bodyR[2] * 1.1],
        at: [d.L * 0.2, d.bodyY + d.bodyR[1] * 0.35, 0],
        paint: '#3e2a1a',
      },
    ],
    head: (d) => [
      {
        ball: d.headR * 1.15,
        at: [d.headAt[0] - d.headR * 0.3, d.headAt[1] + d.headR * 0.1, 0],
        paint: '#3e2a1a',
      },
      ...pair({
        cone: [d.headR * 0.14, d.headR * 0.7],
        at: [d.headAt[0] - d.headR * 0.1, d.headAt[1] + d.headR * 0.9, d.headR * 0.85],
        turn: [-40, 0, 0],
        paint: '#2b2622',
      }),
      {
        cone: [d.headR * 0.35, d.headR * 1.2],
        at: [d.nose[0] - d.headR * 0.5, d.nose[1] - d.headR * 0.8, 0],
        turn: [0, 0, 180],
        paint: '#3e2a1a',
      },
    ],
  },
});

// ---- Sitting and upright animals ----

const FACE = '#d9b48a';
const monkey = creature('monkey', {
  nouns: ['monkey', 'ape', 'chimpanzee', 'chimp', 'gorilla', 'baboon', 'orangutan'],
  color: '#6b4a2e',
  size: [0.72, 0.6, 0.4],
  shapes: [
    { egg: [0.13, 0.17, 0.11], at: [0, 0.24, -0.02] },
    { egg: [0.08, 0.11, 0.05], at: [0, 0.22, 0.06], paint: FACE },
    { ball: 0.1, at: [0, 0.47, 0] },
    ...leftRight((s) => ({ egg: [0.032, 0.036, 0.012], at: [s * 0.105, 0.47, 0] })),
    ...leftRight((s) => ({ egg: [0.02, 0.024, 0.01], at: [s * 0.105, 0.47, 0.008], paint: FACE })),
    { egg: [0.07, 0.072, 0.045], at: [0, 0.455, 0.07], paint: FACE },
    { egg: [0.048, 0.032, 0.035], at: [0, 0.42, 0.095], paint: FACE },
    { box: [0.035, 0.005, 0.01], at: [0, 0.405, 0.128], paint: '#5a3a28' },
    ...leftRight((s) => ({ ball: 0.012, at: [s * 0.028, 0.475, 0.105], paint: EYE })),
    // Long arms down to the ground, legs folded in front, a curling tail.
    ...leftRight((s) => ({ rod: [0.03, 0.32], at: [s * 0.15, 0.2, 0.03], turn: [0, 0, s * 10] })),
    ...leftRight((s) => ({ ball: 0.035, at: [s * 0.175, 0.045, 0.06], paint: FACE })),
    ...leftRight((s) => ({ egg: [0.05, 0.045, 0.09], at: [s * 0.08, 0.08, 0.07] })),
    ...leftRight((s) => ({ egg: [0.035, 0.02, 0.05], at: [s * 0.1, 0.02, 0.15], paint: FACE })),
    ...spread(24, -100, 220).map((a, k): Shape => {
      const r = 0.15 - k * 0.0035;
      return { ball: 0.024, at: [0.2 + r * Math.cos(a * DEG), 0.2 + r * Math.sin(a * DEG), -0.1] };
    }),
  ],
});

const koala = creature('koala', {
  nouns: ['koala', 'koala bear'],
  color: '#9a9ca0',
  size: [0.46, 0.62, 0.36],
  density: 700,
  shapes: [
    { egg: [0.15, 0.19, 0.13], at: [0, 0.2, 0] },
    { egg: [0.09, 0.12, 0.05], at: [0, 0.22, 0.09], paint: '#e8e6e0' },
    { ball: 0.13, at: [0, 0.44, 0.01] },
    ...leftRight((s) => ({ ball: 0.075, at: [s * 0.14, 0.52, 0] })),
    ...leftRight((s) => ({ ball: 0.05, at: [s * 0.14, 0.52, 0.035], paint: '#e8e6e0' })),
    { egg: [0.032, 0.048, 0.028], at: [0, 0.42, 0.13], paint: '#2b2b2e' },
    ...leftRight((s) => ({ ball: 0.014, at: [s * 0.05, 0.47, 0.115], paint: EYE })),
    ...leftRight((s) => ({ rod: [0.035, 0.2], at: [s * 0.13, 0.22, 0.08], turn: [40, 0, s * 20] })),
    ...leftRight((s) => ({ egg: [0.05, 0.04, 0.08], at: [s * 0.09, 0.05, 0.08] })),
  ],
});

const kangaroo = creature('kangaroo', {
  nouns: ['kangaroo', 'wallaby'],
  color: '#a8734a',
  size: [2, 1.55, 0.5],
  density: 950,
  shapes: [
    { cone: [0.1, 0.95], at: [-0.5, 0.19, 0], turn: [0, 0, 102] },
    ...pair({ egg: [0.2, 0.15, 0.1], at: [-0.12, 0.3, 0.12], turn: [0, 0, 20] }),
    ...pair({ egg: [0.22, 0.035, 0.05], at: [0.02, 0.035, 0.12] }),
    ...pair({ rod: [0.04, 0.25], at: [-0.02, 0.14, 0.12], turn: [0, 0, 40] }),
    { egg: [0.2, 0.36, 0.19], at: [0, 0.68, 0], turn: [0, 0, -22] },
    { egg: [0.12, 0.26, 0.14], at: [0.08, 0.66, 0], turn: [0, 0, -22], paint: '#d9b48a' },
    ...pair({ rod: [0.03, 0.26], at: [0.22, 0.8, 0.1], turn: [0, 0, 55] }),
    { rod: [0.07, 0.25], at: [0.13, 1.06, 0], turn: [0, 0, -25] },
    { egg: [0.12, 0.08, 0.08], at: [0.2, 1.22, 0], turn: [0, 0, -10] },
    { egg: [0.09, 0.05, 0.05], at: [0.3, 1.19, 0] },
    { ball: 0.022, at: [0.385, 1.2, 0], paint: EYE },
    ...sideEyes(0.25, 1.25, 0.055, 0.015),
    ...pair({ egg: [0.03, 0.1, 0.015], at: [0.13, 1.36, 0.04], turn: [0, 0, 20] }),
  ],
});

/** A rabbit crouched on its long hind feet; it hops on them (rigs/quadruped.ts, the 'hop' gait). */
const rabbitLegs: QuadrupedPlan['legs'] = [-1, 1].flatMap((side): Leg[] => [
  {
    hip: [-0.07, 0.1, side * 0.06],
    knee: [-0.09, 0.02, side * 0.06],
    foot: [0.03, 0.02, side * 0.06],
    bend: -1,
  },
  { hip: [0.07, 0.1, side * 0.04], knee: [0.07, 0.045, side * 0.04], foot: [0.07, 0, side * 0.04], bend: 1 },
]) as QuadrupedPlan['legs'];
const rabbitFore = (leg: Leg): { upper: Shape[]; lower: Shape[] } => ({
  upper: [{ rod: [0.012, 0.035], at: [leg.hip[0], 0.0625, leg.hip[2]] }],
  lower: [
    { rod: [0.012, 0.045], at: [leg.hip[0], 0.0225, leg.hip[2]] },
    { ball: 0.012, at: leg.knee },
  ],
});
const rabbitHind = (leg: Leg): Shape[] => [{ egg: [0.07, 0.02, 0.03], at: [-0.03, 0.02, leg.hip[2]] }];
const rabbitShapes = boned<QuadrupedBone>({
  body: [{ egg: [0.13, 0.1, 0.095], at: [-0.04, 0.11, 0], turn: [0, 0, 22] }],
  head: [
    { ball: 0.065, at: [0.1, 0.22, 0] },
    { egg: [0.04, 0.035, 0.04], at: [0.145, 0.2, 0] },
    { ball: 0.01, at: [0.185, 0.21, 0], paint: PINK },
  ],
  eye: sideEyes(0.125, 0.235, 0.05, 0.012),
  earR: [
    { egg: [0.022, 0.09, 0.01], at: [0.07, 0.34, 0.025], turn: [0, 0, 15] },
    { egg: [0.012, 0.07, 0.006], at: [0.072, 0.34, 0.032], turn: [0, 0, 15], paint: PINK },
  ],
  earL: [
    { egg: [0.022, 0.09, 0.01], at: [0.07, 0.34, -0.025], turn: [0, 0, 15] },
    { egg: [0.012, 0.07, 0.006], at: [0.072, 0.34, -0.032], turn: [0, 0, 15], paint: PINK },
  ],
  tail: [{ ball: 0.032, at: [-0.17, 0.13, 0], paint: WHITE }],
  lower0: rabbitHind(rabbitLegs[0]),
  upper1: rabbitFore(rabbitLegs[1]).upper,
  lower1: rabbitFore(rabbitLegs[1]).lower,
  lower2: rabbitHind(rabbitLegs[2]),
  upper3: rabbitFore(rabbitLegs[3]).upper,
  lower3: rabbitFore(rabbitLegs[3]).lower,
});
const rabbit = riggedCreature(
  'rabbit',
  { nouns: ['rabbit', 'bunny', 'hare'], color: '#b59a7e', size: [0.4, 0.44, 0.2], density: 700 },
  rabbitShapes,
  (rest) =>
    quadrupedRig(
      {
        ground: 0,
        body: [-0.04, 0.11, 0],
        belly: 0.09,
        side: 0.095,
        legs: rabbitLegs,
        neck: [0.06, 0.16, 0],
        head: [0.1, 0.22, 0],
        headR: 0.065,
        jaw: [0.12, 0.19, 0],
        mouth: [0.17, 0.19, 0],
        ears: {
          at: [
            [0.075, 0.27, -0.025],
            [0.075, 0.27, 0.025],
          ],
          axis: 'z',
        },
        tail: [-0.16, 0.13, 0],
        gait: 'hop',
        wags: false,
      },
      rest,
    ),
);

const squirrel = creature('squirrel', {
  nouns: ['squirrel', 'chipmunk'],
  color: '#b5652e',
  size: [0.34, 0.38, 0.14],
  density: 700,
  shapes: [
    { egg: [0.07, 0.09, 0.06], at: [0.02, 0.1, 0], turn: [0, 0, -25] },
    { egg: [0.045, 0.07, 0.045], at: [0.05, 0.1, 0], turn: [0, 0, -25], paint: '#f0dcc0' },
    ...pair({ egg: [0.05, 0.04, 0.03], at: [0, 0.04, 0.045] }),
    { ball: 0.045, at: [0.08, 0.21, 0] },
    { egg: [0.03, 0.025, 0.028], at: [0.115, 0.2, 0] },
    { ball: 0.007, at: [0.145, 0.205, 0], paint: EYE },
    ...sideEyes(0.1, 0.225, 0.035, 0.008),
    ...pair({ cone: [0.012, 0.03], at: [0.065, 0.26, 0.02] }),
    ...pair({ rod: [0.01, 0.06], at: [0.1, 0.13, 0.02], turn: [0, 0, -60] }),
    { ball: 0.02, at: [0.13, 0.15, 0], paint: '#7a4a1e' },
    // A big bushy tail, curling up behind.
    { egg: [0.05, 0.1, 0.05], at: [-0.08, 0.09, 0], turn: [0, 0, 40] },
    { egg: [0.06, 0.1, 0.055], at: [-0.125, 0.21, 0], turn: [0, 0, -10] },
    { egg: [0.05, 0.07, 0.05], at: [-0.09, 0.31, 0], turn: [0, 0, -60] },
  ],
});

const mouse = creature('mouse', {
  nouns: ['mouse', 'rat', 'hamster', 'gerbil'],
  color: '#9a9a9f',
  size: [0.32, 0.075, 0.07],
  density: 900,
  shapes: [
    { egg: [0.045, 0.028, 0.026], at: [0, 0.03, 0] },
    { egg: [0.028, 0.02, 0.02], at: [0.055, 0.034, 0], turn: [0, 0, -10] },
    { ball: 0.005, at: [0.083, 0.03, 0], paint: PINK },
    ...sideEyes(0.063, 0.043, 0.014, 0.0045),
    ...pair({ egg: [0.014, 0.014, 0.003], at: [0.045, 0.058, 0.014] }),
    ...pair({ egg: [0.01, 0.01, 0.003], at: [0.045, 0.058, 0.0165], paint: PINK }),
    ...[-0.025, 0.025].flatMap((x) =>
      pair({ egg: [0.01, 0.004, 0.006], at: [x, 0.004, 0.015], paint: PINK }),
    ),
    ...spread(3, 0, 2).map((k): Shape => ({
      rod: [0.003 - k * 0.0005, 0.045],
      at: [-0.065 - k * 0.04, 0.018 - k * 0.004 + (k === 2 ? 0.006 : 0), 0],
      turn: [0, 0, 80 + (k === 2 ? -25 : k * 10)],
      paint: '#d9a0a0',
    })),
  ],
});

// ---- Reptiles and amphibians ----

/** A low reptile on splayed legs: a long body and a longer tail, a long flat snout. */
function reptile(
  name: string,
  r: { nouns: string[]; color: string; length: number; belly: string; ridges?: boolean },
) {
  const L = r.length;
  return creature(name, {
    nouns: r.nouns,
    color: r.color,
    size: [L, L * 0.11, L * 0.3],
    density: 1000,
    shapes: [
      { egg: [L * 0.2, L * 0.045, L * 0.075], at: [0, L * 0.055, 0] },
      { egg: [L * 0.18, L * 0.02, L * 0.065], at: [0, L * 0.03, 0], paint: r.belly },
      { cone: [L * 0.055, L * 0.5], at: [-L * 0.42, L * 0.045, 0], turn: [0, 0, 90] },
      { egg: [L * 0.08, L * 0.035, L * 0.055], at: [L * 0.22, L * 0.055, 0] },
      { egg: [L * 0.11, L * 0.02, L * 0.035], at: [L * 0.36, L * 0.045, 0] },
      { box: [L * 0.2, L * 0.003, L * 0.05], at: [L * 0.36, L * 0.042, 0], paint: '#2b2620' },
      ...pair({ ball: L * 0.018, at: [L * 0.24, L * 0.085, L * 0.03] }),
      ...pair({ ball: L * 0.009, at: [L * 0.245, L * 0.092, L * 0.042], paint: EYE }),
      ...[0.12, -0.12].flatMap((x) => [
        ...pair({ rod: [L * 0.018, L * 0.09], at: [x * L, L * 0.035, L * 0.1], turn: [60, 0, 0] }),
        ...pair({ egg: [L * 0.03, L * 0.008, L * 0.025], at: [x * L + L * 0.02, L * 0.008, L * 0.14] }),
      ]),
      ...(r.ridges
        ? spread(10, -0.55, 0.15).map((u): Shape => ({
            cone: [L * 0.012, L * 0.03],
            at: [u * L, L * (u > -0.2 ? 0.098 : 0.07 + u * 0.05), 0],
            paint: '#3a5229',
          }))
        : []),
    ],
  });
}

const crocodile = reptile('crocodile', {
  nouns: ['crocodile', 'alligator', 'croc', 'caiman'],
  color: '#4f6b3a',
  belly: '#c9c08a',
  length: 3.6,
  ridges: true,
});

const lizard = reptile('lizard', {
  nouns: ['lizard', 'gecko', 'iguana', 'chameleon', 'salamander', 'newt'],
  color: '#6aa84f',
  belly: '#d9e0a0',
  length: 0.3,
});

const frog = creature('frog', {
  nouns: ['frog', 'toad', 'bullfrog'],
  color: '#4f9a3a',
  size: [0.16, 0.1, 0.15],
  density: 900,
  shapes: [
    { egg: [0.06, 0.035, 0.045], at: [-0.005, 0.04, 0], turn: [0, 0, 15] },
    { egg: [0.05, 0.022, 0.04], at: [0.005, 0.028, 0], paint: '#d9e0a0' },
    { egg: [0.036, 0.025, 0.04], at: [0.045, 0.056, 0] },
    ...pair({ ball: 0.014, at: [0.045, 0.078, 0.022] }),
    ...pair({ ball: 0.008, at: [0.05, 0.082, 0.031], paint: EYE }),
    ...pair({ egg: [0.04, 0.018, 0.015], at: [-0.03, 0.026, 0.045], turn: [0, 0, 20] }),
    ...pair({ egg: [0.035, 0.012, 0.012], at: [-0.012, 0.013, 0.05] }),
    ...pair({ egg: [0.03, 0.005, 0.02], at: [0.01, 0.005, 0.055] }),
    ...pair({ rod: [0.007, 0.04], at: [0.04, 0.02, 0.03], turn: [0, 0, -15] }),
  ],
});

/** The turtle's shell: bumps (scutes) over a dome. */
const SHELL: Vec3 = [0.2, 0.1, 0.16];
const scutes = [[0, 90] as const, ...around(6, 1, (_, __, a) => [a, 40] as const)].map(
  ([yaw, up]): Shape => ({
    egg: [0.05, 0.025, 0.05],
    at: [
      SHELL[0] * 0.88 * Math.cos(up * DEG) * Math.cos(yaw * DEG),
      0.11 + SHELL[1] * 0.88 * Math.sin(up * DEG),
      SHELL[2] * 0.88 * Math.cos(up * DEG) * Math.sin(yaw * DEG),
    ],
    turn: [0, -yaw, up === 90 ? 0 : -(90 - up)],
    paint: '#3e5629',
  }),
);
const turtle = creature('turtle', {
  nouns: ['turtle', 'tortoise', 'terrapin', 'sea turtle'],
  color: '#5f7f3a',
  size: [0.56, 0.22, 0.38],
  density: 1100,
  shapes: [
    ...[0.12, -0.12].flatMap((x) =>
      pair({ egg: [0.045, 0.05, 0.035], at: [x, 0.045, 0.13], paint: '#8a9a4a' }),
    ),
    { egg: [SHELL[0] * 1.03, 0.03, SHELL[2] * 1.03], at: [0, 0.08, 0], paint: '#c9b56a' },
    { egg: SHELL, at: [0, 0.11, 0] },
    ...scutes,
    { rod: [0.03, 0.1], at: [0.2, 0.1, 0], turn: [0, 0, -70], paint: '#8a9a4a' },
    { egg: [0.05, 0.035, 0.035], at: [0.25, 0.12, 0], paint: '#8a9a4a' },
    ...sideEyes(0.27, 0.13, 0.025, 0.006),
    { cone: [0.015, 0.05], at: [-0.22, 0.07, 0], turn: [0, 0, 100], paint: '#8a9a4a' },
  ],
});

/** A snake lying in an S, its head end raised. */
const SNAKE_LINKS = 44;
const snakeBody = spread(SNAKE_LINKS, 0, 1).map((t, k): Shape => {
  const r = t < 0.25 ? 0.008 + 0.027 * (t / 0.25) : 0.035;
  const rise = t > 0.72 ? 0.22 * Math.sin(((t - 0.72) / 0.28) * (Math.PI / 2)) : 0;
  return {
    ball: r,
    at: [-0.55 + 1.0 * t - rise * 0.3, r + rise, 0.17 * Math.sin(t * 3 * Math.PI) * (1 - rise * 3)],
    paint: k % 4 === 1 ? '#d9c14a' : 'main',
  };
});
const snakeHead = snakeBody.at(-1)!.at!;
const snake = creature('snake', {
  nouns: ['snake', 'serpent', 'cobra', 'python', 'viper', 'rattlesnake', 'boa'],
  color: '#5a8a2e',
  size: [1.1, 0.32, 0.44],
  density: 1000,
  shapes: [
    ...snakeBody,
    { egg: [0.055, 0.028, 0.04], at: [snakeHead[0] + 0.04, snakeHead[1] + 0.01, snakeHead[2]] },
    ...sideEyes(snakeHead[0] + 0.06, snakeHead[1] + 0.025, 0.025, 0.007),
    ...[12, -12].map((a): Shape => ({
      box: [0.04, 0.003, 0.004],
      at: [snakeHead[0] + 0.11, snakeHead[1], snakeHead[2] + a / 1200],
      turn: [0, a, 0],
      paint: '#c8202a',
    })),
  ],
});

export const wildlife: Archetype[] = [
  lion,
  tiger,
  deer,
  fox,
  wolf,
  pig,
  goat,
  camel,
  panda,
  raccoon,
  leopard,
  hippo,
  rhino,
  donkey,
  bison,
  monkey,
  koala,
  kangaroo,
  rabbit,
  squirrel,
  mouse,
  crocodile,
  lizard,
  frog,
  turtle,
  snake,
];
