/**
 * Patterns named in the prompt ("a striped cat", "a spotted dog", "a checkered cube") are bound to
 * their noun and painted on the thing in a contrasting ink: seen as many more edges inside its
 * outline than the plain thing has.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { simulate } from '../../src/sim/index.js';
import { createFrameRenderer } from '../../src/render/index.js';
import type { ScenePlan } from '../../src/plan/schema.js';

test('pattern words bind to their own noun', () => {
  const plan = planFromPrompt('a striped cat and a spotted dog next to a checkered cube and a plain ball');
  const by = (a: string) => plan.entities.find((e) => e.archetype === a)!;
  assert.equal(by('cat').pattern, 'stripes');
  assert.equal(by('dog').pattern, 'spots');
  assert.equal(by('cube').pattern, 'checks');
  assert.equal(by('ball').pattern, undefined);
  assert.equal(planFromPrompt('the ball is spotted').entities[0]!.pattern, 'spots');
  assert.equal(planFromPrompt('a polka dot mug').entities[0]!.pattern, 'spots');
  assert.equal(planFromPrompt('a stripy cat').entities[0]!.pattern, 'stripes');
});

/** Strong luminance steps between neighbours inside the thing's own pixels. */
async function edgesOn(plan: ScenePlan): Promise<number> {
  const W = plan.width;
  const trace = await simulate(plan);
  const full = createFrameRenderer(plan, trace).render(0);
  const empty = createFrameRenderer({ ...plan, entities: [] }, trace).render(0);
  const luma = (f: Buffer, p: number) => 0.3 * f[p * 4]! + 0.59 * f[p * 4 + 1]! + 0.11 * f[p * 4 + 2]!;
  const mine = (p: number) => [0, 1, 2].some((k) => Math.abs(full[p * 4 + k]! - empty[p * 4 + k]!) > 30);
  let edges = 0;
  for (let p = 0; p < W * plan.height - 1; p++)
    if (p % W !== W - 1 && mine(p) && mine(p + 1) && Math.abs(luma(full, p) - luma(full, p + 1)) > 40)
      edges++;
  return edges;
}

test('stripes, spots and checks are drawn on boxes, spheres and animal bodies', async () => {
  for (const prompt of ['a striped cat', 'a spotted dog', 'a checkered cube', 'a striped ball']) {
    const plan = planFromPrompt(prompt, { width: 320, height: 180, seconds: 0.5 });
    const plain: ScenePlan = { ...plan, entities: plan.entities.map(({ pattern: _, ...e }) => e) };
    const [patterned, bare] = [await edgesOn(plan), await edgesOn(plain)];
    assert.ok(patterned > bare * 1.5 + 20, `${prompt}: ${patterned} edges vs ${bare} plain`);
  }
});
