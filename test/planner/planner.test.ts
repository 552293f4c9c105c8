/** The planner turns the prompts of physical scenes into set-ups that do what the words say. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import type { ScenePlan } from '../../src/plan/schema.js';

const of = (plan: ScenePlan, archetype: string) => plan.entities.filter((e) => e.archetype === archetype);

test('a red ball bounces down wooden stairs: a red rubber ball starts on the top of wooden stairs', () => {
  const plan = planFromPrompt('a red ball bounces down wooden stairs');
  const [ball] = of(plan, 'ball');
  const [stairs] = of(plan, 'stairs');
  assert.ok(ball && stairs);
  assert.equal(ball.color, '#d1302a');
  assert.equal(stairs.material, 'wood');
  assert.equal(stairs.body, 'static');
  assert.ok(ball.position[1] > 1, 'the ball starts high, at the top of the stairs');
  assert.deepEqual(plan.understanding.ignored, []);
});

test('counts, materials and collectives: three glass marbles and a row of dominoes', () => {
  const plan = planFromPrompt('three glass marbles roll down a ramp and knock over a row of dominoes');
  const marbles = of(plan, 'marble');
  assert.equal(marbles.length, 3);
  assert.ok(marbles.every((m) => m.material === 'glass'));
  const dominoes = of(plan, 'domino');
  assert.ok(dominoes.length >= 6);
  const xs = dominoes.map((d) => d.position[0]);
  assert.deepEqual(
    xs,
    [...xs].sort((a, b) => a - b),
    'the dominoes stand in a row along the path',
  );
  const [ramp] = of(plan, 'ramp');
  assert.ok(ramp);
  assert.ok(Math.min(...xs) > ramp.position[0], 'the row waits at the foot of the ramp');
});

test('a metal ball is launched at a stack of crates', () => {
  const plan = planFromPrompt('a metal ball smashes into a stack of wooden crates and they tumble');
  const [ball] = of(plan, 'ball');
  const crates = of(plan, 'crate');
  assert.ok(ball);
  assert.equal(ball.material, 'metal');
  assert.ok(crates.length >= 3);
  assert.ok(new Set(crates.map((c) => c.position[1].toFixed(2))).size >= 2, 'the crates are stacked');
  assert.ok(ball.velocity[0] > 3, 'the ball is moving fast toward the stack');
});

test('the rim is the hoop: "misses the hoop, hits the rim" makes one hoop and a throw', () => {
  const plan = planFromPrompt('a basketball misses the hoop, hits the rim and bounces away');
  assert.equal(of(plan, 'hoop').length, 1);
  const [ball] = of(plan, 'basketball');
  assert.ok(ball && ball.velocity[1] > 2, 'the ball is thrown upward toward the hoop');
  assert.equal(plan.environment.place, 'gym');
});

test('"next to a coffee mug": the duck is dropped beside the mug, above the table', () => {
  const plan = planFromPrompt('a rubber duck drops onto a table next to a coffee mug');
  const [duck] = of(plan, 'rubber-duck');
  const [mug] = of(plan, 'mug');
  const [table] = of(plan, 'table');
  assert.ok(duck && mug && table);
  assert.equal(duck.body, 'held');
  assert.ok(plan.actions.some((a) => a.type === 'release' && a.entity === duck.id));
  assert.ok(mug.position[1] > 0.7, 'the mug stands on the table');
  const gap = Math.abs(duck.position[0] - mug.position[0]);
  assert.ok(gap > 0.08 && gap < 0.3, `the duck falls beside the mug (${gap.toFixed(2)} m away)`);
});

test('colours bind to their own nouns', () => {
  const plan = planFromPrompt('a red cube and a blue ball');
  assert.equal(of(plan, 'cube')[0]?.color, '#d1302a');
  assert.equal(of(plan, 'ball')[0]?.color, '#2f62d0');
});

test('words the planner did not use are reported', () => {
  const plan = planFromPrompt('a red ball bounces down wooden stairs majestically');
  assert.deepEqual(plan.understanding.ignored, ['majestically']);
});

test('hostile text never crashes the planner', () => {
  for (const prompt of [
    '',
    '🦆🦆🦆',
    '\u0000\u0007\n\t',
    'x'.repeat(32000),
    'кот прыгает',
    'the the the of of',
    '12345678901234567890 balls',
  ])
    assert.doesNotThrow(() => planFromPrompt(prompt));
});

test('a prompt naming thousands of things gets the first hundred, and says so', () => {
  const plan = planFromPrompt('ball '.repeat(6000));
  assert.equal(plan.entities.length, 100);
  assert.match(plan.understanding.notes.join(' '), /6000 things; the first 100/);
});
