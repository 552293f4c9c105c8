/**
 * Food and fruit beyond the first few (household.ts, everyday.ts): things that sit on a table or
 * fall on the floor. Shapes are measured from the surface they rest on.
 */
import type { Archetype } from '../types.js';
import { figure, type FigureSpec, type Shape } from './figures.js';
import { arch, around, fromGround, scaledBy, shifted, spread, triangle } from './geometry.js';

const STALK = '#5a3a22';
const LEAF = '#3c9a45';

const food = (
  name: string,
  spec: Omit<FigureSpec, 'material'> & { material?: FigureSpec['material'] },
): Archetype => figure(name, fromGround({ material: 'fabric', density: 600, restitution: 0.2, ...spec }));

/** Small things scattered over a face, at fixed places that look random. */
const sprinkle = (places: [number, number][], make: (x: number, y: number) => Shape): Shape[] =>
  places.map(([x, y]) => make(x, y));

/** A round fruit of radius r: a ball, and a stalk, a leaf or a calyx given in radii from its centre. */
const fruit = (name: string, nouns: string[], r: number, color: string, top: Shape[]): Archetype =>
  food(name, {
    nouns,
    color,
    size: [2 * r, 2.4 * r, 2 * r],
    density: 950,
    shapes: shifted(scaledBy([{ ball: 1 }, ...top], r), [0, r, 0]),
  });

const plum = fruit('plum', ['plum', 'damson'], 0.028, '#5a2a5e', [
  { rod: [0.05, 0.4], at: [0, 1.1, 0], turn: [0, 0, -10], paint: STALK },
  { egg: [0.05, 0.3, 0.05], at: [0.4, 0.8, 0], turn: [0, 0, -20], paint: '#7a4a82' },
]);
const peach = fruit('peach', ['peach', 'apricot', 'nectarine'], 0.035, '#f0a06a', [
  { rod: [0.06, 0.3], at: [0, 1.05, 0], paint: STALK },
  { egg: [0.45, 0.06, 0.2], at: [0.4, 1.05, 0], turn: [0, 0, 20], paint: LEAF },
  { egg: [0.04, 0.7, 0.3], at: [0, 0.2, 0.7], paint: '#e07a50' },
]);
const tomato = fruit('tomato', ['tomato'], 0.035, '#d8302a', [
  ...[0, 72, 144, 216, 288].map((a): Shape => ({
    egg: [0.3, 0.05, 0.12],
    at: [0.22 * Math.cos((a * Math.PI) / 180), 0.95, 0.22 * Math.sin((a * Math.PI) / 180)],
    turn: [0, -a, -10],
    paint: LEAF,
  })),
  { rod: [0.06, 0.25], at: [0, 1.05, 0], paint: LEAF },
]);

/** Two cherries on stalks joined at the top. */
const cherry = food('cherry', {
  nouns: ['cherry'],
  color: '#b0172d',
  size: [0.06, 0.075, 0.03],
  density: 950,
  shapes: [
    ...[-1, 1].flatMap((s): Shape[] => [
      { ball: 0.012, at: [s * 0.016, 0.012, 0] },
      { rod: [0.0012, 0.055], at: [s * 0.008, 0.045, 0], turn: [0, 0, s * 20], paint: '#4a6a2a' },
    ]),
    { egg: [0.012, 0.002, 0.006], at: [0.008, 0.072, 0], turn: [0, 0, 15], paint: LEAF },
  ],
});

const bread = food('bread', {
  nouns: ['bread', 'loaf', 'loaf of bread', 'baguette', 'bun'],
  color: '#c8843e',
  size: [0.28, 0.125, 0.13],
  density: 250,
  shapes: [
    // A rounded loaf: a flat lower half and a domed crust over it.
    { egg: [0.14, 0.035, 0.065], at: [0, 0.037, 0], paint: '#b87636' },
    { egg: [0.135, 0.06, 0.063], at: [0, 0.062, 0] },
    // Slashes across the crust, following the dome.
    ...[-0.07, 0, 0.07].map((x): Shape => ({
      egg: [0.018, 0.006, 0.045],
      at: [x, 0.06 + 0.06 * Math.sqrt(1 - (x / 0.135) ** 2), 0],
      turn: [0, 35, 0],
      paint: '#e8c48a',
    })),
  ],
});

const cheese = food('cheese', {
  nouns: ['cheese', 'wedge of cheese', 'cheese wedge'],
  color: '#f2c530',
  size: [0.17, 0.09, 0.1],
  density: 1100,
  shapes: [
    ...triangle({ at: [0, 0, 0], width: 0.17, height: 0.09, thick: 0.1, lean: 0.085, strips: 16 }),
    // Holes on the front face, inside the triangle.
    ...(
      [
        [-0.04, 0.012, 0.006],
        [-0.01, 0.022, 0.008],
        [0.03, 0.03, 0.01],
        [0.012, 0.05, 0.006],
        [0.06, 0.062, 0.008],
      ] as const
    ).map(([x, y, r]): Shape => ({ rod: [r, 0.004], at: [x, y, 0.05], turn: [90, 0, 0], paint: '#c9962a' })),
  ],
});

const egg = food('egg', {
  nouns: ['egg', 'hen egg', 'easter egg'],
  color: '#f3ead8',
  size: [0.062, 0.044, 0.044],
  density: 1030,
  shapes: [{ egg: [0.031, 0.022, 0.022], at: [0, 0.022, 0] }],
});

/** A watermelon slice standing on its rind: the half disc of flesh as strips, the rind an arch. */
const MELON = 0.16;
const watermelon = food('watermelon', {
  nouns: ['watermelon', 'melon', 'watermelon slice'],
  color: '#e0404a',
  size: [0.34, 0.18, 0.04],
  density: 950,
  shapes: [
    ...spread(12, 0, 11).map((k): Shape => {
      const y = MELON + 0.012 - ((k + 0.5) * MELON) / 12;
      const half = Math.sqrt(Math.max(0, MELON ** 2 - (MELON - y) ** 2));
      return { box: [2 * half, MELON / 12 + 0.001, 0.03], at: [0, y, 0] };
    }),
    ...arch({
      at: [0, MELON + 0.012, 0],
      radius: MELON - 0.006,
      thick: 0.012,
      depth: 0.034,
      from: 180,
      to: 360,
      stones: 16,
      paint: '#f3f0d8',
    }),
    ...arch({
      at: [0, MELON + 0.012, 0],
      radius: MELON + 0.004,
      thick: 0.014,
      depth: 0.036,
      from: 180,
      to: 360,
      stones: 16,
      paint: '#2f7a34',
    }),
    ...sprinkle(
      [
        [-0.08, 0.12],
        [-0.03, 0.1],
        [0.03, 0.1],
        [0.08, 0.12],
        [-0.05, 0.06],
        [0.0, 0.05],
        [0.05, 0.06],
      ],
      (x, y): Shape => ({ egg: [0.005, 0.009, 0.003], at: [x, y, 0.016], paint: '#1f1f22' }),
    ),
  ],
});

const strawberry = food('strawberry', {
  nouns: ['strawberry', 'berry'],
  color: '#d8283a',
  size: [0.045, 0.056, 0.045],
  density: 900,
  shapes: [
    { cone: [0.021, 0.036], at: [0, 0.02, 0], turn: [180, 0, 0] },
    { egg: [0.022, 0.016, 0.022], at: [0, 0.036, 0] },
    ...around(5, 0.012, (x, z, a): Shape => ({
      egg: [0.012, 0.002, 0.005],
      at: [x, 0.05, z],
      turn: [0, -a, -15],
      paint: LEAF,
    })),
    { rod: [0.0015, 0.008], at: [0, 0.054, 0], paint: LEAF },
    ...sprinkle(
      [
        [-0.008, 0.036],
        [0.008, 0.032],
        [0, 0.022],
        [-0.006, 0.014],
        [0.006, 0.012],
        [0.012, 0.042],
        [-0.013, 0.044],
      ],
      (x, y): Shape => ({
        ball: 0.0012,
        at: [x, y, Math.sqrt(Math.max(0, 0.021 ** 2 - x * x)) * (y / 0.04)],
        paint: '#f5d34a',
      }),
    ),
  ],
});

/** A bunch of grapes: rows of balls narrowing down, on a stalk with a leaf. */
const grapes = food('grapes', {
  nouns: ['grapes', 'grape', 'bunch of grapes'],
  color: '#6b2f7a',
  size: [0.12, 0.19, 0.07],
  density: 700,
  shapes: [
    ...[4, 4, 3, 3, 2, 1].flatMap((n, row) =>
      spread(n, -(n - 1) * 0.0125, (n - 1) * 0.0125).map((x, k): Shape => ({
        ball: 0.013,
        at: [x + (row % 2) * 0.004, 0.145 - row * 0.024, (k + row) % 2 ? 0.012 : -0.006],
      })),
    ),
    { rod: [0.003, 0.035], at: [0, 0.172, 0], paint: STALK },
    { egg: [0.03, 0.004, 0.02], at: [0.025, 0.175, 0], turn: [0, 0, 20], paint: LEAF },
  ],
});

const lemon = food('lemon', {
  nouns: ['lemon', 'lime'],
  color: '#f5d62a',
  size: [0.085, 0.056, 0.056],
  density: 950,
  shapes: [
    { egg: [0.036, 0.028, 0.028], at: [0, 0.028, 0] },
    { ball: 0.007, at: [0.036, 0.028, 0] },
    { ball: 0.006, at: [-0.036, 0.028, 0] },
  ],
});

const pear = food('pear', {
  nouns: ['pear'],
  color: '#c9c83a',
  size: [0.075, 0.12, 0.075],
  density: 950,
  shapes: [
    { ball: 0.037, at: [0, 0.037, 0] },
    { egg: [0.024, 0.035, 0.024], at: [0, 0.075, 0] },
    { rod: [0.0025, 0.02], at: [0.002, 0.113, 0], turn: [0, 0, -12], paint: STALK },
    { egg: [0.014, 0.003, 0.007], at: [0.012, 0.114, 0], turn: [0, 0, 20], paint: LEAF },
  ],
});

const cookie = food('cookie', {
  nouns: ['cookie', 'biscuit', 'cracker'],
  color: '#c8904a',
  size: [0.08, 0.015, 0.08],
  density: 700,
  shapes: [
    { rod: [0.04, 0.012], at: [0, 0.006, 0] },
    ...around(6, 0.024, (x, z): Shape => ({ ball: 0.005, at: [x, 0.012, z], paint: '#3a2418' })),
    { ball: 0.005, at: [0.004, 0.012, -0.003], paint: '#3a2418' },
  ],
});

/** A hamburger: buns, patty, cheese, lettuce and tomato, sesame seeds on top. */
const hamburger = food('hamburger', {
  nouns: ['hamburger', 'burger', 'cheeseburger'],
  color: '#d99a4e',
  size: [0.12, 0.095, 0.12],
  density: 500,
  shapes: [
    { rod: [0.055, 0.018], at: [0, 0.009, 0] },
    { rod: [0.058, 0.016], at: [0, 0.026, 0], paint: '#5a3220' },
    { box: [0.08, 0.004, 0.08], at: [0, 0.036, 0], turn: [0, 45, 0], paint: '#f5c518' },
    { rod: [0.06, 0.008], at: [0, 0.042, 0], paint: '#d8302a' },
    { ring: [0.055, 0.006], at: [0, 0.047, 0], paint: '#5fb040' },
    { egg: [0.056, 0.038, 0.056], at: [0, 0.052, 0] },
    ...sprinkle(
      [
        [-0.02, 0.082],
        [0.01, 0.087],
        [0.03, 0.078],
        [-0.035, 0.072],
        [0.0, 0.077],
      ],
      (x, y): Shape => ({
        egg: [0.003, 0.002, 0.0018],
        at: [x, y, 0.03 + Math.abs(x) * 0.2],
        paint: '#f7ecd0',
      }),
    ),
  ],
});

const iceCream = food('ice-cream', {
  nouns: ['ice cream', 'ice cream cone', 'gelato', 'icecream'],
  color: '#f2a0b8',
  size: [0.08, 0.2, 0.08],
  density: 500,
  shapes: [
    { cone: [0.033, 0.12], at: [0, 0.06, 0], turn: [180, 0, 0], paint: '#d9a55a' },
    ...[-45, 45].flatMap((a) =>
      spread(3, 0.05, 0.1).map((y): Shape => ({
        box: [0.0015, 0.04, 0.0015],
        at: [0, y, (y / 0.12) * 0.033],
        turn: [0, 0, a],
        paint: '#a8763a',
      })),
    ),
    { ring: [0.032, 0.008], at: [0, 0.122, 0] },
    { ball: 0.038, at: [0, 0.155, 0] },
    { ball: 0.009, at: [0, 0.196, 0], paint: '#c8102e' },
  ],
});

const cupcake = food('cupcake', {
  nouns: ['cupcake', 'muffin'],
  color: '#f2a0c8',
  size: [0.07, 0.093, 0.07],
  density: 450,
  shapes: [
    { rod: [0.03, 0.035], at: [0, 0.0175, 0], paint: '#e0b04a' },
    ...around(14, 0.03, (x, z): Shape => ({ rod: [0.003, 0.035], at: [x, 0.0175, z], paint: '#c8962e' })),
    { egg: [0.034, 0.014, 0.034], at: [0, 0.038, 0], paint: '#a8692e' },
    { ring: [0.025, 0.011], at: [0, 0.048, 0] },
    { ring: [0.016, 0.01], at: [0, 0.062, 0] },
    { ball: 0.011, at: [0, 0.072, 0] },
    { ball: 0.007, at: [0, 0.085, 0], paint: '#c8102e' },
  ],
});

/** A cherry pie in its tin, with a lattice crust. */
const PIE = 0.11;
const pie = food('pie', {
  nouns: ['pie', 'tart', 'apple pie', 'cherry pie', 'quiche'],
  color: '#d9a04a',
  size: [0.25, 0.05, 0.25],
  density: 700,
  shapes: [
    { rod: [PIE + 0.01, 0.03], at: [0, 0.015, 0], paint: '#b9bec4' },
    { rod: [PIE, 0.01], at: [0, 0.032, 0], paint: '#9a1c2a' },
    { ring: [PIE, 0.012], at: [0, 0.035, 0] },
    ...[-0.06, -0.02, 0.02, 0.06].flatMap((u): Shape[] => {
      const reach = 2 * Math.sqrt(PIE ** 2 - u ** 2);
      return [
        { box: [reach, 0.006, 0.016], at: [0, 0.039, u] },
        { box: [0.016, 0.006, reach], at: [u, 0.041, 0] },
      ];
    }),
  ],
});

export const foods: Archetype[] = [
  plum,
  peach,
  tomato,
  cherry,
  bread,
  cheese,
  egg,
  watermelon,
  strawberry,
  grapes,
  lemon,
  pear,
  cookie,
  hamburger,
  iceCream,
  cupcake,
  pie,
];
