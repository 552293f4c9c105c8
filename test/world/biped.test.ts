/**
 * The human rig: feet that do not slide, steps that land when the cycle says, bodies sized by age,
 * and every motion doing something a viewer would recognise.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entity as entitySchema, type Character, type Entity } from '../../src/plan/schema.js';
import { entity } from '../helpers/plans.js';
import {
  CLAP_RATE_HZ,
  MOTIONS,
  restingState,
  type BodyState,
  type MotionKind,
} from '../../src/world/rigs/types.js';
import { clapsIn, humanRig, posePerson, seatPoint } from '../../src/world/rigs/biped.js';
import { bodyOf } from '../../src/world/rigs/human-body.js';
import { lookOf } from '../../src/world/rigs/human-look.js';
import { archetypeOf } from '../../src/world/index.js';
import type { Part } from '../../src/world/types.js';
import { transformPoint, type Vec3 } from '../../src/math/vec.js';

const person = (character: Partial<Character> = {}, scale = 1): Entity =>
  entitySchema.parse(
    entity({
      archetype: 'person',
      position: [0, 0.875 * scale, 0],
      scale,
      character: {
        age: 'adult',
        gender: 'neutral',
        build: 'average',
        outfit: 'casual',
        accessories: [],
        ...character,
      },
    }),
  );

const standing = (over: Partial<BodyState> = {}): BodyState => ({ ...restingState([0, 0, 1]), ...over });
const doing = (kind: MotionKind, u: number, duration = 3, over: Partial<BodyState> = {}): BodyState =>
  standing({ motion: { kind, u, t: u * duration }, time: u * duration, ...over });

const skeleton = (e: Entity, s: BodyState) => posePerson(bodyOf(e), lookOf(e), s).sk;
const ground = (e: Entity) => -0.875 * e.scale;
const dist = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** Every point a part reaches along its own axes (enough for heights and boxes). */
function extent(parts: Part[]): { min: Vec3; max: Vec3 } {
  const min: Vec3 = [Infinity, Infinity, Infinity];
  const max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const p of parts) {
    const r =
      p.kind === 'ellipsoid' ? Math.max(...p.radii) : p.kind === 'box' ? Math.max(...p.half) : p.radius;
    const reach = p.kind === 'cylinder' || p.kind === 'cone' ? Math.max(r, p.halfHeight) : r;
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k]!, p.center[k]! - (k === 1 ? 0 : reach));
      max[k] = Math.max(max[k]!, p.center[k]! + (k === 1 ? 0 : reach));
    }
  }
  return { min, max };
}

/** The top of the head: the skull's centre plus its height radius. */
const crown = (e: Entity, s: BodyState) => skeleton(e, s).skull[1] + bodyOf(e).head[1];

test('a planted foot does not slide: the ball of the foot stays put in the world while on the ground', () => {
  const e = person({ gender: 'male' });
  const fps = 30;
  for (const speed of [0.5, 1, 1.4, 2, 2.6, 3.5, 5, 7]) {
    const stride = humanRig.stride(e, speed);
    let worst = 0;
    let stances = 0;
    const runs: Vec3[][] = [[], []];
    for (let f = 0; f < fps * 5; f++) {
      const travelled = (speed * f) / fps;
      const s = standing({ time: f / fps, speed, phase: (travelled / stride) % 1 });
      for (const i of [0, 1]) {
        const p = humanRig.foot(e, s, i);
        const world: Vec3 = [p[0], p[1], p[2] + travelled];
        if (p[1] - ground(e) < 0.002) runs[i]!.push(world);
        else {
          if (runs[i]!.length > 2) stances++;
          for (const q of runs[i]!) worst = Math.max(worst, dist(q, runs[i]![0]!));
          runs[i] = [];
        }
      }
    }
    assert.ok(stances >= 4, `${speed} m/s: the feet take steps (${stances} stances)`);
    assert.ok(
      worst < 0.02 * stride,
      `${speed} m/s: a planted foot slid ${(worst * 100).toFixed(2)} cm (stride ${stride.toFixed(2)} m)`,
    );
  }
});

test('feet land at the landing phases and not before', () => {
  const e = person();
  for (const speed of [1.2, 4]) {
    humanRig.landings.forEach((landing, i) => {
      const height = (phase: number) =>
        humanRig.foot(e, standing({ speed, phase: (phase + 1) % 1 }), i)[1] - ground(e);
      assert.ok(Math.abs(height(landing)) < 1e-6, `${speed} m/s: foot ${i} is down when it lands`);
      assert.ok(height(landing - 0.04) > 0.003, `${speed} m/s: foot ${i} is in the air just before it lands`);
      assert.ok(Math.abs(height(landing + 0.1)) < 1e-6, `${speed} m/s: foot ${i} stays down after landing`);
    });
  }
});

test('the stride grows with speed, and a run has both feet off the ground at times', () => {
  const e = person();
  assert.ok(humanRig.stride(e, 1.4) > 1.1 && humanRig.stride(e, 1.4) < 1.8);
  assert.ok(humanRig.stride(e, 5) > humanRig.stride(e, 1.4) * 1.6);
  const flying = Array.from({ length: 40 }, (_, k) => k / 40).some((phase) =>
    [0, 1].every((i) => humanRig.foot(e, standing({ speed: 5, phase }), i)[1] - ground(e) > 0.005),
  );
  assert.ok(flying, 'a runner is in the air between steps');
  const walking = Array.from({ length: 40 }, (_, k) => k / 40).every((phase) =>
    [0, 1].some((i) => humanRig.foot(e, standing({ speed: 1.2, phase }), i)[1] - ground(e) < 1e-6),
  );
  assert.ok(walking, 'a walker always has a foot down');
});

test('people stand on the ground, sized by age and scale, within their box', () => {
  const height = (c: Partial<Character>, scale = 1) => {
    const e = person(c, scale);
    const s = standing();
    const soles = Math.min(humanRig.foot(e, s, 0)[1], humanRig.foot(e, s, 1)[1]);
    assert.ok(Math.abs(soles - ground(e)) < 1e-6, 'soles on the ground');
    return crown(e, s) - ground(e);
  };
  const child = height({ age: 'child' });
  const man = height({ gender: 'male' });
  const woman = height({ gender: 'female' });
  const old = height({ age: 'elderly', gender: 'male' });
  assert.ok(child > 1.0 && child < 1.35, `a child is ${child.toFixed(2)} m`);
  assert.ok(man > 1.65 && man < 1.85, `a man is ${man.toFixed(2)} m`);
  assert.ok(woman < man && woman > 1.5, `a woman is ${woman.toFixed(2)} m`);
  assert.ok(old < man, `an old man stoops (${old.toFixed(2)} m)`);
  assert.ok(Math.abs(height({ gender: 'male' }, 2) - 2 * man) < 0.01, 'scale multiplies the height');
  // A child's head is a bigger share of its height.
  const share = (c: Partial<Character>) => bodyOf(person(c)).head[1] / bodyOf(person(c)).height;
  assert.ok(share({ age: 'child' }) > share({}) * 1.2);
  for (const outfit of ['casual', 'suit', 'dress', 'raincoat', 'uniform', 'sport'] as const) {
    const e = person({ outfit, accessories: ['hat', 'glasses', 'scarf', 'bag'] });
    const { min, max } = extent(humanRig.parts(e, standing()));
    assert.ok(
      min[1] > ground(e) - 0.03 && max[1] < 1.0,
      `${outfit}: from ${min[1].toFixed(2)} to ${max[1].toFixed(2)} m`,
    );
    assert.ok(Math.max(-min[0], max[0], -min[2], max[2]) < 0.6, `${outfit}: within reach of the box`);
  }
});

test('every motion gives finite parts and a pose unlike standing still', () => {
  const e = person({ gender: 'female' });
  const idle = humanRig.parts(e, standing({ time: 1.5 }));
  for (const kind of MOTIONS) {
    const parts = humanRig.parts(e, doing(kind, 0.5));
    for (const p of parts) assert.ok(p.center.every(Number.isFinite), `${kind}: finite parts`);
    const { max, min } = extent(parts);
    assert.ok(max.every(Number.isFinite) && min.every(Number.isFinite));
    const moved = Math.max(
      ...[0.3, 0.5, 0.7].map((u) => {
        const s = doing(kind, u);
        const sk = skeleton(e, s);
        const rest = skeleton(e, standing({ time: s.time }));
        return Math.max(
          dist(sk.wrist[0].p, rest.wrist[0].p),
          dist(sk.wrist[1].p, rest.wrist[1].p),
          dist(sk.skull, rest.skull),
          dist(sk.ankle[0].p, rest.ankle[0].p),
          dist(sk.ankle[1].p, rest.ankle[1].p),
          // A nod or a shake turns the head: the tip of the nose moves.
          dist(sk.skull, rest.skull) + 0.15 * dist(rotatedNose(sk), rotatedNose(rest)),
        );
      }),
    );
    if (kind === 'bark' || kind === 'eat-grass') assert.ok(moved < 1e-9, `${kind} is not for people`);
    else assert.ok(moved > 0.03, `${kind} moves the body (${moved.toFixed(3)} m)`);
  }
  assert.ok(idle.length > 40);
});

/** A point a metre ahead of the face. */
const rotatedNose = (sk: ReturnType<typeof skeleton>): Vec3 => transformPoint(sk.skull, sk.head.q, [0, 0, 1]);

test('waving raises a hand above the head; pointing reaches forward; cheering raises both', () => {
  const e = person({ gender: 'male' });
  const top = crown(e, standing());
  const hands = (s: BodyState) => skeleton(e, s).wrist.map((w) => w.p);
  assert.ok(hands(doing('wave', 0.5))[1]![1] > top, 'the waving hand is above the head');
  assert.ok(
    hands(doing('cheer', 0.5)).every((p) => p[1] > top),
    'both hands up in a cheer',
  );
  assert.ok(hands(doing('point', 0.5))[1]![2] > 0.45, 'the pointing hand is far in front');
  // Waving while walking: the legs keep walking.
  const walking = standing({ speed: 1.4, phase: 0.25 });
  const both = skeleton(e, { ...walking, motion: { kind: 'wave', u: 0.5, t: 1.5 } });
  assert.ok(dist(both.ankle[1].p, skeleton(e, walking).ankle[1].p) < 1e-9, 'the feet carry on walking');
  assert.ok(both.wrist[1].p[1] > top, 'and the hand still waves');
});

test('sitting lowers the hips to a seat; lying lays the body flat on the ground', () => {
  const e = person();
  const b = bodyOf(e);
  const sat = skeleton(e, doing('sit', 0.5));
  const hipHeight = (sat.hip[0].p[1] + sat.hip[1].p[1]) / 2 - ground(e);
  assert.ok(hipHeight > 0.4 && hipHeight < 0.6, `the hips are ${hipHeight.toFixed(2)} m up`);
  assert.ok(Math.abs(seatPoint(b)[1] - ground(e) - 0.45) < 0.06, 'the seat is at chair height');
  for (const kind of ['lie', 'fall'] as const) {
    const lying = skeleton(e, doing(kind, 0.6));
    const top = crown(e, doing(kind, 0.6)) - ground(e);
    assert.ok(top < 0.4, `${kind}: nothing is high (${top.toFixed(2)} m)`);
    const length = Math.hypot(lying.skull[0] - lying.ankle[0].p[0], lying.skull[2] - lying.ankle[0].p[2]);
    assert.ok(length > 1.1, `${kind}: head and feet are far apart along the ground (${length.toFixed(2)} m)`);
  }
  const knelt = skeleton(e, doing('kneel', 0.5));
  assert.ok(Math.min(knelt.knee[0].p[1], knelt.knee[1].p[1]) - ground(e) < 0.08, 'a knee is on the ground');
  const swim = skeleton(e, doing('swim', 0.5));
  assert.ok(
    Math.abs(swim.skull[1] - swim.pelvis.p[1]) < 0.3 && swim.skull[2] > swim.pelvis.p[2] + 0.4,
    'a swimmer lies along the way ahead',
  );
});

test('clapping hands meet at the clap times and part between them', () => {
  const e = person();
  const duration = 3;
  const claps = clapsIn(duration, 0, duration);
  assert.ok(claps.length >= 5, `${claps.length} claps in ${duration} s`);
  // The contract the simulation sounds them by: the k-th at (k + 0.5) / CLAP_RATE_HZ.
  claps.forEach((t, k) => assert.ok(Math.abs(t - (k + 0.5) / CLAP_RATE_HZ) < 1e-9));
  assert.deepEqual(
    clapsIn(duration, 1, 2),
    claps.filter((t) => t >= 1 && t < 2),
  );
  const gap = (t: number) => {
    const sk = skeleton(e, standing({ motion: { kind: 'clap', u: t / duration, t }, time: t }));
    const b = bodyOf(e);
    const hand = (i: 0 | 1) => transformPoint(sk.wrist[i].p, sk.wrist[i].q, [0, -b.hand * 0.36, 0]);
    return dist(hand(0), hand(1));
  };
  for (const t of claps) {
    assert.ok(gap(t) < 0.07, `hands meet at ${t.toFixed(2)} s (${gap(t).toFixed(3)} m apart)`);
    assert.ok(
      gap(t + 0.2) > 0.2,
      `and are apart at ${(t + 0.2).toFixed(2)} s (${gap(t + 0.2).toFixed(3)} m)`,
    );
  }
});

test('the person archetype is a rig facing +z, its collider unchanged', () => {
  const a = archetypeOf({ archetype: 'person' });
  assert.ok(a.rig === humanRig);
  assert.deepEqual(a.facing, [0, 0, 1]);
  assert.deepEqual(a.size, [0.5, 1.75, 0.35]);
  const e = person();
  assert.deepEqual(a.colliders(e), [
    { shape: 'cuboid', half: [0.25, 0.875, 0.175], offset: [0, 0, 0], rotation: undefined },
  ]);
  assert.ok(a.parts(e).length > 40);
});
