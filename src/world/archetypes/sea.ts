/**
 * Sea creatures: fish, sharks, dolphins and whales on one body plan, always swimming
 * (rigs/swimmer.ts); a jellyfish, a seal, an octopus, a crab. Side-on ones face +x; shapes are
 * measured from the ground.
 */
import type { Vec3 } from '../../plan/schema.js';
import type { Archetype } from '../types.js';
import { boned } from '../rigs/joints.js';
import { swimmerRig, type SwimmerBone } from '../rigs/swimmer.js';
import { EYE } from './animals.js';
import { creature, leftRight, sideEyes, WHITE } from './creatures.js';
import { figure, pair, type Shape } from './figures.js';
import { around, shifted, span, spread, triangle } from './geometry.js';

// ---- Swimmers ----

interface Swimmer {
  nouns: string[];
  color: string;
  belly?: string;
  fins?: string;
  /** Length, height and thickness of the body (m). */
  length: number;
  height: number;
  thick: number;
  /** A fish's upright tail, or a whale's or dolphin's flat flukes. */
  tail: 'fin' | 'flukes';
  /** Dorsal fin [length, height, sweep back in degrees], as shares of the body length. */
  dorsal: [number, number, number];
  /** A dolphin's beak, as a share of the length. */
  beak?: number;
  density?: number;
  extra?: (L: number, H: number, T: number) => Shape[];
}

function swimmer(name: string, s: Swimmer): Archetype {
  const { length: L, height: H, thick: T } = s;
  const fins = s.fins ?? 'main';
  const [dl, dh, sweep] = s.dorsal;
  // A fish's tail: two lobes in a V, the lower one kept above the belly line.
  const tail: Shape[] =
    s.tail === 'fin'
      ? [1, -1].map((side) => {
          const lobe = Math.min(L * 0.13, H * (side > 0 ? 0.7 : 0.38));
          return {
            egg: [lobe, lobe * 0.35, T * 0.1],
            at: [-L * 0.45 - lobe * 0.45, side * lobe * 0.55, 0],
            turn: [0, 0, side * 45],
            paint: fins,
          };
        })
      : pair({
          egg: [L * 0.09, H * 0.05, L * 0.11],
          at: [-L * 0.52, H * 0.1, L * 0.08],
          turn: [0, 35, 8],
          paint: fins,
        });
  // Box-centred: the body spans ±H/2, the dorsal fin rises above it.
  const top = H * 0.42 + dh * L;
  const lift = -(top - H / 2) / 2;
  const [finR, finL] = pair({
    egg: [H * 0.45, H * 0.05, H * 0.28],
    at: [L * 0.18, -H * 0.22, T * 0.45],
    turn: [25, 20, -20],
    paint: fins,
  });
  const groups = boned<SwimmerBone>({
    body: [
      { egg: [L * 0.45, H / 2, T / 2], at: [0, 0, 0] },
      ...(s.belly
        ? [{ egg: [L * 0.42, H * 0.35, T * 0.49], at: [0.01 * L, -H * 0.15, 0], paint: s.belly } as Shape]
        : []),
      // The dorsal fin, a triangle swept back.
      ...triangle({
        at: [0, H * 0.42, 0],
        width: dl * L * 2,
        height: dh * L,
        thick: Math.max(0.004, T * 0.08),
        lean: -dl * L * Math.min(1, sweep / 40),
        strips: 8,
        paint: fins,
      }),
      ...(s.beak ? [{ egg: [s.beak * L, H * 0.12, T * 0.16], at: [L * 0.45, -H * 0.12, 0] } as Shape] : []),
      ...sideEyes(L * 0.33, H * 0.05, T * 0.3, Math.max(0.006, H * 0.05)),
      ...(s.extra?.(L, H, T) ?? []),
    ],
    rear: [{ egg: [L * 0.12, H * 0.22, T * 0.22], at: [-L * 0.4, H * 0.05, 0] }],
    tail,
    finL: [finL!],
    finR: [finR!],
  });
  const shapes = shifted(groups.shapes, [0, lift, 0]);
  const [length, , width] = span(shapes);
  const size: Vec3 = [length, top + H / 2, width];
  const density = s.density ?? 1000;
  const archetype = figure(name, {
    nouns: s.nouns,
    color: s.color,
    material: 'fabric',
    size,
    density,
    // What physics sees is the body, kept upright by being at least as wide as it is tall.
    solid: [{ box: [L * 0.95, H, Math.max(T, H)], at: [0, lift, 0] }],
    shapes,
  });
  const rig = swimmerRig(
    {
      length: L,
      body: [L * 0.1, 0, 0],
      rear: [-L * 0.28, H * 0.05, 0],
      tail: [-L * 0.45, H * 0.05, 0],
      fins: [
        [L * 0.18 + H * 0.2, -H * 0.22, -T * 0.4],
        [L * 0.18 + H * 0.2, -H * 0.22, T * 0.4],
      ],
      base: [0, -H / 2, 0],
      flukes: s.tail === 'flukes',
    },
    { parts: archetype.parts, bones: groups.bones, size, density, down: lift },
  );
  return { ...archetype, rig };
}

const fish = swimmer('fish', {
  nouns: ['fish', 'goldfish', 'clownfish', 'clown fish', 'koi', 'carp', 'trout', 'salmon'],
  color: '#f08a24',
  fins: '#f5b060',
  length: 0.3,
  height: 0.13,
  thick: 0.05,
  tail: 'fin',
  dorsal: [0.14, 0.08, 15],
  density: 1000,
  extra: (L, H, T) => [
    { egg: [L * 0.02, H * 0.42, T * 0.47], at: [L * 0.24, 0, 0], paint: '#e06a10' },
    { box: [L * 0.04, H * 0.02, T * 0.2], at: [L * 0.44, -H * 0.08, 0], paint: '#8a3a10' },
  ],
});

const shark = swimmer('shark', {
  nouns: ['shark', 'great white shark'],
  color: '#7d8a96',
  belly: WHITE,
  length: 3.5,
  height: 0.75,
  thick: 0.7,
  tail: 'fin',
  dorsal: [0.09, 0.11, 30],
  density: 1000,
  extra: (L, H, T) => [
    ...spread(4, 0.2, 0.26).flatMap((u) =>
      pair({ box: [0.015 * L, H * 0.28, 0.01], at: [u * L, -H * 0.02, T * 0.42], paint: '#55606a' }),
    ),
    { box: [L * 0.1, H * 0.03, T * 0.5], at: [L * 0.34, -H * 0.22, 0], turn: [0, 0, 10], paint: '#3a3f46' },
  ],
});

const dolphin = swimmer('dolphin', {
  nouns: ['dolphin', 'porpoise', 'orca', 'killer whale'],
  color: '#7f95a8',
  belly: '#e2e8ee',
  length: 2.4,
  height: 0.5,
  thick: 0.45,
  tail: 'flukes',
  dorsal: [0.08, 0.1, 35],
  beak: 0.09,
  density: 1000,
});

const whale = swimmer('whale', {
  nouns: ['whale', 'humpback', 'blue whale', 'sperm whale'],
  color: '#3d4f63',
  belly: '#b9c3cd',
  length: 12,
  height: 3,
  thick: 2.8,
  tail: 'flukes',
  dorsal: [0.03, 0.025, 30],
  density: 1000,
  extra: (L, H, T) => [
    { egg: [L * 0.2, H * 0.45, T * 0.48], at: [L * 0.25, -H * 0.03, 0] },
    ...spread(5, -0.3, -0.1).map((y): Shape => ({
      box: [L * 0.35, H * 0.015, T * 0.5],
      at: [L * 0.22, y * H, 0],
      paint: '#8a96a3',
    })),
    ...pair({
      egg: [H * 0.8, H * 0.05, H * 0.25],
      at: [L * 0.1, -H * 0.25, T * 0.5],
      turn: [0, 30, -15],
      paint: '#c9d1d9',
    }),
  ],
});

const jellyfish = creature('jellyfish', {
  nouns: ['jellyfish', 'jelly fish', 'medusa'],
  color: '#e889c8',
  size: [0.42, 0.5, 0.4],
  density: 1000,
  shapes: [
    { egg: [0.16, 0.12, 0.16], at: [0, 0.4, 0] },
    { ring: [0.14, 0.025], at: [0, 0.37, 0], paint: '#f2b0dd' },
    ...around(10, 0.12, (x, z, a): Shape => ({
      rod: [0.006, 0.34],
      at: [x, 0.19, z],
      turn: [0, -a, (a % 72) - 30],
      paint: '#f2b0dd',
    })),
    ...around(4, 0.04, (x, z): Shape[] =>
      spread(5, 0.05, 0.33).map((y, k): Shape => ({
        ball: 0.028 - k * 0.003,
        at: [x + Math.sin(k) * 0.02, y, z],
      })),
    ).flat(),
  ],
});

const seal = creature('seal', {
  nouns: ['seal', 'sea lion', 'walrus'],
  color: '#7d8088',
  size: [1.6, 0.75, 0.5],
  density: 1000,
  shapes: [
    { egg: [0.55, 0.2, 0.24], at: [-0.15, 0.2, 0], turn: [0, 0, 12] },
    { egg: [0.35, 0.12, 0.16], at: [-0.55, 0.12, 0] },
    ...pair({ egg: [0.14, 0.02, 0.06], at: [-0.85, 0.04, 0.08], turn: [0, 25, 0] }),
    { egg: [0.14, 0.2, 0.16], at: [0.3, 0.42, 0], turn: [0, 0, -30] },
    { ball: 0.12, at: [0.4, 0.6, 0] },
    { egg: [0.08, 0.06, 0.07], at: [0.52, 0.57, 0], paint: '#9a9ca3' },
    { ball: 0.018, at: [0.6, 0.59, 0], paint: EYE },
    ...sideEyes(0.48, 0.63, 0.08, 0.022),
    ...pair({ egg: [0.15, 0.02, 0.07], at: [0.25, 0.06, 0.2], turn: [0, -30, -20] }),
  ],
});

const octopus = creature('octopus', {
  nouns: ['octopus', 'squid'],
  color: '#d9603a',
  size: [0.9, 0.45, 0.9],
  density: 1050,
  shapes: [
    { egg: [0.15, 0.19, 0.15], at: [0, 0.26, -0.02], turn: [-15, 0, 0] },
    { ball: 0.12, at: [0, 0.12, 0.02] },
    ...leftRight((s) => ({ ball: 0.035, at: [s * 0.06, 0.18, 0.1] })),
    ...leftRight((s) => ({ ball: 0.018, at: [s * 0.06, 0.18, 0.13], paint: EYE })),
    ...around(8, 1, (cx, cz): Shape[] =>
      spread(9, 0, 1).map((t): Shape => {
        const r = 0.1 + t * 0.3;
        const curl = t * t * 1.2;
        return {
          ball: 0.04 - t * 0.028,
          at: [cx * r + -cz * curl * 0.12, 0.03 + 0.04 * (1 - t) + t * t * 0.06, cz * r + cx * curl * 0.12],
        };
      }),
    ).flat(),
  ],
});

const crab = creature('crab', {
  nouns: ['crab', 'lobster', 'crayfish'],
  color: '#d1402a',
  size: [0.3, 0.12, 0.26],
  density: 1100,
  shapes: [
    { egg: [0.08, 0.035, 0.06], at: [0, 0.06, 0] },
    ...pair({ rod: [0.004, 0.03], at: [0.055, 0.09, 0.015] }),
    ...pair({ ball: 0.008, at: [0.055, 0.106, 0.015], paint: EYE }),
    // Claws: an arm forward on each side, a pincer of two eggs.
    ...pair({ rod: [0.01, 0.07], at: [0.08, 0.05, 0.06], turn: [0, 40, 90] }),
    ...pair({ egg: [0.035, 0.02, 0.018], at: [0.12, 0.055, 0.085], turn: [0, -20, 10] }),
    ...pair({ egg: [0.025, 0.008, 0.01], at: [0.145, 0.035, 0.08], turn: [0, -20, -10] }),
    ...[-0.045, -0.015, 0.015].flatMap((x) => [
      ...pair({ rod: [0.005, 0.06], at: [x, 0.06, 0.075], turn: [-70, 0, 0] }),
      ...pair({ rod: [0.004, 0.06], at: [x, 0.03, 0.11], turn: [-25, 0, 0] }),
    ]),
  ],
});

export const sea: Archetype[] = [fish, shark, dolphin, whale, jellyfish, seal, octopus, crab];
