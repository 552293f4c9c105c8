/**
 * Looks of other media, named in the prompt and seen in the picture: each style is compared with
 * the natural render of the same plan on a property of that medium (paper brightness, brush-stroke
 * texture, flat pixel cells, ink outlines, neon hues, shifted hues).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { simulate } from '../../src/sim/index.js';
import { createFrameRenderer } from '../../src/render/index.js';
import type { ScenePlan, Style } from '../../src/plan/schema.js';

const W = 320;
const H = 180;

test('style phrases name the look, wherever they stand in the prompt', () => {
  const cases: [string, Style][] = [
    ['a beach at sunset, Van Gogh style', 'van-gogh'],
    ['a cat on a sofa, oil painting', 'oil-painting'],
    ['waves on the sand by Hokusai, in the style of Ukiyo', 'ukiyo-e'],
    ['a street at night, in cyberpunk style', 'cyberpunk'],
    ['a red ball on a table, pixel art', 'pixel-art'],
    ['a clock on a wall, surrealism style', 'surreal'],
    ['a boat on a lake, watercolor painting', 'watercolor'],
    ['a neon city street', 'cyberpunk'],
    ['a watercolour of a duck', 'watercolor'],
    ['a ball bounces, black and white', 'noir'],
  ];
  for (const [prompt, style] of cases) assert.equal(planFromPrompt(prompt).style, style, prompt);
});

async function frame(style: Style, prompt = 'a red ball bounces down wooden stairs'): Promise<Buffer> {
  const base = planFromPrompt(prompt, { width: W, height: H, seconds: 1 });
  const plan: ScenePlan = { ...base, style };
  return Buffer.from(createFrameRenderer(plan, await simulate(plan)).render(12));
}

const pixel = (f: Buffer, p: number) => [f[p * 4]!, f[p * 4 + 1]!, f[p * 4 + 2]!] as const;
const luma = (f: Buffer, p: number) => {
  const [r, g, b] = pixel(f, p);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const mean = (f: Buffer, of: (p: number) => number) => {
  let s = 0;
  for (let p = 0; p < W * H; p++) s += of(p);
  return s / (W * H);
};
/** Fine texture: mean absolute difference between horizontal neighbours. */
const texture = (f: Buffer) => mean(f, (p) => (p % W === W - 1 ? 0 : Math.abs(luma(f, p) - luma(f, p + 1))));

test('watercolour is lighter than the natural picture, as paper shows through', async () => {
  const [natural, water] = [await frame('natural'), await frame('watercolor')];
  assert.ok(mean(water, (p) => luma(water, p)) > mean(natural, (p) => luma(natural, p)) + 25);
});

test('oil and Van Gogh carry brush strokes: far more fine texture than the natural picture', async () => {
  const natural = texture(await frame('natural'));
  for (const style of ['oil-painting', 'van-gogh'] as const) {
    const t = texture(await frame(style));
    assert.ok(t > natural * 1.5, `${style}: texture ${t.toFixed(2)} vs ${natural.toFixed(2)}`);
  }
});

test('pixel art is made of flat square cells of a small palette', async () => {
  const f = await frame('pixel-art');
  const cell = Math.max(3, Math.round(H / 120));
  let flat = 0;
  let cells = 0;
  const colours = new Set<string>();
  for (let y = 0; y + cell <= H; y += cell)
    for (let x = 0; x + cell <= W; x += cell) {
      cells++;
      const first = pixel(f, y * W + x).join();
      colours.add(first);
      let same = true;
      for (let dy = 0; dy < cell && same; dy++)
        for (let dx = 0; dx < cell && same; dx++) same = pixel(f, (y + dy) * W + x + dx).join() === first;
      if (same) flat++;
    }
  assert.ok(flat / cells > 0.9, `${((100 * flat) / cells).toFixed(1)} % of cells are flat`);
  assert.ok(colours.size < 120, `${colours.size} colours`);
});

test('ukiyo-e draws ink outlines; cyberpunk is neon magenta and violet; surreal shifts the hues', async () => {
  const [natural, ukiyo, neon, surreal] = await Promise.all(
    (['natural', 'ukiyo-e', 'cyberpunk', 'surreal'] as const).map((s) => frame(s)),
  );
  const dark = (f: Buffer) => mean(f, (p) => (luma(f, p) < 60 ? 1 : 0));
  assert.ok(
    dark(ukiyo!) > 0.01 && dark(ukiyo!) > dark(natural!) * 1.5,
    `ink ${dark(ukiyo!)} vs ${dark(natural!)}`,
  );
  const [r, g, b] = [0, 1, 2].map((k) => mean(neon!, (p) => pixel(neon!, p)[k]!));
  assert.ok(r! > g! + 30 && b! > g! + 30, `neon mean ${r!.toFixed(0)},${g!.toFixed(0)},${b!.toFixed(0)}`);
  // The red ball is no longer red.
  const reds = (f: Buffer) => mean(f, (p) => (pixel(f, p)[0] > pixel(f, p)[2] + 80 ? 1 : 0));
  assert.ok(reds(surreal!) < reds(natural!) * 0.2, `red share ${reds(surreal!)} vs ${reds(natural!)}`);
});

test('a style is deterministic: its textures come from the seed', async () => {
  for (const style of ['watercolor', 'van-gogh', 'pixel-art'] as const)
    assert.ok((await frame(style)).equals(await frame(style)), style);
});
