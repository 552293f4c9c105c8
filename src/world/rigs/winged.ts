/**
 * Winged rigs. Birds walk on two legs whose ankles bend back (a duck waddles, a pigeon's head holds
 * still and then thrusts), fold their wings on the ground and spread and beat them in the air as
 * many times a second as their size allows. A butterfly's wings open and close over its back.
 */
import type { Entity, Vec3 } from '../../plan/schema.js';
import { eulerToQuat } from '../../math/vec.js';
import type { BodyState, MotionKind, Rig } from './types.js';
import {
  atRest,
  breathHz,
  clamp,
  dutyOf,
  flick,
  footPath,
  froude,
  hashed,
  hinged,
  hipRoom,
  jumpCrouch,
  massOf,
  motionOf,
  ANIMAL_ALIASES,
  ANIMAL_MOTIONS,
  place,
  poseParts,
  rolledOver,
  shifted,
  smooth,
  solveLeg,
  strideOf,
  then,
  turnX,
  turnY,
  turnZ,
  wave,
  type Joint,
  type Leg,
  toEntity,
  toppled,
  type RestBody,
} from './joints.js';
import { feedAngle, headTurn } from './heads.js';

type Side = 0 | 1;
export type BirdBone =
  | 'body'
  | 'neck'
  | 'head'
  | 'eye'
  | 'wingL'
  | 'wingR'
  | 'tail'
  | `upper${Side}`
  | `lower${Side}`
  | `sole${Side}`;

/** A bird at rest, at scale 1 in its figure's frame (y up, facing +x). */
export interface BirdPlan {
  /** The body's centre, its depth to the belly and half its width. */
  body: Vec3;
  belly: number;
  side: number;
  /** Left (−z) and right (+z) legs. */
  legs: [Leg, Leg];
  neck: Vec3;
  head: Vec3;
  headR: number;
  mouth: Vec3;
  /** The right wing's hinge (the left mirrors it) and the turn, Euler degrees, that spreads it to fly. */
  wing: { at: Vec3; spread: Vec3 };
  tail: Vec3;
  /** Penguins never spread their wings. */
  flies: boolean;
  /** How it walks: a pigeon's or hen's head bobs, a duck or penguin rolls from foot to foot. */
  walk: 'bob' | 'waddle' | 'plain';
}

type BirdMotion = (typeof ANIMAL_MOTIONS)[number];
const ALIASES: Partial<Record<MotionKind, BirdMotion>> = { ...ANIMAL_ALIASES, crouch: 'sit' };

/** Wingbeats per second by mass: a sparrow ~13, a pigeon ~7, a swan ~2 (about M^-0.3). */
const wingbeatHz = (mass: number): number => clamp(5.5 * Math.pow(Math.max(mass, 0.005), -0.3), 2, 12);

/** A bird standing about glances this way and that in quick jerks (degrees of yaw). */
function glance(e: Entity, time: number): number {
  const now = hashed(e, time, 1.2, 5);
  const before = hashed(e, time - 1.2, 1.2, 5);
  return 70 * (before + (now - before) * smooth((time % 1.2) / 0.08) - 0.5);
}

/** Two steps per cycle: left foot down at 0, right at half. */
const BIPED = [0, 0.5];

export function birdRig(p: BirdPlan, rest: RestBody<BirdBone>): Rig {
  const legHeight = p.legs[0].hip[1] - p.legs[0].foot[1];
  const restHip = p.legs[0].hip[1];

  function gaitAt(e: Entity, speed: number) {
    const h = legHeight * e.scale;
    const fr = froude(h, speed);
    const stride = strideOf(h, speed) / e.scale;
    return {
      stride,
      duty: Math.min(dutyOf(fr), (1.2 * legHeight) / stride),
      fr,
      lift: legHeight * (0.18 + 0.05 * Math.min(fr, 2)),
    };
  }

  /**
   * A hen's or pigeon's head over each step: it holds still in the world (sliding back on the body at
   * the ground speed) for most of the step, then thrusts forward to catch up.
   */
  function headThrust(phase: number, stride: number): number {
    const u = (phase * 2) % 1;
    const reach = Math.min(0.1875 * stride, 0.8 * p.headR);
    return u < 0.75 ? reach * (1 - (2 * u) / 0.75) : -reach + 2 * reach * smooth((u - 0.75) / 0.25);
  }

  function pose(e: Entity, s: BodyState): { joints: Record<BirdBone, Joint>; soles: Vec3[] } {
    const mass = massOf(rest.size, e.scale, rest.density);
    const moving = s.speed > 0 && !s.airborne;
    const g = gaitAt(e, s.speed);
    const m = motionOf(s, ANIMAL_MOTIONS, ALIASES);
    const w = (kind: BirdMotion) => (m?.kind === kind ? m.w : 0);
    const L = legHeight;

    // Feet and the hips' height; folded up under the tail in flight.
    const feet: [number, number][] = p.legs.map((_, i) =>
      moving ? footPath(s.phase, BIPED[i]!, g.duty, g.stride, g.lift) : [0, 0],
    );
    if (s.airborne) for (const f of feet) [f[0], f[1]] = [-0.55 * L, 0.6 * L];
    let hip = s.airborne ? restHip : Math.min(restHip, hipRoom(p.legs, feet, moving ? 0.98 : 1));
    const low = p.legs[0].foot[1] + p.belly * 0.95 + (restHip - p.body[1]);
    hip += (low - hip) * Math.max(w('sit'), w('lie'));
    if (m?.kind === 'jump' && !s.airborne) hip -= 0.35 * L * jumpCrouch(m.u);
    const dance = w('dance');
    if (dance > 0 && m) hip -= 0.25 * L * dance * (0.5 - 0.5 * Math.cos(2 * Math.PI * 2 * m.t));

    const breath = -0.01 * p.belly * (1 + wave(breathHz(mass), s.time));
    const roll = moving && p.walk === 'waddle' ? 9 * wave(1, s.phase, 0.25) : 0;
    const body: Joint = shifted({ ...atRest(p.body), q: turnX(roll) }, [0, hip - restHip + breath, 0]);

    const upper: Joint[] = [];
    const lower: Joint[] = [];
    const soles: Vec3[] = [];
    const soleJoints: Joint[] = [];
    p.legs.forEach((leg, i) => {
      const f = feet[i]!;
      const solved = solveLeg(leg, place(body, leg.hip), [
        leg.foot[0] + f[0],
        leg.foot[1] + f[1],
        leg.foot[2],
      ]);
      upper.push(solved.upper);
      lower.push(solved.lower);
      soles.push(solved.sole);
      // Toes stay flat on the ground, droop as the foot swings, and trail behind in flight.
      const toes = s.airborne ? -70 : -30 * clamp(f[1] / g.lift, 0, 1);
      soleJoints.push({ pivot: leg.foot, at: solved.sole, q: turnZ(toes) });
    });

    // The head: a hen's holds still over each step, then thrusts forward to catch up.
    const feed = feedAngle(
      [p.neck[0], p.neck[1] + hip - restHip, 0],
      p.mouth,
      p.legs[0].foot[1] + p.headR * 0.3,
    );
    const turn = headTurn(s, m, feed, true);
    const thrust = moving && p.walk === 'bob' ? headThrust(s.phase, g.stride) : 0;
    if (!moving && !m && !s.airborne) turn.headYaw += glance(e, s.time);
    const neck = shifted(hinged(body, p.neck, then(turnY(turn.neckYaw), turnZ(turn.neckPitch))), [
      thrust,
      0,
      0,
    ]);
    const head = hinged(neck, p.head, then(turnY(turn.headYaw), turnZ(turn.headPitch), turnX(turn.headRoll)));

    // Wings: folded at rest; spread and beating in the air; half open to dance or keep balance.
    const flying = s.airborne && p.flies;
    const spread = flying ? 1 : 0.2 * dance;
    let flap = 0;
    if (s.airborne) flap = 15 + 50 * wave(wingbeatHz(mass), s.time);
    else if (dance > 0) flap = 30 * dance * wave(2, s.time);
    else if (moving && p.walk === 'waddle') flap = 8 * wave(1, s.phase);
    const wing = (k: Side): Joint => {
      const side = k === 1 ? 1 : -1;
      const [x, y, z] = p.wing.spread;
      const open = eulerToQuat([side * x * spread, side * y * spread, z * spread]);
      return hinged(body, [p.wing.at[0], p.wing.at[1], side * p.wing.at[2]], then(turnX(-side * flap), open));
    };
    const tailFlick = 18 * flick(e, s.time, 2.3, 0.25, 9) + (moving ? 6 * wave(2, s.phase) : 0);

    const joints: Record<BirdBone, Joint> = {
      body,
      neck,
      head,
      eye: { ...head, shut: s.face.blink },
      wingL: wing(0),
      wingR: wing(1),
      tail: hinged(body, p.tail, turnZ(tailFlick)),
      upper0: upper[0]!,
      upper1: upper[1]!,
      lower0: lower[0]!,
      lower1: lower[1]!,
      sole0: soleJoints[0]!,
      sole1: soleJoints[1]!,
    };
    // A fall: over onto its side, a moment there, and up again.
    if (m?.kind === 'fall')
      return rolledOver(joints, soles, [0, p.legs[0].foot[1], p.side], 85 * toppled(m.u));
    return { joints, soles };
  }

  return {
    stride: (e, speed) => gaitAt(e, speed).stride * e.scale,
    landings: BIPED,
    parts: (e, s) => poseParts(rest, e, pose(e, s).joints),
    foot: (e, s, i) => toEntity(rest, pose(e, s).soles[i] ?? p.legs[0].foot, e.scale),
    head: (e, s) => ({
      mouth: toEntity(rest, place(pose(e, s).joints.head, p.mouth), e.scale),
      radius: p.headR * e.scale,
    }),
  };
}

// ---- Butterflies ----

export type ButterflyBone = 'body' | 'wingL' | 'wingR';

/**
 * A butterfly, drawn upright with its wings open, back to the viewer: in the air (or on its way)
 * its wings clap shut over its back and open again some eight times a second; at rest they open and
 * close slowly. Its plan's origin is the middle of its feet.
 */
export function butterflyRig(rest: RestBody<ButterflyBone>): Rig {
  const pose = (s: BodyState): Record<ButterflyBone, Joint> => {
    const flying = s.airborne || s.speed > 0;
    // Shut 0..1: open flat as drawn at the start, then beating (flying) or slowly fanning (at rest).
    const shut = 0.5 - 0.5 * Math.cos(2 * Math.PI * (flying ? 8 : 0.4) * s.time);
    const angle = (flying ? 80 : 40) * shut;
    const body = shifted(atRest([0, 0, 0]), [0, flying ? 0.004 * wave(8, s.time, 0.25) : 0, 0]);
    return {
      body,
      wingL: hinged(body, [0, 0, 0], turnY(angle)),
      wingR: hinged(body, [0, 0, 0], turnY(-angle)),
    };
  };
  return {
    stride: (e) => 0.1 * e.scale,
    landings: [],
    parts: (e, s) => poseParts(rest, e, pose(s)),
    foot: (e) => toEntity(rest, [0, 0, 0], e.scale),
  };
}
