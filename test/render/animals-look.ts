/**
 * Look sheets for animals: each one standing (side, three-quarter, front), through a walk cycle,
 * a run (trot or gallop, a hop, a flight) and a few motions, so legs, wings and heads can be judged
 * by eye. Writes PNGs to /tmp/animals-look/. Run:
 *   node --import tsx test/render/animals-look.ts [name ...]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { createFrameRenderer } from '../../src/render/index.js';
import { ARCHETYPES } from '../../src/world/index.js';
import { restingState, type BodyState, type MotionKind } from '../../src/world/rigs/types.js';
import type { Vec3 } from '../../src/math/vec.js';
import { lookAt, makePlan, makeTrace } from './helpers.js';

const OUT = '/tmp/animals-look';
const CELL_W = 240;
const CELL_H = 170;

/** One picture of an animal in a state, seen from `view` (a direction from the animal to the eye). */
function cell(name: string, state: BodyState, view: Vec3): Buffer {
  const a = ARCHETYPES.get(name)!;
  const plan = makePlan([{ archetype: name, position: [0, a.size[1] / 2, 0] }], {
    width: CELL_W,
    height: CELL_H,
  });
  const reach = Math.max(...a.size) * 1.5 + 0.3;
  const target: Vec3 = [0, a.size[1] * 0.5, 0];
  const eye: Vec3 = [view[0] * reach, target[1] + view[1] * reach, view[2] * reach];
  const trace = makeTrace(plan, 1, lookAt(eye, target, 35));
  trace.bodies = [{ entity: plan.entities[0]!.id, index: 0, states: [state] }];
  return createFrameRenderer(plan, trace).render(0);
}

const SIDE: Vec3 = [0, 0.15, 1];
const THREE_QUARTER: Vec3 = [0.7, 0.45, 0.7];
const FRONT: Vec3 = [1, 0.2, 0.05];

const at = (over: Partial<BodyState>): BodyState => ({ ...restingState(), ...over });
const doing = (kind: MotionKind, u: number, duration = 2): BodyState =>
  at({ time: u * duration, motion: { kind, u, t: u * duration } });

/** A row of cells: a label and its states, each with a view. */
type Row = [label: string, cells: [BodyState, Vec3][]];

const cycle = (speed: number, n: number, extra: Partial<BodyState> = {}): [BodyState, Vec3][] =>
  Array.from({ length: n }, (_, k) => [at({ speed, phase: k / n, time: k * 0.05, ...extra }), SIDE]);

function rows(): Row[] {
  return [
    [
      'standing',
      [
        [at({}), SIDE],
        [at({}), THREE_QUARTER],
        [at({}), FRONT],
        [at({ time: 1.3, face: { ...restingState().face, gaze: [0.6, 0.1, 0.8] } }), THREE_QUARTER],
        [at({ time: 2.1, face: { ...restingState().face, blink: 1 } }), THREE_QUARTER],
        [at({ airborne: true, time: 0.04 }), SIDE],
      ],
    ],
    ['walk 1 m/s', cycle(1, 6)],
    ['trot 3 m/s', cycle(3, 6)],
    ['run 8 m/s', cycle(8, 6)],
    [
      'in the air',
      Array.from({ length: 6 }, (_, k): [BodyState, Vec3] => [
        at({ airborne: true, speed: 4, time: k * 0.025 }),
        k < 3 ? THREE_QUARTER : FRONT,
      ]),
    ],
    [
      'motions',
      [
        [doing('sit', 0.5), SIDE],
        [doing('lie', 0.5), SIDE],
        [doing('jump', 0.15), SIDE],
        [doing('bark', 0.45), SIDE],
        [doing('eat-grass', 0.5), SIDE],
        [doing('fall', 0.7), THREE_QUARTER],
      ],
    ],
    [
      'more motions',
      [
        [doing('shake-head', 0.3), FRONT],
        [doing('look-up', 0.5), SIDE],
        [doing('look-around', 0.3), THREE_QUARTER],
        [doing('dance', 0.3), SIDE],
        [doing('dance', 0.45), SIDE],
        [doing('sit', 0.5), THREE_QUARTER],
      ],
    ],
  ];
}

function label(ctx: SKRSContext2D, text: string, x: number, y: number): void {
  ctx.fillStyle = '#000';
  ctx.font = '13px sans-serif';
  ctx.fillText(text, x + 5, y + 15);
}

function sheet(name: string): void {
  const all = rows();
  const cols = Math.max(...all.map(([, cells]) => cells.length));
  const canvas = createCanvas(CELL_W * cols, CELL_H * all.length);
  const ctx = canvas.getContext('2d');
  all.forEach(([title, cells], r) => {
    cells.forEach(([state, view], c) => {
      const img = ctx.createImageData(CELL_W, CELL_H);
      img.data.set(cell(name, state, view));
      ctx.putImageData(img, c * CELL_W, r * CELL_H);
    });
    label(ctx, `${name}: ${title}`, 0, r * CELL_H);
  });
  writeFileSync(`${OUT}/${name}.png`, canvas.toBuffer('image/png'));
}

const ANIMALS = [
  'dog',
  'cat',
  'horse',
  'cow',
  'sheep',
  'bear',
  'elephant',
  'giraffe',
  'zebra',
  'lion',
  'fox',
  'pig',
  'deer',
  'rabbit',
  'bird',
  'mallard',
  'chicken',
  'swan',
  'parrot',
  'fish',
  'shark',
  'dolphin',
  'butterfly',
];

mkdirSync(OUT, { recursive: true });
const wanted = process.argv.slice(2);
for (const name of wanted.length > 0 ? wanted : ANIMALS) sheet(name);
