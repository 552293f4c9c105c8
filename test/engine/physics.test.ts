/**
 * Physics, measured from the pixels: a ball dropped in front of a known camera must fall with g
 * and rebound to heights that match its restitution.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenePlan } from '../../src/plan/schema.js';
import { CAMERA_Y, DEPTH, dropPlan, FPS, H, LENS, W } from '../helpers/plans.js';
import { renderPlan } from '../../src/engine/index.js';
import { physicsOf, MATERIALS } from '../../src/world/index.js';
import { focalPixels } from '../../src/math/camera.js';
import { centroid, decodeFrames, fitParabola, isRed } from '../helpers/media.js';

test(
  'a dropped ball falls with g (±5 %) and rebounds as its restitution says',
  { timeout: 120_000 },
  async (ctx) => {
    const dir = await mkdtemp(join(tmpdir(), 'soundstage-physics-'));
    try {
      const plan = scenePlan.parse(dropPlan());
      const video = join(dir, 'drop.mp4');
      await renderPlan(plan, { video });
      const frames = await decodeFrames(video, W, H);
      const focal = focalPixels(LENS, W, H);
      // Back-project the ball's image centre to its world height on the plane z = 0.
      const heights = frames.map((f) => {
        const c = centroid(f, W, isRed);
        return c && CAMERA_Y + ((H / 2 - c.y) * DEPTH) / focal;
      });
      const t = (i: number) => i / FPS;

      // Free fall: from the release until just before the first landing.
      const radius = 0.11;
      const fall = heights
        .map((h, i) => ({ h, i }))
        .filter(({ h, i }) => h !== undefined && t(i) > 0.3 && h > radius + 0.15);
      const firstLanding = fall.findIndex((p, k) => k > 0 && p.i !== fall[k - 1]!.i + 1);
      const arc = firstLanding > 0 ? fall.slice(0, firstLanding) : fall;
      assert.ok(arc.length >= 10, `need a visible fall, got ${arc.length} frames`);
      const g =
        -2 *
        fitParabola(
          arc.map((p) => t(p.i)),
          arc.map((p) => p.h!),
        ).a;
      assert.ok(Math.abs(g - 9.81) / 9.81 < 0.05, `g measured from the pixels is ${g.toFixed(2)} m/s²`);

      // Rebounds: peak heights above the floor contact.
      const peaks: number[] = [];
      for (let i = 1; i < heights.length - 1; i++) {
        const [a, b, c] = [heights[i - 1], heights[i], heights[i + 1]];
        if (a !== undefined && b !== undefined && c !== undefined && b > a && b >= c && t(i) > 0.5)
          peaks.push(b - radius);
      }
      const dropHeight = 2.2 - radius;
      assert.ok(peaks.length >= 2, `expected at least two rebounds, saw ${peaks.length}`);
      const ball = plan.entities[0]!;
      const e = (physicsOf(ball).restitution + MATERIALS.stone.restitution) / 2;
      const measured = Math.sqrt(peaks[0]! / dropHeight);
      assert.ok(
        Math.abs(measured - e) / e < 0.1,
        `bounce height ratio gives e = ${measured.toFixed(3)}, restitution is ${e.toFixed(3)}`,
      );
      const second = Math.sqrt(peaks[1]! / peaks[0]!);
      ctx.diagnostic(
        `g = ${g.toFixed(3)} m/s²; e from bounce 1 = ${measured.toFixed(3)}, bounce 2 = ${second.toFixed(3)}, plan e = ${e.toFixed(3)}`,
      );
      assert.ok(Math.abs(second - e) / e < 0.15, `second bounce gives e = ${second.toFixed(3)}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
);
