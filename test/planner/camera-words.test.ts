/**
 * Camera words do what they say, measured on the picture: the subject's size and place in the
 * frame, and where the camera looks from.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { simulate, poseAt } from '../../src/sim/index.js';
import { cameraBasis, project } from '../../src/math/camera.js';
import type { Vec3 } from '../../src/math/vec.js';

const BASE = 'a red ball bounces down wooden stairs';

/** The ball's apparent diameter and place at a frame, and the camera's elevation, from the trace. */
async function look(prompt: string, frame = 12) {
  const plan = planFromPrompt(prompt, { width: 640, height: 360 });
  const trace = await simulate(plan);
  const i = plan.entities.findIndex((e) => e.archetype === 'ball');
  const pose = trace.cameras[frame]!;
  const cam = cameraBasis(pose, plan.width, plan.height);
  const c: Vec3 = poseAt(trace, frame, i).position;
  const r = 0.11 * plan.entities[i]!.scale;
  const a = project(cam, c);
  const b = project(cam, [c[0], c[1] + r, c[2]]);
  const d = [0, 1, 2].map((k) => pose.position[k]! - pose.target[k]!);
  return {
    plan,
    size: 2 * Math.hypot(a.x - b.x, a.y - b.y),
    x: a.x,
    y: a.y,
    elevation: (Math.atan2(d[1]!, Math.hypot(d[0]!, d[2]!)) * 180) / Math.PI,
    azimuth: (Math.atan2(d[0]!, d[2]!) * 180) / Math.PI,
  };
}

test('shot sizes: a close-up shows the ball bigger than the default, an extreme wide shot smaller', async () => {
  for (const frame of [12, 36, 60, 90]) {
    const normal = await look(BASE, frame);
    const close = await look(`close-up of ${BASE}`, frame);
    const wide = await look(`extreme wide shot: ${BASE}`, frame);
    assert.ok(close.size > normal.size * 1.8, `frame ${frame}: ${close.size} vs ${normal.size}`);
    assert.ok(wide.size < normal.size / 1.4, `frame ${frame}: ${wide.size} vs ${normal.size}`);
    // The close-up follows the ball down the stairs: it stays well inside the picture.
    assert.ok(
      close.x > 100 && close.x < 540 && close.y > 60 && close.y < 300,
      `frame ${frame}: ${close.x},${close.y}`,
    );
  }
  const close = await look(`close-up of ${BASE}`);
  assert.equal(close.plan.shots[0]!.framing, 'close-up');
  assert.equal(close.plan.shots[0]!.move.type, 'follow');
  assert.deepEqual(close.plan.understanding.ignored, []);
});

test('angles: from above looks down steeply, a low angle from near the ground, a side view across the motion', async () => {
  assert.ok((await look(`${BASE}, seen from above`)).elevation > 60);
  assert.ok((await look(`low angle shot of ${BASE}`)).elevation < 6);
  // The ball travels along x: seen from the side, the camera looks across that, along z.
  const side = await look(`side view of ${BASE}`);
  assert.ok(Math.abs(side.azimuth) < 5, `azimuth ${side.azimuth}`);
  assert.ok(Math.abs((await look(`${BASE}, shot head on`)).azimuth - 90) < 5);
});

test('moves: the words give the move, its direction and its speed', () => {
  const move = (words: string) => planFromPrompt(`${BASE}, ${words}`).shots[0]!.move;
  assert.equal(move('the camera pans left').type, 'pan');
  assert.ok(move('the camera pans left').amount < 0);
  assert.ok(move('the camera pans right').amount > 0);
  assert.ok(move('camera slowly pans right').amount < move('camera pans right').amount);
  assert.ok(move('zoom in').amount > 1);
  assert.ok(move('zoom out').amount < 1);
  assert.ok(move('dolly in').amount > 0 && move('slow dolly out').amount < 0);
  assert.equal(move('the camera orbits around').type, 'orbit');
  assert.ok(move('crane down').amount < 0);
  assert.equal(move('tracking shot').type, 'follow');
});

test('camera words the engine cannot do yet are said, not dropped silently', () => {
  const plan = planFromPrompt(`${BASE}, dutch angle, split screen`);
  assert.ok(plan.understanding.notes.some((n) => n.includes('dutch angle')));
  assert.ok(plan.understanding.notes.some((n) => n.includes('split screen')));
});
