/**
 * A render job's own process: one per job, so a crash, a leak or a cancel (SIGKILL) touches only
 * that job. Receives the job over IPC, reports progress, and exits.
 */
import type { ScenePlan } from '../../plan/schema.js';
import { renderPlan, type RenderOutputs } from '../../engine/index.js';

export interface RenderRequest {
  plan: ScenePlan;
  outputs: RenderOutputs;
  quality: 'standard' | 'pro';
}

export type RenderReport =
  { type: 'progress'; fraction: number } | { type: 'done' } | { type: 'error'; message: string };

const send = (m: RenderReport) => new Promise<void>((resolve) => process.send!(m, () => resolve()));

// If the server dies (even by SIGKILL) the IPC channel closes: stop rather than render for no one.
process.once('disconnect', () => process.exit(1));

process.once('message', (job: RenderRequest) => {
  // Simulation is the first fifth of the work, drawing and encoding the rest.
  const weights = { simulate: [0, 0.2], render: [0.2, 0.78], finish: [0.98, 0.02] } as const;
  renderPlan(job.plan, job.outputs, {
    quality: job.quality,
    onProgress: (stage, f) =>
      void send({ type: 'progress', fraction: weights[stage][0] + weights[stage][1] * f }),
  })
    .then(() => send({ type: 'done' }))
    .catch((err: Error) => send({ type: 'error', message: err.message }))
    .finally(() => {
      process.removeAllListeners('disconnect');
      process.disconnect();
    });
});
