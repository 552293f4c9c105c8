/**
 * The five prompts, end to end at a small size: each renders, shows its objects moving, and
 * its decoded soundtrack is at broadcast loudness with headroom.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planFromPrompt } from '../../src/planner/index.js';
import { renderPlan } from '../../src/engine/index.js';
import { measureLoudness } from '../../src/audio/index.js';
import { decodeAudio, decodeFrames } from '../helpers/media.js';
import { SHOWCASE_PROMPTS } from '../helpers/prompts.js';

const W = 320;
const H = 180;

/** Mean absolute difference between two RGB frames, 0–255. */
function difference(a: Buffer, b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs(a[i]! - b[i]!);
  return sum / a.length;
}

for (const prompt of SHOWCASE_PROMPTS) {
  test(
    `"${prompt}": things move, impacts happen, and the sound is at −16 LUFS with true peak ≤ −1 dBTP`,
    { timeout: 120_000 },
    async (t) => {
      const dir = await mkdtemp(join(tmpdir(), 'soundstage-prompt-'));
      try {
        const plan = planFromPrompt(prompt, { width: W, height: H });
        const video = join(dir, 'clip.mp4');
        const trace = await renderPlan(plan, { video });
        assert.ok(trace.contacts.length >= 1, 'something strikes something');
        const frames = await decodeFrames(video, W, H);
        assert.equal(frames.length, trace.frameCount);
        assert.ok(
          difference(frames[0]!, frames[Math.floor(frames.length / 2)]!) > 0.05,
          'the picture changes',
        );
        const { integratedLufs, truePeakDbtp } = measureLoudness(await decodeAudio(video));
        t.diagnostic(
          `${trace.contacts.length} contacts; ${integratedLufs.toFixed(1)} LUFS, ${truePeakDbtp.toFixed(2)} dBTP`,
        );
        assert.ok(
          Math.abs(integratedLufs + 16) <= 1,
          `integrated loudness ${integratedLufs.toFixed(1)} LUFS`,
        );
        assert.ok(truePeakDbtp <= -1, `true peak ${truePeakDbtp.toFixed(2)} dBTP`);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
}
