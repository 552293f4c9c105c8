/**
 * Time and camera words beyond moves: slow motion and time-lapse change how much of the world a
 * video second shows (measured on the trace), a shaking camera jitters and a steady one does not,
 * and racking focus moves the sharpness from the scene to what is behind it (measured on pixels).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { simulate } from '../../src/sim/index.js';
import { createFrameRenderer } from '../../src/render/index.js';

const BALL = 'a red ball bounces down wooden stairs';

async function firstImpacts(prompt: string) {
  const plan = planFromPrompt(prompt, { width: 320, height: 180, seconds: 4 });
  const trace = await simulate(plan);
  return { plan, hits: trace.contacts.filter((c) => c.speed > 0.5) };
}

test('slow motion stretches the world in video time; time-lapse squeezes it; the physics is the same', async () => {
  const normal = await firstImpacts(BALL);
  const slow = await firstImpacts(`${BALL}, in super slow motion`);
  const fast = await firstImpacts(`${BALL}, time-lapse`);
  assert.equal(slow.plan.timeScale, 0.2);
  assert.equal(fast.plan.timeScale, 6);
  const release = normal.plan.actions.find((a) => a.type === 'release')!.at;
  // The fall to the first step takes five times as long on screen at 0.2, a sixth at 6.
  const fall = (h: { time: number }[]) => h[0]!.time - release;
  assert.ok(
    Math.abs(fall(slow.hits) / fall(normal.hits) - 5) < 0.3,
    `${fall(slow.hits)} vs ${fall(normal.hits)}`,
  );
  assert.ok(Math.abs(fall(fast.hits) / fall(normal.hits) - 1 / 6) < 0.05);
  // The same impact at the same physical speed.
  assert.ok(Math.abs(slow.hits[0]!.speed - normal.hits[0]!.speed) < 0.02 * normal.hits[0]!.speed);
});

/** Degrees the camera's aim turns from one frame to the next. */
async function aimChanges(prompt: string) {
  const plan = planFromPrompt(prompt, { width: 320, height: 180, seconds: 2 });
  const trace = await simulate(plan);
  const dirs = trace.cameras.map((c) => {
    const d = [0, 1, 2].map((k) => c.target[k]! - c.position[k]!);
    const n = Math.hypot(...d);
    return d.map((v) => v / n);
  });
  return dirs.slice(1).map(
    (d, i) =>
      (Math.acos(
        Math.min(
          1,
          d.reduce((s, v, k) => s + v * dirs[i]![k]!, 0),
        ),
      ) *
        180) /
      Math.PI,
  );
}

test('a shaking camera jitters back and forth; a steady one holds still; a shaking dog does not shake it', async () => {
  const shaking = await aimChanges(`${BALL} with an intense shaking effect`);
  const mean = shaking.reduce((s, v) => s + v, 0) / shaking.length;
  assert.ok(mean > 0.3, `mean turn ${mean.toFixed(2)}° a frame`);
  assert.deepEqual(
    await aimChanges(`${BALL} with an intense shaking effect`),
    shaking,
    'the same shake each time',
  );
  const steady = await aimChanges(`${BALL}, featuring a steady and smooth perspective`);
  assert.ok(Math.max(...steady) < 1e-3, `steady turns up to ${Math.max(...steady)}°`);
  assert.notEqual(planFromPrompt('a dog shaking water off').shots[0]!.move.type, 'shake');
  assert.equal(planFromPrompt('handheld shot of a ball').shots[0]!.move.type, 'shake');
});

test('racking focus: the background sharpens as the scene in front blurs', async () => {
  const plan = planFromPrompt('a red ball on a table in the kitchen, racking focus', {
    width: 320,
    height: 180,
    seconds: 2,
  });
  assert.equal(plan.shots[0]!.rackFocus, 'to-background');
  const trace = await simulate(plan);
  const render = createFrameRenderer(plan, trace);
  const [first, last] = [render.render(0), render.render(trace.frameCount - 1)];
  // Background pixels: where the picture without any things, in focus, is the picture with them.
  const sharp = { ...plan, shots: plan.shots.map(({ rackFocus: _, ...s }) => s) };
  const withThings = createFrameRenderer(sharp, trace).render(0);
  const without = createFrameRenderer({ ...sharp, entities: [] }, trace).render(0);
  const W = 320;
  const background = (p: number) =>
    [0, 1, 2].every((k) => withThings[p * 4 + k] === without[p * 4 + k]) &&
    [0, 1, 2].every((k) => withThings[p * 4 + 4 + k] === without[p * 4 + 4 + k]);
  /** Mean squared step between neighbours over the background: how sharp it is (blur spreads a step thin). */
  const sharpness = (f: Buffer) => {
    let s = 0;
    let n = 0;
    for (let p = 0; p < W * 180 - 1; p++)
      if (p % W !== W - 1 && background(p)) {
        s += (f[p * 4]! - f[p * 4 + 4]!) ** 2 + (f[p * 4 + 1]! - f[p * 4 + 5]!) ** 2;
        n++;
      }
    return s / n;
  };
  const [before, after] = [sharpness(first), sharpness(last)];
  assert.ok(after > before * 1.5, `background sharpness ${before.toFixed(2)} → ${after.toFixed(2)}`);
  const redEdges = (f: Buffer) => {
    let n = 0;
    for (let p = 0; p < f.length - 4; p += 4) if (Math.abs(f[p]! - f[p + 4]!) > 60) n++;
    return n;
  };
  assert.ok(redEdges(last) < redEdges(first), 'the scene in front loses its hard edges');
});
