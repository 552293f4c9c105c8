/**
 * The ambience bed: a steady, natural background per place. Everything here moves slowly (levels
 * wander over seconds, birds swell in over tens of milliseconds), so the bed never contains a
 * transient that could be mistaken for an event. Absolute level is set later by the mixer.
 */
import type { ScenePlan } from '../plan/schema.js';
import { createRandom, type Random } from '../plan/random.js';
import { Noise, Svf, Wander, createStereo, type StereoBuffers } from './dsp.js';

export type AmbienceKind = ScenePlan['sound']['ambience']['kind'];

const BLOCK = 64;

/** One period of a mains-like hum (fundamental + a few harmonics), looped. */
function humTable(fundamental: number, harmonics: number[], sampleRate: number): Float32Array {
  const table = new Float32Array(Math.round(sampleRate / fundamental));
  for (let i = 0; i < table.length; i++) {
    const phase = (2 * Math.PI * i) / table.length;
    table[i] = harmonics.reduce((sum, a, h) => sum + a * Math.sin((h + 1) * phase + h), 0);
  }
  return table;
}

/** Indoor room tone: darkish pink noise that breathes a little, gentle hum, a breath of air. */
function roomTone(out: StereoBuffers, rng: Random, sampleRate: number, big: boolean): void {
  const noiseL = new Noise(rng);
  const noiseR = new Noise(rng);
  const airNoise = new Noise(rng);
  const [toneL, toneR, air] = [new Svf(), new Svf(), new Svf()];
  const cutoff = big ? 700 : 1400;
  toneL.tune(cutoff, 0.6, sampleRate);
  toneR.tune(cutoff * 1.07, 0.6, sampleRate);
  air.tune(7000, 0.5, sampleRate);
  const breathe = new Wander(rng, big ? 0.6 : 0.8, 1, big ? 4 : 3);
  const hum = humTable(50, [1, 0.5, 0.25], sampleRate);
  const humLevel = big ? 0.004 : 0.006;
  // A large hall also carries a low ventilation rumble (band-passed: no sub-bass, which the
  // loudness meter barely hears but which would eat the peak headroom).
  const rumble = new Svf();
  rumble.tune(90, 1.2, sampleRate);
  const n = out.left.length;
  for (let b = 0; b < n; b += BLOCK) {
    const level = breathe.step(BLOCK / sampleRate);
    const stop = Math.min(n, b + BLOCK);
    for (let i = b; i < stop; i++) {
      toneL.tick(noiseL.pink());
      toneR.tick(noiseR.pink());
      const w = airNoise.white();
      air.tick(w);
      rumble.tick(airNoise.brown(w));
      const common = humLevel * hum[i % hum.length]! + 0.012 * air.hp + (big ? 0.4 * rumble.bp : 0);
      out.left[i]! += level * 0.12 * toneL.lp + common;
      out.right[i]! += level * 0.12 * toneR.lp + common;
    }
  }
}

/** A fridge in the corner: a 100 Hz compressor hum with harmonics, drifting slowly. */
function fridge(out: StereoBuffers, rng: Random, sampleRate: number): void {
  const hum = humTable(100, [1, 0.6, 0.35, 0.2], sampleRate);
  const drift = new Wander(rng, 0.7, 1, 2.5);
  const n = out.left.length;
  for (let b = 0; b < n; b += BLOCK) {
    const level = 0.008 * drift.step(BLOCK / sampleRate);
    const stop = Math.min(n, b + BLOCK);
    for (let i = b; i < stop; i++) {
      const s = level * hum[i % hum.length]!;
      out.left[i]! += s * 1.1;
      out.right[i]! += s * 0.8;
    }
  }
}

/** Wind in soft gusts: band-passed noise whose level and brightness follow a slow gust curve. */
function wind(out: StereoBuffers, rng: Random, sampleRate: number, strength: number): void {
  const gust = new Wander(rng, 0.25, 1, 1.8);
  const sway = new Wander(rng, -0.3, 0.3, 2.5);
  const noiseL = new Noise(rng);
  const noiseR = new Noise(rng);
  const [fl, fr] = [new Svf(), new Svf()];
  const n = out.left.length;
  for (let b = 0; b < n; b += BLOCK) {
    const g = gust.step(BLOCK / sampleRate);
    const s = sway.step(BLOCK / sampleRate);
    fl.tune(180 + 650 * g * (1 - s), 0.8, sampleRate);
    fr.tune(180 + 650 * g * (1 + s), 0.8, sampleRate);
    const level = strength * 0.35 * Math.pow(g, 1.5);
    const stop = Math.min(n, b + BLOCK);
    for (let i = b; i < stop; i++) {
      const wl = noiseL.white();
      const wr = noiseR.white();
      fl.tick(noiseL.pink(wl) + noiseL.brown(wl));
      fr.tick(noiseR.pink(wr) + noiseR.brown(wr));
      out.left[i]! += level * (1 - 0.3 * s) * fl.bp;
      out.right[i]! += level * (1 + 0.3 * s) * fr.bp;
    }
  }
}

/** Distant birds: short chirp phrases with smooth (Hann) envelopes, far under everything else. */
function birds(out: StereoBuffers, rng: Random, sampleRate: number): void {
  const n = out.left.length;
  let t = rng.range(0.4, 1.8);
  while (t * sampleRate < n) {
    const chirps = 2 + Math.floor(rng.range(0, 4));
    const base = rng.range(2600, 4600);
    const sweep = rng.range(0.75, 1.35);
    const loud = 0.012 * rng.range(0.5, 1);
    const pan = rng.range(-0.6, 0.6);
    const gl = Math.cos(((pan + 1) * Math.PI) / 4);
    const gr = Math.sin(((pan + 1) * Math.PI) / 4);
    let at = t;
    for (let c = 0; c < chirps; c++) {
      const dur = rng.range(0.06, 0.12);
      const start = Math.round(at * sampleRate);
      const len = Math.round(dur * sampleRate);
      let phase = 0;
      for (let i = 0; i < len && start + i < n; i++) {
        const x = i / len;
        const f = base * (1 + (sweep - 1) * x);
        phase += (2 * Math.PI * f) / sampleRate;
        const env = Math.pow(Math.sin(Math.PI * x), 2);
        const s = loud * env * (Math.sin(phase) + 0.15 * Math.sin(2 * phase));
        out.left[start + i]! += gl * s;
        out.right[start + i]! += gr * s;
      }
      at += dur + rng.range(0.03, 0.09);
    }
    t = at + rng.range(1.5, 4.5);
  }
}

/**
 * Rain: a dense, steady hiss of drops (high-passed noise, each side its own) over a softer low
 * patter, breathing slowly; a storm is louder and darker. Steady by design: single drops would read
 * as onsets with no visible cause.
 */
function rain(out: StereoBuffers, rng: Random, sampleRate: number, storm: boolean): void {
  const [noiseL, noiseR, low] = [new Noise(rng), new Noise(rng), new Noise(rng)];
  const [hissL, hissR, patter] = [new Svf(), new Svf(), new Svf()];
  hissL.tune(storm ? 2600 : 3400, 0.5, sampleRate);
  hissR.tune(storm ? 2800 : 3700, 0.5, sampleRate);
  patter.tune(storm ? 300 : 450, 0.7, sampleRate);
  const swell = new Wander(rng, 0.75, 1, 3);
  const strength = storm ? 0.5 : 0.3;
  const n = out.left.length;
  for (let b = 0; b < n; b += BLOCK) {
    const level = strength * swell.step(BLOCK / sampleRate);
    const stop = Math.min(n, b + BLOCK);
    for (let i = b; i < stop; i++) {
      hissL.tick(noiseL.white());
      hissR.tick(noiseR.white());
      patter.tick(low.pink());
      const body = 0.6 * patter.bp;
      out.left[i]! += level * (0.35 * hissL.hp + body);
      out.right[i]! += level * (0.35 * hissR.hp + body);
    }
  }
}

type Weather = ScenePlan['environment']['weather'];

/** Renders the bed for `kind` (unscaled), with the weather's rain over it, or null for 'none'. */
export function renderAmbience(
  kind: AmbienceKind,
  length: number,
  seed: number,
  sampleRate: number,
  weather: Weather = 'clear',
): StereoBuffers | null {
  if (kind === 'none' || length === 0) return null;
  const out = createStereo(length);
  if (weather === 'rain' || weather === 'storm')
    rain(out, createRandom(seed, 'audio/ambience/rain'), sampleRate, weather === 'storm');
  const rng = createRandom(seed, `audio/ambience/${kind}`);
  switch (kind) {
    case 'room':
      roomTone(out, rng, sampleRate, false);
      break;
    case 'kitchen':
      roomTone(out, rng, sampleRate, false);
      fridge(out, rng, sampleRate);
      break;
    case 'gym':
      roomTone(out, rng, sampleRate, true);
      break;
    case 'outdoor':
      wind(out, rng, sampleRate, 1);
      break;
    case 'park':
      wind(out, rng, sampleRate, 0.7);
      birds(out, rng, sampleRate);
      break;
  }
  return out;
}
