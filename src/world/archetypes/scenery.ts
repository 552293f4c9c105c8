/** Fixed scenery that things fall down, roll along or land on. Origin: the middle of the base. */
import type { Archetype, ColliderSpec, Part } from '../types.js';
import type { Vec3 } from '../../plan/schema.js';
import { param, shade } from './helpers.js';

/** Stairs climb toward −x: step 0 is nearest +x; the top landing is the last step. */
const stairs: Archetype = {
  name: 'stairs',
  nouns: ['stairs', 'staircase', 'stair', 'steps', 'stairway'],
  defaultColor: '#a0703f',
  defaultMaterial: 'wood',
  defaultBody: 'static',
  origin: 'base',
  size: [1.68, 1.08, 1.0],
  params: { steps: 6, rise: 0.18, run: 0.28, width: 1.0 },
  colliders: (e) =>
    stairBoxes(e).map((b) => ({ shape: 'cuboid', half: b.half, offset: b.center }) as ColliderSpec),
  parts: (e) =>
    stairBoxes(e).map((b, i): Part => ({
      kind: 'box',
      center: b.center,
      half: b.half,
      color: i % 2 ? e.color : shade(e.color, 0.93),
      pattern: 'planks',
    })),
  anchors: (e) => {
    const s = e.scale;
    const steps = param(e, 'steps', 6);
    const rise = param(e, 'rise', 0.18) * s;
    const run = param(e, 'run', 0.28) * s;
    return {
      // On the top landing, a little back from its edge.
      top: [-(steps - 0.6) * run, steps * rise, 0],
      bottom: [run, 0, 0],
    };
  },
};

function stairBoxes(e: Parameters<Archetype['parts']>[0]): { center: Vec3; half: Vec3 }[] {
  const s = e.scale;
  const steps = Math.max(1, Math.round(param(e, 'steps', 6)));
  const rise = param(e, 'rise', 0.18) * s;
  const run = param(e, 'run', 0.28) * s;
  const width = param(e, 'width', 1.0) * s;
  return Array.from({ length: steps }, (_, i) => ({
    center: [-(i + 0.5) * run, ((i + 1) * rise) / 2, 0] as Vec3,
    half: [run / 2, ((i + 1) * rise) / 2, width / 2] as Vec3,
  }));
}

/** A ramp descending toward +x, with low rails so rolling things stay on it. */
const ramp: Archetype = {
  name: 'ramp',
  nouns: ['ramp', 'slope', 'incline', 'chute', 'slide'],
  defaultColor: '#c49a6c',
  defaultMaterial: 'wood',
  defaultBody: 'static',
  origin: 'base',
  size: [0.9, 0.3, 0.12],
  params: { length: 0.9, angle: 18, width: 0.12 },
  colliders: (e) =>
    rampBoxes(e).map(
      (b) => ({ shape: 'cuboid', half: b.half, offset: b.center, rotation: b.rotation }) as ColliderSpec,
    ),
  parts: (e) =>
    rampBoxes(e).map((b, i): Part => ({
      kind: 'box',
      center: b.center,
      half: b.half,
      rotation: b.rotation,
      color: i === 0 ? e.color : shade(e.color, 0.75),
      pattern: i === 0 ? 'planks' : 'plain',
    })),
  anchors: (e) => {
    const { length, angle, thick } = rampShape(e);
    const a = (angle * Math.PI) / 180;
    // 8 % down from the top end, just above the surface.
    const along = length * 0.42;
    return {
      top: [-along * Math.cos(a), (length / 2) * Math.sin(a) + along * Math.sin(a) + thick, 0],
      bottom: [(length / 2) * Math.cos(a) + 0.02 * e.scale, 0, 0],
    };
  },
};

function rampShape(e: Parameters<Archetype['parts']>[0]) {
  const s = e.scale;
  return {
    length: param(e, 'length', 0.9) * s,
    angle: param(e, 'angle', 18),
    width: param(e, 'width', 0.12) * s,
    thick: 0.012 * s,
  };
}

function rampBoxes(e: Parameters<Archetype['parts']>[0]): { center: Vec3; half: Vec3; rotation: Vec3 }[] {
  const { length, angle, width, thick } = rampShape(e);
  const a = (angle * Math.PI) / 180;
  const midY = (length / 2) * Math.sin(a);
  const rail = 0.012 * e.scale;
  const tilt: Vec3 = [0, 0, -angle];
  const boxes = [
    { center: [0, midY, 0] as Vec3, half: [length / 2, thick / 2, width / 2] as Vec3, rotation: tilt },
    {
      center: [0, midY + rail, width / 2] as Vec3,
      half: [length / 2, rail, thick / 2] as Vec3,
      rotation: tilt,
    },
    {
      center: [0, midY + rail, -width / 2] as Vec3,
      half: [length / 2, rail, thick / 2] as Vec3,
      rotation: tilt,
    },
  ];
  // A support under the high end.
  const topX = -(length / 2) * Math.cos(a);
  const topY = 2 * midY;
  boxes.push({
    center: [topX + 0.03 * e.scale, topY / 2, 0],
    half: [0.02 * e.scale, topY / 2, width / 2],
    rotation: [0, 0, 0],
  });
  return boxes;
}

const table: Archetype = {
  name: 'table',
  nouns: ['table', 'desk', 'counter', 'dining table', 'kitchen table'],
  defaultColor: '#8a5a36',
  defaultMaterial: 'wood',
  defaultBody: 'static',
  origin: 'base',
  size: [1.2, 0.75, 0.75],
  colliders: (e) =>
    tableBoxes(e).map((b) => ({ shape: 'cuboid', half: b.half, offset: b.center }) as ColliderSpec),
  parts: (e) =>
    tableBoxes(e).map((b, i): Part => ({
      kind: 'box',
      center: b.center,
      half: b.half,
      color: i === 0 ? e.color : shade(e.color, 0.8),
      pattern: i === 0 ? 'planks' : 'plain',
    })),
  anchors: (e) => ({ top: [0, 0.75 * e.scale, 0] }),
};

function tableBoxes(e: Parameters<Archetype['parts']>[0]): { center: Vec3; half: Vec3 }[] {
  const s = e.scale;
  const top = { center: [0, 0.73 * s, 0] as Vec3, half: [0.6 * s, 0.02 * s, 0.375 * s] as Vec3 };
  const legs = [
    [-1, -1],
    [1, -1],
    [-1, 1],
    [1, 1],
  ].map(([sx, sz]) => ({
    center: [sx! * 0.54 * s, 0.355 * s, sz! * 0.315 * s] as Vec3,
    half: [0.03 * s, 0.355 * s, 0.03 * s] as Vec3,
  }));
  return [top, ...legs];
}

/** A basketball hoop facing +x: pole, backboard, orange rim and a net. */
const hoop: Archetype = {
  name: 'hoop',
  nouns: ['hoop', 'basket', 'basketball hoop', 'rim', 'net'],
  defaultColor: '#f4f4f4',
  defaultMaterial: 'metal',
  defaultBody: 'static',
  origin: 'base',
  size: [0.9, 3.5, 1.8],
  colliders: (e) => {
    const s = e.scale;
    const { rimCenter, rimRadius, tube } = hoopShape(s);
    // The rim is a ring of small balls: round in every direction, like the real tube.
    const ring: ColliderSpec[] = Array.from({ length: 24 }, (_, i) => {
      const a = (i / 24) * 2 * Math.PI;
      return {
        shape: 'ball',
        radius: tube,
        offset: [rimCenter[0] + rimRadius * Math.cos(a), rimCenter[1], rimRadius * Math.sin(a)],
      };
    });
    return [
      ...ring,
      { shape: 'cuboid', half: [0.02 * s, 0.53 * s, 0.9 * s], offset: [-0.15 * s, 3.3 * s, 0] },
      { shape: 'cylinder', radius: 0.06 * s, halfHeight: 1.7 * s, offset: [-0.5 * s, 1.7 * s, 0] },
    ];
  },
  parts: (e) => {
    const s = e.scale;
    const { rimCenter, rimRadius, tube } = hoopShape(s);
    return [
      {
        kind: 'cylinder',
        center: [-0.5 * s, 1.7 * s, 0],
        radius: 0.06 * s,
        halfHeight: 1.7 * s,
        color: '#555a60',
      },
      {
        kind: 'box',
        center: [-0.33 * s, 3.3 * s, 0],
        half: [0.17 * s, 0.03 * s, 0.03 * s],
        color: '#555a60',
      },
      { kind: 'box', center: [-0.15 * s, 3.3 * s, 0], half: [0.02 * s, 0.53 * s, 0.9 * s], color: e.color },
      {
        kind: 'box',
        center: [-0.125 * s, 3.2 * s, 0],
        half: [0.004 * s, 0.15 * s, 0.3 * s],
        color: '#d0202a',
      },
      { kind: 'box', center: [-0.12 * s, 3.2 * s, 0], half: [0.004 * s, 0.13 * s, 0.28 * s], color: e.color },
      {
        kind: 'cylinder',
        center: [rimCenter[0], rimCenter[1] - 0.2 * s, 0],
        radius: rimRadius * 0.85,
        halfHeight: 0.2 * s,
        color: '#ffffff',
        open: true,
        opacity: 0.35,
        innerColor: '#dddddd',
      },
      { kind: 'torus', center: rimCenter, radius: rimRadius, tube, color: '#e0561b' },
    ];
  },
  anchors: (e) => {
    const { rimCenter, rimRadius } = hoopShape(e.scale);
    return { rimCenter, rimFront: [rimCenter[0] + rimRadius, rimCenter[1], 0] };
  },
};

function hoopShape(s: number) {
  return { rimCenter: [0.1 * s, 3.05 * s, 0] as Vec3, rimRadius: 0.23 * s, tube: 0.012 * s };
}

const wall: Archetype = {
  name: 'wall',
  nouns: ['wall'],
  defaultColor: '#d8d2c4',
  defaultMaterial: 'stone',
  defaultBody: 'static',
  origin: 'base',
  size: [0.2, 2.5, 4],
  colliders: (e) => [
    { shape: 'cuboid', half: [0.1 * e.scale, 1.25 * e.scale, 2 * e.scale], offset: [0, 1.25 * e.scale, 0] },
  ],
  parts: (e) => [
    {
      kind: 'box',
      center: [0, 1.25 * e.scale, 0],
      half: [0.1 * e.scale, 1.25 * e.scale, 2 * e.scale],
      color: e.color,
    },
  ],
};

export const scenery: Archetype[] = [stairs, ramp, table, hoop, wall];
