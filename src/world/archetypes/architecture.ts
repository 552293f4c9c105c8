/**
 * Buildings and monuments: scenery standing on the ground at real sizes, seen from the front (+z).
 * Shapes are measured from the ground (origin 'base').
 */
import type { Vec3 } from '../../plan/schema.js';
import type { Archetype } from '../types.js';
import { figure, pair, type FigureSpec, type Shape, type Solid } from './figures.js';
import { arch, around, fitted, shifted, spread, triangle, turned } from './geometry.js';

const DEG = Math.PI / 180;
const GLASS = '#5d7f99';
const DARK = '#2a2624';
const WHITE = '#f3f3f0';
const SLATE = '#4a5060';
const IRON = '#2b2d31';

/** A building: scenery on the ground, its shapes measured from there. */
const building = (name: string, spec: Omit<FigureSpec, 'body' | 'origin'>): Archetype =>
  figure(name, { ...fitted(spec), body: 'static', origin: 'base' });

interface GableSpec {
  /** Along the ridge (x), across it (z), height of the walls, roof pitch in degrees. */
  width: number;
  depth: number;
  wall: number;
  pitch: number;
  roof: string;
  walls?: string;
  overhang?: number;
}

/**
 * Walls under a pitched roof whose ridge runs along x: two roof slabs, a ridge beam, and gable
 * ends built as triangles whose stepped edges the slabs cover.
 */
function gabled(g: GableSpec): { shapes: Shape[]; solid: Solid[]; top: number } {
  const ov = g.overhang ?? Math.max(0.15, g.depth * 0.05);
  const t = Math.max(0.08, g.depth * 0.035);
  const tan = Math.tan(g.pitch * DEG);
  const rise = (g.depth / 2) * tan;
  const run = g.depth / 2 + ov;
  const slabs = [1, -1].map((side): Shape => ({
    box: [g.width + 2 * ov, t, run / Math.cos(g.pitch * DEG)],
    at: [
      0,
      g.wall + rise - (run / 2) * tan + (t / 2) * Math.cos(g.pitch * DEG),
      side * (run / 2 + (t / 2) * Math.sin(g.pitch * DEG)),
    ],
    turn: [side * g.pitch, 0, 0],
    paint: g.roof,
  }));
  const walls: Shape = { box: [g.width, g.wall, g.depth], at: [0, g.wall / 2, 0], paint: g.walls };
  return {
    shapes: [
      walls,
      ...[1, -1].flatMap((side) =>
        triangle({
          at: [side * (g.width / 2 - t / 2), g.wall, 0],
          width: g.depth,
          height: rise,
          thick: t,
          plane: 'zy',
          fit: 'outer',
          paint: g.walls,
        }),
      ),
      ...slabs,
      {
        rod: [t * 0.8, g.width + 2 * ov],
        at: [0, g.wall + rise + t * 0.9, 0],
        turn: [0, 0, 90],
        paint: g.roof,
      },
    ],
    solid: [walls, ...slabs] as Solid[],
    top: g.wall + rise + t * 1.7,
  };
}

/** A window on the front (+z) face at z: glass in a frame. */
const window = (x: number, y: number, z: number, w: number, h: number, frame = WHITE): Shape[] => [
  { box: [w + 0.2, h + 0.2, 0.06], at: [x, y, z + 0.03], paint: frame },
  { box: [w, h, 0.08], at: [x, y, z + 0.04], paint: GLASS },
  { box: [0.06, h, 0.1], at: [x, y, z + 0.05], paint: frame },
  { box: [w, 0.06, 0.1], at: [x, y, z + 0.05], paint: frame },
];

/** An arched opening on the front (+z) face at z: a box under a half disc. */
const archedOpening = (x: number, y0: number, z: number, w: number, h: number, paint = DARK): Shape[] => [
  { box: [w, h - w / 2, 0.08], at: [x, y0 + (h - w / 2) / 2, z + 0.04], paint },
  { rod: [w / 2, 0.08], at: [x, y0 + h - w / 2, z + 0.04], turn: [90, 0, 0], paint },
];

/** Battlements: merlons along a wall top from x0 to x1 at height y and depth z. */
const merlons = (x0: number, x1: number, y: number, z: number, size: number, paint?: string): Shape[] =>
  spread(Math.max(2, Math.round((x1 - x0) / (size * 2)) + 1), x0, x1).map((x): Shape => ({
    box: [size, size, size],
    at: [x, y + size / 2, z],
    paint,
  }));

/** Merlons around a round tower top. */
const crown = (radius: number, y: number, size: number, paint?: string): Shape[] =>
  around(10, radius - size / 2, (x, z, a): Shape => ({
    box: [size, size, size],
    at: [x, y + size / 2, z],
    turn: [0, -a, 0],
    paint,
  }));

const houseRoof = gabled({ width: 9, depth: 7, wall: 3.2, pitch: 38, roof: '#9a3b2e' });
const house = building('house', {
  nouns: ['house', 'cottage', 'cabin', 'bungalow', 'mansion', 'villa', 'farmhouse'],
  color: '#e8dcc0',
  material: 'wood',
  size: [9.8, 7.2, 7.8],
  density: 200,
  solid: houseRoof.solid,
  shapes: [
    ...houseRoof.shapes,
    // A chimney through the back of the roof.
    { box: [0.7, 2.6, 0.7], at: [-2.6, 5.9, -1.3], paint: '#8a3b2a' },
    { box: [1.1, 2.15, 0.08], at: [1.4, 1.075, 3.54], paint: WHITE },
    { box: [0.9, 2.0, 0.12], at: [1.4, 1.0, 3.56], paint: '#6b4226' },
    { ball: 0.06, at: [1.7, 1.0, 3.64], paint: '#d9b44a' },
    ...[-2.7, -0.6, 3.4].flatMap((x) => window(x, 1.8, 3.5, 1.1, 1.1)),
    // A side window and a round one in the gable.
    ...turned(window(0, 1.8, 4.5, 1.1, 1.1), 90),
    { rod: [0.45, 0.1], at: [4.46, 4.4, 0], turn: [0, 0, 90], paint: WHITE },
    { rod: [0.35, 0.12], at: [4.47, 4.4, 0], turn: [0, 0, 90], paint: GLASS },
    { box: [2.2, 0.25, 0.6], at: [1.4, 0.12, 3.8], paint: '#9a958c' },
  ],
});

const barnRoof = gabled({ width: 12, depth: 9, wall: 4.5, pitch: 42, roof: '#55575c' });
/** A red barn, gable end to the front: the big cross-braced door and the hayloft door above. */
const barn = building('barn', {
  nouns: ['barn', 'stable', 'farm building'],
  color: '#a8322a',
  material: 'wood',
  size: [9.9, 8.9, 12.8],
  density: 150,
  solid: turned(barnRoof.solid, 90),
  shapes: [
    ...turned(barnRoof.shapes, 90),
    // Corner boards, the big door with its white cross, the hayloft door.
    ...[-4.4, 4.4].map((x): Shape => ({ box: [0.25, 4.5, 0.1], at: [x, 2.25, 6.06], paint: WHITE })),
    ...[-4.4, 4.4].map((x): Shape => ({
      box: [0.1, 4.5, 0.25],
      at: [x + Math.sign(x) * 0.06, 2.25, 5.9],
      paint: WHITE,
    })),
    { box: [4.2, 3.9, 0.08], at: [0, 1.95, 6.04], paint: WHITE },
    { box: [3.8, 3.6, 0.12], at: [0, 1.8, 6.06], paint: '#8e2a23' },
    { box: [0.18, 3.6, 0.16], at: [0, 1.8, 6.08], paint: WHITE },
    ...[48, -48].map((a): Shape => ({
      box: [0.18, 5.1, 0.14],
      at: [0, 1.8, 6.08],
      turn: [0, 0, a],
      paint: WHITE,
    })),
    { box: [1.9, 1.7, 0.08], at: [0, 6.0, 6.04], paint: WHITE },
    { box: [1.5, 1.35, 0.12], at: [0, 6.0, 6.06], paint: '#3a2420' },
    ...turned(window(2.5, 2.6, 4.5, 1.0, 1.0), 90),
    ...turned(window(-2.5, 2.6, 4.5, 1.0, 1.0), 90),
  ],
});

const nave = gabled({ width: 14, depth: 8, wall: 6, pitch: 45, roof: SLATE });
/** A church: a nave, and at its front end a square tower with a belfry, a spire and a cross. */
const church = building('church', {
  nouns: ['church', 'chapel', 'cathedral'],
  color: '#d9d2c3',
  material: 'stone',
  size: [19.6, 27.5, 8.8],
  density: 300,
  solid: [
    ...shifted(nave.solid, [-2.4, 0, 0]),
    { box: [4.8, 16, 4.8], at: [7.2, 8, 0] },
    { rod: [2.2, 8], at: [7.2, 20, 0] },
  ],
  shapes: [
    ...shifted(nave.shapes, [-2.4, 0, 0]),
    ...[-8, -4.8, -1.6].flatMap((x) => archedOpening(x, 2, 4, 1.2, 3, '#3f5a7a')),
    { box: [4.8, 16, 4.8], at: [7.2, 8, 0] },
    { box: [5.2, 0.4, 5.2], at: [7.2, 16.2, 0] },
    ...archedOpening(7.2, 0, 2.4, 1.8, 3.4, '#5a3a26'),
    ...archedOpening(7.2, 6.5, 2.4, 1.0, 2.2, '#3f5a7a'),
    ...archedOpening(7.2, 11.5, 2.4, 1.6, 3, DARK),
    ...archedOpening(7.2, 11.5, -2.5, 1.6, 3, DARK).map((s) => ({ ...s, turn: [0, 90, 0] as Vec3 })),
    { cone: [2.6, 8.5], at: [7.2, 20.65, 0], paint: SLATE },
    { rod: [0.12, 2.4], at: [7.2, 25.9, 0], paint: '#d9b44a' },
    { box: [1.3, 0.22, 0.22], at: [7.2, 26.3, 0], paint: '#d9b44a' },
  ],
});

/** A castle: a square keep behind a crenellated curtain wall with a gate and four round towers. */
const castle = building('castle', {
  nouns: ['castle', 'palace', 'fortress', 'fort', 'citadel', 'chateau'],
  color: '#a8a196',
  material: 'stone',
  size: [25, 21, 21],
  density: 300,
  solid: [
    { box: [20, 9, 16], at: [0, 4.5, 0] },
    { box: [10, 16, 8], at: [0, 8, -2] },
    ...[-10, 10].flatMap((x) => [-8, 8].map((z): Solid => ({ rod: [2.3, 13], at: [x, 6.5, z] }))),
  ],
  shapes: [
    // The keep, with windows and battlements.
    { box: [10, 16, 8], at: [0, 8, -2] },
    ...merlons(-4.6, 4.6, 16, 1.6, 0.8),
    ...[-2.8, 0, 2.8].flatMap((x) => archedOpening(x, 11, 2, 0.7, 1.6)),
    // Curtain walls around the courtyard, battlements on the front one.
    { box: [20, 9, 1.6], at: [0, 4.5, 8] },
    { box: [20, 9, 1.6], at: [0, 4.5, -8] },
    { box: [1.6, 9, 16], at: [-10, 4.5, 0] },
    { box: [1.6, 9, 16], at: [10, 4.5, 0] },
    ...merlons(-8, 8, 9, 8.4, 0.8),
    ...turned(merlons(-6.4, 6.4, 9, 10.4, 0.8), 90),
    // The gate: an arched opening with a portcullis.
    ...archedOpening(0, 0, 8.8, 3.4, 5.2),
    ...spread(5, -1.3, 1.3).map((x): Shape => ({ box: [0.12, 3.5, 0.1], at: [x, 1.75, 8.92], paint: IRON })),
    ...spread(3, 0.8, 3.2).map((y): Shape => ({ box: [3.2, 0.12, 0.1], at: [0, y, 8.92], paint: IRON })),
    // Four round corner towers with pointed roofs and flags.
    ...[-10, 10].flatMap((x) =>
      [-8, 8].flatMap((z): Shape[] => [
        { rod: [2.3, 13], at: [x, 6.5, z] },
        { rod: [2.55, 0.8], at: [x, 12.6, z] },
        { cone: [2.8, 5.2], at: [x, 15.6, z], paint: '#3a4a7a' },
        { rod: [0.06, 1.6], at: [x, 18.9, z], paint: IRON },
        { box: [1.0, 0.6, 0.04], at: [x + 0.5, 19.3, z], paint: '#c8302a' },
        ...archedOpening(x, 7, z + Math.sign(z) * 2.25, 0.5, 1.4).filter(() => z > 0),
      ]),
    ),
  ],
});

/** A round stone tower with slit windows and battlements. */
const tower = building('tower', {
  nouns: ['tower', 'watchtower', 'turret', 'bell tower', 'clock tower'],
  color: '#a39a8a',
  material: 'stone',
  size: [7, 23.5, 7],
  density: 300,
  solid: [{ rod: [3.4, 23.5], at: [0, 11.75, 0] }],
  shapes: [
    { rod: [3, 21.5], at: [0, 10.75, 0] },
    { rod: [3.3, 0.6], at: [0, 0.3, 0] },
    { rod: [3.5, 1.4], at: [0, 21.5, 0] },
    ...crown(3.5, 22.2, 1.1),
    ...archedOpening(0, 0, 3, 1.5, 2.8, '#4a3526'),
    ...[6, 11, 16].map((y): Shape => ({ box: [0.35, 1.4, 0.1], at: [0, y, 3.0], paint: DARK })),
    ...[8.5, 13.5].map((y): Shape => ({ box: [0.1, 1.4, 0.35], at: [3.0, y, 0], paint: DARK })),
    { rod: [0.08, 3], at: [0, 24.1, 0], paint: IRON },
    { box: [1.6, 0.9, 0.04], at: [0.8, 25, 0], paint: '#c8302a' },
  ],
});

/** A lighthouse: a tapering tower in bands, a gallery, the lantern and its cap. */
const lighthouse = building('lighthouse', {
  nouns: ['lighthouse'],
  color: '#c8302a',
  material: 'stone',
  size: [5.6, 21.8, 5.6],
  density: 300,
  solid: [{ rod: [2.4, 21.8], at: [0, 10.9, 0] }],
  shapes: [
    ...spread(8, 0, 7).map((k): Shape => ({
      rod: [2.4 - k * 0.12, 2.02],
      at: [0, 1 + k * 2, 0],
      paint: k % 2 ? 'main' : WHITE,
    })),
    { rod: [2.8, 0.3], at: [0, 16.1, 0], paint: IRON },
    { ring: [2.7, 0.05], at: [0, 17.1, 0], paint: IRON },
    ...around(12, 2.7, (x, z): Shape => ({ rod: [0.04, 1], at: [x, 16.7, z], paint: IRON })),
    { rod: [1.25, 2.2], at: [0, 17.35, 0], paint: '#ffe27a' },
    ...around(6, 1.27, (x, z): Shape => ({ rod: [0.06, 2.2], at: [x, 17.35, z], paint: IRON })),
    { rod: [1.5, 0.25], at: [0, 18.55, 0], paint: IRON },
    { cone: [1.5, 2], at: [0, 19.7, 0], paint: IRON },
    { ball: 0.3, at: [0, 20.9, 0], paint: IRON },
    ...archedOpening(0, 0, 2.3, 1.1, 2.2, '#3a2a22'),
    ...[5.2, 9.2, 13.2].map((y): Shape => ({
      box: [0.5, 0.8, 0.1],
      at: [0, y, 2.3 - y * 0.06],
      paint: DARK,
    })),
  ],
});

const FLOOR = 4;
/** A glass tower: floor bands and mullions on a setback block, a crown and a mast. */
const skyscraper = building('skyscraper', {
  nouns: ['skyscraper', 'office building', 'high rise', 'highrise', 'tower block', 'building'],
  color: '#6d8fae',
  material: 'metal',
  size: [26, 104, 26],
  density: 150,
  solid: [
    { box: [26, 64, 26], at: [0, 32, 0] },
    { box: [20, 24, 20], at: [0, 76, 0] },
  ],
  shapes: [
    { box: [26, 64, 26], at: [0, 32, 0] },
    { box: [20, 24, 20], at: [0, 76, 0] },
    { box: [14, 6, 14], at: [0, 91, 0], paint: '#9aa7b3' },
    { rod: [0.3, 10], at: [0, 99, 0], paint: '#9aa7b3' },
    ...spread(15, FLOOR, 15 * FLOOR).map((y): Shape => ({
      box: [26.2, 0.5, 26.2],
      at: [0, y, 0],
      paint: '#c9d3dc',
    })),
    ...spread(5, 64 + FLOOR, 64 + 5 * FLOOR).map((y): Shape => ({
      box: [20.2, 0.5, 20.2],
      at: [0, y, 0],
      paint: '#c9d3dc',
    })),
    ...spread(6, -10, 10).flatMap((u): Shape[] => [
      { box: [0.4, 64, 26.3], at: [u, 32, 0], paint: '#3e5670' },
      { box: [26.3, 64, 0.4], at: [0, 32, u], paint: '#3e5670' },
    ]),
    { box: [8, 4, 0.3], at: [0, 2, 13.1], paint: '#2a3a4a' },
  ],
});

/** Sails for a windmill: four lattice sails on spars, turned to make an X, facing the camera. */
const sails = (hub: Vec3, length: number): Shape[] =>
  [45, 135, 225, 315].flatMap((a): Shape[] => {
    const d: Vec3 = [Math.cos(a * DEG), Math.sin(a * DEG), 0];
    const side: Vec3 = [-d[1], d[0], 0];
    const at = (along: number, across: number): Vec3 => [
      hub[0] + d[0] * along + side[0] * across,
      hub[1] + d[1] * along + side[1] * across,
      hub[2],
    ];
    return [
      { box: [0.35, length, 0.3], at: at(length / 2, 0), turn: [0, 0, a - 90], paint: '#4a3526' },
      { box: [1.9, length * 0.78, 0.1], at: at(length * 0.58, 1.1), turn: [0, 0, a - 90], paint: '#ece4d2' },
      ...spread(5, length * 0.25, length * 0.95).map((u): Shape => ({
        box: [2.0, 0.1, 0.14],
        at: at(u, 1.1),
        turn: [0, 0, a - 90],
        paint: '#4a3526',
      })),
    ];
  });

const windmill = building('windmill', {
  nouns: ['windmill', 'mill'],
  color: '#7a5a42',
  material: 'wood',
  size: [16, 19.6, 7],
  density: 200,
  solid: [{ rod: [3.2, 13], at: [0, 6.5, 0] }],
  shapes: [
    ...spread(5, 0, 4).map((k): Shape => ({ rod: [3.2 - k * 0.3, 2.25], at: [0, 1.1 + k * 2.2, 0] })),
    { rod: [3.6, 0.25], at: [0, 4.4, 0], paint: '#4a3526' },
    { egg: [2.2, 2.0, 2.4], at: [0, 11.4, 0], paint: '#3a3028' },
    { box: [1.3, 2.2, 0.1], at: [0, 1.1, 3.2], paint: '#3a2420' },
    ...[6.8].map((y): Shape => ({ box: [0.8, 1, 0.1], at: [0, y, 2.6], paint: '#e8e0cc' })),
    { rod: [0.5, 1.4], at: [0, 11.6, 2.4], turn: [90, 0, 0], paint: '#3a3028' },
    ...sails([0, 11.6, 3.2], 9.4),
  ],
});

/** A modern wind turbine: a white mast, the nacelle and three long blades. */
const windTurbine = building('wind-turbine', {
  nouns: ['wind turbine', 'turbine'],
  color: '#eef1f4',
  material: 'metal',
  size: [42, 64, 6],
  density: 100,
  solid: [{ rod: [1.6, 42], at: [0, 21, 0] }],
  shapes: [
    { rod: [1.6, 22], at: [0, 11, 0] },
    { rod: [1.2, 21], at: [0, 31.5, 0] },
    { box: [2.6, 2.6, 6], at: [0, 42.5, -1.2] },
    { cone: [1.2, 1.8], at: [0, 42.5, 2.6], turn: [90, 0, 0] },
    ...[90, 210, 330].map((a): Shape => ({
      egg: [0.9, 10.5, 0.25],
      at: [10.5 * Math.cos(a * DEG), 42.5 + 10.5 * Math.sin(a * DEG), 2.4],
      turn: [0, 0, a - 90],
    })),
  ],
});

/** A ridge tent, its end to the camera: two sloping sheets, a front with a dark door, guy poles. */
const TENT = { base: 2.4, height: 1.5, length: 2.6 };
const tentSlope = Math.atan2(TENT.height, TENT.base / 2) / DEG;
const tent = building('tent', {
  nouns: ['tent', 'marquee', 'pup tent'],
  color: '#e8772e',
  material: 'fabric',
  size: [2.7, 1.75, 2.8],
  density: 30,
  shapes: [
    ...[1, -1].map((side): Shape => ({
      box: [Math.hypot(TENT.base / 2, TENT.height) + 0.08, 0.06, TENT.length],
      at: [(side * TENT.base) / 4 + side * 0.03, TENT.height / 2 + 0.02, 0],
      turn: [0, 0, -side * tentSlope],
    })),
    ...triangle({
      at: [0, 0, TENT.length / 2 - 0.04],
      width: TENT.base,
      height: TENT.height,
      thick: 0.04,
      fit: 'outer',
    }),
    ...triangle({
      at: [0, 0, -TENT.length / 2 + 0.04],
      width: TENT.base,
      height: TENT.height,
      thick: 0.04,
      fit: 'outer',
    }),
    ...triangle({
      at: [0, 0, TENT.length / 2 - 0.01],
      width: TENT.base * 0.5,
      height: TENT.height * 0.75,
      thick: 0.04,
      strips: 10,
      paint: '#3a2a22',
    }),
    { rod: [0.02, 0.3], at: [0, TENT.height + 0.12, TENT.length / 2 - 0.05], paint: '#555555' },
    { rod: [0.02, 0.3], at: [0, TENT.height + 0.12, -TENT.length / 2 + 0.05], paint: '#555555' },
    { rod: [0.012, TENT.length], at: [0, TENT.height + 0.03, 0], turn: [90, 0, 0], paint: '#555555' },
  ],
});

/** A white picket fence: pointed pickets on two rails. */
const fence = building('fence', {
  nouns: ['fence', 'picket fence', 'railing', 'fencing'],
  color: WHITE,
  material: 'wood',
  size: [4, 1.2, 0.2],
  density: 300,
  shapes: [
    ...[0.3, 0.8].map((y): Shape => ({ box: [4, 0.1, 0.04], at: [0, y, -0.05] })),
    ...spread(11, -1.9, 1.9).flatMap((x): Shape[] => [
      { box: [0.14, 1.04, 0.04], at: [x, 0.52, 0] },
      { box: [0.1, 0.1, 0.035], at: [x, 1.04, 0], turn: [0, 0, 45] },
    ]),
    ...[-1.9, 1.9].map((x): Shape => ({ box: [0.12, 1.1, 0.12], at: [x, 0.55, -0.09], paint: '#d9d4cb' })),
  ],
});

/** An iron gate between brick pillars: two leaves of spiked bars. */
const gate = building('gate', {
  nouns: ['gate', 'gateway', 'iron gate'],
  color: IRON,
  material: 'metal',
  size: [5.4, 3.4, 0.9],
  density: 200,
  solid: [-2.3, 2.3].map((x): Solid => ({ box: [0.8, 3.0, 0.8], at: [x, 1.5, 0] })),
  shapes: [
    ...[-2.3, 2.3].flatMap((x): Shape[] => [
      { box: [0.8, 3.0, 0.8], at: [x, 1.5, 0], paint: '#9a5a3a' },
      { box: [0.95, 0.15, 0.95], at: [x, 3.07, 0], paint: '#c9c2b3' },
      { ball: 0.25, at: [x, 3.35, 0], paint: '#c9c2b3' },
    ]),
    ...[0.3, 1.2, 2.3].map((y): Shape => ({ box: [3.8, 0.08, 0.06], at: [0, y, 0] })),
    ...spread(16, -1.78, 1.78).flatMap((x): Shape[] => {
      // Each leaf's bars rise toward its pillar.
      const top = 2.5 + 0.4 * (x / 1.78) ** 2;
      return [
        { rod: [0.022, top], at: [x, top / 2, 0] },
        { cone: [0.05, 0.14], at: [x, top + 0.05, 0] },
      ];
    }),
    { box: [0.06, 2.3, 0.08], at: [0, 1.2, 0.01] },
    ...[-0.9, 0.9].map((x): Shape => ({ ring: [0.22, 0.025], at: [x, 1.75, 0], turn: [90, 0, 0] })),
  ],
});

/** A stone arch: two piers and a round arch of stones with a keystone. */
const stoneArch = building('arch', {
  nouns: ['arch', 'archway', 'triumphal arch'],
  color: '#c9b79a',
  material: 'stone',
  size: [7, 7, 1.6],
  density: 400,
  solid: [
    ...[-2.85, 2.85].map((x): Solid => ({ box: [1.3, 4, 1.5], at: [x, 2, 0] })),
    { box: [7, 1.6, 1.5], at: [0, 6.2, 0] },
  ],
  shapes: [
    ...[-2.85, 2.85].flatMap((x): Shape[] => [
      { box: [1.3, 4, 1.5], at: [x, 2, 0] },
      { box: [1.5, 0.3, 1.6], at: [x, 4.1, 0], paint: '#b3a286' },
    ]),
    ...arch({ at: [0, 4, 0], radius: 2.55, thick: 0.9, depth: 1.5, stones: 11 }),
    // The spandrels between the arch and the level top, and the top itself.
    ...[1, -1].flatMap((side) =>
      spread(5, 4.2, 6.2).map((y): Shape => ({
        box: [1.5 - Math.sqrt(Math.max(0, 2.9 ** 2 - (y - 4) ** 2)) + 2.1, 0.45, 1.46],
        at: [side * (3.5 - (1.5 - Math.sqrt(Math.max(0, 2.9 ** 2 - (y - 4) ** 2)) + 2.1) / 2), y, 0],
      })),
    ),
    { box: [7, 0.7, 1.6], at: [0, 6.65, 0], paint: '#b3a286' },
    { box: [0.7, 1.0, 1.55], at: [0, 6.45, 0], paint: '#b3a286' },
  ],
});

/** A stone bridge on three arches, with parapets. */
const SPANS = [-7.5, 0, 7.5];
const bridge = building('bridge', {
  nouns: ['bridge', 'viaduct', 'footbridge', 'stone bridge'],
  color: '#a89f8f',
  material: 'stone',
  size: [25, 7.6, 5],
  density: 400,
  solid: [
    { box: [25, 1.3, 5], at: [0, 6.15, 0] },
    ...[-11.25, -3.75, 3.75, 11.25].map((x): Solid => ({ box: [1.6, 5.5, 4.6], at: [x, 2.75, 0] })),
  ],
  shapes: [
    { box: [25, 1.3, 5], at: [0, 6.15, 0] },
    ...pair({ box: [25, 0.9, 0.35], at: [0, 7.2, 2.3] }),
    ...pair({ box: [25, 0.15, 0.45], at: [0, 7.65, 2.3], paint: '#c9c2b3' }),
    ...[-11.75, -3.75, 3.75, 11.75].map((x, i): Shape => ({
      box: [i % 3 ? 1.6 : 1.5, 5.5, 4.6],
      at: [x, 2.75, 0],
      paint: '#9a9080',
    })),
    ...SPANS.flatMap((cx): Shape[] => [
      ...arch({ at: [cx, 2, 0], radius: 3.25, thick: 0.6, depth: 4.7, stones: 11, paint: '#958b7b' }),
      // Spandrels: strips from the arch out to the piers, under the deck.
      ...[1, -1].flatMap((side) =>
        spread(6, 2.3, 5.3).map((y): Shape => {
          const w = 3.75 - Math.sqrt(Math.max(0, 3.45 ** 2 - (y - 2) ** 2)) + 0.3;
          return { box: [w, 0.52, 4.5], at: [cx + side * (3.75 - w / 2), y, 0] };
        }),
      ),
    ]),
  ],
});

/** A fountain: a round basin of water, a column, an upper bowl overflowing, a jet on top. */
const WATER = '#5fa8d3';
const fountain = building('fountain', {
  nouns: ['fountain', 'water fountain'],
  color: '#c9c2b3',
  material: 'stone',
  size: [3.4, 2.9, 3.4],
  density: 400,
  solid: [
    { rod: [1.7, 0.65], at: [0, 0.33, 0] },
    { rod: [0.25, 2], at: [0, 1, 0] },
  ],
  shapes: [
    { rod: [1.7, 0.65], at: [0, 0.33, 0], open: true, inner: '#8f887a' },
    { ring: [1.66, 0.08], at: [0, 0.66, 0] },
    { rod: [1.6, 0.04], at: [0, 0.52, 0], paint: WATER },
    { rod: [0.22, 1.6], at: [0, 1.1, 0] },
    { cone: [0.95, 1.1], at: [0, 1.05, 0], paint: '#a9d6ef' },
    { rod: [0.72, 0.28], at: [0, 1.75, 0], open: true, inner: '#8f887a' },
    { rod: [0.66, 0.04], at: [0, 1.84, 0], paint: WATER },
    { rod: [0.12, 0.5], at: [0, 2.1, 0] },
    { rod: [0.05, 0.6], at: [0, 2.6, 0], paint: '#bfe3f5' },
    { ball: 0.14, at: [0, 2.8, 0], paint: '#d8eff9' },
  ],
});

/** A statue on a pedestal: a robed figure holding up a torch. */
const statue = building('statue', {
  nouns: ['statue', 'sculpture', 'monument', 'statue of liberty'],
  color: '#6f9f8a',
  material: 'stone',
  size: [1.8, 4.9, 1.6],
  density: 2000,
  solid: [
    { box: [1.4, 1.6, 1.4], at: [0, 0.8, 0] },
    { box: [0.9, 3.3, 0.7], at: [0, 3.25, 0] },
  ],
  shapes: [
    { box: [1.4, 1.4, 1.4], at: [0, 0.7, 0], paint: '#bdb6a8' },
    { box: [1.6, 0.2, 1.6], at: [0, 1.5, 0], paint: '#d0c9bb' },
    // The robe, the body and head, the raised arm with its torch, a tablet in the other arm.
    { cone: [0.55, 2.2], at: [0, 2.7, 0] },
    { rod: [0.42, 0.15], at: [0, 1.68, 0] },
    { egg: [0.3, 0.45, 0.24], at: [0, 3.4, 0] },
    { rod: [0.1, 0.2], at: [0, 3.9, 0] },
    { ball: 0.2, at: [0, 4.12, 0.02] },
    // The crown's rays, fanning out over the front.
    ...[0, 45, 90, 135, 180].map((a): Shape => ({
      cone: [0.05, 0.28],
      at: [0.24 * Math.cos(a * DEG), 4.26, 0.24 * Math.sin(a * DEG)],
      turn: [0, -a, -65],
    })),
    { rod: [0.08, 0.95], at: [0.4, 4.05, 0], turn: [0, 0, -12] },
    { rod: [0.1, 0.3], at: [0.5, 4.6, 0], paint: '#b8953a' },
    { cone: [0.14, 0.3], at: [0.5, 4.88, 0], paint: '#e0b04a', turn: [180, 0, 0] },
    { ball: 0.1, at: [0.5, 4.95, 0], paint: '#f0c040' },
    { rod: [0.08, 0.6], at: [-0.34, 3.15, 0.12], turn: [0, 0, 40] },
    { box: [0.28, 0.42, 0.08], at: [-0.42, 3.2, 0.2], turn: [0, 0, 15] },
  ],
});

/** A classical column: plinth, base, fluted shaft, capital. */
const column = building('column', {
  nouns: ['column', 'pillar', 'colonnade'],
  color: '#ece8df',
  material: 'stone',
  size: [1.2, 5.2, 1.2],
  density: 2400,
  solid: [{ rod: [0.55, 5.2], at: [0, 2.6, 0] }],
  shapes: [
    { box: [1.2, 0.25, 1.2], at: [0, 0.125, 0] },
    { rod: [0.55, 0.2], at: [0, 0.35, 0] },
    { ring: [0.46, 0.08], at: [0, 0.48, 0] },
    { rod: [0.42, 4.2], at: [0, 2.55, 0] },
    ...around(12, 0.42, (x, z): Shape => ({ rod: [0.05, 4.0], at: [x, 2.55, z], paint: '#d6d1c6' })),
    { ring: [0.46, 0.07], at: [0, 4.64, 0] },
    { rod: [0.52, 0.25], at: [0, 4.8, 0] },
    { box: [1.2, 0.22, 1.2], at: [0, 5.04, 0] },
  ],
});

export const architecture: Archetype[] = [
  house,
  barn,
  church,
  castle,
  tower,
  lighthouse,
  skyscraper,
  windmill,
  windTurbine,
  tent,
  fence,
  gate,
  stoneArch,
  bridge,
  fountain,
  statue,
  column,
];
