/**
 * The engine: ScenePlan → simulate → audio + render → encode, with the thumbnail and spritesheet
 * collected from the frames as they stream to the encoder. The only side effect is the files written.
 */
import { writeFile, rm } from 'node:fs/promises';
import type { ScenePlan } from '../plan/schema.js';
import { simulate, type Trace } from '../sim/index.js';
import { renderAudio } from '../audio/index.js';
import { createFrameRenderer } from '../render/index.js';
import { DerivativeCollector, encodeMp4 } from '../media/index.js';

export { validatePlan, PlanError } from './validate.js';

export type Stage = 'simulate' | 'audio' | 'render' | 'finish';

export interface RenderOutputs {
  video: string;
  thumbnail?: string;
  spritesheet?: string;
}

export interface RenderOptions {
  quality?: 'standard' | 'pro';
  onProgress?(stage: Stage, fraction: number): void;
  /** Cancels the render; nothing is left behind. */
  signal?: AbortSignal;
}

export async function renderPlan(
  plan: ScenePlan,
  outputs: RenderOutputs,
  options: RenderOptions = {},
): Promise<Trace> {
  const progress = options.onProgress ?? (() => {});
  progress('simulate', 0);
  const trace = await simulate(plan, { onProgress: (f) => progress('simulate', f) });
  progress('audio', 0);
  const audio = renderAudio(plan, trace);
  const renderer = createFrameRenderer(plan, trace, { quality: options.quality });
  const derivatives =
    outputs.thumbnail || outputs.spritesheet
      ? new DerivativeCollector({ width: plan.width, height: plan.height, frameCount: trace.frameCount })
      : undefined;
  progress('render', 0);
  await encodeMp4({
    width: plan.width,
    height: plan.height,
    fps: plan.fps,
    frameCount: trace.frameCount,
    frame: (i) => renderer.render(i),
    audio,
    out: outputs.video,
    quality: options.quality,
    signal: options.signal,
    onFrame: (i, rgba) => {
      derivatives?.add(i, rgba);
      progress('render', (i + 1) / trace.frameCount);
    },
  });
  progress('finish', 0);
  try {
    if (derivatives && outputs.thumbnail) await writeFile(outputs.thumbnail, await derivatives.thumbnail());
    if (derivatives && outputs.spritesheet)
      await writeFile(outputs.spritesheet, await derivatives.spritesheet());
  } catch (err) {
    await Promise.all(
      [outputs.video, outputs.thumbnail, outputs.spritesheet].map((f) => f && rm(f, { force: true })),
    );
    throw err;
  }
  progress('finish', 1);
  return trace;
}

/** The Trace as JSON (typed arrays as plain arrays), for inspection and tools. */
export function traceToJson(trace: Trace): string {
  return JSON.stringify(trace, (_key, value: unknown) =>
    value instanceof Float32Array ? Array.from(value, (v) => Math.round(v * 1e5) / 1e5) : value,
  );
}
