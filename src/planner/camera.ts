/** Frames the action: a three-quarter side view that keeps every point of interest in shot. */
import type { Shot, Vec3 } from '../plan/schema.js';
import { add, scale } from '../math/vec.js';
import { focalPixels } from '../math/camera.js';

const DEG = Math.PI / 180;

export function frameShot(focus: Vec3[], width: number, height: number, duration: number): Shot {
  const pts = focus.length ? focus : ([[0, 0, 0]] as Vec3[]);
  const min = [0, 1, 2].map((i) => Math.min(...pts.map((p) => p[i]!)));
  const max = [0, 1, 2].map((i) => Math.max(...pts.map((p) => p[i]!)));
  const centre: Vec3 = [(min[0]! + max[0]!) / 2, (min[1]! + max[1]!) / 2, (min[2]! + max[2]!) / 2];
  const half = [0, 1, 2].map((i) => (max[i]! - min[i]!) / 2) as Vec3;
  const lensMm = 35;
  const focal = focalPixels(lensMm, width, height);
  // Seen from the front (+z), a little to the right and above, as a person would film it.
  const azimuth = 18 * DEG;
  const elevation = 14 * DEG;
  const dir: Vec3 = [
    Math.sin(azimuth) * Math.cos(elevation),
    Math.sin(elevation),
    Math.cos(azimuth) * Math.cos(elevation),
  ];
  const margin = 1.3;
  const fitW = (Math.max(half[0], half[2] * 0.5, 0.05) * margin * focal) / (width / 2);
  const fitH = (Math.max(half[1], 0.05) * margin * focal) / (height / 2);
  const distance = Math.max(fitW, fitH) + half[2];
  const target: Vec3 = centre;
  return {
    start: 0,
    end: duration,
    framing: distance > 8 ? 'wide' : distance > 2 ? 'medium' : 'close-up',
    position: add(target, scale(dir, distance)),
    target,
    lensMm,
    move: { type: 'static', amount: 0 },
  };
}
