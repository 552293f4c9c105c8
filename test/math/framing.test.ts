/** Framing: the camera is placed so that everything it must show is in the picture, in perspective. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frameBoxes, type Box } from '../../src/math/framing.js';
import { cameraBasis, focalPixels, project } from '../../src/math/camera.js';
import type { Vec3 } from '../../src/math/vec.js';

const W = 640;
const H = 360;
const LENS = 35;
const fovY = 2 * Math.atan(H / 2 / focalPixels(LENS, W, H));

function corners(b: Box): Vec3[] {
  return Array.from({ length: 8 }, (_, c) => [
    c & 1 ? b.max[0] : b.min[0],
    c & 2 ? b.max[1] : b.min[1],
    c & 4 ? b.max[2] : b.min[2],
  ]);
}

const couch: Box = { min: [-1, 0, -0.45], max: [1, 0.85, 0.45] };
const cup: Box = { min: [-1.3, 0, 1.3], max: [-1.2, 0.1, 1.4] };

test('every corner of every box is in the picture, inside the margin, from any direction', () => {
  for (const direction of [
    [0.3, 0.35, 1],
    [-1, 0.2, 0.2],
    [0, 1, 0.01],
  ] as Vec3[]) {
    const f = frameBoxes([couch, cup], direction, LENS, W, H);
    const cam = cameraBasis({ position: f.position, target: f.target, fovY }, W, H);
    for (const p of [couch, cup].flatMap(corners)) {
      const s = project(cam, p);
      assert.ok(s.depth > 0, 'in front of the camera');
      assert.ok(s.x >= W * 0.09 && s.x <= W * 0.91 && s.y >= H * 0.09 && s.y <= H * 0.91, `${s.x}, ${s.y}`);
    }
  }
});

test('a small thing in front of a big one costs the picture less than the box around both', () => {
  const direction: Vec3 = [0.3, 0.35, 1];
  const apart = frameBoxes([couch, cup], direction, LENS, W, H).distance;
  const union = frameBoxes([{ min: [-1.3, 0, -0.45], max: [1, 0.85, 1.4] }], direction, LENS, W, H).distance;
  assert.ok(apart < union * 0.9, `${apart.toFixed(2)} m against ${union.toFixed(2)} m`);
});

test('a point is framed from a small distance, never from inside it', () => {
  const f = frameBoxes([{ min: [0, 0, 0], max: [0, 0, 0] }], [0, 0.3, 1], LENS, W, H);
  assert.ok(f.distance > 0.05 && f.distance < 1, `${f.distance}`);
});
