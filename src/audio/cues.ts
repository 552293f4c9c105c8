/**
 * Explicit sound cues from the plan (plan.sound.cues): impacts of a material, bells, clicks and
 * whooshes, placed at their entity when given. Struck cues start on their exact sample like
 * contacts; a whoosh swells in smoothly (it is air moving, not a blow).
 */
import type { Random } from '../plan/random.js';
import type { SoundCue, Vec3 } from '../plan/schema.js';
import { Noise, Svf, dbToGain, smoothStep, type StereoBuffers } from './dsp.js';
import { contactBandwidth, impactLevel, renderHit, type Body } from './foley.js';
import { ACOUSTIC, BELL, type AcousticMaterial } from './materials.js';
import type { Placement } from './spatial.js';

/** A small switch-like click: two bright, quickly damped partials over a crisp transient. */
const CLICK: AcousticMaterial = {
  ...ACOUSTIC.plastic,
  baseHz: 2900,
  modes: [
    { ratio: 1, amp: 1, q: 70 },
    { ratio: 2.7, amp: 0.5, q: 60 },
  ],
  hardnessHz: 14000,
  click: { gain: 1.2, ms: 0.3, brightHz: 12000 },
};

const WHOOSH_SECONDS = 0.55;

function whoosh(
  bus: StereoBuffers,
  start: number,
  gain: number,
  where: Placement,
  rng: Random,
  sampleRate: number,
): void {
  const len = Math.round(WHOOSH_SECONDS * sampleRate);
  const noise = new Noise(rng);
  const band = new Svf();
  for (let i = 0; i < len && start + i < bus.left.length; i += 32) {
    const x = i / len;
    // Swell to a peak 40 % of the way through, then fall; brightness follows the swell.
    const shape = x < 0.4 ? smoothStep(x / 0.4) : smoothStep((1 - x) / 0.6);
    band.tune(350 + 2200 * shape, 1.3, sampleRate);
    const next = Math.min(len, i + 32);
    for (let j = i; j < next && start + j < bus.left.length; j++) {
      const xj = j / len;
      const env = xj < 0.4 ? smoothStep(xj / 0.4) : smoothStep((1 - xj) / 0.6);
      band.tick(noise.pink());
      const s = 0.6 * gain * env * band.bp;
      bus.left[start + j]! += where.left * s;
      bus.right[start + j]! += where.right * s;
    }
  }
}

export function renderCues(
  bus: StereoBuffers,
  scratch: Float32Array,
  cues: readonly SoundCue[],
  locate: (entity: string, time: number) => Vec3 | undefined,
  place: (position: Vec3 | undefined, time: number) => Placement,
  rng: Random,
  sampleRate: number,
): void {
  for (const cue of cues) {
    const start = Math.round(cue.at * sampleRate);
    const gain = dbToGain(cue.gainDb);
    const where = place(cue.entity ? locate(cue.entity, cue.at) : undefined, cue.at);
    const strike = (material: AcousticMaterial, mass: number, level: number): void => {
      const body: Body = { material, mass, weight: 1, damping: 1 };
      const contactHz = contactBandwidth(material, material, 2);
      renderHit(bus, scratch, start, [body], level * gain, contactHz, where, rng, sampleRate);
    };
    switch (cue.kind) {
      case 'impact':
        strike(ACOUSTIC[cue.material ?? 'wood'], 0.5, impactLevel(2, 0.5));
        break;
      case 'bell':
        strike(BELL, 1, 0.7);
        break;
      case 'click':
        strike(CLICK, 1, 0.35);
        break;
      case 'whoosh':
        whoosh(bus, start, gain, where, rng, sampleRate);
        break;
    }
  }
}
