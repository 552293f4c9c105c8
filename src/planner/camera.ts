/**
 * Frames the action: a three-quarter front view that keeps every point of interest in shot. The shot
 * names what to keep in view, so the simulation re-places it to take in where those things go.
 */
import type { Shot, Vec3 } from '../plan/schema.js';
import { frameBox } from '../math/framing.js';

const DEG = Math.PI / 180;
/** Seen from the front (+z), a little to the right and above, as a person would film it. */
const AZIMUTH = 18 * DEG;
const ELEVATION = 14 * DEG;

export const VIEW_DIRECTION: Vec3 = [
  Math.sin(AZIMUTH) * Math.cos(ELEVATION),
  Math.sin(ELEVATION),
  Math.cos(AZIMUTH) * Math.cos(ELEVATION),
];

export function frameShot(
  focus: Vec3[],
  keepInView: string[],
  width: number,
  height: number,
  duration: number,
): Shot {
  const pts = focus.length ? focus : ([[0, 0, 0]] as Vec3[]);
  const min = [0, 1, 2].map((i) => Math.min(...pts.map((p) => p[i]!))) as Vec3;
  const max = [0, 1, 2].map((i) => Math.max(...pts.map((p) => p[i]!))) as Vec3;
  const lensMm = 35;
  const { position, target, distance } = frameBox(min, max, VIEW_DIRECTION, lensMm, width, height);
  return {
    start: 0,
    end: duration,
    framing: distance > 8 ? 'wide' : distance > 2 ? 'medium' : 'close-up',
    position,
    target,
    lensMm,
    move: { type: 'static', amount: 0 },
    keepInView,
  };
}
