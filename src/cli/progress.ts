/** A progress bar on stderr (only when it is a terminal), naming the stage and the time left. */
import cliProgress from 'cli-progress';
import type { Stage } from '../engine/index.js';

const LABELS: Record<Stage, string> = {
  simulate: 'simulating',
  render: 'rendering',
  finish: 'finishing',
};

/** Share of the total time each stage usually takes, so the bar and ETA move evenly. */
const WEIGHTS: Record<Stage, [number, number]> = {
  simulate: [0, 0.1],
  render: [0.1, 0.95],
  finish: [0.95, 1],
};

export function progressBar(): { update(stage: Stage, fraction: number): void; stop(): void } {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: ' {stage} [{bar}] {percentage}% | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 40,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1000, 0, { stage: LABELS.simulate.padEnd(12) });
  return {
    update(stage, fraction) {
      const [from, to] = WEIGHTS[stage];
      bar.update(Math.round((from + (to - from) * fraction) * 1000), { stage: LABELS[stage].padEnd(12) });
    },
    stop: () => bar.stop(),
  };
}
