/**
 * The master: sums the event bus (impacts, cues, rolling) and the bed (ambience, music), sets the
 * event gain so the whole mix reaches the plan's integrated loudness, and keeps true peaks under
 * the ceiling with a look-ahead limiter. The bed keeps its own level (relative to the target), so
 * a scene with no events stays a quiet bed instead of being pumped up to full loudness.
 */
import { createStereo, dbToGain, type StereoBuffers } from './dsp.js';
import { integratedLoudness, truePeakEnvelope } from './loudness.js';

export const CEILING_DBTP = -1;
/** The limiter aims a little lower so interpolation and gain ripple cannot cross the ceiling. */
const LIMIT_DBTP = -1.6;
const LOOKAHEAD_SECONDS = 0.0015;
const RELEASE_SECONDS = 0.08;

/**
 * Limiter gain curve for a peak envelope: the gain needed at each sample, held over the look-ahead
 * window (so it is already down when the peak arrives), released exponentially, then smoothed by a
 * box filter as long as the look-ahead. The box average at a peak only spans held values, so the
 * peak is never over the ceiling, and the gain moves over ≥1.5 ms, never in a step (no distortion).
 */
export function limiterGain(peaks: Float32Array, ceiling: number, sampleRate: number): Float32Array {
  const n = peaks.length;
  const look = Math.max(1, Math.round(LOOKAHEAD_SECONDS * sampleRate));
  const need = new Float32Array(n);
  let any = false;
  for (let i = 0; i < n; i++) {
    const p = peaks[i]!;
    need[i] = p > ceiling ? ceiling / p : 1;
    if (p > ceiling) any = true;
  }
  if (!any) return need;
  // Sliding minimum over [i, i + look] with a monotonic deque.
  const held = new Float32Array(n);
  const deque = new Int32Array(n + look + 1);
  let head = 0;
  let tail = 0;
  for (let j = 0; j < n + look; j++) {
    if (j < n) {
      while (tail > head && need[deque[tail - 1]!]! >= need[j]!) tail--;
      deque[tail++] = j;
    }
    const i = j - look;
    if (i < 0) continue;
    while (deque[head]! < i) head++;
    held[i] = need[deque[head]!]!;
  }
  const release = Math.exp(-1 / (RELEASE_SECONDS * sampleRate));
  let g = 1;
  for (let i = 0; i < n; i++) {
    g = 1 - (1 - g) * release;
    if (held[i]! < g) g = held[i]!;
    held[i] = g;
  }
  const out = new Float32Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += held[i]!;
    if (i > look) sum -= held[i - look - 1]!;
    out[i] = sum / Math.min(i + 1, look + 1);
  }
  return out;
}

/** Absolute sample peak per sample over both channels, padded by 1 dB for inter-sample overs. */
function samplePeaks(s: StereoBuffers): Float32Array {
  const env = new Float32Array(s.left.length);
  for (let i = 0; i < env.length; i++) env[i] = Math.max(Math.abs(s.left[i]!), Math.abs(s.right[i]!)) * 1.12;
  return env;
}

function combine(out: StereoBuffers, events: StereoBuffers, g: number, bed: StereoBuffers, gain: Float32Array): void {
  for (let i = 0; i < out.left.length; i++) {
    out.left[i] = (g * events.left[i]! + bed.left[i]!) * gain[i]!;
    out.right[i] = (g * events.right[i]! + bed.right[i]!) * gain[i]!;
  }
}

/**
 * Mixes events and bed to `targetLufs` integrated with true peak ≤ −1 dBTP. The loudness of a
 * limited mix is not linear in the gain, so the gain is refined a few times (it converges fast:
 * the limiter only touches the loudest peaks).
 */
export function master(
  events: StereoBuffers,
  bed: StereoBuffers,
  targetLufs: number,
  sampleRate: number,
): StereoBuffers {
  const n = events.left.length;
  const out = createStereo(n);
  const ceiling = dbToGain(LIMIT_DBTP);
  const eventLoudness = integratedLoudness(events, sampleRate);
  const eventPeaks = Number.isFinite(eventLoudness) ? truePeakEnvelope(events) : new Float32Array(n);
  const bedPeaks = samplePeaks(bed);
  let g = Number.isFinite(eventLoudness) ? dbToGain(targetLufs - eventLoudness) : 0;
  const peaks = new Float32Array(n);
  const iterations = g > 0 ? 6 : 1;
  for (let it = 0; it < iterations; it++) {
    // Triangle inequality: the sum's peak is at most the sum of the parts' peaks (safe side).
    for (let i = 0; i < n; i++) peaks[i] = g * eventPeaks[i]! + bedPeaks[i]!;
    combine(out, events, g, bed, limiterGain(peaks, ceiling, sampleRate));
    if (g === 0) break;
    const error = targetLufs - integratedLoudness(out, sampleRate);
    if (!Number.isFinite(error) || Math.abs(error) < 0.05) break;
    g *= dbToGain(error);
  }
  return out;
}
