/** Where to put a camera so that what it must show fills the frame, seen from a given direction. */
import type { Shot } from '../plan/schema.js';
import { add, cross, dot, normalize, scale, sub, type Vec3 } from './vec.js';
import { focalPixels } from './camera.js';

export interface Framing {
  position: Vec3;
  target: Vec3;
  distance: number;
}

/** Margin around the framed box: the action should not touch the frame's edges. */
const MARGIN = 1.25;

/** The least half-width of what a picture takes in, metres. */
const PAD = 0.05;

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

/** An axis-aligned box of the world. */
export interface Box {
  min: Vec3;
  max: Vec3;
}

/**
 * Where to put a camera, looking back along `direction`, so that every corner of every box is in
 * the picture with a margin ("wide"; closer shot sizes come nearer by `table`). It looks at the
 * middle of them all. Each corner is fitted where it really is, in perspective: a small thing
 * standing well in front of a big one needs no more room than itself, where one box drawn around
 * both would push the camera back by the whole depth between them.
 */
export function frameBoxes(
  boxes: readonly Box[],
  direction: Vec3,
  lensMm: number,
  width: number,
  height: number,
  framing: Shot['framing'] = 'wide',
  table: Record<Shot['framing'], number> = FRAMING_DISTANCE,
): Framing {
  const min = [0, 1, 2].map((k) => Math.min(...boxes.map((b) => b.min[k]!))) as Vec3;
  const max = [0, 1, 2].map((k) => Math.max(...boxes.map((b) => b.max[k]!))) as Vec3;
  const target: Vec3 = [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2];
  const dir = normalize(direction);
  // The picture's axes, as cameraBasis has them for a camera looking along −dir.
  const worldUp: Vec3 = Math.abs(dir[1]) > 0.999 ? [0, 0, -1] : [0, 1, 0];
  const right = normalize(cross(scale(dir, -1), worldUp));
  const up = cross(right, scale(dir, -1));
  const focal = focalPixels(lensMm, width, height);
  const perWidth = (focal * MARGIN) / (width / 2);
  const perHeight = (focal * MARGIN) / (height / 2);
  // A corner `v` from the target is in the picture when the camera is at least this far from it;
  // and whatever the boxes' size, the picture takes in at least PAD around their middle.
  let need = PAD * Math.max(perWidth, perHeight);
  for (const b of boxes)
    for (let c = 0; c < 8; c++) {
      const v = sub(
        [c & 1 ? b.max[0] : b.min[0], c & 2 ? b.max[1] : b.min[1], c & 4 ? b.max[2] : b.min[2]],
        target,
      );
      const across = Math.max(Math.abs(dot(v, right)) * perWidth, Math.abs(dot(v, up)) * perHeight);
      need = Math.max(need, dot(v, dir) + across);
    }
  const distance = need * table[framing];
  return { position: add(target, scale(dir, distance)), target, distance };
}
