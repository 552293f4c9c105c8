/**
 * A simple procedural music bed: a mood picks key, mode and progression; a soft pad holds the
 * chords, a bass marks the bar, and a gentle melody walks the scale at the plan's tempo. The seed
 * decides the melody, so the same plan always plays the same tune. Absolute level is set by the
 * mixer (plan.sound.music.levelDb relative to the mix target).
 */
import type { ScenePlan } from '../plan/schema.js';
import { createRandom } from '../plan/random.js';
import { createStereo, smoothStep, type StereoBuffers } from './dsp.js';

type Music = NonNullable<ScenePlan['sound']['music']>;

const MAJOR = [0, 2, 4, 5, 7, 9, 11];
const MINOR = [0, 2, 3, 5, 7, 8, 10];
const HARMONIC_MINOR = [0, 2, 3, 5, 7, 8, 11];

interface MoodSpec {
  /** MIDI note of the tonic (bass octave). */
  tonic: number;
  scale: number[];
  /** Scale degrees (0-based) of the chords, one per bar. */
  progression: number[];
  /** Chance a beat (or half beat) carries a melody note. */
  density: number;
  /** Melody notes per beat. */
  subdivision: number;
  /** Bass notes per bar. */
  bassPerBar: number;
}

const MOODS: Record<Music['mood'], MoodSpec> = {
  calm: { tonic: 41, scale: MAJOR, progression: [0, 5, 3, 4], density: 0.45, subdivision: 1, bassPerBar: 1 },
  happy: { tonic: 48, scale: MAJOR, progression: [0, 4, 5, 3], density: 0.6, subdivision: 2, bassPerBar: 2 },
  tense: {
    tonic: 38,
    scale: HARMONIC_MINOR,
    progression: [0, 5, 3, 4],
    density: 0.35,
    subdivision: 2,
    bassPerBar: 8,
  },
  sad: { tonic: 45, scale: MINOR, progression: [0, 5, 2, 6], density: 0.35, subdivision: 1, bassPerBar: 1 },
};

const midiHz = (note: number): number => 440 * Math.pow(2, (note - 69) / 12);

/** MIDI note of scale degree `degree` (may exceed 7: wraps into higher octaves). */
function degreeNote(spec: MoodSpec, degree: number): number {
  const octave = Math.floor(degree / 7);
  const step = ((degree % 7) + 7) % 7;
  return spec.tonic + 12 * octave + spec.scale[step]!;
}

/**
 * Adds a note made of sine partials [multiple, amplitude]: smooth attack, exponential decay (τ),
 * smooth release over the last `release` seconds. Oscillators run by recursion (no per-sample trig).
 */
function addNote(
  out: StereoBuffers,
  start: number,
  seconds: number,
  freq: number,
  amp: number,
  shape: { attack: number; tau: number; release: number; pan: number },
  partials: [number, number][],
  sampleRate: number,
): void {
  const len = Math.min(Math.round(seconds * sampleRate), out.left.length - start);
  if (len <= 0) return;
  const attack = Math.max(1, shape.attack * sampleRate);
  const release = Math.max(1, Math.min(shape.release * sampleRate, len / 2));
  const decay = Math.exp(-1 / (shape.tau * sampleRate));
  const gl = Math.cos(((shape.pan + 1) * Math.PI) / 4);
  const gr = Math.sin(((shape.pan + 1) * Math.PI) / 4);
  for (const [mult, pAmp] of partials) {
    const w = (2 * Math.PI * freq * mult) / sampleRate;
    if (w >= Math.PI * 0.9) continue;
    const c = 2 * Math.cos(w);
    let s1 = 0;
    let s0 = Math.sin(w);
    let d = amp * pAmp;
    for (let i = 0; i < len; i++) {
      const env = d * smoothStep(i / attack) * smoothStep((len - i) / release);
      out.left[start + i]! += gl * env * s1;
      out.right[start + i]! += gr * env * s1;
      const next = c * s0 - s1;
      s1 = s0;
      s0 = next;
      d *= decay;
    }
  }
}

export function renderMusic(music: Music, length: number, seed: number, sampleRate: number): StereoBuffers {
  const out = createStereo(length);
  const spec = MOODS[music.mood];
  const rng = createRandom(seed, 'audio/music');
  const beat = 60 / music.tempo;
  const bar = 4 * beat;
  const seconds = length / sampleRate;
  const pad: [number, number][] = [
    [1, 1],
    [1.003, 0.7],
    [2, 0.18],
    [3, 0.06],
  ];
  let melodyDegree = 7 + 2 * Math.floor(rng.range(0, 3));
  for (let b = 0; b * bar < seconds; b++) {
    const t0 = b * bar;
    const start = Math.round(t0 * sampleRate);
    const chord = spec.progression[b % spec.progression.length]!;
    // Pad: the triad an octave above the bass, overlapping into the next bar so chords join.
    [0, 2, 4].forEach((step, k) =>
      addNote(
        out,
        start,
        bar + 0.4,
        midiHz(degreeNote(spec, chord + step) + 12),
        0.05,
        { attack: 0.3, tau: 8, release: 0.45, pan: (k - 1) * 0.4 },
        pad,
        sampleRate,
      ),
    );
    for (let k = 0; k < spec.bassPerBar; k++) {
      const at = Math.round((t0 + (k * bar) / spec.bassPerBar) * sampleRate);
      const long = bar / spec.bassPerBar;
      const shape = { attack: 0.02, tau: 0.5, release: 0.08, pan: 0 };
      addNote(
        out,
        at,
        long,
        midiHz(degreeNote(spec, chord)),
        0.12,
        shape,
        [
          [1, 1],
          [2, 0.3],
        ],
        sampleRate,
      );
    }
    // Melody: a random walk on the scale that leans toward chord tones on strong beats.
    const steps = 4 * spec.subdivision;
    for (let k = 0; k < steps; k++) {
      if (rng.next() > spec.density) continue;
      melodyDegree += Math.round(rng.range(-2.4, 2.4));
      melodyDegree = Math.min(13, Math.max(5, melodyDegree));
      if (k % spec.subdivision === 0 && rng.next() < 0.6)
        melodyDegree = 7 + chord + 2 * Math.floor(rng.range(0, 2));
      const at = Math.round((t0 + (k * beat) / spec.subdivision) * sampleRate);
      const long = (beat / spec.subdivision) * 1.6;
      const shape = { attack: 0.03, tau: 0.35, release: 0.1, pan: rng.range(-0.2, 0.2) };
      addNote(
        out,
        at,
        long,
        midiHz(degreeNote(spec, melodyDegree) + 12),
        0.07,
        shape,
        [
          [1, 1],
          [3, 0.12],
        ],
        sampleRate,
      );
    }
  }
  // Ease out at the end of the video rather than stopping mid-note.
  const fade = Math.min(length, Math.round(0.5 * sampleRate));
  for (let i = 0; i < fade; i++) {
    const g = smoothStep(i / fade);
    out.left[length - 1 - i]! *= g;
    out.right[length - 1 - i]! *= g;
  }
  return out;
}
