/**
 * Animals and people as standing figures, facing +x, seen from the side. Built from one body plan
 * (body, legs, neck, head, snout, ears, tail) with each animal's proportions and markings.
 */
import type { Vec3 } from '../../plan/schema.js';
import type { Archetype } from '../types.js';
import { boned, type Leg } from '../rigs/joints.js';
import { quadrupedRig, type Gait, type QuadrupedBone, type QuadrupedPlan } from '../rigs/quadruped.js';
import { birdRig, type BirdBone } from '../rigs/winged.js';
import { figure, pair, type Shape } from './figures.js';
import { shifted, span, topOf } from './geometry.js';
import { humanRig } from '../rigs/biped.js';
import { restingState } from '../rigs/types.js';

/** Parts of the body a marking or feature moves with. */
export type Carrier = 'body' | 'neck' | 'head' | 'tail';

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
  /** Markings and features, by the part of the body they move with (a mane with the neck, horns with the head). */
  extra?: Partial<Record<Carrier, (d: Dims) => Shape[]>>;
  density?: number;
  /** How it moves fast (default: it gallops). */
  gait?: Gait;
  /** It wags its tail (dogs). */
  wags?: boolean;
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
const MOUTH = '#4a1e1e';
/** Where a leg's knee (a fore leg's wrist, a hind leg's hock) is, as a share of the leg below the body. */
const KNEE = 0.45;

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
  const tailRoot: Vec3 = [-L * 0.55, bodyY + bodyR[1] * 0.2, 0];
  const tailTip: Vec3 = [
    tailRoot[0] - ((L * tail) / 2) * Math.sin(55 * DEG),
    tailRoot[1] - ((L * tail) / 2) * Math.cos(55 * DEG),
    0,
  ];
  const nose: Vec3 = [headAt[0] + headR * 0.7 + snout, headAt[1] - headR * 0.2, 0];
  const d: Dims = { L, H, G, ground, bodyY, headAt, headR, bodyR, nose, tailTip, legR };
  const [hx, hy] = headAt;
  const ears = q.ears ?? 'pointed';
  const earShape: Shape | undefined =
    ears === 'none'
      ? undefined
      : ears === 'floppy'
        ? {
            egg: [headR * 0.25, headR * 0.55, headR * 0.12],
            at: [hx - headR * 0.3, hy, headR * 0.8],
            paint: 'main',
          }
        : ears === 'big'
          ? {
              egg: [headR * 0.2, headR * 1.1, headR * 0.9],
              at: [hx - headR * 0.6, hy, headR * 0.9],
              paint: 'main',
            }
          : {
              cone: [headR * (ears === 'round' ? 0.35 : 0.3), headR * (ears === 'round' ? 0.4 : 0.7)],
              at: [hx - headR * 0.2, hy + headR * 1.0, headR * 0.5],
              paint: 'main',
            };
  // Each ear hinges where it meets the head: a floppy ear at its top, an elephant's at its front edge.
  const earHinge: Vec3 =
    ears === 'floppy'
      ? [hx - headR * 0.3, hy + headR * 0.4, headR * 0.8]
      : ears === 'big'
        ? [hx - headR * 0.45, hy, headR * 0.35]
        : [hx - headR * 0.2, hy + headR * 0.7, headR * 0.5];
  const [earR, earL] = earShape ? pair(earShape) : [];
  // Legs hinge inside the trunk, so a swinging leg never leaves it; each is drawn from under the
  // trunk to the knee and from the knee to the ground, with a ball filling the bend.
  const kneeY = ground + legLength * KNEE;
  const legs = (
    [
      [-1, -1],
      [-1, 1],
      [1, -1],
      [1, 1],
    ] as const
  ).map(([side, end]): Leg => {
    const x = end * L * 0.36;
    const z = (side * G) / 3.2;
    return { hip: [x, bodyY, z], knee: [x, kneeY, z], foot: [x, ground, z], bend: end > 0 ? 1 : -1 };
  });
  // A haunch or shoulder tapers each leg into the trunk.
  const upperLeg = (leg: Leg): Shape[] => [
    {
      rod: [legR, ground + legLength - kneeY],
      at: [leg.hip[0], (ground + legLength + kneeY) / 2, leg.hip[2]],
      paint: q.legs,
    },
    {
      egg: [legR * (leg.bend < 0 ? 1.8 : 1.45), (legLength - kneeY + ground) * 0.55, legR * 1.3],
      at: [leg.hip[0], ground + legLength, leg.hip[2]],
      paint: q.legs,
    },
  ];
  const lowerLeg = (leg: Leg): Shape[] => [
    { rod: [legR, kneeY - ground], at: [leg.hip[0], (kneeY + ground) / 2, leg.hip[2]], paint: q.legs },
    { ball: legR, at: leg.knee, paint: q.legs },
  ];
  // The lower jaw and the mouth's inside lie hidden in the snout until the mouth opens.
  const jawHinge: Vec3 = [hx + headR * 0.2, hy - headR * 0.45, 0];
  const mouth: Vec3 = [hx + headR * 0.7 + snout * 0.6, hy - headR * 0.45, 0];
  const groups = boned<QuadrupedBone>({
    body: [{ egg: bodyR, at: [0, bodyY, 0] }, ...(q.extra?.body?.(d) ?? [])],
    // The neck, from the shoulders to the head.
    neck: [
      {
        rod: [Math.max(legR * 1.3, headR * 0.5), neckRise + bodyR[1]],
        at: [L * 0.42, bodyY + (neckRise + bodyR[1] * 0.3) / 2, 0],
        turn: [0, 0, -15],
      },
      ...(q.extra?.neck?.(d) ?? []),
    ],
    head: [
      { ball: headR, at: headAt },
      { egg: [snout, headR * 0.5, headR * 0.55], at: [hx + headR * 0.7, hy - headR * 0.25, 0] },
      { ball: headR * 0.15, at: nose, paint: EYE },
      ...(q.extra?.head?.(d) ?? []),
    ],
    jaw: [{ egg: [snout * 0.8, headR * 0.18, headR * 0.4], at: [hx + headR * 0.7, hy - headR * 0.5, 0] }],
    mouth: [
      {
        egg: [snout * 0.75, headR * 0.12, headR * 0.35],
        at: [hx + headR * 0.7, hy - headR * 0.4, 0],
        paint: MOUTH,
      },
    ],
    eye: pair({ ball: headR * 0.14, at: [hx + headR * 0.45, hy + headR * 0.3, headR * 0.72], paint: EYE }),
    earL: earL ? [earL] : [],
    earR: earR ? [earR] : [],
    tail: [
      ...(tail > 0 ? [{ rod: [legR * 0.7, L * tail], at: tailRoot, turn: [0, 0, -55] } as Shape] : []),
      ...(q.extra?.tail?.(d) ?? []),
    ],
    upper0: upperLeg(legs[0]!),
    upper1: upperLeg(legs[1]!),
    upper2: upperLeg(legs[2]!),
    upper3: upperLeg(legs[3]!),
    lower0: lowerLeg(legs[0]!),
    lower1: lowerLeg(legs[1]!),
    lower2: lowerLeg(legs[2]!),
    lower3: lowerLeg(legs[3]!),
  });
  const [width, , depth] = span(groups.shapes);
  // Antlers or ears may rise above the body plan's height: the box grows up to hold them.
  const over = Math.max(0, topOf(groups.shapes) - totalH / 2);
  const size: Vec3 = [width, totalH + over, depth];
  const density = q.density ?? 900;
  const archetype = figure(name, {
    nouns: q.nouns,
    color: q.color,
    material: 'fabric',
    // As long and as wide as what is drawn (a long tail, a mane), standing on the legs' feet.
    size,
    density,
    shapes: shifted(groups.shapes, [0, -over / 2, 0]),
  });
  const plan: QuadrupedPlan = {
    ground,
    body: [0, bodyY, 0],
    belly: bodyR[1],
    side: bodyR[2],
    legs: legs as QuadrupedPlan['legs'],
    neck: [L * 0.4, bodyY, 0],
    head: headAt,
    headR,
    jaw: jawHinge,
    mouth,
    ears: {
      at: [[earHinge[0], earHinge[1], -earHinge[2]], earHinge],
      axis: ears === 'floppy' ? 'x' : ears === 'big' ? 'y' : 'z',
    },
    tail: tailRoot,
    gait: q.gait ?? 'gallop',
    wags: q.wags ?? false,
  };
  return {
    ...archetype,
    rig: quadrupedRig(plan, { parts: archetype.parts, bones: groups.bones, size, density, down: -over / 2 }),
  };
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
  wags: true,
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
  extra: {
    neck: (d) => [
      {
        box: [d.L * 0.3, d.H * 0.08, d.G * 0.1],
        at: [d.L * 0.38, d.bodyY + d.H * 0.35, 0],
        paint: '#2a1a10',
        turn: [0, 0, -50],
      },
    ],
  },
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
  extra: {
    body: (d) =>
      spots(d, '#1f1f22', [
        [0.3, 0.4],
        [-0.4, 0.2],
        [0, -0.3],
        [-0.1, 0.6],
      ]),
  },
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
  extra: {
    // A woolly fleece: lumps over the back; a dark face.
    body: (d) =>
      [-0.3, 0, 0.3].map((u): Shape => ({ ball: d.G * 0.42, at: [u * d.L, d.bodyY + d.H * 0.12, 0] })),
    head: (d) => [{ ball: d.headR * 1.01, at: d.headAt, paint: '#2b2622' }],
  },
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
  gait: 'amble',
  extra: {
    head: (d) => [
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
  },
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
  extra: { body: (d) => bands(d, '#1b1b1d', 7, d.L * 0.05) },
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
  extra: {
    body: (d) =>
      spots(d, '#7a4a1e', [
        [0.4, 0.2],
        [0, 0.4],
        [-0.4, 0.1],
        [0.2, -0.3],
        [-0.2, -0.3],
      ]),
  },
});

/** A small bird, centred on its box: legs jointed at the ankle, wings that spread to fly. */
const birdLeg = (z: number): Leg => ({
  hip: [0, -0.03, z],
  knee: [0, -0.085, z],
  foot: [0, -0.12, z],
  bend: -1,
});
const birdLegs: [Leg, Leg] = [birdLeg(-0.02), birdLeg(0.02)];
const birdUpper = (leg: Leg): Shape[] => [
  { rod: [0.005, 0.035], at: [0, -0.0675, leg.hip[2]], paint: '#c98a3a' },
];
const birdLower = (leg: Leg): Shape[] => [
  { rod: [0.005, 0.035], at: [0, -0.1025, leg.hip[2]], paint: '#c98a3a' },
  { ball: 0.005, at: leg.knee, paint: '#c98a3a' },
];
const birdShapes = boned<BirdBone>({
  body: [{ egg: [0.1, 0.065, 0.055], at: [-0.01, 0, 0] }],
  head: [
    { ball: 0.045, at: [0.08, 0.05, 0] },
    { cone: [0.015, 0.045], at: [0.14, 0.045, 0], paint: '#f0a020', turn: [0, 0, -90] },
  ],
  eye: pair({ ball: 0.009, at: [0.105, 0.065, 0.035], paint: EYE }),
  wingR: [{ egg: [0.08, 0.02, 0.06], at: [-0.03, 0.02, 0.05], turn: [20, 0, 10] }],
  wingL: [{ egg: [0.08, 0.02, 0.06], at: [-0.03, 0.02, -0.05], turn: [-20, 0, 10] }],
  tail: [{ box: [0.09, 0.01, 0.05], at: [-0.13, 0.02, 0], turn: [0, 0, 15] }],
  upper0: birdUpper(birdLegs[0]),
  lower0: birdLower(birdLegs[0]),
  upper1: birdUpper(birdLegs[1]),
  lower1: birdLower(birdLegs[1]),
});
const birdFigure = figure('bird', {
  nouns: ['bird', 'sparrow', 'robin', 'pigeon', 'dove', 'crow', 'finch', 'seagull', 'gull', 'peacock'],
  color: '#3b6fd1',
  material: 'fabric',
  size: [0.3, 0.24, 0.12],
  density: 300,
  shapes: birdShapes.shapes,
});
const bird: Archetype = {
  ...birdFigure,
  rig: birdRig(
    {
      body: [-0.01, 0, 0],
      belly: 0.065,
      side: 0.055,
      legs: birdLegs,
      neck: [0.05, 0.02, 0],
      head: [0.08, 0.05, 0],
      headR: 0.045,
      mouth: [0.15, 0.045, 0],
      wing: { at: [0, 0.025, 0.05], spread: [-20, 90, 0] },
      tail: [-0.09, 0.015, 0],
      flies: true,
      walk: 'bob',
    },
    { parts: birdFigure.parts, bones: birdShapes.bones, size: birdFigure.size, density: 300, down: 0 },
  ),
};

/** A person standing, facing the camera (+z): a rig places the body every frame (rigs/biped.ts). */
const person: Archetype = {
  ...figure('person', {
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
    shapes: [],
  }),
  rig: humanRig,
  parts: (e) => humanRig.parts(e, restingState([0, 0, 1])),
};

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
