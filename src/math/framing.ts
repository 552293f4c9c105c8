/** Where to put a camera so that a box of the world fills the frame, seen from a given direction. */
import { add, normalize, scale, type Vec3 } from './vec.js';
import { focalPixels } from './camera.js';

export interface Framing {
  position: Vec3;
  target: Vec3;
  distance: number;
}

/** Margin around the framed box: the action should not touch the frame's edges. */
const MARGIN = 1.25;

export function frameBox(
  min: Vec3,
  max: Vec3,
  direction: Vec3,
  lensMm: number,
  width: number,
  height: number,
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
    Math.max((across * MARGIN * focal) / (width / 2), (up * MARGIN * focal) / (height / 2)) + depth;
  return { position: add(target, scale(dir, distance)), target, distance };
}
