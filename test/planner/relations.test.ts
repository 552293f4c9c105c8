/**
 * Spatial relations, judged where the viewer judges them: in the picture at the end of the clip,
 * after the physics has had its say (a cube put on a box must still be on it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { simulate, poseAt } from '../../src/sim/index.js';
import { cameraBasis, project } from '../../src/math/camera.js';
import { boundsOf } from '../../src/world/index.js';

/** Each thing's place in the last frame: image x, y (down), depth; and its world height. */
async function picture(prompt: string) {
  const plan = planFromPrompt(prompt, { width: 640, height: 360, seconds: 2 });
  const trace = await simulate(plan);
  const last = trace.frameCount - 1;
  const cam = cameraBasis(trace.cameras[last]!, plan.width, plan.height);
  const at = new Map(
    plan.entities.map((e, i) => {
      const p = poseAt(trace, last, i).position;
      const s = project(cam, p);
      return [
        e.id,
        {
          x: s.x,
          y: s.y,
          depth: s.depth,
          height: p[1],
          inFrame: s.x > 0 && s.x < 640 && s.y > 0 && s.y < 360,
        },
      ];
    }),
  );
  return { plan, at: (id: string) => at.get(id)! };
}

test('left of, and above them: "a ball to the left of a mug, and a duck above them"', async () => {
  const { plan, at } = await picture('a ball to the left of a mug, and a duck above them');
  assert.deepEqual(plan.understanding.ignored, []);
  const [ball, mug, duck] = [at('ball'), at('mug'), at('rubber-duck')];
  assert.ok(ball.x < mug.x - 10, 'the ball is left of the mug in the picture');
  assert.ok(duck.y < Math.min(ball.y, mug.y) - 20, 'the duck is above both');
  assert.ok(duck.x > ball.x && duck.x < mug.x + 20, 'over them, not off to one side');
  for (const t of [ball, mug, duck]) assert.ok(t.inFrame);
});

test('on, with sizes and colours bound: "a small red cube on a large blue box"', async () => {
  const { plan, at } = await picture('a small red cube on a large blue box');
  const small = plan.entities.find((e) => e.color === '#d1302a')!;
  const large = plan.entities.find((e) => e.color === '#2f62d0')!;
  assert.ok(small.scale < large.scale);
  assert.ok(at(small.id).height > at(large.id).height + 0.1, 'still on top when the physics has settled');
  assert.ok(Math.abs(at(small.id).x - at(large.id).x) < 15, 'centred on it');
});

test('right of, behind, in front of, under', async () => {
  const right = await picture('a can to the right of a bottle');
  assert.ok(right.at('can').x > right.at('bottle').x + 5);
  const behind = await picture('a mug behind a book');
  assert.ok(behind.at('mug').depth > behind.at('book').depth + 0.1);
  const front = await picture('a mug in front of a book');
  assert.ok(front.at('mug').depth < front.at('book').depth - 0.1);
  const under = await picture('a ball under the table');
  assert.ok(under.at('ball').height < 0.3, 'on the floor beneath the top');
  assert.ok(under.at('ball').inFrame && under.at('table').inFrame, 'and the table is in the picture too');
});

test('between, either side, around', async () => {
  const between = await picture('a bottle between two cans');
  const [c1, c2, b] = [between.at('can-1'), between.at('can-2'), between.at('bottle')];
  assert.ok(Math.min(c1.x, c2.x) < b.x && b.x < Math.max(c1.x, c2.x), 'the bottle stands between the cans');
  const sides = await picture('two cans on either side of a bottle');
  const xs = ['can-1', 'can-2'].map((id) => sides.at(id).x).sort((p, q) => p - q);
  assert.ok(xs[0]! < sides.at('bottle').x && sides.at('bottle').x < xs[1]!);
  const around = await picture('six marbles around a bottle');
  assert.ok(around.at('bottle').height > 0.13, 'the bottle still stands');
  const bottle = around.plan.entities.find((e) => e.archetype === 'bottle')!.position;
  for (const m of around.plan.entities.filter((e) => e.archetype === 'marble')) {
    const d = Math.hypot(m.position[0] - bottle[0], m.position[2] - bottle[2]);
    assert.ok(d > 0.04 && d < 0.12, `${m.id} on a ring around the bottle (${d.toFixed(3)} m)`);
  }
});

test('a relation after a verb of motion stays the motion’s: the showcase duck still lands beside the mug', () => {
  const plan = planFromPrompt('a rubber duck drops onto a table next to a coffee mug');
  assert.equal(plan.entities.find((e) => e.archetype === 'table')!.position[0], 0);
  assert.deepEqual(plan.understanding.ignored, []);
});

test('things named together stand side by side in the order named, never inside one another', async () => {
  const { plan, at } = await picture('a person and a horse and a bicycle');
  const [person, horse, bike] = ['person', 'horse', 'bicycle'].map((a) =>
    plan.entities.find((e) => e.archetype === a)!,
  );
  assert.ok(at(person!.id).x < at(horse!.id).x && at(horse!.id).x < at(bike!.id).x);
  const boxes = [person!, horse!, bike!].map((e) => boundsOf(e));
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      assert.ok(boxes[i]![1][0] <= boxes[j]![0][0] || boxes[j]![1][0] <= boxes[i]![0][0], 'apart along x');
});

test('scenery placed against scenery: both stand on the ground, on the side the words say', () => {
  for (const [prompt, left, right] of [
    ['a stop sign on the left of a parking meter', 'stop-sign', 'parking-meter'],
    ['a sink on the right of a toilet', 'toilet', 'sink'],
  ] as const) {
    const plan = planFromPrompt(prompt);
    const [a, b] = [left, right].map((n) => plan.entities.find((e) => e.archetype === n)!);
    assert.ok(a!.position[0] < b!.position[0], `${prompt}: ${left} left of ${right}`);
    for (const e of [a!, b!])
      assert.ok(Math.abs(boundsOf(e)[0][1]) < 1e-3, `${prompt}: ${e.archetype} stands on the ground`);
  }
});

test('a small thing named with a big one stands in plain view, not hidden behind its end', async () => {
  const { createFrameRenderer } = await import('../../src/render/index.js');
  for (const [prompt, small] of [
    ['a cup and a couch', 'mug'],
    ['a bus and a traffic light', 'traffic-light'],
    ['a parking meter and a truck', 'parking-meter'],
  ] as const) {
    const plan = planFromPrompt(prompt, { width: 320, height: 180, seconds: 1 });
    const trace = await simulate(plan);
    const draw = (ids: (id: string) => boolean) =>
      createFrameRenderer({ ...plan, entities: plan.entities.filter((e) => ids(e.id)) }, trace).render(0);
    const changed = (a: Buffer, b: Buffer) => {
      let n = 0;
      for (let p = 0; p < a.length; p += 4)
        if (Math.abs(a[p]! - b[p]!) + Math.abs(a[p + 1]! - b[p + 1]!) + Math.abs(a[p + 2]! - b[p + 2]!) > 60)
          n++;
      return n;
    };
    // How much of it shows among the others, against how much it covers on its own.
    const shown = changed(
      draw(() => true),
      draw((id) => id !== small),
    );
    const alone = changed(
      draw((id) => id === small),
      draw(() => false),
    );
    assert.ok(alone > 30, `${prompt}: the ${small} is in the picture (${alone} px)`);
    assert.ok(shown >= alone * 0.8, `${prompt}: the ${small} shows ${shown} of its ${alone} px`);
  }
});

test('things stand beside a piece of scenery, not a bus length away from it', () => {
  const plan = planFromPrompt('a bus and a traffic light');
  const [light, bus] = ['traffic-light', 'bus'].map((id) =>
    boundsOf(plan.entities.find((e) => e.id === id)!),
  );
  const gap = Math.max(bus![0][0] - light![1][0], light![0][0] - bus![1][0]);
  assert.ok(gap >= 0 && gap < 0.5, `gap ${gap.toFixed(2)} m`);
});
