/** Camera moves do to the picture what their names say, measured by projecting a fixed point. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scenePlan, type Shot } from '../../src/plan/schema.js';
import { cameraAt } from '../../src/sim/index.js';
import { cameraBasis, project } from '../../src/math/camera.js';
import type { Vec3 } from '../../src/math/vec.js';
import { dropPlan } from '../helpers/plans.js';

const POINT: Vec3 = [0.5, 1, 0];

function track(move: Shot['move']) {
  const base = dropPlan();
  const plan = scenePlan.parse({
    ...base,
    shots: [{ start: 0, end: 2, position: [0, 1, 6], target: [0, 1, 0], lensMm: 35, move }],
  });
  return [0, 1, 2].map((t) => {
    const cam = cameraBasis(cameraAt(plan, t), plan.width, plan.height);
    // Apparent size: the image distance between the point and one 10 cm above it.
    const a = project(cam, POINT);
    const b = project(cam, [POINT[0], POINT[1] + 0.1, POINT[2]]);
    return { x: a.x, y: a.y, size: Math.hypot(a.x - b.x, a.y - b.y) };
  });
}

test('a static shot does not move', () => {
  const [a, , c] = track({ type: 'static', amount: 0 });
  assert.deepEqual(a, c);
});

test('dolly in and zoom in make things bigger; dolly out makes them smaller', () => {
  for (const move of [
    { type: 'dolly', amount: 3 },
    { type: 'zoom', amount: 2 },
  ] as const) {
    const [a, b, c] = track(move);
    assert.ok(a!.size < b!.size && b!.size < c!.size, `${move.type} grows the subject`);
  }
  const [a, , c] = track({ type: 'dolly', amount: -3 });
  assert.ok(c!.size < a!.size);
});

test('pan right moves the subject left in the image; tilt up moves it down; truck right moves it left', () => {
  const pan = track({ type: 'pan', amount: 10 });
  assert.ok(pan[2]!.x < pan[0]!.x - 20);
  const tilt = track({ type: 'tilt', amount: 8 });
  assert.ok(tilt[2]!.y > tilt[0]!.y + 20);
  const truck = track({ type: 'truck', amount: 1 });
  assert.ok(truck[2]!.x < truck[0]!.x - 20);
  const crane = track({ type: 'crane', amount: 1 });
  assert.ok(crane[2]!.y > crane[0]!.y + 20, 'crane up moves the subject down the image');
});

test('moves start and stop gently', () => {
  const base = dropPlan();
  const plan = scenePlan.parse({
    ...base,
    shots: [
      {
        start: 0,
        end: 2,
        position: [0, 1, 6],
        target: [0, 1, 0],
        lensMm: 35,
        move: { type: 'truck', amount: 2 },
      },
    ],
  });
  const x = (t: number) => cameraAt(plan, t).position[0];
  const early = x(0.1) - x(0);
  const middle = x(1.05) - x(0.95);
  assert.ok(early < middle / 3, 'slow at the start, fastest in the middle');
});

test('a thing dropped onto something is seen where it lands, in either orientation', async () => {
  const { planFromPrompt } = await import('../../src/planner/index.js');
  const { simulate, poseAt } = await import('../../src/sim/index.js');
  for (const [width, height] of [
    [1280, 720],
    [720, 1280],
  ] as const) {
    const plan = planFromPrompt('a rubber duck drops onto a table', { width, height });
    const trace = await simulate(plan);
    const duck = plan.entities.findIndex((e) => e.archetype === 'rubber-duck');
    const table = plan.entities.findIndex((e) => e.archetype === 'table');
    const last = trace.frameCount - 1;
    const cam = cameraBasis(trace.cameras[last]!, width, height);
    const inside = (p: Vec3) => {
      const s = project(cam, p);
      return s.depth > 0 && s.x > 0 && s.x < width && s.y > 0 && s.y < height;
    };
    const rest = poseAt(trace, last, duck).position;
    assert.ok(inside(rest), `${width}x${height}: the duck at rest is in the picture`);
    assert.ok(rest[1] > 0.5, 'on the table, not the floor');
    const top = poseAt(trace, last, table).position;
    assert.ok(inside([top[0], rest[1] - 0.05, top[2]]), `${width}x${height}: so is the table top under it`);
  }
});
