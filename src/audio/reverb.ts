/**
 * A short room for the event bus: a handful of early reflections (sparse taps, different on each
 * side so the space feels wide) and, in big places, a quiet diffuse tail from a 4-line feedback
 * delay network. Reflections arrive ≥3 ms after the direct sound and well below it, so the attack
 * of every hit stays on its sample and no echo reads as a new onset.
 */
import type { Environment } from '../plan/schema.js';
import { onePole, type StereoBuffers } from './dsp.js';

interface Space {
  /** [delay ms, gain] per reflection; left and right differ. */
  left: [number, number][];
  right: [number, number][];
  /** Reflections lose highs on the walls: low-pass cutoff (Hz). */
  absorbHz: number;
  /** Diffuse tail: RT60 seconds and send gain (0 = none). */
  rt60: number;
  tail: number;
}

const SMALL: Space = {
  left: [
    [4.1, 0.32],
    [7.3, 0.22],
    [11.9, 0.18],
    [17.2, 0.12],
    [23.5, 0.09],
  ],
  right: [
    [5.2, 0.3],
    [8.8, 0.21],
    [13.4, 0.16],
    [19.1, 0.11],
    [26.3, 0.08],
  ],
  absorbHz: 4500,
  rt60: 0.45,
  tail: 0.15,
};

const GYM: Space = {
  left: [
    [14, 0.3],
    [29, 0.24],
    [47, 0.2],
    [66, 0.16],
    [89, 0.12],
    [113, 0.09],
  ],
  right: [
    [17, 0.29],
    [33, 0.23],
    [52, 0.19],
    [73, 0.15],
    [97, 0.11],
    [124, 0.08],
  ],
  absorbHz: 5000,
  rt60: 1.7,
  tail: 0.16,
};

// Out of doors only the ground answers, faintly.
const OPEN: Space = { left: [[6, 0.12]], right: [[6.5, 0.11]], absorbHz: 3000, rt60: 0, tail: 0 };
const SOFT_GROUND: Space = { left: [[6, 0.1]], right: [[6.5, 0.09]], absorbHz: 2500, rt60: 0, tail: 0 };

const SPACES: Record<Environment['place'], Space> = {
  studio: {
    ...SMALL,
    left: SMALL.left.map(([d, g]) => [d, g * 0.6]),
    right: SMALL.right.map(([d, g]) => [d, g * 0.6]),
    tail: 0,
  },
  room: SMALL,
  // Hard tiled surfaces: same size, brighter.
  kitchen: { ...SMALL, absorbHz: 7000, tail: 0.06 },
  gym: GYM,
  hall: GYM,
  // Shelves and goods soak up the sound of a shop.
  shop: { ...SMALL, absorbHz: 3500, tail: 0.08 },
  outdoor: OPEN,
  park: SOFT_GROUND,
  field: SOFT_GROUND,
  forest: SOFT_GROUND,
  street: {
    left: [
      [9, 0.18],
      [21, 0.1],
    ],
    right: [
      [11, 0.17],
      [24, 0.09],
    ],
    absorbHz: 3500,
    rt60: 0,
    tail: 0,
  },
  beach: SOFT_GROUND,
  water: OPEN,
  mountain: {
    left: [
      [40, 0.12],
      [95, 0.07],
    ],
    right: [
      [46, 0.11],
      [110, 0.06],
    ],
    absorbHz: 2500,
    rt60: 0,
    tail: 0,
  },
  snowfield: SOFT_GROUND,
  desert: SOFT_GROUND,
  // Under water everything is muffled and close.
  underwater: { ...SMALL, absorbHz: 900, tail: 0.2 },
};

/** Adds reflections (and tail) of `bus` to itself, in place. */
export function applyReverb(bus: StereoBuffers, place: Environment['place'], sampleRate: number): void {
  const space = SPACES[place];
  const n = bus.left.length;
  const mono = new Float32Array(n);
  for (let i = 0; i < n; i++) mono[i] = 0.5 * (bus.left[i]! + bus.right[i]!);
  const wet = new Float32Array(n);
  const dry = new Float32Array(n);
  const a = onePole(1 / (2 * Math.PI * space.absorbHz), sampleRate);
  const sides: [Float32Array, Float32Array, [number, number][]][] = [
    [bus.left, bus.right, space.left],
    [bus.right, bus.left, space.right],
  ];
  for (const [out, opposite, taps] of sides) {
    // Reflections mostly keep the source's side (the nearer wall), with some of the far one.
    for (let i = 0; i < n; i++) dry[i] = 0.75 * out[i]! + 0.25 * opposite[i]!;
    wet.fill(0);
    for (const [ms, gain] of taps) {
      const d = Math.round((ms / 1000) * sampleRate);
      for (let i = d; i < n; i++) wet[i]! += gain * dry[i - d]!;
    }
    let s = 0;
    for (let i = 0; i < n; i++) {
      s = a * s + (1 - a) * wet[i]!;
      out[i]! += s;
    }
  }
  if (space.tail > 0 && space.rt60 > 0) addTail(bus, mono, space, sampleRate);
}

/** Four-line FDN with a Hadamard mix and frequency-dependent loss: a smooth, colourless tail. */
function addTail(bus: StereoBuffers, mono: Float32Array, space: Space, sampleRate: number): void {
  const scale = (space.rt60 / 1.7) * (sampleRate / 48000);
  const [l0, l1, l2, l3] = [1423, 1777, 2137, 2593].map((l) => Math.max(89, Math.round(l * scale))) as [
    number,
    number,
    number,
    number,
  ];
  const d0 = new Float32Array(l0);
  const d1 = new Float32Array(l1);
  const d2 = new Float32Array(l2);
  const d3 = new Float32Array(l3);
  const loss = (l: number): number => Math.pow(10, (-3 * l) / (space.rt60 * sampleRate));
  const [g0, g1, g2, g3] = [loss(l0), loss(l1), loss(l2), loss(l3)];
  const a = onePole(1 / (2 * Math.PI * space.absorbHz), sampleRate);
  let p0 = 0;
  let p1 = 0;
  let p2 = 0;
  let p3 = 0;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  // Pre-delay so the tail builds up after the reflections, never on the attack.
  const pre = Math.round(0.02 * sampleRate);
  for (let i = 0; i < bus.left.length; i++) {
    const src = i >= pre ? mono[i - pre]! * space.tail : 0;
    s0 = a * s0 + (1 - a) * d0[p0]!;
    s1 = a * s1 + (1 - a) * d1[p1]!;
    s2 = a * s2 + (1 - a) * d2[p2]!;
    s3 = a * s3 + (1 - a) * d3[p3]!;
    const v0 = s0 * g0;
    const v1 = s1 * g1;
    const v2 = s2 * g2;
    const v3 = s3 * g3;
    // Orthogonal Hadamard mixing (×½) keeps the loop lossless before the per-line losses.
    d0[p0] = 0.5 * (v0 + v1 + v2 + v3) + src;
    d1[p1] = 0.5 * (v0 - v1 + v2 - v3) + src;
    d2[p2] = 0.5 * (v0 + v1 - v2 - v3) + src;
    d3[p3] = 0.5 * (v0 - v1 - v2 + v3) + src;
    p0 = p0 + 1 === l0 ? 0 : p0 + 1;
    p1 = p1 + 1 === l1 ? 0 : p1 + 1;
    p2 = p2 + 1 === l2 ? 0 : p2 + 1;
    p3 = p3 + 1 === l3 ? 0 : p3 + 1;
    bus.left[i]! += v0 + v2;
    bus.right[i]! += v1 + v3;
  }
}
