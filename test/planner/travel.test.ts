/**
 * Going somewhere: verbs of going become paths with a direction ("from left to right", "toward the
 * camera", "away"), a pace from the verb and its adverbs, a goal ("toward a ball"), riders carried
 * by what they ride, fliers up in the air, and a camera that keeps the traveller in the picture.
 * Measured on the simulated trace and the camera's projection.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { poseAt, simulate } from '../../src/sim/index.js';
import { cameraBasis, project } from '../../src/math/camera.js';
import type { ScenePlan, Vec3 } from '../../src/plan/schema.js';

async function journey(prompt: string, archetype: string) {
  const plan = planFromPrompt(prompt, { width: 640, height: 360, seconds: 4 });
  const trace = await simulate(plan);
  const i = plan.entities.findIndex((e) => e.archetype === archetype);
  assert.ok(i >= 0, `${prompt}: a ${archetype}`);
  const at = (f: number) => poseAt(trace, f, i).position;
  /** Where it is in the picture at frame f. */
  const seen = (f: number) => project(cameraBasis(trace.cameras[f]!, 640, 360), at(f));
  return { plan, trace, at, seen, last: trace.frameCount - 1, entity: plan.entities[i]! };
}

const speed = (a: Vec3, b: Vec3, seconds: number) => Math.hypot(b[0] - a[0], b[2] - a[2]) / seconds;

test('"runs from left to right": along +x at a running pace, facing the way it goes, kept in the picture', async () => {
  const { at, seen, last, entity } = await journey('a dog runs from left to right', 'dog');
  // Between 0.5 s and 2.5 s it is in full stride.
  assert.ok(at(60)[0] > at(12)[0] + 5, `${at(12)[0]} → ${at(60)[0]}`);
  const v = speed(at(12), at(60), 2);
  assert.ok(v > 3 && v < 4.2, `${v.toFixed(2)} m/s`);
  assert.equal(Math.round(entity.rotation[1]), 0); // a dog's front is +x already
  for (const f of [0, 48, last]) {
    const p = seen(f);
    assert.ok(
      p.x > 32 && p.x < 608 && p.y > 18 && p.y < 342,
      `frame ${f} at ${p.x.toFixed(0)},${p.y.toFixed(0)}`,
    );
  }
});

test('pace and direction words change the journey: "gallops slowly from right to left"', async () => {
  const fast = await journey('a horse gallops from right to left', 'horse');
  const slow = await journey('a horse gallops slowly from right to left', 'horse');
  const v = (j: typeof fast) => speed(j.at(12), j.at(60), 2);
  assert.ok(slow.at(60)[0] < slow.at(12)[0], 'right to left');
  assert.ok(Math.abs(v(slow) / v(fast) - 0.5) < 0.08, `${v(slow)} vs ${v(fast)}`);
  // Turned round to face left.
  assert.equal(Math.abs(Math.round(slow.entity.rotation[1])), 180);
});

test('toward the camera it comes nearer; away it goes off into the distance', async () => {
  const toward = await journey('a woman walks toward the camera', 'person');
  assert.ok(toward.at(80)[2] > toward.at(5)[2] + 2);
  const away = await journey('a car drives away', 'car');
  assert.ok(away.at(80)[2] < away.at(5)[2] - 10);
});

test('heading for something, it arrives next to it', async () => {
  const { plan, trace, at, last } = await journey('a dog runs toward a ball', 'dog');
  const ball = plan.entities.findIndex((e) => e.archetype === 'ball');
  const gap = Math.hypot(
    at(last)[0] - poseAt(trace, last, ball).position[0],
    at(last)[2] - poseAt(trace, last, ball).position[2],
  );
  assert.ok(gap < 1.2, `ends ${gap.toFixed(2)} m from the ball`);
  assert.ok(speed(at(0), at(last), 4) > 0.5, 'it went');
});

test('a rider is carried by what it rides; a bird flies up in the air', async () => {
  const plan: ScenePlan = planFromPrompt('a person is riding a bike', { seconds: 3 });
  const trace = await simulate(plan);
  const [bike, rider] = ['bicycle', 'person'].map((a) => plan.entities.findIndex((e) => e.archetype === a));
  const moved = (i: number) => {
    const [a, b] = [poseAt(trace, 0, i!).position, poseAt(trace, trace.frameCount - 1, i!).position];
    return [b[0] - a[0], b[2] - a[2]];
  };
  assert.ok(moved(bike!)[0]! > 4, 'the bike goes');
  assert.deepEqual(
    moved(rider!).map((v) => v.toFixed(2)),
    moved(bike!).map((v) => v.toFixed(2)),
  );
  assert.ok(poseAt(trace, 30, rider!).position[1] > poseAt(trace, 30, bike!).position[1], 'on top of it');
  const bird = await journey('a bird flies across the park', 'bird');
  for (const f of [10, 50, 90]) assert.ok(bird.at(f)[1] > 1, `frame ${f}: ${bird.at(f)[1].toFixed(2)} m up`);
});

test('"they fly" after a hit is still what follows from the physics, not a journey', () => {
  const plan = planFromPrompt('a metal ball smashes into a stack of wooden crates and they fly');
  assert.ok(!plan.actions.some((a) => a.type === 'move'));
});

test('"the dog chases the cat": both run the same way, the cat ahead, the dog closing in; both in the picture', async () => {
  const plan = planFromPrompt('the dog chases the cat', { width: 640, height: 360, seconds: 4 });
  const trace = await simulate(plan);
  const [dog, cat] = ['dog', 'cat'].map((a) => plan.entities.findIndex((e) => e.archetype === a)) as [
    number,
    number,
  ];
  const x = (f: number, i: number) => poseAt(trace, f, i).position[0];
  const last = trace.frameCount - 1;
  assert.ok(x(last, dog) > x(0, dog) + 5 && x(last, cat) > x(0, cat) + 5, 'both run');
  assert.ok(x(0, cat) > x(0, dog) && x(last, cat) > x(last, dog), 'the cat stays ahead');
  assert.ok(x(last, cat) - x(last, dog) < (x(0, cat) - x(0, dog)) * 0.6, 'the dog gains on it');
  for (const i of [dog, cat]) {
    const p = project(cameraBasis(trace.cameras[last]!, 640, 360), poseAt(trace, last, i).position);
    assert.ok(p.x > 0 && p.x < 640, `${plan.entities[i]!.archetype} in the picture at the end`);
  }
});

test('"flying a kite": the kite goes up and away, the one flying it stays on the ground', async () => {
  const plan = planFromPrompt('a person is flying a kite in the park', { seconds: 3 });
  const trace = await simulate(plan);
  const [kite, person] = ['kite', 'person'].map((a) => plan.entities.findIndex((e) => e.archetype === a)) as [
    number,
    number,
  ];
  const last = trace.frameCount - 1;
  assert.ok(
    poseAt(trace, last, kite).position[1] > poseAt(trace, 0, kite).position[1] + 0.8,
    'the kite rises',
  );
  assert.ok(poseAt(trace, last, person).position[1] < 1.2, 'the person stays on the ground');
});

test('"a girl throws a ball to a dog": the ball leaves her hand and arrives at the dog', async () => {
  const plan = planFromPrompt('a girl throws a ball to a dog', { seconds: 3 });
  assert.deepEqual(plan.understanding.ignored, []);
  const ball = plan.entities.find((e) => e.archetype === 'ball')!;
  const girl = plan.entities.find((e) => e.archetype === 'person')!;
  const dog = plan.entities.find((e) => e.archetype === 'dog')!;
  // It starts in her hand: beside her, about chest high.
  assert.ok(Math.abs(ball.position[0] - girl.position[0]) < 0.6 && ball.position[1] > 1, 'in her hand');
  const trace = await simulate(plan);
  const catchAt = trace.contacts.find(
    (c) => [c.a, c.b].includes(ball.id) && [c.a, c.b].includes(dog.id),
  )?.time;
  assert.ok(catchAt !== undefined && catchAt > 1 && catchAt < 1.8, `reaches the dog at ${catchAt}`);
  // Nothing else was hit first: it flew over the floor.
  const first = trace.contacts.find((c) => [c.a, c.b].includes(ball.id) && c.speed > 0.5)!;
  assert.ok([first.a, first.b].includes(dog.id), `first touched ${first.a}-${first.b}`);
});
