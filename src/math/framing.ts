/** Where to put a camera so that a box of the world fills the frame, seen from a given direction. */
import type { Shot } from '../plan/schema.js';
import { add, normalize, scale, type Vec3 } from './vec.js';
import { focalPixels } from './camera.js';

export interface Framing {
  position: Vec3;
  target: Vec3;
  distance: number;
}

/** Margin around the framed box: the action should not touch the frame's edges. */
const MARGIN = 1.25;

/**
 * Camera distance for each shot size, relative to the distance that just takes in the box ("wide"):
 * closer shots fill the frame with part of it, wider ones set it in its surroundings.
 */
export const FRAMING_DISTANCE: Record<Shot['framing'], number> = {
  'extreme-wide': 2.4,
  wide: 1,
  medium: 0.65,
  'close-up': 0.4,
  'extreme-close-up': 0.22,
};

/** The same for a camera that follows one thing: relative to the distance that just takes it in. */
const FOLLOW_DISTANCE: Record<Shot['framing'], number> = {
  'extreme-wide': 14,
  wide: 7,
  medium: 3.5,
  'close-up': 1.8,
  'extreme-close-up': 0.9,
};

/**
 * How much of the world (metres across) a following shot takes in, at least and at most: a wide
 * shot of a marble shows its surroundings, a wide shot of a rider on a bike is not a landscape.
 */
const FOLLOW_SPAN: Record<Shot['framing'], [number, number]> = {
  'extreme-wide': [6, 20],
  wide: [1.5, 6],
  medium: [0.8, 3],
  'close-up': [0.3, 1.4],
  'extreme-close-up': [0.1, 0.6],
};

/** FOLLOW_DISTANCE for a subject `size` metres across, held within FOLLOW_SPAN. */
export function followDistance(size: number): Record<Shot['framing'], number> {
  const out = { ...FOLLOW_DISTANCE };
  for (const framing of Object.keys(out) as Shot['framing'][]) {
    const [lo, hi] = FOLLOW_SPAN[framing];
    out[framing] = Math.min(hi, Math.max(lo, size * FOLLOW_DISTANCE[framing])) / Math.max(size, 1e-3);
  }
  return out;
}

export function frameBox(
  min: Vec3,
  max: Vec3,
  direction: Vec3,
  lensMm: number,
  width: number,
  height: number,
  framing: Shot['framing'] = 'wide',
  table: Record<Shot['framing'], number> = FRAMING_DISTANCE,
): Framing {
  const target: Vec3 = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2];
  const half: Vec3 = [(max[0] - min[0]) / 2, (max[1] - min[1]) / 2, (max[2] - min[2]) / 2];
  const dir = normalize(direction);
  const focal = focalPixels(lensMm, width, height);
  // The box's extent across and up the image, roughly: seen from the side, x spans the width.
  const across = Math.max(half[0] * Math.abs(dir[2]) + half[2] * Math.abs(dir[0]), 0.05);
  const up = Math.max(
    half[1] * Math.hypot(dir[0], dir[2]) + Math.hypot(half[0], half[2]) * Math.abs(dir[1]) * 0.5,
    0.05,
  );
  const depth = Math.abs(half[0] * dir[0]) + Math.abs(half[2] * dir[2]);
  const distance =
    (Math.max((across * MARGIN * focal) / (width / 2), (up * MARGIN * focal) / (height / 2)) + depth) *
    table[framing];
  return { position: add(target, scale(dir, distance)), target, distance };
}
