/**
 * Multi-shot prompts ("Shot 1: … Shot 2: …", "cut to …"): one shot per part, each framed by its own
 * words, the same things carried across the cut, and what a later shot first names kept out of the
 * earlier ones. Judged on the trace and the rendered picture.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { poseAt, simulate } from '../../src/sim/index.js';
import { cameraBasis, project } from '../../src/math/camera.js';
import { createFrameRenderer } from '../../src/render/index.js';

const TWO_SHOTS =
  'Shot 1: a wide shot of a red ball on a table. Shot 2: a close-up of the ball as it rolls off the table';

test('"Shot 1: … Shot 2: …" makes two shots that share the clip and the ball', () => {
  const plan = planFromPrompt(TWO_SHOTS, { seconds: 4 });
  assert.equal(plan.shots.length, 2);
  const [first, second] = plan.shots as [(typeof plan.shots)[0], (typeof plan.shots)[0]];
  assert.deepEqual([first.start, first.end, second.start, second.end], [0, 2, 2, 4]);
  assert.equal(first.framing, 'wide');
  assert.equal(second.framing, 'close-up');
  // One ball, named twice: the same entity in both shots.
  const balls = plan.entities.filter((e) => e.archetype === 'ball');
  assert.equal(balls.length, 1);
  assert.ok(first.keepInView.includes(balls[0]!.id) && second.keepInView.includes(balls[0]!.id));
  // The shot numbers are not counts, and the roll waits for its shot.
  assert.ok(!plan.entities.some((e) => e.archetype === 'table' && e.id.endsWith('-2')));
  const release = plan.actions.find((a) => a.entity === balls[0]!.id && a.type === 'release');
  assert.equal(release?.at, 2);
  for (const marker of ['shot', '1', '2']) assert.ok(!plan.understanding.ignored.includes(marker), marker);
});

test('the cut shows: the ball is several times bigger in the close-up than in the wide shot', async () => {
  const plan = planFromPrompt(TWO_SHOTS, { seconds: 4, width: 640, height: 360 });
  const trace = await simulate(plan);
  const i = plan.entities.findIndex((e) => e.archetype === 'ball');
  const apparent = (frame: number) => {
    const cam = cameraBasis(trace.cameras[frame]!, plan.width, plan.height);
    const c = poseAt(trace, frame, i).position;
    const a = project(cam, c);
    const b = project(cam, [c[0], c[1] + 0.11 * plan.entities[i]!.scale, c[2]]);
    return Math.hypot(a.x - b.x, a.y - b.y);
  };
  const wide = apparent(24);
  const close = apparent(60);
  assert.ok(close > wide * 2, `close-up ${close.toFixed(1)} px vs wide ${wide.toFixed(1)} px`);
});

test('a thing first named after the cut is not in the picture before it', async () => {
  const plan = planFromPrompt('a red ball on a table, cut to a blue cube that drops onto the table', {
    seconds: 4,
    width: 320,
    height: 180,
  });
  const cube = plan.entities.find((e) => e.archetype === 'cube')!;
  assert.equal(cube.appearAt, 2);
  const trace = await simulate(plan);
  const render = createFrameRenderer(plan, trace);
  const bluePixels = (rgba: Buffer) => {
    let n = 0;
    for (let p = 0; p < rgba.length; p += 4)
      if (rgba[p + 2]! > 120 && rgba[p + 2]! > rgba[p]! + 60 && rgba[p + 2]! > rgba[p + 1]! + 30) n++;
    return n;
  };
  assert.equal(bluePixels(render.render(36)), 0, 'no blue cube before the cut');
  assert.ok(bluePixels(render.render(90)) > 100, 'the blue cube after the cut');
});

test('"then cut to" is one step, not two; a prompt without a cut keeps one shot', () => {
  const plan = planFromPrompt('a ball rolls across the floor, then cut to a duck that drops', { seconds: 4 });
  assert.equal(plan.shots.length, 2);
  const duck = plan.entities.find((e) => e.archetype === 'rubber-duck')!;
  // Let go a moment into its shot, as a drop always is (not a whole step later).
  const release = plan.actions.find((a) => a.entity === duck.id && a.type === 'release')!.at;
  assert.ok(release >= 2 && release < 2.6, `released at ${release}`);
  for (const prompt of ['a wide shot of a red ball', 'extreme wide shot: a ball bounces', 'shot a ball'])
    assert.equal(planFromPrompt(prompt).shots.length, 1, prompt);
});

test('three shots from "cut to", each keeping in view what it names', () => {
  const plan = planFromPrompt(
    'a red ball rolls across the floor. Cut to a close-up of a green cube. Cut to an overhead shot of the ball',
    { seconds: 6 },
  );
  assert.deepEqual(
    plan.shots.map((s) => [s.start, s.end]),
    [
      [0, 2],
      [2, 4],
      [4, 6],
    ],
  );
  const ball = plan.entities.find((e) => e.archetype === 'ball')!.id;
  const cube = plan.entities.find((e) => e.archetype === 'cube')!.id;
  assert.deepEqual(plan.shots[1]!.keepInView, [cube]);
  assert.deepEqual(plan.shots[2]!.keepInView, [ball]);
  // The overhead shot looks down.
  const s = plan.shots[2]!;
  const drop = s.position[1] - s.target[1];
  assert.ok(drop > Math.hypot(s.position[0] - s.target[0], s.position[2] - s.target[2]) * 2);
});
