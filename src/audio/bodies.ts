/**
 * What living bodies are heard doing (the Trace's body events): footsteps, claps, falls and animal
 * calls, each written from the exact sample of its event, placed like every other source.
 *
 * A footstep is the ground struck (its material's modes, through modal.ts), the weight landing (a
 * low thump, lower and longer for heavier bodies), what strikes it (a shoe's heel, a hoof's hollow
 * clop, a paw's soft pad with claws ticking on hard floors, a bird's tiny toes) and, on soft ground
 * (grass, sand, snow: 'fabric'), a rustle instead of a ring. Who makes which sound is a table by
 * archetype; unknown bodies are sized from the catalog.
 */
import type { Material, Vec3 } from '../plan/schema.js';
import type { Random } from '../plan/random.js';
import type { BodyEvent } from '../sim/trace.js';
import { ARCHETYPES } from '../world/index.js';
import { Noise, Svf, type StereoBuffers } from './dsp.js';
import { ACOUSTIC } from './materials.js';
import { renderStrike } from './modal.js';
import { renderCall, type CallKind } from './calls.js';
import type { Placement } from './spatial.js';

export type { CallKind } from './calls.js';

/** What strikes the ground in a step. */
export type FootKind = 'shoe' | 'hoof' | 'paw' | 'toes';

export interface BodySound {
  /** Its call, if it has one. */
  call: CallKind | null;
  feet: FootKind;
  /** Typical mass, kg: heavier bodies step lower and louder. */
  mass: number;
}

const sound = (call: CallKind | null, feet: FootKind, mass: number): BodySound => ({ call, feet, mass });

/** Bodies by archetype name. */
export const BODY_SOUNDS: Readonly<Record<string, BodySound>> = {
  person: sound(null, 'shoe', 70),
  dog: sound('bark', 'paw', 25),
  wolf: sound('bark', 'paw', 40),
  fox: sound('bark', 'paw', 7),
  cat: sound('meow', 'paw', 4),
  lion: sound('growl', 'paw', 190),
  tiger: sound('growl', 'paw', 200),
  leopard: sound('growl', 'paw', 60),
  bear: sound('growl', 'paw', 300),
  panda: sound('growl', 'paw', 100),
  raccoon: sound('growl', 'paw', 8),
  pig: sound('growl', 'hoof', 100),
  horse: sound('neigh', 'hoof', 500),
  donkey: sound('neigh', 'hoof', 250),
  zebra: sound('neigh', 'hoof', 350),
  cow: sound('moo', 'hoof', 600),
  bison: sound('moo', 'hoof', 800),
  sheep: sound('baa', 'hoof', 70),
  goat: sound('baa', 'hoof', 50),
  deer: sound('baa', 'hoof', 100),
  camel: sound('growl', 'hoof', 500),
  giraffe: sound('growl', 'hoof', 1000),
  elephant: sound('trumpet', 'paw', 4000),
  hippo: sound('growl', 'paw', 1500),
  rhino: sound('growl', 'paw', 2000),
  rabbit: sound(null, 'paw', 2),
  bird: sound('chirp', 'toes', 0.1),
  parrot: sound('chirp', 'toes', 1),
  chicken: sound('chirp', 'toes', 2),
  swan: sound('quack', 'toes', 10),
  penguin: sound('quack', 'toes', 15),
  owl: sound('chirp', 'toes', 1.5),
  mallard: sound('quack', 'toes', 1.1),
};

/** A body's sounds: from the table, else sized from its catalog box (a growl, soft feet). */
export function bodySoundOf(archetype: string): BodySound {
  const known = BODY_SOUNDS[archetype];
  if (known) return known;
  const a = ARCHETYPES.get(archetype);
  const mass = a ? Math.max(0.05, a.size[0] * a.size[1] * a.size[2] * 1000 * 0.15) : 30;
  return sound('growl', 'paw', mass);
}

/** How hard (Hz of contact bandwidth) each kind of foot is, and how loud its step is. */
const FEET: Record<FootKind, { hardHz: number; gain: number; clop: boolean }> = {
  shoe: { hardHz: 3500, gain: 0.7, clop: false },
  hoof: { hardHz: 6000, gain: 1, clop: true },
  paw: { hardHz: 650, gain: 0.55, clop: false },
  toes: { hardHz: 4500, gain: 0.25, clop: false },
};

/** Soft grounds (grass, sand, snow are 'fabric' in the plan) rustle; hard ones ring. */
const isSoft = (m: Material): boolean => ACOUSTIC[m].hardnessHz < 1000;

/** A damped cosine from index `at`: a thump, a clop's resonance; it starts at its peak. */
function addTone(
  out: Float32Array,
  at: number,
  hz: number,
  tau: number,
  amp: number,
  sampleRate: number,
): void {
  const n = Math.min(out.length - at, Math.ceil(tau * 7 * sampleRate));
  const w = (2 * Math.PI * hz) / sampleRate;
  const decay = Math.exp(-1 / (tau * sampleRate));
  let env = amp;
  for (let i = 0; i < n; i++) {
    out[at + i]! += env * Math.cos(w * i);
    env *= decay;
  }
}

/** Filtered noise with a sharp attack and an exponential tail: a rustle, a heel's click, a clap's crack. */
interface Burst {
  /** 'band' rings around hz (a clap's hollow); 'low' keeps what is under it, steeply (a dull rustle). */
  filter: 'band' | 'low';
  hz: number;
  q: number;
  /** Decay time constant, s. */
  tau: number;
  amp: number;
}

function addNoiseBurst(out: Float32Array, at: number, b: Burst, rng: Random, sampleRate: number): void {
  const n = Math.min(out.length - at, Math.ceil(b.tau * 6 * sampleRate));
  const filter = new Svf();
  const again = new Svf();
  filter.tune(b.hz, b.q, sampleRate);
  again.tune(b.hz, b.q, sampleRate);
  const noise = new Noise(rng);
  const decay = Math.exp(-1 / (b.tau * sampleRate));
  // A band output peaks at Q times its input, a low-pass at unity.
  let env = b.filter === 'band' ? b.amp / b.q : b.amp;
  for (let i = 0; i < n; i++) {
    filter.tick(noise.white());
    if (b.filter === 'low') again.tick(filter.lp);
    out[at + i]! += env * (b.filter === 'band' ? filter.bp : again.lp);
    env *= decay;
  }
}

/** One footstep into `out` (mono) from index `at`. */
function renderStep(
  out: Float32Array,
  at: number,
  body: BodySound,
  ground: Material,
  strength: number,
  rng: Random,
  sampleRate: number,
): void {
  const foot = FEET[body.feet];
  const floor = ACOUSTIC[ground];
  const weight = Math.pow(body.mass / 70, 0.25);
  const level = foot.gain * Math.pow(Math.min(1, Math.max(0.05, strength)), 1.2) * weight;
  const contactHz = (2 / (1 / foot.hardHz + 1 / floor.hardnessHz)) * (0.7 + 0.6 * strength);
  const soft = isSoft(ground);
  // A hard ground struck rings (a patch of floor, bigger under a bigger body); grass only gives.
  if (!soft)
    renderStrike(
      out.subarray(at),
      { material: floor, mass: 6 + body.mass * 0.05, level: level * 0.6, contactHz, damping: 0.8, rng },
      sampleRate,
    );
  // The weight landing: felt more where the ground gives.
  const thumpHz = 110 * Math.pow(body.mass / 70, -0.25) * rng.range(0.93, 1.07);
  addTone(out, at, thumpHz, 0.025 * Math.pow(body.mass / 70, 0.15), level * (soft ? 0.5 : 0.3), sampleRate);
  if (soft) {
    // Grass, sand or snow give under the foot: a dull rustle, no ring.
    const tau = 0.035 * (1 + body.mass / 800);
    addNoiseBurst(
      out,
      at,
      { filter: 'low', hz: rng.range(500, 750), q: 0.7, tau, amp: level * 1.2 },
      rng,
      sampleRate,
    );
    return;
  }
  // A hard foot on a hard floor clicks: the brighter, the harder both are.
  const hardness = Math.min(foot.hardHz, floor.hardnessHz);
  if (hardness > 1500) {
    const click: Burst = {
      filter: 'band',
      hz: Math.min(6000, hardness),
      q: 0.8,
      tau: 0.0015,
      amp: level * 3,
    };
    addNoiseBurst(out, at, click, rng, sampleRate);
  }
  // A hoof's hollow clop; a dog's claws ticking on a hard floor.
  if (foot.clop) {
    addTone(out, at, 520 * rng.range(0.95, 1.05), 0.012, level * 0.6, sampleRate);
    addTone(out, at, 1150 * rng.range(0.95, 1.05), 0.008, level * 0.35, sampleRate);
  }
  if (body.feet === 'paw' && body.mass < 100) {
    const tick = at + Math.round(rng.range(0.004, 0.012) * sampleRate);
    addNoiseBurst(
      out,
      tick,
      { filter: 'band', hz: 5000, q: 2, tau: 0.002, amp: level * 0.5 },
      rng,
      sampleRate,
    );
  }
}

/** Hands meeting: a crack of air through a hollow between the palms. */
function renderClap(out: Float32Array, at: number, strength: number, rng: Random, sampleRate: number): void {
  const level = 0.9 * Math.max(0.1, strength);
  const hollow: Burst = { filter: 'band', hz: rng.range(900, 1700), q: 2.5, tau: 0.009, amp: level * 2 };
  addNoiseBurst(out, at, hollow, rng, sampleRate);
  addNoiseBurst(out, at, { filter: 'band', hz: 3500, q: 0.6, tau: 0.0025, amp: level }, rng, sampleRate);
}

/** A body hitting the ground: the ground struck hard, a heavy low thud, limbs landing after. */
function renderFall(
  out: Float32Array,
  at: number,
  body: BodySound,
  ground: Material,
  strength: number,
  rng: Random,
  sampleRate: number,
): void {
  const floor = ACOUSTIC[ground];
  const level = Math.max(0.1, strength) * Math.pow(body.mass / 70, 0.3) * 1.2;
  const contactHz = 2 / (1 / 900 + 1 / floor.hardnessHz);
  renderStrike(
    out.subarray(at),
    { material: floor, mass: 10 + body.mass * 0.2, level: level * 0.6, contactHz, damping: 0.6, rng },
    sampleRate,
  );
  const thudHz = 65 * Math.pow(body.mass / 70, -0.25);
  addTone(out, at, thudHz, 0.09, level * 0.8, sampleRate);
  const tau = isSoft(ground) ? 0.08 : 0.03;
  addNoiseBurst(out, at, { filter: 'low', hz: 900, q: 0.7, tau, amp: level * 0.5 }, rng, sampleRate);
  const after = at + Math.round(rng.range(0.08, 0.13) * sampleRate);
  if (after < out.length) addTone(out, after, thudHz * 1.3, 0.05, level * 0.3, sampleRate);
}

/** Longest single body sound (s) written through the scratch buffer. */
const LONGEST = 1.5;

/**
 * Writes every body event into `bus` at the exact sample of its time, each placed by `place`.
 * `archetypeOf` names the archetype of the body that made it; `rng` varies every sound (the same
 * stream gives the same samples). Returns how many events were heard.
 */
export function renderBodyEvents(
  bus: StereoBuffers,
  events: readonly BodyEvent[],
  archetypeOf: (entity: string) => string,
  place: (position: Vec3, time: number) => Placement,
  rng: Random,
  sampleRate: number,
): number {
  const n = bus.left.length;
  const scratch = new Float32Array(Math.round(LONGEST * sampleRate));
  let heard = 0;
  const ordered = events.map((e, i) => ({ e, i })).sort((a, b) => a.e.time - b.e.time || a.i - b.i);
  for (const { e } of ordered) {
    const start = Math.round(e.time * sampleRate);
    if (!(start >= 0 && start < n)) continue;
    const body = bodySoundOf(archetypeOf(e.entity));
    const ground = e.material ?? 'wood';
    let mono: Float32Array = scratch;
    switch (e.kind) {
      case 'step':
        renderStep(scratch, 0, body, ground, e.strength, rng, sampleRate);
        break;
      case 'clap':
        renderClap(scratch, 0, e.strength, rng, sampleRate);
        break;
      case 'fall':
        renderFall(scratch, 0, body, ground, e.strength, rng, sampleRate);
        break;
      case 'call':
        if (!body.call) continue;
        mono = renderCall(body.call, body.mass, e.strength, 0.8, rng, sampleRate);
        break;
    }
    const where = place(e.position, e.time);
    const length = Math.min(mono.length, n - start);
    for (let i = 0; i < length; i++) {
      const s = mono[i]!;
      bus.left[start + i]! += where.left * s;
      bus.right[start + i]! += where.right * s;
    }
    scratch.fill(0);
    heard++;
  }
  return heard;
}
