/**
 * Places: words for where a scene is set become a kind of place (a beach, a street, a forest…),
 * landmarks are both a thing and its surroundings, and an outdoor place shows its horizon: the sea,
 * a city, a tree line, mountains, measured on the rendered picture.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { simulate } from '../../src/sim/index.js';
import { createFrameRenderer } from '../../src/render/index.js';
import type { ScenePlan } from '../../src/plan/schema.js';

test('place words become kinds of place, indoors and out', () => {
  const cases: [string, ScenePlan['environment']['place']][] = [
    ['a dog runs on the beach', 'beach'],
    ['a car in a narrow alley', 'street'],
    ['a sidewalk downtown', 'street'],
    ['a deer in the jungle', 'forest'],
    ['a goat on a cliff', 'mountain'],
    ['a camel crosses the dunes', 'desert'],
    ['a ball on a frozen lake', 'water'],
    ['a boat in the harbor', 'water'],
    ['a horse in a meadow', 'field'],
    ['a ball in the museum', 'hall'],
    ['a cart in the supermarket', 'shop'],
    ['a fish swims by a coral reef', 'underwater'],
    ['a cat in the bedroom', 'room'],
    ['a ball in the house', 'room'],
    ['a penguin on a glacier', 'snowfield'],
    ['a phone booth', 'street'],
  ];
  for (const [prompt, place] of cases) {
    const plan = planFromPrompt(prompt);
    assert.equal(plan.environment.place, place, prompt);
    assert.ok(
      plan.understanding.understood.some((u) => u.as.startsWith('place')),
      `${prompt}: the place is said`,
    );
  }
  assert.equal(planFromPrompt('a lot of balls').environment.place, 'studio', '"a lot" is not a parking lot');
});

test('a landmark is both a thing in the scene and where the scene is', () => {
  for (const [prompt, archetype, place] of [
    ['a lighthouse', 'lighthouse', 'beach'],
    ['a windmill', 'windmill', 'field'],
  ] as const) {
    const plan = planFromPrompt(prompt);
    assert.ok(
      plan.entities.some((e) => e.archetype === archetype),
      `${prompt}: the ${archetype} stands there`,
    );
    assert.equal(plan.environment.place, place, prompt);
  }
});

/** The picture of an empty scene in a place, and of the same scene on a plain outdoor ground. */
async function against(prompt: string) {
  const plan = planFromPrompt(prompt, { width: 320, height: 180, seconds: 0.5 });
  const plain: ScenePlan = { ...plan, environment: { ...plan.environment, place: 'outdoor' } };
  const [a, b] = await Promise.all(
    [plan, plain].map(async (p) => Buffer.from(createFrameRenderer(p, await simulate(p)).render(0))),
  );
  return { plan, picture: a!, plain: b! };
}

test('outdoors the horizon is in the picture, with what stands on it', async () => {
  for (const prompt of ['mountains', 'a forest', 'downtown', 'a beach', 'a desert']) {
    const { plan, picture, plain } = await against(prompt);
    // Compare the upper half, where the sky meets what stands on the horizon.
    let changed = 0;
    for (let p = 0; p < 320 * 90; p++)
      if ([0, 1, 2].reduce((s, k) => s + Math.abs(picture[p * 4 + k]! - plain[p * 4 + k]!), 0) > 40)
        changed++;
    assert.ok(changed > 320 * 90 * 0.08, `${prompt} (${plan.environment.place}): ${changed} pixels differ`);
    // Sky at the top: brighter or bluer than the ground at the bottom.
    const top = picture.subarray(0, 320 * 4 * 4);
    const bottom = picture.subarray(picture.length - 320 * 4 * 4);
    const blue = (f: Buffer) => f.reduce((s, v, i) => s + (i % 4 === 2 ? v : 0), 0);
    assert.ok(blue(top) > blue(bottom), `${prompt}: sky above ground`);
  }
});

test('the sea is a blue band at a beach', async () => {
  const { picture } = await against('a beach');
  let blue = 0;
  for (let p = 0; p < 320 * 180; p++) {
    const [r, g, b] = [picture[p * 4]!, picture[p * 4 + 1]!, picture[p * 4 + 2]!];
    if (b > r + 40 && b > g + 5 && b < 230) blue++;
  }
  assert.ok(blue > 320 * 4, `${blue} sea pixels`);
});
