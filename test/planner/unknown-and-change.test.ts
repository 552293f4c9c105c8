/**
 * Words the catalog does not list and changes over time: a role is a person, any other tangible
 * thing becomes a labelled stand-in (and the plan says so), and "turns from green to red" starts
 * green and ends red in the picture.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { simulate } from '../../src/sim/index.js';
import { createFrameRenderer } from '../../src/render/index.js';

test('people by their role are people; other unknown things are labelled stand-ins', () => {
  const people = planFromPrompt('an astronaut talks to a chef');
  assert.deepEqual(
    people.entities.map((e) => [e.archetype, e.label]),
    [
      ['person', 'an astronaut'],
      ['person', 'a chef'],
    ],
  );
  const stand = planFromPrompt('a balloon on a table next to a violin');
  const props = stand.entities.filter((e) => e.archetype === 'prop').map((e) => e.label);
  assert.deepEqual(props.sort(), ['a balloon', 'a violin']);
  assert.ok(stand.understanding.understood.some((u) => u.text === 'balloon' && u.as.includes('stand-in')));
  // Qualities and places are not things.
  for (const prompt of ['a beautiful ball', 'the happiness of a ball'])
    assert.deepEqual(
      planFromPrompt(prompt).entities.map((e) => e.archetype),
      ['ball'],
      prompt,
    );
});

test('"turns from green to red": green at the start, red at the end, in the picture', async () => {
  const plan = planFromPrompt('a cube turns from green to red', { width: 160, height: 90, seconds: 3 });
  const cube = plan.entities.find((e) => e.archetype === 'cube')!;
  assert.equal(cube.color, planFromPrompt('a green cube').entities[0]!.color);
  const paint = plan.actions.find((a) => a.type === 'paint');
  assert.ok(
    paint && paint.type === 'paint' && paint.color === planFromPrompt('a red cube').entities[0]!.color,
  );
  assert.deepEqual(plan.understanding.ignored, []);
  const trace = await simulate(plan);
  const render = createFrameRenderer(plan, trace);
  /** The cube's mean colour: pixels that differ from the scene without it. */
  const without = createFrameRenderer({ ...plan, entities: [] }, trace);
  const tint = (frame: number) => {
    const [a, b] = [render.render(frame), without.render(frame)];
    const sum = [0, 0, 0];
    let n = 0;
    for (let p = 0; p < a.length; p += 4)
      if (Math.abs(a[p]! - b[p]!) + Math.abs(a[p + 1]! - b[p + 1]!) + Math.abs(a[p + 2]! - b[p + 2]!) > 40) {
        for (let k = 0; k < 3; k++) sum[k]! += a[p + k]!;
        n++;
      }
    return sum.map((v) => v / n);
  };
  const [start, end] = [tint(0), tint(trace.frameCount - 1)];
  assert.ok(start[1]! > start[0]! + 20, `starts green: ${start.map(Math.round)}`);
  assert.ok(end[0]! > end[1]! + 40, `ends red: ${end.map(Math.round)}`);
  // "is now green" is how it is, not a change.
  assert.ok(!planFromPrompt('the cube is now green').actions.some((a) => a.type === 'paint'));
});
