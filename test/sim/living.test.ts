/** Living bodies in the simulation: leaps that land where they aim, pushes that send things off, steps on the ground. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { simulate, poseAt } from '../../src/sim/index.js';
import { boundsOf } from '../../src/world/index.js';

test('a cat jumps from the floor onto a table and knocks a cup off the edge', async () => {
  const plan = planFromPrompt('a cat jumps from the floor onto a table and knocks a cup off the edge', {
    seconds: 5,
  });
  const trace = await simulate(plan);
  const at = (id: string, frame: number) => {
    const i = plan.entities.findIndex((e) => e.id === id);
    return { e: plan.entities[i]!, p: poseAt(trace, frame, i).position };
  };
  const table = plan.entities.find((e) => e.archetype === 'table')!;
  const top = boundsOf(table)[1][1];
  const first = at('cat', 0);
  const last = at('cat', trace.frameCount - 1);
  assert.ok(boundsOf(first.e, first.p)[0][1] < 0.05, 'the cat starts on the floor');
  const low = boundsOf(last.e, last.p)[0][1];
  assert.ok(
    Math.abs(low - top) < 0.06,
    `and ends standing on the table top (${low.toFixed(2)} vs ${top.toFixed(2)})`,
  );
  const cup = at('mug', trace.frameCount - 1);
  assert.ok(boundsOf(cup.e, cup.p)[0][1] < 0.05, 'the cup ends on the floor');
  // The cup's fall is heard: it strikes the floor after it leaves the table.
  assert.ok(
    trace.contacts.some((c) => (c.a === 'mug' || c.b === 'mug') && (c.a === 'ground' || c.b === 'ground')),
  );
  // The cat's landings are heard too.
  assert.ok(trace.bodyEvents.some((ev) => ev.entity === 'cat' && ev.kind === 'step' && ev.time > 0.6));
});
