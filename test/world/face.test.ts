/**
 * Faces: eyes that close and look, and a mouth whose dark inside grows as it opens and is gone
 * when it shuts, where head() says it is, seen in front of the face from the front and the side.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entity as entitySchema, type Entity } from '../../src/plan/schema.js';
import { entity } from '../helpers/plans.js';
import { restingState, type BodyState, type FaceState } from '../../src/world/rigs/types.js';
import { humanRig } from '../../src/world/rigs/biped.js';
import { MOUTH_INTERIOR } from '../../src/world/rigs/face.js';
import { shade } from '../../src/world/rigs/human-look.js';
import type { Part } from '../../src/world/types.js';
import { createFrameRenderer } from '../../src/render/index.js';
import { cameraBasis, project } from '../../src/math/camera.js';
import type { Vec3 } from '../../src/math/vec.js';
import { lookAt, makePlan, makeTrace } from '../render/helpers.js';

const WHITE = '#f4f2ec';
const PUPIL = '#0b0909';

/** The darkest skin the defaults give: the mouth's inside must still stand out from it. */
const SKIN = '#7a4b2e';
const HAIR = '#4a2f1d';

const person = (): Entity =>
  entitySchema.parse(
    entity({
      archetype: 'person',
      position: [0, 0.875, 0],
      character: {
        age: 'adult',
        gender: 'female',
        build: 'average',
        outfit: 'casual',
        accessories: [],
        skin: SKIN,
        hair: { color: HAIR, style: 'short' },
      },
    }),
  );

const face = (f: Partial<FaceState>): BodyState => {
  const r = restingState([0, 0, 1]);
  return { ...r, face: { ...r.face, ...f } };
};

const coloured = (parts: Part[], color: string) =>
  parts.filter((p): p is Extract<Part, { kind: 'ellipsoid' }> => p.kind === 'ellipsoid' && p.color === color);

test('a blink closes the eyes to a line', () => {
  const e = person();
  const open = coloured(humanRig.parts(e, face({ blink: 0 })), WHITE);
  assert.equal(open.length, 2, 'two eye whites');
  assert.ok(open.every((p) => p.radii[1] > 0.01));
  assert.equal(coloured(humanRig.parts(e, face({ blink: 1 })), WHITE).length, 0, 'no white shows when shut');
  const half = coloured(humanRig.parts(e, face({ blink: 0.5 })), WHITE);
  assert.ok(
    half.every((p, i) => p.radii[1] < open[i]!.radii[1] * 0.6),
    'half closed is half as tall',
  );
});

test('an open mouth shows a dark inside that grows with the opening; a closed mouth none', () => {
  const e = person();
  const area = (open: number) =>
    coloured(humanRig.parts(e, face({ mouth: { open, wide: 0, round: 0 } })), MOUTH_INTERIOR).reduce(
      (a, p) => a + p.radii[0] * p.radii[1],
      0,
    );
  assert.equal(area(0), 0);
  assert.ok(area(0.3) > 0);
  assert.ok(area(1) > area(0.3) * 2, `${area(1)} vs ${area(0.3)}`);
  // Speech shapes: a rounded mouth is narrower, a spread one wider.
  const width = (mouth: FaceState['mouth']) =>
    Math.max(...coloured(humanRig.parts(e, face({ mouth })), MOUTH_INTERIOR).map((p) => p.radii[0]));
  assert.ok(width({ open: 0.4, wide: 0, round: 1 }) < width({ open: 0.4, wide: 0, round: 0 }));
  assert.ok(width({ open: 0.4, wide: 1, round: 0 }) > width({ open: 0.4, wide: 0, round: 0 }));
});

test('the eyes turn toward the gaze', () => {
  const e = person();
  const pupils = (gaze: Vec3) => coloured(humanRig.parts(e, face({ gaze })), PUPIL).map((p) => p.center);
  const ahead = pupils([0, 0, 1]);
  const left = pupils([0.7, 0, 0.7]);
  const up = pupils([0, 0.6, 0.8]);
  assert.equal(ahead.length, 2);
  ahead.forEach((p, i) => {
    assert.ok(left[i]![0] > p[0] + 0.005, 'looking left (+x) moves the pupils left');
    assert.ok(up[i]![1] > p[1] + 0.003, 'looking up moves them up');
  });
});

test('expressions move the brows and the mouth corners', () => {
  const e = person();
  const brows = (f: Partial<FaceState>) => coloured(humanRig.parts(e, face(f)), shade(HAIR, 0.75));
  const surprised = brows({ expression: { surprised: 1 } });
  const neutral = brows({});
  const top = (ps: Part[]) => Math.max(...ps.map((p) => p.center[1]));
  assert.ok(top(surprised) > top(neutral), 'surprise raises the brows');
  const interior = coloured(humanRig.parts(e, face({ expression: { surprised: 1 } })), MOUTH_INTERIOR);
  assert.ok(interior.length > 0, 'surprise drops the jaw');
});

/** Dark pixels in a box around the mouth, as a lip-sync check would count them. */
function darkAtMouth(f: Partial<FaceState>, eye: Vec3): number {
  const e = person();
  const s = face(f);
  const { mouth, radius } = humanRig.head!(e, s);
  const world: Vec3 = [mouth[0], mouth[1] + 0.875, mouth[2]];
  const W = 320;
  const H = 180;
  const plan = makePlan([{ archetype: 'person', id: 'p', position: [0, 0.875, 0], character: e.character }], {
    width: W,
    height: H,
  });
  const camera = lookAt(eye, [world[0], world[1] + 0.08, world[2]], 85);
  const trace = makeTrace(plan, 1, camera);
  trace.bodies = [{ entity: 'p', index: 0, states: [s] }];
  const rgba = createFrameRenderer(plan, trace).render(0);
  const cam = cameraBasis(camera, W, H);
  const c = project(cam, world);
  const r = (radius * 0.45 * cam.focal) / c.depth;
  let n = 0;
  for (let y = Math.floor(c.y - r); y <= c.y + r; y++)
    for (let x = Math.floor(c.x - r); x <= c.x + r; x++) {
      const o = (y * W + x) * 4;
      if (0.299 * rgba[o]! + 0.587 * rgba[o + 1]! + 0.114 * rgba[o + 2]! < 20) n++;
    }
  return n;
}

test('the rendered mouth is dark inside when open, from the front and three-quarters, and not when shut', () => {
  for (const eye of [
    [0, 1.65, 1.2],
    [0.75, 1.7, 0.95],
  ] as Vec3[]) {
    const shut = darkAtMouth({ mouth: { open: 0, wide: 0, round: 0 } }, eye);
    const half = darkAtMouth({ mouth: { open: 0.5, wide: 0, round: 0 } }, eye);
    const open = darkAtMouth({ mouth: { open: 1, wide: 0, round: 0 } }, eye);
    assert.ok(shut <= 2, `a shut mouth shows ${shut} dark pixels`);
    assert.ok(half > 20 && open > half * 1.4, `dark pixels grow with the opening: ${half}, ${open}`);
  }
  // From behind, the face is hidden: opening the mouth changes nothing there.
  const behind: Vec3 = [0, 1.7, -1.2];
  assert.equal(
    darkAtMouth({ mouth: { open: 1, wide: 0, round: 0 } }, behind),
    darkAtMouth({ mouth: { open: 0, wide: 0, round: 0 } }, behind),
  );
});
