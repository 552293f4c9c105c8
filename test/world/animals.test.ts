/**
 * Animal rigs: feet that do not slide while planted, land at their landing phases and lift between;
 * every animal's body stays whole and in its box whatever it does; wings fold on the ground and
 * beat in the air; swimmers' tails beat.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARCHETYPES } from '../../src/world/index.js';
import { restingState, MOTIONS, type BodyState, type Rig } from '../../src/world/rigs/types.js';
import type { QuadrupedRig } from '../../src/world/rigs/quadruped.js';
import { toEuler } from '../../src/world/rigs/joints.js';
import { eulerToQuat } from '../../src/math/vec.js';
import type { Entity, Vec3 } from '../../src/plan/schema.js';
import { entity } from '../helpers/plans.js';

const FPS = 30;

function animal(name: string, scale = 1): { e: Entity; rig: Rig } {
  const rig = ARCHETYPES.get(name)?.rig;
  assert.ok(rig, `${name} has a rig`);
  const e = { ...entity({ archetype: name, position: [0, 0, 0] }), scale } as Entity;
  return { e, rig };
}

const moving = (speed: number, phase: number, time = 0): BodyState => ({
  ...restingState(),
  speed,
  phase,
  time,
});

/** Landing phases at this speed (a gallop's differ from a walk's). */
const landingsOf = (rig: Rig, e: Entity, speed: number): readonly number[] =>
  'landingsAt' in rig ? (rig as QuadrupedRig).landingsAt(e, speed) : rig.landings;

/**
 * Walks the body along +x at `speed` for `seconds` at 30 fps, advancing the phase by distance ÷
 * stride as the simulation does, and measures how far each planted foot slides in the world.
 */
function slide(name: string, speed: number, scale = 1): { worst: number; stride: number; planted: number } {
  const { e, rig } = animal(name, scale);
  const stride = rig.stride(e, speed);
  const standing = rig.landings.map((_, i) => rig.foot(e, restingState(), i)[1]);
  let phase = 0;
  let worst = 0;
  let planted = 0;
  const feet = rig.landings.length;
  const down: (number | null)[] = Array.from({ length: feet }, () => null);
  for (let f = 0; f < FPS * 4; f++) {
    const root = (f * speed) / FPS;
    const s = moving(speed, phase, f / FPS);
    for (let i = 0; i < feet; i++) {
      const [x, y] = rig.foot(e, s, i);
      const world = root + x;
      if (y - standing[i]! < 1e-4 * scale) {
        planted++;
        const from = down[i];
        if (from === null || from === undefined) down[i] = world;
        else worst = Math.max(worst, Math.abs(world - from));
      } else down[i] = null;
    }
    phase = (phase + speed / FPS / stride) % 1;
  }
  return { worst, stride, planted };
}

test('planted feet do not slide: under 2 % of the stride at a walk, a trot and a gallop', () => {
  const cases: [string, number[]][] = [
    ['dog', [1, 3, 8]],
    ['cat', [0.6, 2, 6]],
    ['horse', [1.5, 4, 12]],
    ['elephant', [1, 3, 6]],
    ['cow', [1, 3, 7]],
    ['giraffe', [1.5, 4, 10]],
    ['rabbit', [0.5, 2, 5]],
    ['bird', [0.3, 1]],
    ['mallard', [0.5, 1.2]],
  ];
  for (const [name, speeds] of cases)
    for (const speed of speeds) {
      const { worst, stride, planted } = slide(name, speed);
      assert.ok(planted > FPS, `${name} at ${speed} m/s plants its feet (${planted} foot-frames)`);
      assert.ok(
        worst < 0.02 * stride,
        `${name} at ${speed} m/s: a planted foot slides ${(worst * 1000).toFixed(1)} mm, stride ${stride.toFixed(2)} m`,
      );
    }
  const big = slide('horse', 6, 1.3);
  assert.ok(big.worst < 0.02 * big.stride, 'a bigger horse does not slide either');
});

test('each foot is at its lowest when it lands, and lifted between landings', () => {
  for (const [name, speed] of [
    ['dog', 1],
    ['dog', 7],
    ['horse', 2],
    ['rabbit', 2],
    ['chicken', 0.8],
  ] as const) {
    const { e, rig } = animal(name);
    const landings = landingsOf(rig, e, speed);
    const legHeight = ARCHETYPES.get(name)!.size[1] * 0.3;
    landings.forEach((landing, i) => {
      const heights = Array.from({ length: 100 }, (_, k) => rig.foot(e, moving(speed, k / 100), i)[1]);
      const atLanding = rig.foot(e, moving(speed, landing), i)[1];
      assert.ok(atLanding <= Math.min(...heights) + 1e-6, `${name}'s foot ${i} is lowest as it lands`);
      assert.ok(
        Math.max(...heights) - atLanding > 0.05 * legHeight,
        `${name}'s foot ${i} lifts between landings at ${speed} m/s`,
      );
    });
  }
});

test('gaits change with speed: four beats walking, diagonal pairs trotting', () => {
  const { e, rig } = animal('dog');
  const walk = landingsOf(rig, e, 0.8);
  assert.equal(new Set(walk.map((p) => p.toFixed(2))).size, 4, 'a walk has four beats');
  const trot = landingsOf(rig, e, 2).map((p) => p % 1);
  // LH with RF, LF with RH.
  assert.ok(
    Math.abs(trot[0]! - trot[3]!) < 1e-9 && Math.abs(trot[1]! - trot[2]!) < 1e-9,
    'a trot moves diagonals',
  );
  assert.ok(rig.stride(e, 6) > rig.stride(e, 1) * 2, 'strides lengthen with speed');
});

const ANIMALS = [
  'dog',
  'cat',
  'horse',
  'cow',
  'sheep',
  'bear',
  'elephant',
  'zebra',
  'giraffe',
  'lion',
  'tiger',
  'deer',
  'fox',
  'wolf',
  'pig',
  'goat',
  'camel',
  'panda',
  'raccoon',
  'leopard',
  'hippo',
  'rhino',
  'donkey',
  'bison',
  'rabbit',
  'bird',
  'chicken',
  'mallard',
  'swan',
  'parrot',
  'penguin',
  'fish',
  'shark',
  'dolphin',
  'whale',
  'butterfly',
];

function partPoints(rig: Rig, e: Entity, s: BodyState): number[] {
  return rig.parts(e, s).flatMap((p) => {
    const size = p.kind === 'ellipsoid' ? p.radii : p.kind === 'box' ? p.half : [p.radius];
    return [...p.center, ...size, ...(p.rotation ?? [])];
  });
}

test('every animal is rigged, and whatever it does its parts stay finite and near its box', () => {
  const states: BodyState[] = [
    restingState(),
    moving(1, 0.3, 1.2),
    moving(6, 0.7, 2.1),
    { ...restingState(), airborne: true, time: 0.37 },
    { ...restingState(), face: { ...restingState().face, blink: 1, gaze: [0, 0.5, 0.8] } },
    ...MOTIONS.map((kind): BodyState => ({ ...restingState(), time: 1.1, motion: { kind, u: 0.5, t: 1.1 } })),
  ];
  for (const name of ANIMALS) {
    const { e, rig } = animal(name, 1.5);
    const size = ARCHETYPES.get(name)!.size;
    const reach = Math.max(...size) * 1.5 * 1.2;
    for (const s of states) {
      const parts = rig.parts(e, s);
      assert.equal(parts.length, ARCHETYPES.get(name)!.parts(e).length, `${name} keeps all its parts`);
      for (const v of partPoints(rig, e, s)) assert.ok(Number.isFinite(v), `${name}: finite parts`);
      for (const p of parts)
        assert.ok(Math.hypot(...p.center) < reach, `${name} ${s.motion?.kind ?? ''}: a part flew off`);
    }
  }
});

test('at rest a rigged animal looks as its figure does (breathing, glancing about)', () => {
  for (const name of ANIMALS) {
    const { e, rig } = animal(name);
    const size = ARCHETYPES.get(name)!.size;
    const still = ARCHETYPES.get(name)!.parts(e);
    rig.parts(e, restingState()).forEach((p, i) => {
      const moved = Math.hypot(...p.center.map((v, k) => v - still[i]!.center[k]!));
      assert.ok(moved < 0.15 * Math.max(...size), `${name} part ${i} in place (${moved.toFixed(3)} m off)`);
    });
  }
});

test("a bird's wings fold on the ground and beat up and down in the air", () => {
  for (const name of ['bird', 'mallard', 'chicken', 'swan']) {
    const { e, rig } = animal(name);
    const wing = wingOf(name);
    const folded = ARCHETYPES.get(name)!.parts(e)[wing]!;
    const standing = rig.parts(e, restingState())[wing]!;
    const off = Math.hypot(...standing.center.map((v, k) => v - folded.center[k]!));
    assert.ok(off < 1e-3 * Math.max(...ARCHETYPES.get(name)!.size) * 10, `${name}'s wing is folded standing`);
    const heights = Array.from({ length: 40 }, (_, k) => {
      const s: BodyState = { ...restingState(), airborne: true, time: k / 100 };
      return rig.parts(e, s)[wing]!.center[1];
    });
    const swing = Math.max(...heights) - Math.min(...heights);
    const length = ARCHETYPES.get(name)!.size[0];
    assert.ok(
      swing > length * 0.15,
      `${name}'s wing beats (${swing.toFixed(3)} m over a body ${length} m long)`,
    );
  }
});

/** The part of a bird that moves out (+z) the most when it takes to the air: its right wing. */
function wingOf(name: string): number {
  const { e, rig } = animal(name);
  const rest = rig.parts(e, restingState());
  const flying = rig.parts(e, { ...restingState(), airborne: true, time: 0.05 });
  let best = 0;
  let most = -Infinity;
  rest.forEach((p, i) => {
    const out = flying[i]!.center[2] - p.center[2];
    if (out > most) [best, most] = [i, out];
  });
  return best;
}

test('a fish is never still: its tail beats whether it swims or hovers', () => {
  const { e, rig } = animal('fish');
  const tailX = (s: BodyState): Vec3 => {
    const parts = rig.parts(e, s);
    return parts.reduce((a, p) => (p.center[0] < a[0] ? p.center : a), [Infinity, 0, 0] as Vec3);
  };
  for (const speed of [0, 1]) {
    const z = Array.from({ length: 30 }, (_, k) => tailX({ ...moving(speed, 0), time: k / 30 })[2]);
    assert.ok(Math.max(...z) - Math.min(...z) > 0.01, `the tail swings at ${speed} m/s`);
  }
});

test('Euler angles round-trip through quaternions in the plan order', () => {
  for (const deg of [
    [10, 20, 30],
    [-45, 170, 5],
    [80, -30, -100],
  ] as Vec3[]) {
    const back = eulerToQuat(toEuler(eulerToQuat(deg)));
    const q = eulerToQuat(deg);
    const dot = Math.abs(back.reduce((s, v, i) => s + v * q[i]!, 0));
    assert.ok(dot > 1 - 1e-9, `${deg} survives`);
  }
});
