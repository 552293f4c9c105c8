import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planFromPrompt } from '../../src/planner/index.js';
import { renderPlan } from '../../src/engine/index.js';

const sha = async (f: string) =>
  createHash('sha256')
    .update(await readFile(f))
    .digest('hex');

test(
  'the same plan and seed give a byte-identical MP4; another seed changes it',
  { timeout: 120_000 },
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'soundstage-det-'));
    try {
      const prompt = 'three glass marbles roll down a ramp and knock over a row of dominoes';
      const plan = planFromPrompt(prompt, { width: 320, height: 180, seconds: 1.5, seed: 5 });
      await renderPlan(plan, { video: join(dir, 'a.mp4') });
      await renderPlan(plan, { video: join(dir, 'b.mp4') });
      assert.equal(await sha(join(dir, 'a.mp4')), await sha(join(dir, 'b.mp4')));
      await renderPlan({ ...plan, seed: 6 }, { video: join(dir, 'c.mp4') });
      assert.notEqual(await sha(join(dir, 'a.mp4')), await sha(join(dir, 'c.mp4')));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
);
