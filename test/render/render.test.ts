import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createFrameRenderer } from '../../src/render/index.js';
import { cameraBasis, project } from '../../src/math/camera.js';
import { axisAngle, type Vec3 } from '../../src/math/vec.js';
import { lookAt, makePlan, makeTrace, type EntitySpec } from './helpers.js';

const W = 320;
const H = 180;
const cam = lookAt([0, 1.2, 3], [0, 0.3, 0]);

const plainRoom = (azimuth = 90) => ({
  environment: {
    place: 'studio' as const,
    ground: { material: 'plastic' as const, color: '#b0b0b0' },
    wall: null,
    sky: '#9cc7ee',
    timeOfDay: 'noon' as const,
    light: { azimuth, elevation: 45, intensity: 1, color: '#ffffff' },
  },
});

function still(entities: EntitySpec[], over: Parameters<typeof makePlan>[1] = {}, frames = 2) {
  const plan = makePlan(entities, { width: W, height: H, ...plainRoom(), ...over });
  const trace = makeTrace(plan, frames, cam);
  return { plan, trace, r: createFrameRenderer(plan, trace) };
}

const pixel = (buf: Buffer, x: number, y: number): [number, number, number] => {
  const o = (Math.round(y) * W + Math.round(x)) * 4;
  return [buf[o]!, buf[o + 1]!, buf[o + 2]!];
};
const at = (p: Vec3) => project(cameraBasis(cam, W, H), p);
const brightness = (c: number[]) => c[0]! + c[1]! + c[2]!;

test('a frame is width × height RGBA, opaque', () => {
  const { r } = still([]);
  const f = r.render(0);
  assert.equal(f.length, W * H * 4);
  for (let i = 3; i < f.length; i += 4 * 97) assert.equal(f[i], 255);
});

test('a red ball appears, reddish, where the shared camera projects it', () => {
  const p: Vec3 = [0.4, 0.3, 0.2];
  const { r } = still([{ archetype: 'ball', position: p, color: '#d01010', body: 'dynamic' }]);
  const f = r.render(0);
  const s = at(p);
  const [red, green, blue] = pixel(f, s.x, s.y);
  assert.ok(red > 90 && red > green * 1.8 && red > blue * 1.8, `centre pixel ${[red, green, blue]}`);
  // And not somewhere else: the mirrored point is ground, not red.
  const m = pixel(f, W - s.x, s.y);
  assert.ok(!(m[0] > m[1] * 1.8), `mirrored pixel ${m}`);
});

test('a nearer object hides a farther one on the same line of sight', () => {
  const far: Vec3 = [0, 0.3, -0.6];
  const eye = cam.position;
  // A point on the line from the eye to the far ball, halfway.
  const near: Vec3 = [(eye[0] + far[0]) / 2, (eye[1] + far[1]) / 2, (eye[2] + far[2]) / 2];
  const { r } = still([
    { archetype: 'ball', position: far, color: '#d01010', body: 'dynamic' },
    { archetype: 'cube', position: near, color: '#1030e0', scale: 0.5, body: 'dynamic' },
  ]);
  const [red, , blue] = pixel(r.render(0), at(far).x, at(far).y);
  assert.ok(blue > red, `expected the blue cube in front, got r=${red} b=${blue}`);
});

test('a ball resting on a table top is drawn over the table, not under it', () => {
  const ball: Vec3 = [0.1, 0.75 + 0.11, 0.2];
  const { r } = still([
    { archetype: 'table', position: [0, 0, 0], body: 'static' },
    { archetype: 'ball', position: ball, color: '#d01010', body: 'dynamic' },
  ]);
  const s = at([ball[0], ball[1] - 0.07, ball[2] + 0.05]);
  const [red, green] = pixel(r.render(0), s.x, s.y);
  assert.ok(red > green * 1.8, `lower part of the ball should be visible (r=${red} g=${green})`);
});

test('a static scene renders byte-identical consecutive frames', () => {
  const { r } = still([
    { archetype: 'stairs', position: [0.5, 0, -0.5] },
    { archetype: 'crate', position: [-0.6, 0.25, 0] },
    { archetype: 'basketball', position: [0, 0.12, 0.5] },
  ]);
  assert.ok(r.render(0).equals(r.render(1)));
});

test('rendering is deterministic across renderers', () => {
  const a = still([{ archetype: 'rubber-duck', position: [0, 0.05, 0] }], { style: 'noir' });
  const b = still([{ archetype: 'rubber-duck', position: [0, 0.05, 0] }], { style: 'noir' });
  assert.ok(a.r.render(1).equals(b.r.render(1)));
});

test("a ball's shadow is darker than the ground around it and falls away from the light", () => {
  // Light from +x (azimuth 90) at 45°: the shadow of a ball 0.3 m up lands 0.3 m toward −x.
  const ball: Vec3 = [0, 0.3, 0];
  const { r } = still([{ archetype: 'ball', position: ball, body: 'dynamic' }], plainRoom(90));
  const f = r.render(0);
  const shadow = at([-0.3, 0, 0]);
  const lit = at([0.3, 0, 0]);
  const open = at([-0.3, 0, 0.45]);
  const ds = brightness(pixel(f, shadow.x, shadow.y));
  assert.ok(ds < brightness(pixel(f, lit.x, lit.y)) - 30, 'shadow side darker than the lit side');
  assert.ok(ds < brightness(pixel(f, open.x, open.y)) - 30, 'shadow darker than nearby open ground');
});

test('noir is grayscale', () => {
  const { r } = still(
    [
      { archetype: 'ball', position: [0, 0.3, 0], color: '#d01010', body: 'dynamic' },
      { archetype: 'rubber-duck', position: [0.4, 0.05, 0] },
    ],
    { style: 'noir' },
  );
  const f = r.render(0);
  for (let i = 0; i < f.length; i += 4)
    assert.ok(f[i] === f[i + 1] && f[i + 1] === f[i + 2], `pixel ${i / 4} not grey`);
});

test("a basketball's spin is visible: its seams move as it turns", () => {
  const p: Vec3 = [0, 0.3, 0.8];
  const plan = makePlan([{ archetype: 'basketball', position: p, body: 'dynamic' }], {
    width: W,
    height: H,
    ...plainRoom(),
  });
  const trace = makeTrace(plan, 2, cam, (f) => ({ position: p, rotation: axisAngle([1, 0, 0], f * 0.6) }));
  const r = createFrameRenderer(plan, trace);
  assert.ok(!r.render(0).equals(r.render(1)));
});

test('motion is sub-pixel smooth: a quarter-pixel move changes the picture', () => {
  const base: Vec3 = [0, 0.3, 0];
  const plan = makePlan([{ archetype: 'ball', position: base, body: 'dynamic' }], {
    width: W,
    height: H,
    ...plainRoom(),
  });
  const k = cameraBasis(cam, W, H);
  const metresPerPixel = 3 / k.focal;
  const trace = makeTrace(plan, 2, cam, (f) => ({
    position: [base[0] + f * 0.25 * metresPerPixel, base[1], base[2]],
    rotation: [0, 0, 0, 1],
  }));
  const r = createFrameRenderer(plan, trace);
  assert.ok(!r.render(0).equals(r.render(1)));
});

test('every archetype renders in every style without throwing', () => {
  for (const style of ['natural', 'cartoon', 'noir'] as const) {
    const { r } = still(
      [
        'ball',
        'marble',
        'basketball',
        'bowling-ball',
        'cube',
        'domino',
        'crate',
        'mug',
        'rubber-duck',
        'can',
        'bottle',
        'book',
        'cylinder',
        'stairs',
        'ramp',
        'table',
        'hoop',
        'wall',
      ].map((archetype, i): EntitySpec => ({
        archetype,
        position: [(i % 6) - 2.5, 0.3, -Math.floor(i / 6)],
      })),
      { style },
    );
    assert.equal(r.render(0).length, W * H * 4);
  }
});
