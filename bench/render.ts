/**
 * Render-stage benchmark: ms per frame for a ~30-object scene at 1280×720 and 1920×1080, with a
 * fixed camera (background cached) and a moving one (background redrawn every frame).
 *   node --import tsx bench/render.ts
 */
import { createCanvas } from '@napi-rs/canvas';
import { createFrameRenderer } from '../src/render/index.js';
import { axisAngle, eulerToQuat } from '../src/math/vec.js';
import type { CameraPose } from '../src/sim/trace.js';
import { lookAt, makePlan, makeTrace, showcase, type EntitySpec } from '../test/render/helpers.js';

const extra: EntitySpec[] = [0, 1, 2, 3, 4, 5].map((i) => ({
  archetype: i % 2 ? 'basketball' : 'ball',
  position: [-1.5 + i * 0.6, 0.5, 1.6],
}));
const entities = [...showcase, ...extra];
const FRAMES = 72;

function run(width: number, height: number, moving: boolean, quality: 'standard' | 'pro' = 'standard') {
  const plan = makePlan(entities, { width, height });
  const still = lookAt([0.6, 2.2, 4.6], [0, 0.4, 0]);
  const trace = makeTrace(plan, FRAMES, still, (f, i) => {
    const e = plan.entities[i]!;
    if (e.body === 'static') return null;
    // Every movable thing bobs and spins, so nothing is cached between frames.
    const t = f / 24;
    return {
      position: [e.position[0], e.position[1] + Math.abs(Math.sin(t * 3 + i)) * 0.3, e.position[2]],
      rotation: [0, 0, 0, 1].map((_, k) => axisAngle([1, 0.3, 0.2], t * 4 + i)[k]!) as ReturnType<
        typeof eulerToQuat
      >,
    };
  });
  if (moving)
    trace.cameras = trace.cameras.map((_, f): CameraPose =>
      lookAt([0.6 + f * 0.01, 2.2, 4.6 - f * 0.01], [0, 0.4, 0]),
    );
  const r = createFrameRenderer(plan, trace, { quality });
  r.render(0);
  const t0 = performance.now();
  for (let f = 0; f < FRAMES; f++) r.render(f);
  const ms = (performance.now() - t0) / FRAMES;
  console.log(
    `${width}x${height} ${quality} ${moving ? 'moving camera' : 'fixed camera '}  ${entities.length} entities: ${ms.toFixed(1)} ms/frame`,
  );
}

/** The floor: reading back an untouched canvas costs this much per frame. */
function readback(width: number, height: number) {
  const c = createCanvas(width, height);
  c.getContext('2d', { alpha: false });
  c.data();
  const t0 = performance.now();
  for (let i = 0; i < 30; i++) c.data();
  console.log(
    `${width}x${height} read-back alone (canvas.data): ${((performance.now() - t0) / 30).toFixed(1)} ms/frame`,
  );
}

const only = process.argv[2];
readback(1280, 720);
run(1280, 720, false);
if (only !== 'fixed') run(1280, 720, true);
if (!only) {
  readback(1920, 1080);
  run(1920, 1080, false);
  run(1920, 1080, true);
  run(1280, 720, false, 'pro');
}
