/** Events in order: "then", "after that", "finally" make things happen one after another. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { simulate } from '../../src/sim/index.js';

async function firstImpacts(prompt: string) {
  const plan = planFromPrompt(prompt, { seconds: 5 });
  const trace = await simulate(plan);
  const first = (id: string) => trace.contacts.find((c) => (c.a === id || c.b === id) && c.speed > 0.5)?.time;
  return { plan, trace, first };
}

test('"X drops, then Y drops": Y lands well after X, beside it rather than on it', async () => {
  const { plan, trace, first } = await firstImpacts(
    'a red ball drops onto a table, then a blue ball drops onto the table',
  );
  const [red, blue] = [
    plan.entities.find((e) => e.color === '#d1302a')!,
    plan.entities.find((e) => e.color === '#2f62d0')!,
  ];
  assert.ok(first(blue.id)! > first(red.id)! + 0.8, `${first(red.id)} then ${first(blue.id)}`);
  assert.ok(
    !trace.contacts.some((c) => [c.a, c.b].includes(red.id) && [c.a, c.b].includes(blue.id) && c.speed > 0.5),
  );
  assert.deepEqual(plan.understanding.ignored, []);
});

test('without "then", two things dropped together fall together, side by side', async () => {
  const { plan, trace, first } = await firstImpacts(
    'a red ball drops onto a table and a green cube falls onto the table',
  );
  const [ball, cube] = [
    plan.entities.find((e) => e.archetype === 'ball')!,
    plan.entities.find((e) => e.archetype === 'cube')!,
  ];
  assert.ok(Math.abs(first(ball.id)! - first(cube.id)!) < 0.3);
  // They fall side by side: they do not meet in the air or as they land (a bounce later may).
  const landed = Math.max(first(ball.id)!, first(cube.id)!);
  const met = trace.contacts.find((c) => [c.a, c.b].includes(ball.id) && [c.a, c.b].includes(cube.id));
  assert.ok(!met || met.time > landed + 0.1, `met at ${met?.time}`);
});

test('a chain of three: rolls, then rolls, and finally drops', async () => {
  const { plan, first } = await firstImpacts(
    'a metal ball rolls across the floor, then a red ball rolls across the floor, and finally a duck drops',
  );
  const duck = plan.entities.find((e) => e.archetype === 'rubber-duck')!;
  const red = plan.entities.find((e) => e.color === '#d1302a')!;
  assert.ok(plan.actions.some((a) => a.entity === red.id && a.type === 'launch' && a.at >= 1));
  assert.ok(first(duck.id)! > 2, `the duck lands last, at ${first(duck.id)}`);
});
