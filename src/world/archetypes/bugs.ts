/** Insects and spiders, and a butterfly. */
import type { Vec3 } from '../../plan/schema.js';
import type { Archetype } from '../types.js';
import { boned } from '../rigs/joints.js';
import { butterflyRig, type ButterflyBone } from '../rigs/winged.js';
import { creature, leftRight, riggedCreature, WHITE } from './creatures.js';
import { pair, type FigureSpec, type Shape } from './figures.js';
import { rodBetween, scaledBy } from './geometry.js';

const DEG = Math.PI / 180;

/**
 * An insect or a spider seen from the side: body segments in a row, legs in pairs. The smallest are
 * drawn a few times life size, as an illustration would, or they would be specks in any scene.
 */
const bug = (name: string, spec: Omit<FigureSpec, 'material'>, enlarge: number): Archetype =>
  creature(name, {
    ...spec,
    size: spec.size.map((v) => v * enlarge) as Vec3,
    shapes: scaledBy(spec.shapes, enlarge),
  });

/** Legs on both sides at the given places along the body, each an upper and a lower part. */
const leggy = (legs: number[], reach: number, high: number, r: number, paint?: string): Shape[] =>
  legs.flatMap((x, k) => {
    // Front legs reach forward, hind legs back: spread over ±50 degrees from straight out.
    const angle = legs.length > 1 ? (-50 + (100 * k) / (legs.length - 1)) * DEG : 0;
    const out = (f: number): [number, number] => [
      x + reach * f * Math.sin(angle),
      reach * f * Math.cos(angle),
    ];
    const [kx, kz] = out(0.45);
    const [fx, fz] = out(1);
    return [1, -1].flatMap((side) => [
      rodBetween([x, high, 0], [kx, high * 1.5, side * kz], r, paint),
      rodBetween([kx, high * 1.5, side * kz], [fx, 0, side * fz], r * 0.8, paint),
    ]);
  });

const bee = bug(
  'bee',
  {
    nouns: ['bee', 'honeybee', 'bumblebee', 'wasp', 'hornet'],
    color: '#f2b71a',
    size: [0.024, 0.016, 0.02],
    density: 300,
    shapes: [
      { egg: [0.0075, 0.005, 0.005], at: [-0.004, 0.0065, 0] },
      ...[-0.0065, -0.002].flatMap((x) => {
        const k = Math.sqrt(1 - ((x + 0.004) / 0.0075) ** 2);
        return pair({ egg: [0.0011, 0.0048 * k, 0.0025 * k], at: [x, 0.0065, 0.0033 * k], paint: '#1f1a17' });
      }),
      { cone: [0.0012, 0.003], at: [-0.0125, 0.006, 0], turn: [0, 0, 90], paint: '#1f1a17' },
      { ball: 0.0038, at: [0.0045, 0.0072, 0], paint: '#4a3a1a' },
      { ball: 0.0032, at: [0.0095, 0.0068, 0], paint: '#1f1a17' },
      ...pair({
        egg: [0.006, 0.0035, 0.0004],
        at: [-0.0015, 0.0125, 0.0022],
        turn: [10, 0, 25],
        paint: '#dfeaf2',
      }),
      ...pair({ rod: [0.0003, 0.004], at: [0.0115, 0.0095, 0.001], turn: [0, 0, -35], paint: '#1f1a17' }),
      ...leggy([-0.002, 0.002, 0.005], 0.008, 0.004, 0.00035, '#1f1a17'),
    ],
  },
  2.5,
);

const ant = bug(
  'ant',
  {
    nouns: ['ant', 'termite'],
    color: '#2b1d16',
    size: [0.014, 0.005, 0.01],
    density: 1000,
    shapes: [
      { egg: [0.0028, 0.0018, 0.0018], at: [-0.0038, 0.0024, 0] },
      { egg: [0.0018, 0.0011, 0.0011], at: [0, 0.0024, 0] },
      { ball: 0.0014, at: [0.0032, 0.0026, 0] },
      ...pair({ rod: [0.00015, 0.003], at: [0.0045, 0.0038, 0.0006], turn: [0, 0, -40] }),
      ...leggy([-0.0008, 0, 0.0008], 0.005, 0.0022, 0.0002),
    ],
  },
  4,
);

const spider = creature('spider', {
  nouns: ['spider', 'tarantula'],
  color: '#2b2622',
  size: [0.05, 0.02, 0.06],
  density: 1000,
  shapes: [
    { egg: [0.009, 0.007, 0.008], at: [-0.008, 0.01, 0] },
    { egg: [0.006, 0.004, 0.0055], at: [0.004, 0.008, 0] },
    ...pair({ ball: 0.0012, at: [0.0095, 0.009, 0.0015], paint: '#d9d4cb' }),
    ...leggy([-0.006, -0.002, 0.002, 0.006], 0.028, 0.01, 0.0008),
  ],
});

/** A ladybird: a red dome with black spots and a black head. */
const ladybugSpots = (
  [
    [0.3, 0.5],
    [-0.3, 0.5],
    [0.45, -0.1],
    [-0.45, -0.1],
    [0, 0.75],
  ] as const
).flatMap(([u, w]) =>
  pair({
    egg: [0.0011, 0.0006, 0.0011],
    at: [u * 0.004, 0.003 + 0.0028 * Math.sqrt(Math.max(0, 1 - u * u - w * w)), w * 0.0032],
    paint: '#1f1a17',
  }),
);
const ladybug = bug(
  'ladybug',
  {
    nouns: ['ladybug', 'ladybird', 'beetle'],
    color: '#d8282a',
    size: [0.011, 0.0065, 0.008],
    density: 900,
    shapes: [
      { egg: [0.004, 0.003, 0.0034], at: [0, 0.003, 0] },
      ...ladybugSpots,
      { egg: [0.0016, 0.0014, 0.0018], at: [0.004, 0.0025, 0], paint: '#1f1a17' },
      ...pair({ ball: 0.0005, at: [0.0047, 0.0032, 0.001], paint: '#f3f1ea' }),
      ...leggy([-0.0015, 0, 0.0015], 0.004, 0.0015, 0.00018, '#1f1a17'),
    ],
  },
  4,
);

/** Seen from the front, wings open: fore and hind wings in black rims, a dark body between. */
const butterflyWing = (s: number): Shape[] => [
  { egg: [0.031, 0.025, 0.0015], at: [s * 0.028, 0.06, -0.001], turn: [0, s * 15, s * 30], paint: '#1f1f22' },
  { egg: [0.027, 0.021, 0.0015], at: [s * 0.028, 0.06, 0.0005], turn: [0, s * 15, s * 30] },
  {
    egg: [0.022, 0.019, 0.0015],
    at: [s * 0.021, 0.026, -0.001],
    turn: [0, s * 15, -s * 35],
    paint: '#1f1f22',
  },
  { egg: [0.018, 0.015, 0.0015], at: [s * 0.021, 0.026, 0.0005], turn: [0, s * 15, -s * 35] },
  ...[
    [0.05, 0.072],
    [0.045, 0.05],
    [0.03, 0.015],
  ].map(([x, y]): Shape => ({ ball: 0.0025, at: [s * x!, y!, 0.002], paint: WHITE })),
];
const butterfly = riggedCreature(
  'butterfly',
  { nouns: ['butterfly', 'moth'], color: '#f08a24', size: [0.11, 0.1, 0.03], density: 100 },
  boned<ButterflyBone>({
    wingL: butterflyWing(-1),
    wingR: butterflyWing(1),
    body: [
      { egg: [0.004, 0.03, 0.004], at: [0, 0.04, 0.002], paint: '#2b2220' },
      { ball: 0.0045, at: [0, 0.073, 0.002], paint: '#2b2220' },
      ...leftRight((s): Shape => ({
        rod: [0.0007, 0.022],
        at: [s * 0.004, 0.086, 0.002],
        turn: [0, 0, -s * 18],
        paint: '#2b2220',
      })),
    ],
  }),
  butterflyRig,
);

export const bugs: Archetype[] = [bee, ant, spider, ladybug, butterfly];
