/**
 * The master: sums the event bus (impacts, cues, rolling) and the bed (ambience, music), sets the
 * event gain so the whole mix reaches the plan's integrated loudness, and keeps true peaks under
 * the ceiling with a look-ahead limiter. The bed keeps its own level (relative to the target), so
 * a scene with no events stays a quiet bed instead of being pumped up to full loudness.
 */
import { createStereo, dbToGain, gainToDb, type StereoBuffers } from './dsp.js';
import { integratedLoudness, truePeakEnvelope } from './loudness.js';

export const CEILING_DBTP = -1;
/** The limiter aims a little lower so interpolation and gain ripple cannot cross the ceiling. */
const LIMIT_DBTP = -1.6;
const LOOKAHEAD_SECONDS = 0.0015;
const RELEASE_SECONDS = 0.025;
/** Deepest limiting allowed on event peaks before the bed is raised instead (see master). */
const MAX_LIMIT_DB = 30;
const MAX_BED_BOOST_DB = 15;
const BED_HEADROOM_DB = 10;

/**
 * Limiter gain curve from the gain needed at each sample (≤ 1): that need is held over the look-ahead
 * window (so it is already down when the peak arrives), released exponentially, then smoothed by a
 * box filter as long as the look-ahead. The box average at a peak only spans held values, so the
 * peak is never over the ceiling, and the gain moves over ≥1.5 ms, never in a step (no distortion).
 */
export function limiterGain(need: Float32Array, sampleRate: number): Float32Array {
  const n = need.length;
  const look = Math.max(1, Math.round(LOOKAHEAD_SECONDS * sampleRate));
  if (!need.some((v) => v < 1)) return new Float32Array(n).fill(1);
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

export interface MasterResult {
  mix: StereoBuffers;
  /** Gain applied to the mix (dB), extra gain on the bed (dB) and the deepest limiting (dB, ≤ 0). */
  gainDb: number;
  bedBoostDb: number;
  limitDb: number;
}

/**
 * Scales events + bed together to `targetLufs` integrated, with true peak ≤ −1 dBTP.
 *
 * The limiter acts on the events only (the peaks are theirs): the bed passes under it untouched,
 * so room tone never dips and swells around a loud hit (no pumping). Limiting is capped at
 * MAX_LIMIT_DB: a sparse scene (one short tap in 10 s) cannot reach the target from its few peaks
 * without being squashed, so past the cap the bed (room tone, wind) is raised instead, up to
 * MAX_BED_BOOST_DB (and never within BED_HEADROOM_DB of the events), as a sound editor would. Loudness of a limited mix is not linear in the gain,
 * so one control value (gain up to the cap, then bed boost) is found by secant steps on the
 * measured loudness. With no events the bed is returned as it is: a quiet scene stays quiet.
 */
export function master(
  events: StereoBuffers,
  bed: StereoBuffers,
  targetLufs: number,
  sampleRate: number,
): MasterResult {
  const n = events.left.length;
  const out = createStereo(n);
  const ceiling = dbToGain(LIMIT_DBTP);
  const eventLoudness = integratedLoudness(events, sampleRate);
  if (!Number.isFinite(eventLoudness)) {
    out.left.set(bed.left);
    out.right.set(bed.right);
    return { mix: out, gainDb: 0, bedBoostDb: 0, limitDb: 0 };
  }
  const plain = createStereo(n);
  for (let i = 0; i < n; i++) {
    plain.left[i] = events.left[i]! + bed.left[i]!;
    plain.right[i] = events.right[i]! + bed.right[i]!;
  }
  let x = targetLufs - integratedLoudness(plain, sampleRate);
  // Oversample only where the events could come within 6 dB of the ceiling at (about) this gain.
  const eventPeaks = truePeakEnvelope(events, ceiling / (2 * dbToGain(x)));
  const bedPeaks = samplePeaks(bed);
  let loudest = 0;
  for (let i = 0; i < n; i++) loudest = Math.max(loudest, eventPeaks[i]!);
  const gainCap = gainToDb(ceiling / loudest) + MAX_LIMIT_DB;
  // The bed may come up, but never closer than BED_HEADROOM_DB under the events.
  const bedLoudness = integratedLoudness(bed, sampleRate);
  const maxBoost = Number.isFinite(bedLoudness)
    ? Math.min(MAX_BED_BOOST_DB, Math.max(0, eventLoudness - BED_HEADROOM_DB - bedLoudness))
    : 0;
  const need = new Float32Array(n);
  let previous: { x: number; lufs: number } | undefined;
  let result = { gainDb: x, bedBoostDb: 0, limitDb: 0 };
  for (let it = 0; it < 10; it++) {
    const gainDb = Math.min(x, gainCap);
    const bedBoostDb = Math.min(maxBoost, Math.max(0, x - gainCap));
    const g = dbToGain(gainDb);
    const b = dbToGain(bedBoostDb);
    for (let i = 0; i < n; i++) {
      const room = ceiling - g * b * bedPeaks[i]!;
      const peak = g * eventPeaks[i]!;
      need[i] = peak > room ? Math.max(room, 0) / peak : 1;
    }
    const limit = limiterGain(need, sampleRate);
    let deepest = 1;
    for (let i = 0; i < n; i++) {
      const l = limit[i]!;
      if (l < deepest) deepest = l;
      out.left[i] = g * (events.left[i]! * l + b * bed.left[i]!);
      out.right[i] = g * (events.right[i]! * l + b * bed.right[i]!);
    }
    result = { gainDb, bedBoostDb, limitDb: gainToDb(Math.max(deepest, 1e-6)) };
    const lufs = integratedLoudness(out, sampleRate);
    const error = targetLufs - lufs;
    if (!Number.isFinite(error) || Math.abs(error) < 0.2) break;
    if (x >= gainCap + maxBoost && error > 0) break; // as loud as it can cleanly be
    // Secant step: limiting makes the loudness grow slower than the gain, so learn the slope.
    let slope = 1;
    if (previous && Math.abs(x - previous.x) > 1e-3)
      slope = Math.min(1, Math.max(0.1, (lufs - previous.lufs) / (x - previous.x)));
    previous = { x, lufs };
    x = Math.min(x + Math.min(24, error / slope), gainCap + maxBoost);
  }
  // Safety net for a bed that is itself too hot (a planned levelDb near 0): limit the whole mix.
  const total = truePeakEnvelope(out, ceiling * 0.5);
  for (let i = 0; i < n; i++) need[i] = total[i]! > ceiling ? ceiling / total[i]! : 1;
  if (need.some((v) => v < 1)) {
    const safety = limiterGain(need, sampleRate);
    for (let i = 0; i < n; i++) {
      out.left[i]! *= safety[i]!;
      out.right[i]! *= safety[i]!;
    }
  }
  return { mix: out, ...result };
}
