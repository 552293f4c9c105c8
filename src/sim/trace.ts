/**
 * The Trace: the simulated world over time, sampled at the video frame rate. Picture and sound are
 * both read from it, which is what keeps them in sync.
 */
import type { Material, Vec3 } from '../plan/schema.js';
import type { Quat } from '../math/vec.js';
import type { CameraPose } from '../math/camera.js';
import type { BodyState } from '../world/rigs/types.js';
import type { SpeechSpan } from '../speech/types.js';

export type { CameraPose };

export interface TraceEntity {
  id: string;
  archetype: string;
  index: number;
}

/** Two bodies struck each other (or a body struck scenery) at `time`. */
export interface ContactEvent {
  time: number;
  a: string;
  b: string;
  /** Normal impulse of the impact, N·s. */
  impulse: number;
  /** Speed at which the surfaces approached, m/s. */
  speed: number;
  materials: [Material, Material];
  /** Mass of the lighter body, kg (scales the sound's size). */
  mass: number;
  position: Vec3;
}

/** A stretch of time during which a body rolled or slid on a surface. */
export interface MotionSpan {
  kind: 'roll' | 'slide';
  entity: string;
  surface: string;
  materials: [Material, Material];
  start: number;
  end: number;
  /** Contact-point speed (slide) or centre speed (roll), m/s, at `rate` samples per second from `start`. */
  speeds: Float32Array;
  rate: number;
}

/** Something a living body does that is heard: a foot landing, hands meeting, a fall, an animal's call. */
export interface BodyEvent {
  time: number;
  entity: string;
  kind: 'step' | 'clap' | 'fall' | 'call';
  /** Where it happens, world metres (a foot's sole, the hands, the mouth). */
  position: Vec3;
  /** What is struck: the ground's material for steps and falls. */
  material?: Material;
  /** How hard, 0..1 (a run's steps are louder than a walk's; a call's length for calls, s). */
  strength: number;
}

/** Every frame's BodyState of one rigged entity. */
export interface BodyTrack {
  entity: string;
  index: number;
  states: BodyState[];
}

export interface Trace {
  fps: number;
  frameCount: number;
  duration: number;
  entities: TraceEntity[];
  /** frameCount × entities × 7 floats: x, y, z, qx, qy, qz, qw. */
  poses: Float32Array;
  cameras: CameraPose[];
  contacts: ContactEvent[];
  spans: MotionSpan[];
  /** Rigged entities (people, animals) and what their bodies do in every frame. */
  bodies: BodyTrack[];
  bodyEvents: BodyEvent[];
  /** The dialogue as spoken: lines placed in time with their phone timings. */
  speech: SpeechSpan[];
  /** What could not be done as planned (a line too long for the clip), for the user. */
  notes: string[];
}

export function poseAt(trace: Trace, frame: number, entity: number): { position: Vec3; rotation: Quat } {
  const o = (frame * trace.entities.length + entity) * 7;
  const p = trace.poses;
  return {
    position: [p[o]!, p[o + 1]!, p[o + 2]!],
    rotation: [p[o + 3]!, p[o + 4]!, p[o + 5]!, p[o + 6]!],
  };
}
