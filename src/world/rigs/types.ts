/**
 * Rigs: how a living body's parts are placed at one instant. The simulation decides what a body is
 * doing (its BodyState: ground speed and gait phase from the Trace, the motion it performs, its
 * face); the rig turns that into parts, entity-local like Archetype.parts, so the renderer draws a
 * body exactly as it draws anything else. A rig's cycles are its own: a dog's walk is not a man's.
 */
import type { Entity, Vec3 } from '../../plan/schema.js';
import { EMOTIONS, MOTIONS, type Emotion, type MotionKind } from '../../plan/schema.js';
import type { Part } from '../types.js';

export { EMOTIONS, MOTIONS, type Emotion, type MotionKind };

/** The mouth at an instant, each 0..1: jaw opening, lip spread (ee), lip rounding (oo). */
export interface Mouth {
  open: number;
  wide: number;
  round: number;
}

/** Claps per second; in a 'clap' motion the hands meet at t = (k + 0.5) / CLAP_RATE_HZ from its start. */
export const CLAP_RATE_HZ = 2.5;

export const CLOSED_MOUTH: Mouth = { open: 0, wide: 0, round: 0 };

export interface FaceState {
  mouth: Mouth;
  /** Expression weights, 0..1 each; what is missing is neutral. */
  expression: Partial<Record<Emotion, number>>;
  /** 0: eyes open, 1: shut. */
  blink: number;
  /** Where the eyes look (and the head turns a little toward): an entity-local unit vector. */
  gaze: Vec3;
}

export interface BodyState {
  /** Seconds since the video began: idle life (breathing, sway, tail) runs on it. */
  time: number;
  /** Horizontal speed over the ground, m/s, read from the Trace. */
  speed: number;
  /** Gait cycle phase in [0, 1), advanced by distance travelled ÷ stride: feet cannot slide. */
  phase: number;
  /** Off the ground (a jump's flight or a fall in the Trace): legs tuck, arms rise. */
  airborne: boolean;
  /** What the limbs are doing besides travelling, with its progress u (0..1) and age t (s). */
  motion: { kind: MotionKind; u: number; t: number } | null;
  face: FaceState;
}

export interface Rig {
  /** Length of one whole gait cycle at this ground speed (two steps for two legs), metres. */
  stride(e: Entity, speed: number): number;
  /** Phases of the cycle at which each foot lands, in foot order (a biped: [0, 0.5]). */
  landings: readonly number[];
  /** The landings at this ground speed, where the rhythm changes with the gait (a trot, a gallop). */
  landingsAt?(e: Entity, speed: number): readonly number[];
  /** The body's parts at this instant, entity-local, as Archetype.parts. */
  parts(e: Entity, s: BodyState): Part[];
  /** The sole of foot i at this instant, entity-local (footsteps and the slide test read it). */
  foot(e: Entity, s: BodyState, i: number): Vec3;
  /** The palm of hand i (0 left, 1 right) at this instant, entity-local: where a carried thing rides. */
  hand?(e: Entity, s: BodyState, i: number): Vec3;
  /** The mouth's centre and the head's radius, entity-local, for faces that speak. */
  head?(e: Entity, s: BodyState): { mouth: Vec3; radius: number };
}

/** A body at rest: standing, neutral, eyes open, looking ahead along its facing. */
export function restingState(facing: Vec3 = [1, 0, 0]): BodyState {
  return {
    time: 0,
    speed: 0,
    phase: 0,
    airborne: false,
    motion: null,
    face: { mouth: CLOSED_MOUTH, expression: {}, blink: 0, gaze: facing },
  };
}
