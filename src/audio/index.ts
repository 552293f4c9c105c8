/**
 * The audio stage: ScenePlan + Trace → 48 kHz stereo PCM.
 *
 * Events (impacts from contacts, explicit cues, rolling and sliding from motion spans) are written
 * at the exact sample of the simulated moment that causes them, placed in the stereo image from
 * the camera's view, and given a short room (reverb.ts). The bed (ambience, optional music) sits at
 * its planned levelDb relative to the events' loudness. The master (mixer.ts) normalizes the mix
 * to plan.sound.loudnessLufs with true peaks ≤ −1 dBTP. Everything is a pure function of plan and
 * trace; all randomness comes from named streams of the plan's seed.
 *
 * Files: materials (acoustic table), modal (struck-body synthesis), foley (contacts), rolling
 * (spans), cues, ambience, music, spatial (pan/distance), reverb, mixer (limiter, normalization),
 * loudness (BS.1770 meter), onsets (detector for tests and benchmarks), dsp (building blocks).
 */
import { isOutdoors, type ScenePlan } from '../plan/schema.js';
import type { Trace } from '../sim/trace.js';
import { createRandom } from '../plan/random.js';
import { addScaled, createStereo, dbToGain, type StereoBuffers } from './dsp.js';
import { renderContacts } from './foley.js';
import { renderCues } from './cues.js';
import { renderSpans } from './rolling.js';
import { renderSpeech } from './speech.js';
import { renderBodyEvents } from './bodies.js';
import { renderAmbience } from './ambience.js';
import { renderMusic } from './music.js';
import { applyReverb } from './reverb.js';
import { master } from './mixer.js';
import { Spatializer } from './spatial.js';
import { integratedLoudness, truePeak } from './loudness.js';

export { detectOnsets, type Onset, type OnsetOptions } from './onsets.js';
export { ACOUSTIC, type AcousticMaterial } from './materials.js';

export const SAMPLE_RATE = 48000;

export interface Stereo {
  sampleRate: number;
  left: Float32Array;
  right: Float32Array;
}

/** Longest single strike we render; longer rings (big metal) fade out over their last 0.3 s. */
const MAX_STRIKE_SECONDS = 4;

/** Scales a bed part so its integrated loudness is `lufs`; silent parts are left as they are. */
function setLoudness(part: StereoBuffers, lufs: number): StereoBuffers {
  const now = integratedLoudness(part, SAMPLE_RATE);
  if (!Number.isFinite(now)) return part;
  const gain = dbToGain(lufs - now);
  for (let i = 0; i < part.left.length; i++) {
    part.left[i]! *= gain;
    part.right[i]! *= gain;
  }
  return part;
}

export function renderAudio(plan: ScenePlan, trace: Trace): Stereo {
  const length = Math.max(0, Math.round(plan.duration * SAMPLE_RATE));
  const spatial = new Spatializer(plan, trace);
  const place = spatial.place.bind(spatial);
  const locate = spatial.entityPosition.bind(spatial);
  const scratch = new Float32Array(Math.min(length, MAX_STRIKE_SECONDS * SAMPLE_RATE));

  // Event bus: everything something in the scene physically does.
  const events = createStereo(length);
  const rng = (stream: string) => createRandom(plan.seed, `audio/${stream}`);
  renderContacts(events, scratch, plan, trace.contacts, place, rng('contacts'), SAMPLE_RATE);
  renderCues(events, scratch, plan.sound.cues, locate, place, rng('cues'), SAMPLE_RATE);
  renderSpans(events, trace.spans, locate, place, rng('spans'), SAMPLE_RATE);
  renderSpeech(events, trace.speech, locate, place, SAMPLE_RATE);
  const kinds = new Map(trace.entities.map((e) => [e.id, e.archetype]));
  renderBodyEvents(events, trace.bodyEvents, (id) => kinds.get(id) ?? '', place, rng('bodies'), SAMPLE_RATE);
  applyReverb(events, plan.environment.place, SAMPLE_RATE);

  // Bed: ambience and music at their planned levels relative to the events (or, in a scene with
  // no events, to the loudness target, so an empty room stays a quiet room).
  const target = plan.sound.loudnessLufs;
  const eventLoudness = integratedLoudness(events, SAMPLE_RATE);
  const reference = Number.isFinite(eventLoudness) ? eventLoudness : target;
  const bed = createStereo(length);
  const { ambience, music } = plan.sound;
  const amb = renderAmbience(ambience.kind, length, plan.seed, SAMPLE_RATE, outdoorWeather(plan));
  if (amb) addScaled(bed, setLoudness(amb, reference + ambience.levelDb), 1);
  if (music && length > 0)
    addScaled(
      bed,
      setLoudness(renderMusic(music, length, plan.seed, SAMPLE_RATE), reference + music.levelDb),
      1,
    );

  const { mix } = master(events, bed, target, SAMPLE_RATE);
  return { sampleRate: SAMPLE_RATE, left: mix.left, right: mix.right };
}

/** The weather heard: rain outdoors (indoors the room tone stands alone). */
const outdoorWeather = (plan: ScenePlan) =>
  isOutdoors(plan.environment.place) ? plan.environment.weather : 'clear';

/** Integrated loudness (LUFS, BS.1770-4 gated) and true peak (dBTP, 4× oversampled). */
export function measureLoudness(s: Stereo): { integratedLufs: number; truePeakDbtp: number } {
  return { integratedLufs: integratedLoudness(s, s.sampleRate), truePeakDbtp: truePeak(s) };
}
