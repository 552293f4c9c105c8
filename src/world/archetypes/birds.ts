/**
 * Birds beyond the generic one (animals.ts): farm, water, tropical and polar birds, an owl. All but
 * the owl (which faces the camera) walk and fly on the winged rig (rigs/winged.ts).
 */
import type { Archetype } from '../types.js';
import { boned, type Leg } from '../rigs/joints.js';
import { birdRig, type BirdBone, type BirdPlan } from '../rigs/winged.js';
import { EYE } from './animals.js';
import { creature, leftRight, riggedCreature, sideEyes, WHITE } from './creatures.js';
import { pair, type FigureSpec, type Shape } from './figures.js';
import { spread } from './geometry.js';

/** A bird's legs, left (−z) and right (+z): from a hip hidden in the body, bending back at the ankle. */
function birdLegs(
  x: number,
  length: number,
  z: number,
  color: string,
  hip: number,
): { legs: [Leg, Leg]; shapes: Partial<Record<BirdBone, Shape[]>> } {
  const leg = (side: number): Leg => ({
    hip: [x, hip, side * z],
    knee: [x, length / 2, side * z],
    foot: [x, 0, side * z],
    bend: -1,
  });
  const legs: [Leg, Leg] = [leg(-1), leg(1)];
  const shapes: Partial<Record<BirdBone, Shape[]>> = {};
  legs.forEach((l, i) => {
    const k = i as 0 | 1;
    shapes[`upper${k}`] = [
      { rod: [length * 0.08, length / 2], at: [x, length * 0.75, l.foot[2]], paint: color },
    ];
    shapes[`lower${k}`] = [
      { rod: [length * 0.08, length / 2], at: [x, length * 0.25, l.foot[2]], paint: color },
      { ball: length * 0.08, at: l.knee, paint: color },
    ];
    shapes[`sole${k}`] = [
      {
        egg: [length * 0.3, length * 0.05, length * 0.12],
        at: [x + length * 0.15, length * 0.05, l.foot[2]],
        paint: color,
      },
    ];
  });
  return { legs, shapes };
}

/** A bird's two wings, right (+z) then left, as pair() makes them. */
const wings = (shapes: Shape[]): Pick<Partial<Record<BirdBone, Shape[]>>, 'wingL' | 'wingR'> => {
  const both = shapes.flatMap((shape) => pair(shape));
  return { wingR: both.filter((_, i) => i % 2 === 0), wingL: both.filter((_, i) => i % 2 === 1) };
};

/** A rigged bird: its shapes by bone, its plan with the legs the shapes were drawn with. */
function bird(
  name: string,
  spec: Omit<FigureSpec, 'material' | 'shapes'>,
  shapes: Partial<Record<BirdBone, Shape[]>>,
  plan: BirdPlan,
): Archetype {
  return riggedCreature(name, spec, boned(shapes), (rest) => birdRig(plan, rest));
}

const chickenLegs = birdLegs(0, 0.14, 0.04, '#e8b030', 0.2);
const chicken = bird(
  'chicken',
  {
    nouns: ['chicken', 'hen', 'rooster', 'cockerel', 'chick', 'poultry'],
    color: WHITE,
    size: [0.5, 0.55, 0.3],
    density: 600,
  },
  {
    ...chickenLegs.shapes,
    body: [{ egg: [0.17, 0.13, 0.12], at: [-0.02, 0.25, 0], turn: [0, 0, 10] }],
    tail: [20, 38, 56].map((a): Shape => ({
      egg: [0.035, 0.1, 0.02],
      at: [-0.16, 0.35, 0],
      turn: [0, 0, a],
    })),
    ...wings([{ egg: [0.11, 0.06, 0.02], at: [-0.03, 0.27, 0.11], turn: [0, 0, 10] }]),
    neck: [{ egg: [0.05, 0.09, 0.05], at: [0.1, 0.36, 0] }],
    head: [
      { ball: 0.055, at: [0.13, 0.44, 0] },
      ...spread(3, 0.1, 0.15).map((x, k): Shape => ({
        ball: 0.022 - k * 0.002,
        at: [x, 0.5 - k * 0.006, 0],
        paint: '#d6282a',
      })),
      { egg: [0.015, 0.025, 0.01], at: [0.17, 0.39, 0], paint: '#d6282a' },
      { cone: [0.015, 0.04], at: [0.19, 0.44, 0], turn: [0, 0, -90], paint: '#e8b030' },
    ],
    eye: sideEyes(0.155, 0.455, 0.045, 0.008),
  },
  {
    body: [-0.02, 0.25, 0],
    belly: 0.13,
    side: 0.12,
    legs: chickenLegs.legs,
    neck: [0.07, 0.3, 0],
    head: [0.13, 0.44, 0],
    headR: 0.055,
    mouth: [0.2, 0.435, 0],
    wing: { at: [0.07, 0.31, 0.1], spread: [90, 90, 0] },
    tail: [-0.13, 0.3, 0],
    flies: true,
    walk: 'bob',
  },
);

const mallardLegs = birdLegs(0, 0.08, 0.05, '#f08a24', 0.12);
const mallard = bird(
  'mallard',
  {
    nouns: ['mallard', 'wild duck', 'drake', 'duckling'],
    color: '#8a7a6a',
    size: [0.56, 0.4, 0.3],
    density: 600,
  },
  {
    ...mallardLegs.shapes,
    body: [
      { egg: [0.2, 0.1, 0.12], at: [-0.01, 0.17, 0] },
      { egg: [0.09, 0.08, 0.1], at: [0.11, 0.18, 0], paint: '#7a4a2e' },
    ],
    tail: [{ egg: [0.05, 0.03, 0.05], at: [-0.2, 0.21, 0], turn: [0, 0, 30], paint: '#2b2b2e' }],
    ...wings([
      { egg: [0.13, 0.055, 0.02], at: [-0.03, 0.2, 0.11], paint: '#9a8f84' },
      { egg: [0.03, 0.015, 0.01], at: [-0.06, 0.18, 0.125], paint: '#3a5aa8' },
    ]),
    neck: [
      { rod: [0.035, 0.1], at: [0.15, 0.28, 0], paint: '#1f6b3a' },
      { ring: [0.036, 0.008], at: [0.15, 0.255, 0], paint: WHITE },
    ],
    head: [
      { ball: 0.055, at: [0.17, 0.34, 0], paint: '#1f6b3a' },
      { egg: [0.045, 0.012, 0.025], at: [0.23, 0.325, 0], paint: '#e8c030' },
    ],
    eye: sideEyes(0.19, 0.355, 0.045, 0.008),
  },
  {
    body: [-0.01, 0.17, 0],
    belly: 0.1,
    side: 0.12,
    legs: mallardLegs.legs,
    neck: [0.14, 0.22, 0],
    head: [0.17, 0.34, 0],
    headR: 0.055,
    mouth: [0.26, 0.325, 0],
    wing: { at: [0.09, 0.245, 0.1], spread: [90, 90, 0] },
    tail: [-0.17, 0.2, 0],
    flies: true,
    walk: 'waddle',
  },
);

/** A swan: the S-curve of its neck as overlapping eggs along it. */
const swanCurve = (t: number): [number, number] => [0.2 + 0.07 * Math.sin(t * 2 * Math.PI), 0.3 + t * 0.38];
const swanNeck = spread(8, 0.04, 0.96).map((t): Shape => {
  const [x0, y0] = swanCurve(t - 0.04);
  const [x1, y1] = swanCurve(t + 0.04);
  return {
    egg: [0.036 - t * 0.01, 0.045, 0.036 - t * 0.01],
    at: [...swanCurve(t), 0],
    turn: [0, 0, (Math.atan2(x0 - x1, y1 - y0) * 180) / Math.PI],
  };
});
const swanLegs = birdLegs(0, 0.1, 0.06, '#2b2b2e', 0.16);
const swan = bird(
  'swan',
  { nouns: ['swan', 'cygnet'], color: '#f7f7f2', size: [0.9, 0.8, 0.45], density: 500 },
  {
    ...swanLegs.shapes,
    body: [{ egg: [0.3, 0.14, 0.19], at: [-0.05, 0.22, 0] }],
    ...wings([{ egg: [0.25, 0.1, 0.03], at: [-0.08, 0.3, 0.15], turn: [0, 0, 12] }]),
    tail: [{ cone: [0.06, 0.15], at: [-0.36, 0.3, 0], turn: [0, 0, 60] }],
    neck: swanNeck,
    head: [
      { egg: [0.06, 0.035, 0.035], at: [0.23, 0.7, 0], turn: [0, 0, -10] },
      { egg: [0.05, 0.015, 0.018], at: [0.3, 0.68, 0], turn: [0, 0, -15], paint: '#f08a24' },
      { ball: 0.014, at: [0.262, 0.695, 0], paint: '#1f1f22' },
    ],
    eye: sideEyes(0.24, 0.71, 0.03, 0.007),
  },
  {
    body: [-0.05, 0.22, 0],
    belly: 0.14,
    side: 0.19,
    legs: swanLegs.legs,
    neck: [0.18, 0.3, 0],
    head: [0.23, 0.7, 0],
    headR: 0.05,
    mouth: [0.33, 0.675, 0],
    wing: { at: [0.15, 0.38, 0.14], spread: [90, 90, 0] },
    tail: [-0.3, 0.28, 0],
    flies: true,
    walk: 'waddle',
  },
);

const parrotLegs = birdLegs(0.01, 0.05, 0.03, '#4a4a4f', 0.09);
const parrot = bird(
  'parrot',
  {
    nouns: ['parrot', 'macaw', 'parakeet', 'cockatoo', 'budgie', 'lovebird'],
    color: '#d62d20',
    size: [0.58, 0.5, 0.2],
    density: 500,
  },
  {
    ...parrotLegs.shapes,
    tail: [
      { egg: [0.025, 0.17, 0.012], at: [-0.14, 0.11, 0], turn: [0, 0, 60], paint: '#2f62d0' },
      { egg: [0.022, 0.15, 0.012], at: [-0.13, 0.12, 0.012], turn: [0, 0, 55] },
    ],
    body: [{ egg: [0.08, 0.14, 0.075], at: [0, 0.2, 0], turn: [0, 0, -15] }],
    ...wings([
      { egg: [0.05, 0.12, 0.015], at: [-0.02, 0.2, 0.07], turn: [0, 0, -20], paint: '#2f62d0' },
      { egg: [0.04, 0.05, 0.016], at: [-0.005, 0.25, 0.075], turn: [0, 0, -20], paint: '#f5c518' },
    ]),
    head: [
      { ball: 0.06, at: [0.04, 0.37, 0] },
      ...pair({ egg: [0.03, 0.022, 0.01], at: [0.07, 0.36, 0.05], paint: WHITE }),
      { ball: 0.03, at: [0.1, 0.365, 0], paint: '#e9dfc8' },
      { cone: [0.014, 0.035], at: [0.118, 0.34, 0], turn: [0, 0, 200], paint: '#e9dfc8' },
      { egg: [0.018, 0.014, 0.016], at: [0.092, 0.338, 0], paint: '#2b2b2e' },
    ],
    eye: sideEyes(0.06, 0.385, 0.05, 0.008),
  },
  {
    body: [0, 0.2, 0],
    belly: 0.14,
    side: 0.075,
    legs: parrotLegs.legs,
    neck: [0.02, 0.3, 0],
    head: [0.04, 0.37, 0],
    headR: 0.06,
    mouth: [0.12, 0.34, 0],
    wing: { at: [0.0, 0.31, 0.065], spread: [-90, 0, 0] },
    tail: [-0.08, 0.15, 0],
    flies: true,
    walk: 'plain',
  },
);

/** A penguin waddles on short legs hidden in its body; its flippers never spread to fly. */
const penguinLegs: [Leg, Leg] = [-1, 1].map((side): Leg => ({
  hip: [0, 0.1, side * 0.05],
  knee: [-0.01, 0.05, side * 0.05],
  foot: [0, 0.012, side * 0.05],
  bend: -1,
})) as [Leg, Leg];
const penguin = bird(
  'penguin',
  { nouns: ['penguin'], color: '#1f1f22', size: [0.34, 0.7, 0.3], density: 900 },
  {
    sole0: [{ egg: [0.05, 0.012, 0.03], at: [0.05, 0.012, -0.05], paint: '#e07a20' }],
    sole1: [{ egg: [0.05, 0.012, 0.03], at: [0.05, 0.012, 0.05], paint: '#e07a20' }],
    body: [
      { egg: [0.13, 0.28, 0.13], at: [0, 0.3, 0] },
      // Level with the body's centre, so a waddle's roll never brings the white through the black.
      { egg: [0.1, 0.25, 0.12], at: [0.04, 0.3, 0], paint: WHITE },
    ],
    head: [
      { ball: 0.08, at: [0.02, 0.6, 0] },
      ...pair({ egg: [0.03, 0.035, 0.012], at: [0.03, 0.55, 0.065], paint: '#f0b030' }),
      { cone: [0.016, 0.07], at: [0.12, 0.59, 0], turn: [0, 0, -95], paint: '#e07a20' },
    ],
    ...wings([{ egg: [0.025, 0.14, 0.012], at: [-0.01, 0.36, 0.13], turn: [0, 0, 12] }]),
    eye: sideEyes(0.07, 0.62, 0.055, 0.01),
  },
  {
    body: [0, 0.3, 0],
    belly: 0.28,
    side: 0.13,
    legs: penguinLegs,
    neck: [0.01, 0.5, 0],
    head: [0.02, 0.6, 0],
    headR: 0.08,
    mouth: [0.15, 0.585, 0],
    wing: { at: [0, 0.49, 0.125], spread: [-60, 0, 0] },
    tail: [-0.1, 0.06, 0],
    flies: false,
    walk: 'waddle',
  },
);

const owl = creature('owl', {
  nouns: ['owl'],
  color: '#8a6a4a',
  size: [0.34, 0.56, 0.3],
  density: 500,
  shapes: [
    ...leftRight((s) => ({ egg: [0.025, 0.012, 0.04], at: [s * 0.05, 0.012, 0.08], paint: '#d9a030' })),
    { egg: [0.14, 0.19, 0.12], at: [0, 0.2, 0] },
    { egg: [0.09, 0.14, 0.05], at: [0, 0.2, 0.08], paint: '#d9c4a0' },
    ...leftRight((s) => ({ egg: [0.03, 0.14, 0.1], at: [s * 0.13, 0.22, 0], paint: '#6a4e34' })),
    { ball: 0.125, at: [0, 0.4, 0] },
    ...leftRight((s) => ({ egg: [0.058, 0.062, 0.02], at: [s * 0.047, 0.41, 0.1], paint: '#d9c4a0' })),
    ...leftRight((s) => ({ ball: 0.03, at: [s * 0.047, 0.415, 0.11], paint: '#f5c518' })),
    ...leftRight((s) => ({ ball: 0.016, at: [s * 0.047, 0.415, 0.135], paint: EYE })),
    { cone: [0.014, 0.04], at: [0, 0.38, 0.125], turn: [0, 0, 180], paint: '#4a3a2a' },
    ...leftRight((s) => ({ cone: [0.028, 0.08], at: [s * 0.08, 0.52, 0], turn: [0, 0, -s * 20] })),
  ],
});

export const birds: Archetype[] = [chicken, mallard, swan, parrot, penguin, owl];
