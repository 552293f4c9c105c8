/**
 * Renders the reference prompts end to end (planner → sim → render) to PNG frame sequences in
 * /tmp/render-look/prompts/<n>/, plus a contact strip per prompt. Run:
 *   node --import tsx test/render/prompts.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { planFromPrompt } from '../../src/planner/index.js';
import { simulate } from '../../src/sim/index.js';
import { createFrameRenderer } from '../../src/render/index.js';
import { SHOWCASE_PROMPTS } from '../helpers/prompts.js';

const width = 640;
const height = 360;
const only = process.argv[2] === undefined ? null : Number(process.argv[2]);
for (const [n, prompt] of SHOWCASE_PROMPTS.entries()) {
  if (only !== null && n !== only) continue;
  const plan = planFromPrompt(prompt, { width, height });
  const trace = await simulate(plan);
  const r = createFrameRenderer(plan, trace);
  const dir = `/tmp/render-look/prompts/${n}`;
  mkdirSync(dir, { recursive: true });
  const picks = Array.from({ length: 8 }, (_, i) => Math.round((i / 7) * (trace.frameCount - 1)));
  const strip = createCanvas(width * 4, height * 2);
  const sctx = strip.getContext('2d');
  const t0 = performance.now();
  for (let f = 0; f < trace.frameCount; f++) {
    const rgba = r.render(f);
    const k = picks.indexOf(f);
    if (k < 0 && f % 6 !== 0) continue;
    const c = createCanvas(width, height);
    const ctx = c.getContext('2d');
    const img = ctx.createImageData(width, height);
    img.data.set(rgba);
    ctx.putImageData(img, 0, 0);
    writeFileSync(`${dir}/${String(f).padStart(4, '0')}.png`, c.toBuffer('image/png'));
    if (k >= 0) sctx.putImageData(img, (k % 4) * width, Math.floor(k / 4) * height);
  }
  const ms = (performance.now() - t0) / trace.frameCount;
  writeFileSync(`/tmp/render-look/prompt-${n}.png`, strip.toBuffer('image/png'));
  console.log(
    `${n}: "${prompt}" ${trace.frameCount} frames, ${plan.style}, ~${ms.toFixed(1)} ms/frame incl. PNG writes`,
  );
}
