/**
 * The swimming rig: fish, sharks, dolphins and whales. A swimmer is never still: its rear body and
 * tail beat (side to side for a fish, up and down for a whale's flukes) in a wave that runs back
 * along the body, the head swinging a little against it, the side fins rowing. The beat quickens
 * with speed: about one beat per 0.7 body lengths travelled, over a hovering beat slower for big
 * swimmers than small.
 */
import type { Entity, Vec3 } from '../../plan/schema.js';
import type { BodyState, Rig } from './types.js';
import {
  atRest,
  hinged,
  poseParts,
  toEntity,
  turnX,
  turnY,
  turnZ,
  wave,
  type Joint,
  type RestBody,
} from './joints.js';

export type SwimmerBone = 'body' | 'rear' | 'tail' | 'finL' | 'finR';

/** A swimmer at rest, at scale 1 (facing +x). */
export interface SwimmerPlan {
  length: number;
  /** Where the body swings about, where the rear body and the tail hinge, where the side fins do. */
  body: Vec3;
  rear: Vec3;
  tail: Vec3;
  fins: [Vec3, Vec3];
  /** Its lowest point (what it rests on out of water). */
  base: Vec3;
  /** A whale's or dolphin's flukes beat up and down; a fish's tail side to side. */
  flukes: boolean;
}

/** Body lengths travelled per tail beat. */
const LENGTHS_PER_BEAT = 0.7;

export function swimmerRig(p: SwimmerPlan, rest: RestBody<SwimmerBone>): Rig {
  const pose = (e: Entity, s: BodyState): Record<SwimmerBone, Joint> => {
    const length = p.length * e.scale;
    // Hovering beat plus the gait phase the simulation advances by distance swum.
    const beat = s.phase + 1.3 * Math.pow(length, -0.4) * s.time;
    const amplitude = 10 + 12 * Math.min(1, s.speed / (1.5 * length));
    const swing = (degrees: number): ReturnType<typeof turnY> => (p.flukes ? turnZ(degrees) : turnY(degrees));
    const body = hinged(atRest(p.body), p.body, swing(-0.25 * amplitude * wave(1, beat)));
    const rear = hinged(body, p.rear, swing(amplitude * wave(1, beat, -0.1)));
    const row = 20 * wave(2, beat);
    return {
      body,
      rear,
      tail: hinged(rear, p.tail, swing(1.3 * amplitude * wave(1, beat, -0.25))),
      finL: hinged(body, p.fins[0], turnX(row)),
      finR: hinged(body, p.fins[1], turnX(-row)),
    };
  };
  return {
    stride: (e) => LENGTHS_PER_BEAT * p.length * e.scale,
    landings: [],
    parts: (e, s) => poseParts(rest, e, pose(e, s)),
    foot: (e) => toEntity(rest, p.base, e.scale),
  };
}
