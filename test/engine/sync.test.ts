/**
 * Sync, measured from the output file the way a viewer experiences it: the bounces seen in the
 * decoded frames against the onsets heard in the decoded audio.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planFromPrompt } from '../../src/planner/index.js';
import { renderPlan } from '../../src/engine/index.js';
import { detectOnsets } from '../../src/audio/index.js';
import { centroid, decodeAudio, decodeFrames, fitParabola, isRed } from '../helpers/media.js';

const W = 640;
const H = 360;

/** Times of the bounces visible in a vertical image track, refined between frames by fitting the arcs. */
export function visibleBounces(ys: (number | undefined)[], fps: number, minDrop = 4): number[] {
  const out: number[] = [];
  const side = 3;
  for (let k = side; k < ys.length - side; k++) {
    const y = ys[k];
    const around = ys.slice(k - side, k + side + 1);
    if (y === undefined || around.some((v) => v === undefined)) continue;
    const vs = around as number[];
    // The lowest point on screen (largest y) of its neighbourhood, with a visible fall before and rise after.
    if (vs.some((v, i) => i !== side && v > y) || y - vs[0]! < minDrop || y - vs[vs.length - 1]! < minDrop)
      continue;
    const pre = [k - 3, k - 2, k - 1];
    const post = [k + 1, k + 2, k + 3];
    const a = fitParabola(
      pre.map((i) => i / fps),
      pre.map((i) => ys[i]!),
    );
    const b = fitParabola(
      post.map((i) => i / fps),
      post.map((i) => ys[i]!),
    );
    // Where the falling arc meets the rising one, between the frames around the lowest one.
    const [qa, qb, qc] = [a.a - b.a, a.b - b.b, a.c - b.c];
    const roots =
      Math.abs(qa) < 1e-9
        ? [-qc / qb]
        : [-1, 1].map((s) => (-qb + s * Math.sqrt(Math.max(0, qb * qb - 4 * qa * qc))) / (2 * qa));
    const lo = (k - 1) / fps;
    const hi = (k + 1) / fps;
    const t = roots.find((r) => r >= lo && r <= hi) ?? k / fps;
    out.push(t);
  }
  return out;
}

test(
  'every bounce seen in the video is heard within 20 ms, and every loud sound has a cause',
  { timeout: 180_000 },
  async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'soundstage-sync-'));
    try {
      const plan = planFromPrompt('a red ball bounces down wooden stairs', {
        width: W,
        height: H,
        seconds: 4,
      });
      const video = join(dir, 'ball.mp4');
      const trace = await renderPlan(plan, { video });
      const frames = await decodeFrames(video, W, H);
      const ys = frames.map((f) => centroid(f, W, isRed)?.y);
      const bounces = visibleBounces(ys, plan.fps);
      assert.ok(
        bounces.length >= 4,
        `expected the ball to bounce down several steps, saw ${bounces.length} bounces`,
      );

      const onsets = detectOnsets(await decodeAudio(video));
      const offsets = bounces.map((b) => Math.min(...onsets.map((o) => Math.abs(o.time - b))) * 1000);
      t.diagnostic(
        `bounces seen: ${bounces.length}; onset offsets (ms): ${offsets.map((o) => o.toFixed(1)).join(', ')}`,
      );
      for (const b of bounces) {
        const nearest = Math.min(...onsets.map((o) => Math.abs(o.time - b)));
        assert.ok(
          nearest <= 0.02,
          `bounce at ${b.toFixed(3)} s has no onset within 20 ms (nearest ${(nearest * 1000).toFixed(1)} ms)`,
        );
      }
      const loudest = Math.max(...onsets.map((o) => o.strength));
      for (const o of onsets.filter((o) => o.strength > 0.2 * loudest)) {
        const cause = Math.min(...trace.contacts.map((c) => Math.abs(c.time - o.time)));
        assert.ok(cause <= 0.02, `loud onset at ${o.time.toFixed(3)} s has no contact within 20 ms`);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
);
