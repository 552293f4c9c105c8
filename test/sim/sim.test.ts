/** The simulation obeys the physics it claims, and reports the contacts sound is made from. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scenePlan } from '../../src/plan/schema.js';
import { simulate, poseAt } from '../../src/sim/index.js';
import { dropPlan, entity } from '../helpers/plans.js';

test('a held ball released from 2.2 m first lands when free fall says it does', async () => {
  const plan = scenePlan.parse(dropPlan());
  const trace = await simulate(plan);
  const first = trace.contacts[0]!;
  const fall = 2.2 - 0.11;
  const expected = 0.25 + Math.sqrt((2 * fall) / 9.81);
  assert.ok(
    Math.abs(first.time - expected) < 0.01,
    `landed at ${first.time.toFixed(3)} s, expected ${expected.toFixed(3)} s`,
  );
  assert.ok(
    Math.abs(first.speed - Math.sqrt(2 * 9.81 * fall)) < 0.4,
    `impact speed ${first.speed.toFixed(2)} m/s`,
  );
  assert.equal(first.b === 'ball' || first.a === 'ball', true);
  // Each later impact is softer: energy is lost at every bounce.
  const speeds = trace.contacts.slice(0, 4).map((c) => c.speed);
  speeds.slice(1).forEach((s, i) => assert.ok(s < speeds[i]!, `bounce ${i + 2} is softer`));
});

test('a ball held still does not move and makes no sound before its release', async () => {
  const plan = scenePlan.parse(dropPlan());
  const trace = await simulate(plan);
  const before = Math.floor(0.25 * plan.fps) - 1;
  assert.deepEqual(
    poseAt(trace, 0, 0).position.map((v) => v.toFixed(4)),
    poseAt(trace, before, 0).position.map((v) => v.toFixed(4)),
  );
  assert.ok(trace.contacts.every((c) => c.time > 0.25));
});

test('objects resting on the ground make no impacts', async () => {
  const base = dropPlan();
  const plan = scenePlan.parse({
    ...base,
    entities: [
      entity({ id: 'crate', archetype: 'crate', position: [0, 0.25, 0] }),
      entity({ id: 'cube', archetype: 'cube', position: [1, 0.1, 0] }),
    ],
    actions: [],
  });
  const trace = await simulate(plan);
  assert.deepEqual(trace.contacts, []);
});

test('the same plan simulates to the same trace', async () => {
  const plan = scenePlan.parse(dropPlan());
  const [a, b] = await Promise.all([simulate(plan), simulate(plan)]);
  assert.deepEqual(a.poses, b.poses);
  assert.deepEqual(a.contacts, b.contacts);
});
