/**
 * Animal calls by source-filter synthesis: a buzzing source (a larynx, a syrinx) at a pitch that
 * follows each call's contour, through the resonances (formants) of the animal's throat and mouth,
 * with breath and roughness mixed in. What makes each call recognisable is kept: a bark's short
 * falling burst, a meow's rising-falling "mi-a-ow", a moo's long low "mmm-ooo", a bleat's quaver,
 * a whinny's high trill sliding down, a quack's nasal buzz, a growl's rasp, an elephant's blare, a
 * bird's quick whistled sweeps. Pitch and formants scale with the animal's size.
 */
import type { Random } from '../plan/random.js';
import { Noise, Svf, onePole, smoothStep } from './dsp.js';

export const CALL_KINDS = [
  'bark',
  'meow',
  'chirp',
  'neigh',
  'moo',
  'baa',
  'quack',
  'growl',
  'trumpet',
] as const;
export type CallKind = (typeof CALL_KINDS)[number];

/** A formant: centre (Hz), bandwidth (Hz), gain. */
type Formant = [number, number, number];

/** One voiced sound; every contour takes x, the share of the sound elapsed (0..1). */
interface Utterance {
  seconds: number;
  pitch(x: number): number;
  formants(x: number): Formant[];
  envelope(x: number): number;
  /** 0: a pure whistle, 1: a full buzz (a band-limited sawtooth). */
  buzz: number;
  /** Breath or rasp mixed into the source. */
  breath: number;
  /** Random wobble of pitch and loudness (a growl's roughness), 0..1. */
  rough: number;
  /** A quaver: rate (Hz) and depth of the pitch (share) and of the loudness (share). */
  quaver?: { hz: number; pitch: number; loud: number };
  /** Low-pass of the source (Hz): how bright the buzz is before the formants. */
  bright: number;
}

/** Band-limited sawtooth step correction (PolyBLEP): no aliasing whistles at high pitches. */
function polyBlep(t: number, dt: number): number {
  if (t < dt) {
    const x = t / dt;
    return x + x - x * x - 1;
  }
  if (t > 1 - dt) {
    const x = (t - 1) / dt;
    return x * x + x + x + 1;
  }
  return 0;
}

/** Straight-line interpolation through [x, value] points (x ascending). */
function through(points: [number, number][]): (x: number) => number {
  return (x) => {
    if (x <= points[0]![0]) return points[0]![1];
    for (let i = 1; i < points.length; i++) {
      const [x1, v1] = points[i]!;
      const [x0, v0] = points[i - 1]!;
      if (x <= x1) return v0 + ((v1 - v0) * (x - x0)) / (x1 - x0);
    }
    return points[points.length - 1]![1];
  };
}

/** Rises over `attack` seconds, holds, and falls over the last `release` share. */
const swell =
  (seconds: number, attack: number, release: number) =>
  (x: number): number =>
    smoothStep((x * seconds) / attack) * smoothStep((1 - x) / release);

const BLOCK = 32;

/** Adds one utterance into `out` from index `at`; returns where it ends. */
function utter(out: Float32Array, at: number, u: Utterance, rng: Random, sampleRate: number): number {
  const n = Math.min(out.length - at, Math.round(u.seconds * sampleRate));
  const noise = new Noise(rng);
  const filters = u.formants(0).map(() => new Svf());
  const tilt = onePole(1 / (2 * Math.PI * u.bright), sampleRate);
  let phase = 0;
  let tilted = 0;
  let wobble = 0;
  let wobbleTarget = 0;
  let bands: Formant[] = [];
  for (let i = 0; i < n; i++) {
    const x = i / n;
    if (i % BLOCK === 0) {
      bands = u.formants(x);
      bands.forEach(([f, bw], k) => filters[k]!.tune(f, f / Math.max(bw, 1), sampleRate));
      // Roughness: a new random target every block, followed smoothly (a rattle of ~40 Hz and up).
      if (u.rough > 0) wobbleTarget = rng.range(-1, 1);
    }
    wobble += (wobbleTarget - wobble) * 0.02;
    const t = i / sampleRate;
    const q = u.quaver ? Math.sin(2 * Math.PI * u.quaver.hz * t) : 0;
    const f0 = u.pitch(x) * (1 + (u.quaver?.pitch ?? 0) * q + 0.12 * u.rough * wobble);
    const dt = Math.min(0.45, f0 / sampleRate);
    phase += dt;
    if (phase >= 1) phase -= 1;
    const saw = 2 * phase - 1 - polyBlep(phase, dt);
    const source = u.buzz * saw + (1 - u.buzz) * Math.sin(2 * Math.PI * phase) + u.breath * noise.white();
    tilted = tilt * tilted + (1 - tilt) * source;
    let y = 0;
    if (bands.length === 0) y = tilted;
    else
      bands.forEach(([f, bw, gain], k) => {
        const filter = filters[k]!;
        filter.tick(tilted);
        // The band output peaks at Q times its input: divide it back to unity.
        y += (gain * filter.bp * bw) / f;
      });
    const loud = 1 + (u.quaver?.loud ?? 0) * q + 0.6 * u.rough * wobble;
    out[at + i]! += y * u.envelope(x) * Math.max(0, loud);
  }
  return at + n;
}

/** Pitch and formant scale of an animal of `mass` (kg) relative to a typical one of `typical`. */
const sizeScale = (mass: number, typical: number, power: number): number =>
  Math.pow(Math.max(mass, 0.01) / typical, -power);

function bark(mass: number, rng: Random): Utterance {
  const k = sizeScale(mass, 25, 1 / 3);
  const f = Math.sqrt(k);
  const seconds = 0.17 * Math.pow(1 / k, 0.3);
  const top = 430 * k * rng.range(0.93, 1.07);
  return {
    seconds,
    // "Woof": a quick rise, then a fall.
    pitch: through([
      [0, top * 0.75],
      [0.18, top * 1.15],
      [1, top * 0.6],
    ]),
    formants: (x) => [
      [650 * f * (1 + 0.2 * x), 220 * f, 1],
      [1450 * f, 320 * f, 0.7],
      [2700 * f, 500 * f, 0.35],
    ],
    envelope: (x) => smoothStep((x * seconds) / 0.006) * Math.pow(1 - x, 1.4),
    buzz: 1,
    breath: 0.45,
    rough: 0.35,
    bright: 3500,
  };
}

function meow(mass: number, seconds: number, rng: Random): Utterance {
  const k = sizeScale(mass, 4, 1 / 4) * rng.range(0.94, 1.06);
  return {
    seconds,
    // "Mi-a-ow": up, then down past where it began.
    pitch: through([
      [0, 520 * k],
      [0.4, 780 * k],
      [1, 430 * k],
    ]),
    formants: (x) => [
      [
        through([
          [0, 300],
          [0.12, 450],
          [0.45, 950],
          [1, 480],
        ])(x) * k,
        150,
        1,
      ],
      [
        through([
          [0, 1900],
          [0.15, 2000],
          [0.45, 1550],
          [1, 850],
        ])(x) * k,
        220,
        0.6,
      ],
      [2900 * k, 400, 0.25],
    ],
    envelope: swell(seconds, 0.06, 0.3),
    buzz: 0.85,
    breath: 0.08,
    rough: 0,
    quaver: { hz: 5.5, pitch: 0.01, loud: 0 },
    bright: 4000,
  };
}

/** Quick whistled sweeps, higher for smaller birds, as many as fit the call. */
function chirps(mass: number, seconds: number, rng: Random): Utterance[] {
  const k = sizeScale(mass, 0.1, 0.15);
  const count = Math.max(2, Math.min(6, Math.round(seconds / 0.11)));
  return Array.from({ length: count }, (): Utterance => {
    const from = 5200 * k * rng.range(0.85, 1.1);
    const to = from * rng.range(0.55, 0.7);
    const length = rng.range(0.05, 0.075);
    return {
      seconds: length,
      pitch: (x) => from + (to - from) * Math.sqrt(x),
      formants: () => [],
      envelope: (x) =>
        smoothStep((x * length) / 0.004) * (x < 0.5 ? 1 : Math.pow(Math.sin(Math.PI * x), 0.6)),
      buzz: 0.08,
      breath: 0.01,
      rough: 0,
      bright: 12000,
    };
  });
}

function neigh(mass: number, seconds: number, rng: Random): Utterance {
  const k = sizeScale(mass, 500, 1 / 6) * rng.range(0.95, 1.05);
  return {
    seconds,
    // A whinny: a high trill that slides down, ending in a low blow.
    pitch: through([
      [0, 760 * k],
      [0.12, 1000 * k],
      [0.75, 520 * k],
      [1, 300 * k],
    ]),
    formants: (x) => [
      [850 * k * (1 - 0.2 * x), 260, 1],
      [1750 * k, 380, 0.6],
      [2900 * k, 550, 0.3],
    ],
    envelope: swell(seconds, 0.03, 0.25),
    buzz: 0.9,
    breath: 0.3,
    rough: 0.15,
    quaver: { hz: 11, pitch: 0.07, loud: 0.55 },
    bright: 4000,
  };
}

function moo(mass: number, seconds: number, rng: Random): Utterance {
  const k = sizeScale(mass, 600, 1 / 6) * rng.range(0.95, 1.05);
  return {
    seconds,
    // "Mmm-ooo": a hum that opens, a lift and a long fall.
    pitch: through([
      [0, 95 * k],
      [0.3, 122 * k],
      [0.7, 110 * k],
      [1, 82 * k],
    ]),
    formants: (x) => {
      const open = smoothStep((x - 0.12) / 0.25);
      return [
        [(250 + 350 * open) * k, 120, 1],
        [(900 + 250 * open) * k, 200, 0.15 + 0.45 * open],
        [2400 * k, 400, 0.15 * open],
      ];
    },
    envelope: swell(seconds, 0.15, 0.3),
    buzz: 1,
    breath: 0.06,
    rough: 0.05,
    bright: 1800,
  };
}

function baa(mass: number, seconds: number, rng: Random): Utterance {
  const k = sizeScale(mass, 70, 1 / 6) * rng.range(0.94, 1.06);
  return {
    seconds,
    pitch: through([
      [0, 320 * k],
      [0.25, 370 * k],
      [1, 330 * k],
    ]),
    formants: (x) => {
      const open = smoothStep(x / 0.08);
      return [
        [(300 + 600 * open) * k, 200, 1],
        [1600 * k, 260, 0.6],
        [2700 * k, 400, 0.3],
      ];
    },
    envelope: swell(seconds, 0.04, 0.3),
    buzz: 0.9,
    breath: 0.15,
    rough: 0.1,
    // The bleat's quaver: pitch and loudness shake together.
    quaver: { hz: 8, pitch: 0.05, loud: 0.6 },
    bright: 3500,
  };
}

/** Nasal buzzy "kwaak"s, one for each quarter second of the call. */
function quacks(mass: number, seconds: number, rng: Random): Utterance[] {
  const k = sizeScale(mass, 1.1, 1 / 6);
  const count = Math.max(1, Math.min(4, Math.round(seconds / 0.25)));
  return Array.from({ length: count }, (): Utterance => {
    const length = rng.range(0.13, 0.17);
    const f0 = 290 * k * rng.range(0.93, 1.07);
    return {
      seconds: length,
      pitch: (x) => f0 * (1 - 0.2 * x),
      formants: (x) => [
        [(x < 0.12 ? 400 : 1050) * k, 140, 1],
        [2200 * k, 220, 0.8],
        [3300 * k, 320, 0.4],
      ],
      envelope: (x) => smoothStep((x * length) / 0.005) * smoothStep((1 - x) / 0.3),
      buzz: 1,
      breath: 0.15,
      rough: 0.2,
      bright: 6000,
    };
  });
}

function growl(mass: number, seconds: number, rng: Random): Utterance {
  const k = sizeScale(mass, 300, 1 / 4) * rng.range(0.94, 1.06);
  const f = Math.pow(k, 2 / 3);
  return {
    seconds,
    pitch: through([
      [0, 75 * k],
      [0.35, 90 * k],
      [1, 65 * k],
    ]),
    formants: () => [
      [380 * f, 180, 1],
      [950 * f, 280, 0.6],
      [2100 * f, 450, 0.25],
    ],
    envelope: swell(seconds, 0.08, 0.25),
    buzz: 1,
    breath: 0.55,
    rough: 1,
    bright: 2200,
  };
}

function trumpet(mass: number, seconds: number, rng: Random): Utterance {
  const k = sizeScale(mass, 4000, 1 / 6) * rng.range(0.95, 1.05);
  return {
    seconds,
    // A blare that bends up and holds, sagging at the end.
    pitch: through([
      [0, 360 * k],
      [0.15, 520 * k],
      [0.8, 500 * k],
      [1, 420 * k],
    ]),
    formants: () => [
      [950 * k, 400, 1],
      [2100 * k, 600, 0.9],
      [3300 * k, 800, 0.7],
    ],
    envelope: swell(seconds, 0.02, 0.2),
    buzz: 1,
    breath: 0.35,
    rough: 0.1,
    quaver: { hz: 6, pitch: 0.015, loud: 0.1 },
    bright: 9000,
  };
}

/** The utterances of one call, in order, with the pause after each (s). */
function utterances(kind: CallKind, mass: number, seconds: number, rng: Random): [Utterance, number][] {
  const one = (u: Utterance): [Utterance, number][] => [[u, 0]];
  switch (kind) {
    case 'bark':
      return one(bark(mass, rng));
    case 'meow':
      return one(meow(mass, Math.max(0.35, seconds), rng));
    case 'chirp':
      return chirps(mass, seconds, rng).map((u) => [u, rng.range(0.03, 0.06)]);
    case 'neigh':
      return one(neigh(mass, Math.max(0.6, seconds), rng));
    case 'moo':
      return one(moo(mass, Math.max(0.6, seconds), rng));
    case 'baa':
      return one(baa(mass, Math.max(0.4, seconds), rng));
    case 'quack':
      return quacks(mass, seconds, rng).map((u) => [u, rng.range(0.06, 0.1)]);
    case 'growl':
      return one(growl(mass, Math.max(0.4, seconds), rng));
    case 'trumpet':
      return one(trumpet(mass, Math.max(0.6, seconds), rng));
  }
}

/**
 * One call of `kind` by an animal of `mass` kg, lasting about `seconds` (a bark or a quack has its
 * own length), as mono samples peaking at `level`.
 */
export function renderCall(
  kind: CallKind,
  mass: number,
  seconds: number,
  level: number,
  rng: Random,
  sampleRate: number,
): Float32Array {
  const parts = utterances(kind, mass, Math.min(3, Math.max(0.1, seconds)), rng);
  const total = parts.reduce((s, [u, pause]) => s + u.seconds + pause, 0);
  const out = new Float32Array(Math.ceil(total * sampleRate) + 1);
  let at = 0;
  for (const [u, pause] of parts) at = utter(out, at, u, rng, sampleRate) + Math.round(pause * sampleRate);
  let peak = 0;
  for (const v of out) peak = Math.max(peak, Math.abs(v));
  if (peak > 0) for (let i = 0; i < out.length; i++) out[i]! *= level / peak;
  return out;
}
