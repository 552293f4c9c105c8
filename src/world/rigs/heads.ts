/** What animal heads share: turning toward the gaze, calling, looking about, feeding. */
import type { Vec3 } from '../../plan/schema.js';
import type { BodyState } from './types.js';
import { clamp, smooth, wave, type ActiveMotion } from './joints.js';

/**
 * Seconds between an animal's calls while it performs a 'bark' (meow, moo, neigh, chirp…): the
 * simulation puts a call event at the start of each, and the mouth opens on it.
 */
export const CALL_EVERY_S = 0.8;

/** How far the head turns (degrees) toward an entity-local gaze; a head turns only so far. */
function gazeTurn(gaze: Vec3): { yaw: number; pitch: number } {
  const flat = Math.hypot(gaze[0], gaze[2]);
  const yaw = (Math.atan2(-gaze[2], gaze[0]) * 180) / Math.PI;
  const pitch = (Math.atan2(gaze[1], flat) * 180) / Math.PI;
  return { yaw: clamp(yaw, -70, 70), pitch: clamp(pitch, -35, 35) };
}

/** The mouth while calling, 0..1, `t` seconds into the motion: wide open on each call, shut between. */
function callOpen(t: number): number {
  const x = t % CALL_EVERY_S;
  if (x < 0.05) return smooth(x / 0.05);
  if (x < 0.4) return 1 - 0.3 * ((x - 0.05) / 0.35);
  return 0.7 * (1 - smooth((x - 0.4) / 0.15));
}

/** Degrees the neck (pitch up, yaw left) and the head (and its roll) turn by, and the mouth's opening. */
export interface HeadTurn {
  neckPitch: number;
  neckYaw: number;
  headPitch: number;
  headYaw: number;
  headRoll: number;
  open: number;
}

/**
 * The head for what every animal does with it: split its turn toward the gaze with the neck, throw
 * it up on each call, look up or around, shake it, and lower it to feed: `feed` degrees of neck
 * reach the ground; a bird pecks there, a grazer stays down and chews.
 */
export function headTurn(s: BodyState, m: ActiveMotion | null, feed: number, pecks: boolean): HeadTurn {
  const gaze = gazeTurn(s.face.gaze);
  const turn: HeadTurn = {
    neckPitch: 0,
    neckYaw: gaze.yaw * 0.5,
    headPitch: gaze.pitch * 0.6,
    headYaw: gaze.yaw * 0.5,
    headRoll: 0,
    open: s.face.mouth.open,
  };
  if (!m) return turn;
  switch (m.kind) {
    case 'bark': {
      const call = callOpen(m.t) * m.w;
      turn.neckPitch += 12 * call;
      turn.headPitch += 8 * call;
      turn.open = Math.max(turn.open, call);
      break;
    }
    case 'eat-grass': {
      const down = pecks ? 0.55 + 0.45 * Math.abs(wave(1.2, m.t)) : 1;
      turn.neckPitch -= feed * down * m.w;
      turn.headPitch -= 15 * m.w;
      turn.open = Math.max(turn.open, 0.3 * m.w * Math.max(0, wave(1.6, m.t)));
      break;
    }
    case 'look-up':
      turn.neckPitch += 28 * m.w;
      turn.headPitch += 18 * m.w;
      break;
    case 'look-around':
      turn.neckYaw += 55 * m.w * Math.sin(2 * Math.PI * m.u);
      break;
    case 'shake-head':
      turn.headRoll += 35 * m.w * wave(4, m.t);
      turn.headYaw += 15 * m.w * wave(4, m.t, 0.25);
      break;
  }
  return turn;
}

/** Degrees a neck rooted at `neck` must pitch down to bring `mouth` to height `ground` (at most 110). */
export function feedAngle(neck: Vec3, mouth: Vec3, ground: number): number {
  const dx = mouth[0] - neck[0];
  const dy = mouth[1] - neck[1];
  const reach = Math.hypot(dx, dy);
  const down = Math.atan2(dy, dx) - Math.asin(clamp((ground - neck[1]) / reach, -1, 1));
  return Math.min(110, (down * 180) / Math.PI);
}
