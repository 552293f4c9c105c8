/**
 * The catalog: every archetype can be named, is framed and drawn where the camera sees it, and no
 * noun names two kinds of thing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARCHETYPES } from '../../src/world/index.js';
import { planFromPrompt } from '../../src/planner/index.js';
import { simulate } from '../../src/sim/index.js';
import { createFrameRenderer } from '../../src/render/index.js';

test('no noun names two kinds of thing', () => {
  const owner = new Map<string, string>();
  for (const a of ARCHETYPES.values())
    for (const noun of a.nouns) {
      assert.equal(owner.get(noun), undefined, `"${noun}" names both ${owner.get(noun)} and ${a.name}`);
      owner.set(noun, a.name);
    }
});

test('every archetype is reached by its first noun and drawn well inside the picture', async () => {
  const W = 160;
  const H = 120;
  for (const a of ARCHETYPES.values()) {
    const plan = planFromPrompt(`a ${a.nouns[0]}`, { width: W, height: H, seconds: 0.5 });
    const thing = plan.entities.find((e) => e.archetype === a.name);
    assert.ok(thing, `"a ${a.nouns[0]}" plans a ${a.name}`);
    const trace = await simulate(plan);
    const last = trace.frameCount - 1;
    const full = createFrameRenderer(plan, trace).render(last);
    const without = createFrameRenderer(
      { ...plan, entities: plan.entities.filter((e) => e !== thing) },
      trace,
    ).render(last);
    let area = 0;
    let edge = 0;
    for (let p = 0; p < W * H; p++) {
      const d = [0, 1, 2].reduce((s, c) => s + Math.abs(full[p * 4 + c]! - without[p * 4 + c]!), 0);
      if (d <= 40) continue;
      area++;
      const x = p % W;
      const y = Math.floor(p / W);
      if (x === 0 || y === 0 || x === W - 1 || y === H - 1) edge++;
    }
    assert.ok(area > W * H * 0.015, `${a.name} covers ${((100 * area) / (W * H)).toFixed(1)} % of the frame`);
    if (a.defaultBody === 'dynamic')
      assert.ok(edge < 10, `${a.name} is not cut by the frame's edge (${edge} px)`);
  }
});
