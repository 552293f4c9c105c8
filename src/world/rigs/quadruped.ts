/**
 * The four-legged rig: dogs, cats, horses, cows, elephants, rabbits and every animal on the shared
 * body plan. Gaits follow the animal's Froude number (v² / g h), as real quadrupeds' do: a
 * four-beat walk, a trot, a gallop (a hop for rabbits, a walk that only quickens for elephants);
 * planted feet slide back at exactly the ground speed, and the trunk rides as high as its feet
 * allow, which gives the bob and pitch of each gait. Idle life, the head's turn toward the gaze,
 * the jaw (calls and speech) and the motions an animal can do are layered on top.
 */
import type { Entity, Vec3 } from '../../plan/schema.js';
import type { BodyState, MotionKind, Rig } from './types.js';
import {
  atRest,
  breathHz,
  clamp,
  dutyOf,
  flick,
  footPath,
  froude,
  GRAVITY,
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
  toEntity,
  toppled,
  turnX,
  turnY,
  turnZ,
  wave,
  type ActiveMotion,
  type Joint,
  type Leg,
  type RestBody,
} from './joints.js';
import { feedAngle, headTurn } from './heads.js';

type LegIndex = 0 | 1 | 2 | 3;
export type QuadrupedBone =
  | 'body'
  | 'neck'
  | 'head'
  | 'jaw'
  | 'mouth'
  | 'eye'
  | 'earL'
  | 'earR'
  | 'tail'
  | `upper${LegIndex}`
  | `lower${LegIndex}`;

/** How an animal moves fast: gallops, only quickens its walk (elephants), or hops (rabbits). */
export type Gait = 'gallop' | 'amble' | 'hop';

/** A four-legged body at rest, at scale 1 in its figure's frame (y up, facing +x). */
export interface QuadrupedPlan {
  ground: number;
  /** The trunk's centre (it pitches about it) and its depth below that to the belly. */
  body: Vec3;
  belly: number;
  /** Half the trunk's width: a falling animal rolls over its side. */
  side: number;
  /** Left hind, left fore, right hind, right fore: the walk's footfall order. */
  legs: [Leg, Leg, Leg, Leg];
  /** The neck's root in the shoulders, the head's centre and radius, the jaw's hinge, the mouth. */
  neck: Vec3;
  head: Vec3;
  headR: number;
  jaw: Vec3;
  mouth: Vec3;
  /** Where each ear is hinged, and the axis it flicks about. */
  ears: { at: [Vec3, Vec3]; axis: 'x' | 'y' | 'z' };
  tail: Vec3;
  gait: Gait;
  /** Dogs wag; the rest swish now and then. */
  wags: boolean;
}

/** Phases at which LH, LF, RH, RF land in each gait. */
const WALK = [0, 0.25, 0.5, 0.75];
const TROT = [0, 0.5, 0.5, 1];
/** A transverse gallop: hind feet then fore feet, each pair a little apart, then a flight. */
const GALLOP = [0.25, 0.65, 0.35, 0.75];
/** A rabbit's hop: fore feet land, the hind feet land ahead of them and push off into a flight. */
const HOP = [0.3, 0, 0.32, 0.06];

const lerpList = (a: number[], b: number[], t: number) => a.map((v, i) => v + (b[i]! - v) * smooth(t));

function landingsFor(gait: Gait, fr: number): number[] {
  if (gait === 'hop') return HOP;
  if (gait === 'amble' || fr < 0.3) return WALK;
  if (fr < 0.7) return lerpList(WALK, TROT, (fr - 0.3) / 0.4);
  if (fr < 2) return TROT;
  return lerpList(TROT, GALLOP, (fr - 2) / 1);
}

type AnimalMotion = (typeof ANIMAL_MOTIONS)[number];
const ALIASES: Partial<Record<MotionKind, AnimalMotion>> = { ...ANIMAL_ALIASES, crawl: 'lie' };

const DEG = Math.PI / 180;

interface Gaited {
  /** Stride, planted share and foot lift at scale 1; the Froude number; each foot's landing phase. */
  stride: number;
  duty: number;
  lift: number;
  fr: number;
  landings: number[];
}

export interface QuadrupedRig extends Rig {
  /** Landing phases at this speed: the walk's four beats, a trot's pairs, a gallop's or hop's rhythm. */
  landingsAt(e: Entity, speed: number): readonly number[];
}

export function quadrupedRig(p: QuadrupedPlan, rest: RestBody<QuadrupedBone>): QuadrupedRig {
  /** Rest height of the hind (0) and fore (1) hips, and how high they stand over their feet. */
  const restHip = (pair: number) => p.legs[pair]!.hip[1];
  const legHeight = (restHip(0) + restHip(1)) / 2 - (p.legs[0]!.foot[1] + p.legs[1]!.foot[1]) / 2;
  // A hop carries a rabbit further per cycle than a walker's legs of the same length.
  const strideGain = p.gait === 'hop' ? 1.4 : 1;
  /** Where a grazing mouth goes: just above the ground. */
  const grass = p.ground + p.headR * 0.25;

  function gaitAt(e: Entity, speed: number): Gaited {
    const h = legHeight * e.scale;
    const fr = froude(h, speed);
    // An elephant never runs: past Fr ≈ 1 it quickens its steps instead of lengthening them.
    const pace = p.gait === 'amble' ? Math.min(speed, Math.sqrt(GRAVITY * h)) : speed;
    const stride = (strideOf(h, pace) * strideGain) / e.scale;
    const duty = p.gait === 'amble' ? Math.max(0.5, dutyOf(fr)) : p.gait === 'hop' ? 0.3 : dutyOf(fr);
    return {
      stride,
      // A planted leg sweeps at most ~37° either side of upright: faster, and its foot is down for less.
      duty: Math.min(duty, (2 * 0.6 * legHeight) / stride),
      lift: legHeight * (0.1 + 0.07 * Math.min(fr, 3)),
      fr,
      landings: landingsFor(p.gait, fr),
    };
  }

  /**
   * Where each foot is (relative to where it stands) and how high each pair of hips rides (y): the
   * gait, then whatever the motion asks of the legs; and how far the trunk rises besides.
   */
  function stance(s: BodyState, g: Gaited, m: ActiveMotion<AnimalMotion> | null, mass: number) {
    const moving = s.speed > 0 && !s.airborne;
    const w = (kind: AnimalMotion) => (m?.kind === kind ? m.w : 0);
    const L = legHeight;
    const floor = (pair: number) => p.legs[pair]!.foot[1];
    const feet: [number, number][] = p.legs.map((_, i) =>
      moving ? footPath(s.phase, g.landings[i]!, g.duty, g.stride, g.lift) : [0, 0],
    );
    // Hind pair (0) and fore pair (1) ride as high as their feet allow; a walking leg keeps a little
    // bend at mid-stance, a standing one is straight.
    const give = moving ? 0.99 : 1;
    const hips = [0, 1].map((pair) =>
      Math.min(
        restHip(pair),
        hipRoom([p.legs[pair]!, p.legs[pair + 2]!], [feet[pair]!, feet[pair + 2]!], give),
      ),
    );
    // Breathing: the trunk sinks a little and rises back (never above what straight legs reach).
    let lift = -0.004 * L * (1 + wave(breathHz(mass), s.time));
    if (s.airborne) {
      // In the air: fore legs fold up, hind legs stretch back.
      feet.forEach((f, i) => {
        const fore = i % 2 === 1;
        [f[0], f[1]] = fore ? [-0.15 * L, 0.4 * L] : [-0.35 * L, 0.2 * L];
      });
      hips[0] = restHip(0);
      hips[1] = restHip(1);
    }
    const sit = w('sit');
    hips[0] = hips[0]! + (floor(0) + 0.3 * L - hips[0]!) * sit;
    feet.forEach((f, i) => (f[0] += (i % 2 === 0 ? 0.3 : 0.08) * L * sit));
    const lie = w('lie');
    [0, 1].forEach((pair) => {
      // Belly on the ground, fore legs stretched out in front, hind legs folded.
      const low = p.ground + p.belly * 0.95 + (restHip(pair) - p.body[1]);
      hips[pair] = hips[pair]! + (low - hips[pair]!) * lie;
      const stand = restHip(pair) - floor(pair);
      const out = Math.sqrt(Math.max(0, stand ** 2 - (low - floor(pair)) ** 2)) * (pair === 1 ? 0.95 : 0.45);
      feet[pair]![0] += out * lie;
      feet[pair + 2]![0] += out * lie;
    });
    if (m?.kind === 'jump' && !s.airborne) {
      // Crouch and spring; on landing, give a little.
      const give = m.u > 0.75 ? 0.5 * Math.sin(Math.PI * clamp((m.u - 0.75) / 0.25, 0, 1)) : 0;
      hips[0] = hips[0]! - 0.3 * L * (jumpCrouch(m.u) + give);
      hips[1] = hips[1]! - 0.22 * L * (jumpCrouch(m.u) + give);
    }
    const dance = w('dance');
    if (dance > 0 && m) {
      // A playful bounce on the beat, with a play bow every other bar.
      const bounce = 0.5 - 0.5 * Math.cos(2 * Math.PI * 2 * m.t);
      const bow = Math.max(0, Math.sin(Math.PI * 0.5 * m.t)) ** 2;
      hips[0] = hips[0]! - 0.12 * L * bounce * dance;
      hips[1] = hips[1]! - (0.12 * bounce + 0.3 * bow) * L * dance;
      feet[1]![0] += 0.25 * L * bow * dance;
      feet[3]![0] += 0.25 * L * bow * dance;
    }
    // Grazing: a neck too short to reach the grass needs the fore legs to give.
    const deficit = p.neck[1] - Math.hypot(p.mouth[0] - p.neck[0], p.mouth[1] - p.neck[1]) - grass;
    if (deficit > 0) hips[1] = hips[1]! - Math.min(deficit * 1.1, 0.4 * L) * w('eat-grass');
    // A hop's flight: after the hind feet push off, the whole body sails up and comes down.
    if (moving && p.gait === 'hop') {
      const u = (((s.phase - 0.62) % 1) + 1) % 1;
      if (u < 0.38) lift += 0.35 * L * Math.sin((Math.PI * u) / 0.38);
    }
    return { feet, hips, lift };
  }

  /** The ears flick now and then, each about its hinge's axis. */
  function ear(e: Entity, s: BodyState, head: Joint, k: 0 | 1): Joint {
    const amount = 25 * flick(e, s.time, 2.6, 0.3, 11 + k) * (k === 0 ? 1 : -1);
    const turn = { x: turnX(amount), y: turnY(amount * 1.4), z: turnZ(Math.abs(amount)) }[p.ears.axis];
    return hinged(head, p.ears.at[k], turn);
  }

  /** The tail: a dog wags (harder when happy, hardly when sad), others swish; it streams out behind a run. */
  function tail(
    e: Entity,
    s: BodyState,
    body: Joint,
    g: Gaited,
    m: ActiveMotion<AnimalMotion> | null,
  ): Joint {
    const moving = s.speed > 0 && !s.airborne;
    const dance = m?.kind === 'dance' ? m.w : 0;
    const happy = s.face.expression.happy ?? 0;
    const wag = p.wags
      ? (25 + 20 * happy + 20 * dance) *
        wave(2.6 + 1.4 * happy, s.time) *
        (1 - 0.7 * (s.face.expression.sad ?? 0))
      : 14 * wave(0.35, s.time) + 25 * flick(e, s.time, 3.1, 0.6, 23);
    const raise = (moving ? 30 * Math.min(1, g.fr) : 0) + 20 * dance - 25 * (m?.kind === 'sit' ? m.w : 0);
    return hinged(body, p.tail, then(turnY(wag), turnZ(-raise)));
  }

  function pose(e: Entity, s: BodyState): { joints: Record<QuadrupedBone, Joint>; soles: Vec3[] } {
    const moving = s.speed > 0 && !s.airborne;
    const g = gaitAt(e, s.speed);
    const m = motionOf(s, ANIMAL_MOTIONS, ALIASES);
    const { feet, hips, lift } = stance(s, g, m, massOf(rest.size, e.scale, rest.density));

    // The trunk: raised or lowered and pitched so the hips sit at those heights (a hop rocks it).
    const drop = [0, 1].map((pair) => hips[pair]! - restHip(pair));
    const pitch = Math.atan2(drop[1]! - drop[0]!, p.legs[1].hip[0] - p.legs[0].hip[0]) / DEG;
    const rock = moving && p.gait === 'hop' ? 8 * wave(1, s.phase) : 0;
    const body = shifted({ ...atRest(p.body), q: turnZ(pitch + rock) }, [
      0,
      lift + (drop[0]! + drop[1]!) / 2,
      0,
    ]);

    const legs = p.legs.map((leg, i) => {
      const [dx, dy] = feet[i]!;
      return solveLeg(leg, place(body, leg.hip), [leg.foot[0] + dx, leg.foot[1] + dy, leg.foot[2]]);
    });

    // Neck and head: the gaze, calls, grazing, looking about; a nod with each fore step.
    const turn = headTurn(s, m, feedAngle([p.neck[0], p.neck[1] + drop[1]!, 0], p.mouth, grass), false);
    if (moving) turn.neckPitch += 3 * Math.min(1, g.fr + 0.3) * wave(2, s.phase, -g.landings[1]!);
    if (m?.kind === 'sit') turn.neckPitch += 10 * m.w;
    const neck = hinged(body, p.neck, then(turnY(turn.neckYaw), turnZ(turn.neckPitch - pitch * 0.6)));
    const head = hinged(neck, p.head, then(turnY(turn.headYaw), turnZ(turn.headPitch), turnX(turn.headRoll)));
    const jaw = -28 * clamp(turn.open, 0, 1);

    const joints: Record<QuadrupedBone, Joint> = {
      body,
      neck,
      head,
      jaw: hinged(head, p.jaw, turnZ(jaw)),
      mouth: hinged(head, p.jaw, turnZ(jaw / 2)),
      eye: { ...head, shut: s.face.blink },
      earL: ear(e, s, head, 0),
      earR: ear(e, s, head, 1),
      tail: tail(e, s, body, g, m),
      upper0: legs[0]!.upper,
      upper1: legs[1]!.upper,
      upper2: legs[2]!.upper,
      upper3: legs[3]!.upper,
      lower0: legs[0]!.lower,
      lower1: legs[1]!.lower,
      lower2: legs[2]!.lower,
      lower3: legs[3]!.lower,
    };
    const soles = legs.map((leg) => leg.sole);
    // A fall: the whole animal rolls onto its side, lies a moment, and gets up again.
    if (m?.kind === 'fall') return rolledOver(joints, soles, [0, p.ground, p.side], 88 * toppled(m.u));
    return { joints, soles };
  }

  return {
    stride: (e, speed) => gaitAt(e, speed).stride * e.scale,
    landings: p.gait === 'hop' ? HOP : WALK,
    landingsAt: (e, speed) => gaitAt(e, speed).landings,
    parts: (e, s) => poseParts(rest, e, pose(e, s).joints),
    foot: (e, s, i) => toEntity(rest, pose(e, s).soles[i] ?? p.legs[0].foot, e.scale),
    head: (e, s) => ({
      mouth: toEntity(rest, place(pose(e, s).joints.head, p.mouth), e.scale),
      radius: p.headR * e.scale,
    }),
  };
}
