/** What each of the prompts says happens, checked in the simulated world. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { simulate, poseAt, type Trace } from '../../src/sim/index.js';
import { rotate, type Quat } from '../../src/math/vec.js';

async function run(prompt: string) {
  const plan = planFromPrompt(prompt);
  const trace = await simulate(plan);
  const index = (id: string) => trace.entities.find((e) => e.id === id)!.index;
  const last = trace.frameCount - 1;
  const start = (id: string) => poseAt(trace, 0, index(id));
  const end = (id: string) => poseAt(trace, last, index(id));
  const ids = (archetype: string) => trace.entities.filter((e) => e.archetype === archetype).map((e) => e.id);
  return { plan, trace, start, end, ids };
}

/** How far an entity's up axis has turned from vertical, in degrees. */
const tilt = (q: Quat) => (Math.acos(Math.min(1, rotate(q, [0, 1, 0])[1])) * 180) / Math.PI;
const hits = (trace: Trace, a: string, b: string) =>
  trace.contacts.filter((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));

test('the red ball bounces from step to step, each landing lower, and ends on the floor', async () => {
  const { trace, end } = await run('a red ball bounces down wooden stairs');
  const steps = hits(trace, 'ball', 'stairs');
  assert.ok(steps.length >= 4, `${steps.length} bounces on the stairs`);
  const heights = steps.map((c) => c.position[1]);
  assert.ok(
    heights.every((h, i) => i === 0 || h < heights[i - 1]! + 0.01),
    'each landing is lower',
  );
  assert.ok(hits(trace, 'ball', 'ground').length >= 1 && end('ball').position[1] < 0.2);
});

test('the marbles reach the dominoes and the whole row falls', async () => {
  const { trace, end, ids } = await run(
    'three glass marbles roll down a ramp and knock over a row of dominoes',
  );
  const dominoes = ids('domino');
  const fallen = dominoes.filter((d) => tilt(end(d).rotation) > 45);
  assert.ok(fallen.length >= dominoes.length - 1, `${fallen.length} of ${dominoes.length} dominoes fell`);
  assert.ok(
    trace.contacts.some((c) => c.a.startsWith('domino') && c.b.startsWith('marble')) ||
      trace.contacts.some((c) => c.b.startsWith('domino') && c.a.startsWith('marble')),
  );
});

test('the metal ball knocks the crate stack down', async () => {
  const { trace, start, end, ids } = await run(
    'a metal ball smashes into a stack of wooden crates and they tumble',
  );
  const crates = ids('crate');
  const moved = crates.filter(
    (c) =>
      Math.hypot(...end(c).position.map((v, k) => v - start(c).position[k]!)) > 0.3 ||
      tilt(end(c).rotation) > 20,
  );
  assert.ok(moved.length >= 3, `${moved.length} crates tumbled`);
  const topRow = Math.max(...crates.map((c) => start(c).position[1]));
  assert.ok(
    crates.every((c) => end(c).position[1] < topRow - 0.2),
    'nothing is left standing at the top of the stack',
  );
  assert.ok(
    trace.contacts.some((c) => (c.a === 'ball' || c.b === 'ball') && c.speed > 3),
    'a hard hit',
  );
});

test('the basketball strikes the rim, does not go in, and bounces away on the floor', async () => {
  const { trace, end } = await run('a basketball misses the hoop, hits the rim and bounces away');
  const rim = hits(trace, 'basketball', 'hoop');
  assert.ok(rim.length >= 1, 'the ball hits the hoop');
  assert.ok(rim[0]!.position[1] > 2.7, `first hit at ${rim[0]!.position[1].toFixed(2)} m, rim height`);
  const floor = hits(trace, 'basketball', 'ground');
  assert.ok(floor.length >= 1 && floor[0]!.time > rim[0]!.time, 'then it falls to the floor');
  assert.ok(end('basketball').position[0] > 0.4, 'and it ended away from the hoop, not through the basket');
});

test('the rubber duck lands on the table beside the mug and comes to rest upright', async () => {
  const { trace, end } = await run('a rubber duck drops onto a table next to a coffee mug');
  assert.ok(hits(trace, 'rubber-duck', 'table').length >= 1);
  const duck = end('rubber-duck');
  const mug = end('mug');
  assert.ok(duck.position[1] > 0.75, 'on the table top');
  assert.ok(
    Math.hypot(duck.position[0] - mug.position[0], duck.position[2] - mug.position[2]) < 0.35,
    'beside the mug',
  );
  assert.ok(tilt(duck.rotation) < 25, `the duck rests upright (tilted ${tilt(duck.rotation).toFixed(0)}°)`);
  assert.ok(tilt(mug.rotation) < 10, 'the mug still stands');
});
