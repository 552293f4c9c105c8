/** Scripted motion mixed with physics: a pushed block moves where the plan says and shoves what is in its way. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scenePlan } from '../../src/plan/schema.js';
import { poseAt, simulate } from '../../src/sim/index.js';
import { dropPlan, entity } from '../helpers/plans.js';

test('a move action carries a block to its target on time, and the block pushes a ball it meets', async () => {
  const base = dropPlan();
  const plan = scenePlan.parse({
    ...base,
    duration: 2.5,
    fps: 24,
    entities: [
      entity({ id: 'block', archetype: 'cube', position: [-1, 0.1, 0] }),
      entity({ id: 'ball', archetype: 'ball', position: [0, 0.11, 0] }),
    ],
    actions: [{ type: 'move', entity: 'block', at: 0.5, duration: 1, to: [0.4, 0.1, 0] }],
  });
  const trace = await simulate(plan);
  const x = (entity: number, t: number) => poseAt(trace, Math.round(t * plan.fps), entity).position[0];
  assert.ok(Math.abs(x(0, 0.45) - -1) < 0.01, 'still before the move starts');
  assert.ok(Math.abs(x(0, 1.5) - 0.4) < 0.02, `at its target when the move ends (${x(0, 1.5).toFixed(3)})`);
  assert.ok(x(0, 1.0) > -0.95 && x(0, 1.0) < 0.35, 'on its way in the middle');
  assert.ok(x(1, 2.4) > 0.3, 'the ball was pushed along');
  assert.ok(
    trace.contacts.some((c) => [c.a, c.b].includes('block') && [c.a, c.b].includes('ball')),
    'and the push was heard',
  );
});

test('a launch action sets a body moving at its time', async () => {
  const base = dropPlan();
  const plan = scenePlan.parse({
    ...base,
    entities: [entity({ id: 'ball', archetype: 'ball', position: [0, 0.11, 0] })],
    actions: [{ type: 'launch', entity: 'ball', at: 1, velocity: [0, 4, 0] }],
  });
  const trace = await simulate(plan);
  const y = (t: number) => poseAt(trace, Math.round(t * plan.fps), 0).position[1];
  assert.ok(Math.abs(y(0.9) - 0.11) < 0.01, 'resting before the launch');
  // Rising at 4 m/s: the peak is v²/2g = 0.82 m above the start, 0.41 s later.
  assert.ok(Math.abs(y(1.41) - 0.11 - 0.815) < 0.03, `peak height ${(y(1.41) - 0.11).toFixed(3)} m`);
});
