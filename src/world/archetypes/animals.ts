/**
 * Animals and people as standing figures, facing +x, seen from the side. Built from one body plan
 * (body, legs, neck, head, snout, ears, tail) with each animal's proportions and markings.
 */
import type { Vec3 } from '../../plan/schema.js';
import type { Archetype } from '../types.js';
import { figure, pair, type Shape } from './figures.js';
import { shifted, span, topOf } from './geometry.js';

export interface Quadruped {
  nouns: string[];
  color: string;
  /** The legs' colour when not the body's (a panda's black legs). */
  legs?: string;
  /** Body length, height of the back, body thickness (m). */
  length: number;
  height: number;
  girth: number;
  leg?: number;
  /** Neck rise as a share of height (giraffe: large), head size, snout length. */
  neck?: number;
  head?: number;
  snout?: number;
  ears?: 'pointed' | 'floppy' | 'round' | 'big' | 'none';
  tail?: number;
  extra?: (d: Dims) => Shape[];
  density?: number;
}

export interface Dims {
  L: number;
  H: number;
  G: number;
  /** Ground level. */
  ground: number;
  bodyY: number;
  headAt: Vec3;
  headR: number;
  /** The body's radii, the tip of the nose, where the tail (as the body plan draws it) ends, the legs' radius. */
  bodyR: Vec3;
  nose: Vec3;
  tailTip: Vec3;
  legR: number;
}

const DEG = Math.PI / 180;
export const EYE = '#141414';

export function quadruped(name: string, q: Quadruped): Archetype {
  const L = q.length;
  const H = q.height;
  const G = q.girth;
  const legLength = q.leg ?? H * 0.55;
  const bodyR: Vec3 = [L / 2, (H - legLength) / 2 + G * 0.05, G / 2];
  const totalH = H + (q.neck ?? 0.25) * H + (q.head ?? 0.18) * H;
  const ground = -totalH / 2;
  const bodyY = ground + legLength + bodyR[1] * 0.8;
  const headR = (q.head ?? 0.18) * H;
  const neckRise = (q.neck ?? 0.25) * H;
  const headAt: Vec3 = [L * 0.5 + headR * 0.4, bodyY + neckRise + bodyR[1] * 0.3, 0];
  const snout = (q.snout ?? 0.6) * headR;
  const legR = Math.max(0.012, G * 0.11);
  const tail = q.tail ?? 0.3;
  const tailTip: Vec3 = [
    -L * 0.55 - ((L * tail) / 2) * Math.sin(55 * DEG),
    bodyY + bodyR[1] * 0.2 - ((L * tail) / 2) * Math.cos(55 * DEG),
    0,
  ];
  const nose: Vec3 = [headAt[0] + headR * 0.7 + snout, headAt[1] - headR * 0.2, 0];
  const d: Dims = { L, H, G, ground, bodyY, headAt, headR, bodyR, nose, tailTip, legR };
  const legY = ground + legLength / 2;
  const ears: Shape[] =
    q.ears === 'none'
      ? []
      : pair(
          q.ears === 'floppy'
            ? {
                egg: [headR * 0.25, headR * 0.55, headR * 0.12],
                at: [headAt[0] - headR * 0.3, headAt[1], headR * 0.8],
                paint: 'main',
              }
            : q.ears === 'big'
              ? {
                  egg: [headR * 0.2, headR * 1.1, headR * 0.9],
                  at: [headAt[0] - headR * 0.6, headAt[1], headR * 0.9],
                  paint: 'main',
                }
              : {
                  cone: [headR * (q.ears === 'round' ? 0.35 : 0.3), headR * (q.ears === 'round' ? 0.4 : 0.7)],
                  at: [headAt[0] - headR * 0.2, headAt[1] + headR * 1.0, headR * 0.5],
                  paint: 'main',
                },
        );
  const shapes: Shape[] = [
    { egg: bodyR, at: [0, bodyY, 0] },
    ...[-1, 1].flatMap((side): Shape[] => [
      { rod: [legR, legLength], at: [L * 0.36, legY, (side * G) / 3.2], paint: q.legs },
      { rod: [legR, legLength], at: [-L * 0.36, legY, (side * G) / 3.2], paint: q.legs },
    ]),
    // The neck, from the shoulders to the head.
    {
      rod: [Math.max(legR * 1.3, headR * 0.5), neckRise + bodyR[1]],
      at: [L * 0.42, bodyY + (neckRise + bodyR[1] * 0.3) / 2, 0],
      turn: [0, 0, -15],
    },
    { ball: headR, at: headAt },
    { egg: [snout, headR * 0.5, headR * 0.55], at: [headAt[0] + headR * 0.7, headAt[1] - headR * 0.25, 0] },
    {
      ball: headR * 0.14,
      at: [headAt[0] + headR * 0.45, headAt[1] + headR * 0.3, headR * 0.72],
      paint: EYE,
    },
    {
      ball: headR * 0.14,
      at: [headAt[0] + headR * 0.45, headAt[1] + headR * 0.3, -headR * 0.72],
      paint: EYE,
    },
    { ball: headR * 0.15, at: nose, paint: EYE },
    ...ears,
    ...(tail > 0
      ? [
          {
            rod: [legR * 0.7, L * tail],
            at: [-L * 0.55, bodyY + bodyR[1] * 0.2, 0],
            turn: [0, 0, -55],
          } as Shape,
        ]
      : []),
    ...(q.extra?.(d) ?? []),
  ];
  const [width, , depth] = span(shapes);
  // Antlers or ears may rise above the body plan's height: the box grows up to hold them.
  const over = Math.max(0, topOf(shapes) - totalH / 2);
  return figure(name, {
    nouns: q.nouns,
    color: q.color,
    material: 'fabric',
    // As long and as wide as what is drawn (a long tail, a mane), standing on the legs' feet.
    size: [width, totalH + over, depth],
    density: q.density ?? 900,
    shapes: shifted(shapes, [0, -over / 2, 0]),
  });
}

/** Stripes or patches across the body, in a second colour. */
export const bands = (d: Dims, color: string, n: number, width: number): Shape[] =>
  Array.from({ length: n }, (_, k) => {
    const x = -d.L * 0.4 + (k * d.L * 0.8) / (n - 1);
    // A patch on each flank, sized to the body's cross-section there and a little proud of it.
    const r = Math.sqrt(Math.max(0, 1 - (x / d.bodyR[0]) ** 2));
    return pair({
      egg: [width / 2, d.bodyR[1] * r * 0.92, d.bodyR[2] * r * 0.45],
      at: [x, d.bodyY, d.bodyR[2] * r * 0.62],
      paint: color,
    });
  }).flat();

export const spots = (d: Dims, color: string, places: [number, number][]): Shape[] =>
  places.map(([u, v]): Shape => ({
    egg: [d.L * 0.12, d.H * 0.1, d.G * 0.52],
    at: [u * d.L * 0.5, d.bodyY + v * d.H * 0.2, 0],
    paint: color,
  }));

const dog = quadruped('dog', {
  nouns: [
    'dog',
    'puppy',
    'pup',
    'spaniel',
    'terrier',
    'retriever',
    'labrador',
    'poodle',
    'beagle',
    'hound',
    'corgi',
  ],
  color: '#b9864f',
  length: 0.7,
  height: 0.55,
  girth: 0.3,
  neck: 0.12,
  head: 0.22,
  snout: 0.9,
  ears: 'floppy',
  tail: 0.45,
});

const cat = quadruped('cat', {
  nouns: ['cat', 'kitten', 'kitty', 'tabby'],
  color: '#7d7f86',
  length: 0.45,
  height: 0.28,
  girth: 0.16,
  leg: 0.14,
  neck: 0.25,
  head: 0.28,
  snout: 0.25,
  ears: 'pointed',
  tail: 0.8,
});

const horse = quadruped('horse', {
  nouns: ['horse', 'pony', 'stallion', 'mare', 'foal'],
  color: '#7a4a26',
  length: 1.8,
  height: 1.6,
  girth: 0.6,
  leg: 0.9,
  neck: 0.45,
  head: 0.14,
  snout: 1.6,
  ears: 'pointed',
  tail: 0.35,
  extra: (d) => [
    {
      box: [d.L * 0.3, d.H * 0.08, d.G * 0.1],
      at: [d.L * 0.38, d.bodyY + d.H * 0.35, 0],
      paint: '#2a1a10',
      turn: [0, 0, -50],
    },
  ],
});

const cow = quadruped('cow', {
  nouns: ['cow', 'cattle', 'calf', 'bull', 'ox'],
  color: '#f2efe8',
  length: 2,
  height: 1.45,
  girth: 0.8,
  leg: 0.7,
  neck: 0.1,
  head: 0.18,
  snout: 0.9,
  ears: 'round',
  tail: 0.35,
  extra: (d) =>
    spots(d, '#1f1f22', [
      [0.3, 0.4],
      [-0.4, 0.2],
      [0, -0.3],
      [-0.1, 0.6],
    ]),
});

const sheep = quadruped('sheep', {
  nouns: ['sheep', 'lamb', 'ram', 'ewe'],
  color: '#ece8dc',
  length: 1.1,
  height: 0.85,
  girth: 0.6,
  leg: 0.35,
  neck: 0.1,
  head: 0.2,
  snout: 0.6,
  ears: 'floppy',
  tail: 0.1,
  extra: (d) => [
    // A woolly fleece: lumps over the back; a dark face.
    ...[-0.3, 0, 0.3].map((u): Shape => ({ ball: d.G * 0.42, at: [u * d.L, d.bodyY + d.H * 0.12, 0] })),
    { ball: d.headR * 1.01, at: d.headAt, paint: '#2b2622' },
  ],
});

const elephant = quadruped('elephant', {
  nouns: ['elephant'],
  color: '#8c8f94',
  length: 3.2,
  height: 3,
  girth: 1.6,
  leg: 1.4,
  neck: 0.05,
  head: 0.22,
  snout: 0.3,
  ears: 'big',
  tail: 0.25,
  extra: (d) => [
    {
      rod: [d.headR * 0.22, d.H * 0.5],
      at: [d.headAt[0] + d.headR * 1.0, d.headAt[1] - d.H * 0.25, 0],
      paint: 'main',
      turn: [0, 0, 8],
    },
    {
      cone: [d.headR * 0.1, d.headR * 0.9],
      at: [d.headAt[0] + d.headR * 0.9, d.headAt[1] - d.headR * 0.6, d.headR * 0.4],
      paint: '#f3f0e6',
      turn: [0, 0, -110],
    },
    {
      cone: [d.headR * 0.1, d.headR * 0.9],
      at: [d.headAt[0] + d.headR * 0.9, d.headAt[1] - d.headR * 0.6, -d.headR * 0.4],
      paint: '#f3f0e6',
      turn: [0, 0, -110],
    },
  ],
});

const bear = quadruped('bear', {
  nouns: ['bear', 'grizzly', 'polar bear'],
  color: '#5a3a22',
  length: 1.8,
  height: 1.1,
  girth: 0.9,
  leg: 0.5,
  neck: 0.1,
  head: 0.28,
  snout: 0.6,
  ears: 'round',
  tail: 0.05,
});

const zebra = quadruped('zebra', {
  nouns: ['zebra'],
  color: '#f3f3f0',
  length: 1.9,
  height: 1.4,
  girth: 0.6,
  leg: 0.8,
  neck: 0.45,
  head: 0.14,
  snout: 1.6,
  ears: 'pointed',
  tail: 0.3,
  extra: (d) => bands(d, '#1b1b1d', 7, d.L * 0.05),
});

const giraffe = quadruped('giraffe', {
  nouns: ['giraffe'],
  color: '#e0a94a',
  length: 2,
  height: 2.8,
  girth: 0.7,
  leg: 1.7,
  neck: 0.9,
  head: 0.08,
  snout: 1.4,
  ears: 'pointed',
  tail: 0.3,
  extra: (d) =>
    spots(d, '#7a4a1e', [
      [0.4, 0.2],
      [0, 0.4],
      [-0.4, 0.1],
      [0.2, -0.3],
      [-0.2, -0.3],
    ]),
});

const bird = figure('bird', {
  nouns: ['bird', 'sparrow', 'robin', 'pigeon', 'dove', 'crow', 'finch', 'seagull', 'gull', 'peacock'],
  color: '#3b6fd1',
  material: 'fabric',
  size: [0.3, 0.24, 0.12],
  density: 300,
  shapes: [
    { egg: [0.1, 0.065, 0.055], at: [-0.01, 0, 0] },
    { ball: 0.045, at: [0.08, 0.05, 0] },
    { cone: [0.015, 0.045], at: [0.14, 0.045, 0], paint: '#f0a020', turn: [0, 0, -90] },
    { ball: 0.009, at: [0.105, 0.065, 0.035], paint: EYE },
    { ball: 0.009, at: [0.105, 0.065, -0.035], paint: EYE },
    { egg: [0.08, 0.02, 0.06], at: [-0.03, 0.02, 0.05], turn: [20, 0, 10] },
    { egg: [0.08, 0.02, 0.06], at: [-0.03, 0.02, -0.05], turn: [-20, 0, 10] },
    { box: [0.09, 0.01, 0.05], at: [-0.13, 0.02, 0], turn: [0, 0, 15] },
    { rod: [0.005, 0.07], at: [0.0, -0.085, 0.02], paint: '#c98a3a' },
    { rod: [0.005, 0.07], at: [0.0, -0.085, -0.02], paint: '#c98a3a' },
  ],
});

const SKIN = '#e2b48f';

/** A person standing, facing the camera (+z). */
const person = figure('person', {
  facing: [0, 0, 1],
  nouns: [
    'person',
    'man',
    'woman',
    'boy',
    'girl',
    'child',
    'kid',
    'people',
    'human',
    'lady',
    'guy',
    'player',
    'runner',
    'dancer',
    'worker',
    'student',
  ],
  color: '#3b6fd1',
  material: 'fabric',
  size: [0.5, 1.75, 0.35],
  density: 1000,
  shapes: [
    // Shirt (the prompt's colour), trousers, skin, hair, shoes.
    { egg: [0.2, 0.3, 0.12], at: [0, 0.28, 0] },
    // Arms hang from the shoulders: sleeves, then forearms and hands.
    { rod: [0.055, 0.3], at: [0.235, 0.42, 0], turn: [0, 0, -6] },
    { rod: [0.055, 0.3], at: [-0.235, 0.42, 0], turn: [0, 0, 6] },
    { rod: [0.042, 0.28], at: [0.255, 0.15, 0], paint: SKIN, turn: [0, 0, -4] },
    { rod: [0.042, 0.28], at: [-0.255, 0.15, 0], paint: SKIN, turn: [0, 0, 4] },
    { ball: 0.045, at: [0.26, 0.0, 0], paint: SKIN },
    { ball: 0.045, at: [-0.26, 0.0, 0], paint: SKIN },
    { box: [0.32, 0.2, 0.2], at: [0, -0.04, 0], paint: '#2b3550' },
    { rod: [0.075, 0.8], at: [0.09, -0.46, 0], paint: '#2b3550' },
    { rod: [0.075, 0.8], at: [-0.09, -0.46, 0], paint: '#2b3550' },
    { box: [0.11, 0.07, 0.24], at: [0.09, -0.84, 0.04], paint: '#1f1f22' },
    { box: [0.11, 0.07, 0.24], at: [-0.09, -0.84, 0.04], paint: '#1f1f22' },
    { rod: [0.05, 0.12], at: [0, 0.62, 0], paint: SKIN },
    { egg: [0.095, 0.12, 0.1], at: [0, 0.76, 0.01], paint: SKIN },
    { egg: [0.1, 0.07, 0.1], at: [0, 0.83, -0.015], paint: '#3a2a1e' },
    { ball: 0.012, at: [0.035, 0.78, 0.1], paint: EYE },
    { ball: 0.012, at: [-0.035, 0.78, 0.1], paint: EYE },
  ],
});

export const animals: Archetype[] = [
  person,
  dog,
  cat,
  horse,
  cow,
  sheep,
  elephant,
  bear,
  zebra,
  giraffe,
  bird,
];
