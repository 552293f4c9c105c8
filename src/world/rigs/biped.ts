/**
 * The human rig: a person's parts at an instant, from their character and their BodyState. The
 * gait (walk, run, stand) is the base; the head turns a little toward the gaze; an umbrella is held
 * up; a motion, if any, is blended over the base with an ease at each end; then the skeleton is
 * solved and dressed, and the face drawn on the head.
 *
 * For the simulation: `stride` and `landings` drive footsteps (the phase advances by distance ÷
 * stride; feet land at phases 0 and 0.5), `clapsIn` and `snapsIn` say when hands meet, `fallImpact`
 * when a fall reaches the ground, THROW_RELEASE when a throw lets go, `seatPoint` where a sitter's
 * seat or a rider's saddle is.
 */
import type { Entity } from '../../plan/schema.js';
import type { Part } from '../types.js';
import type { BodyState, FaceState, Rig } from './types.js';
import { bodyOf, type Body } from './human-body.js';
import { lookOf, type Look } from './human-look.js';
import { airbornePose, gaitPose, LANDINGS, legTo, strideLength } from './biped-gait.js';
import { motionOf } from './biped-motions.js';
import { armVia, copyPose, type Motion } from './biped-kit.js';
import { blendPose, skeletonOf, type Pose, type Skeleton } from './skeleton.js';
import { bodyParts } from './human-parts.js';
import { faceParts, mouthAt } from './face.js';
import { hairParts, headwear } from './human-hair.js';
import { accessoryParts, propParts, UMBRELLA_HAND } from './human-accessories.js';
import { egg, type Surface } from './human-shapes.js';
import {
  clamp,
  euler,
  lerp,
  lerp3,
  normalize,
  place,
  qconj,
  qmul,
  rotate,
  slerpDir,
  type Vec3 as V3,
} from './skeleton-math.js';

export { clapsIn, snapsIn, THROW_RELEASE } from './biped-motions.js';
export { fallImpact, seatPoint } from './biped-postures.js';

interface Person {
  body: Body;
  look: Look;
}

const people = new WeakMap<Entity, Person>();
function personOf(e: Entity): Person {
  let p = people.get(e);
  if (!p) {
    p = { body: bodyOf(e), look: lookOf(e) };
    people.set(e, p);
  }
  return p;
}

/** Turn the head part of the way toward where the eyes look; the eyes do the rest. */
function towardGaze(pose: Pose, gaze: V3): Pose {
  const g = normalize(gaze);
  const yaw = clamp(Math.atan2(g[0], g[2]), -1.2, 1.2) * 0.35;
  const pitch = clamp(-Math.asin(clamp(g[1], -1, 1)), -0.8, 0.8) * 0.35;
  return { ...pose, head: qmul(pose.head, euler(pitch, yaw, 0)) };
}

function holdUmbrella(b: Body, pose: Pose): Pose {
  const p = copyPose(pose);
  p.arms[UMBRELLA_HAND] = armVia(b, [0.35, -0.6, 0.7], [-0.3, 0.8, 0.5]);
  return p;
}

/** How much of the motion shows at this instant: eased in and out over its first and last moments. */
function weightOf(m: Motion, t: number, duration: number): number {
  const easeIn = m.easeIn ?? 0.25;
  const easeOut = m.easeOut ?? 0.25;
  const a = easeIn > 0 ? clamp(t / easeIn, 0, 1) : 1;
  const z = easeOut > 0 && Number.isFinite(duration) ? clamp((duration - t) / easeOut, 0, 1) : 1;
  const k = Math.min(a, z);
  return k * k * (3 - 2 * k);
}

interface Posed {
  pose: Pose;
  sk: Skeleton;
  face: FaceState;
  motion: Motion | null;
  weight: number;
}

export function posePerson(b: Body, look: Look, s: BodyState): Posed {
  const gait = gaitPose(b, s);
  let base = towardGaze(gait.pose, s.face.gaze);
  if (s.airborne) base = airbornePose(b, base);
  if (look.accessories.has('umbrella')) base = holdUmbrella(b, base);
  let pose = base;
  let face = s.face;
  let motion: Motion | null = null;
  let weight = 0;
  if (s.motion) {
    const { kind, u, t } = s.motion;
    const duration = u > 1e-3 ? t / u : Infinity;
    motion = motionOf(kind, {
      b,
      base,
      clock: { u, t, duration },
      speed: s.speed,
      phase: s.phase,
      airborne: s.airborne,
    });
    if (motion) {
      weight = weightOf(motion, t, duration);
      pose = blendPose(base, motion.pose, weight);
      if (motion.plant && !s.airborne) {
        const legs = [...pose.legs] as Pose['legs'];
        motion.plant.forEach((target, i) => {
          if (target) legs[i] = legTo(b, pose, i, lerp3(gait.ankles[i]!, target, weight));
        });
        pose = { ...pose, legs };
      }
      face = faceWith(s.face, motion, weight, base, pose, b);
    }
  }
  return { pose, sk: skeletonOf(b, pose), face, motion, weight };
}

/** The face with what a motion adds (a laugh's smile, a kiss's pucker); the eyes turn with the head. */
function faceWith(f: FaceState, m: Motion, w: number, base: Pose, pose: Pose, b: Body): FaceState {
  const add = m.face;
  const expression = { ...f.expression };
  for (const [k, v] of Object.entries(add?.expression ?? {}))
    expression[k as keyof typeof expression] = Math.max(expression[k as keyof typeof expression] ?? 0, v * w);
  const mouth = add?.mouth
    ? {
        open: lerp(f.mouth.open, Math.max(f.mouth.open, add.mouth.open ?? 0), w),
        wide: lerp(f.mouth.wide, add.mouth.wide ?? f.mouth.wide, w),
        round: lerp(f.mouth.round, add.mouth.round ?? f.mouth.round, w),
      }
    : f.mouth;
  const headOf = (p: Pose) => skeletonOf(b, p).head.q;
  const turned = rotate(headOf(pose), rotate(qconj(headOf(base)), f.gaze));
  return { ...f, expression, mouth, gaze: slerpDir(normalize(f.gaze), normalize(turned), w) };
}

function headSurface(b: Body, sk: Skeleton): Surface {
  return { c: sk.skull, r: b.head, q: sk.head.q };
}

function personParts(e: Entity, s: BodyState): Part[] {
  const { body: b, look } = personOf(e);
  const { pose, sk, face, motion, weight } = posePerson(b, look, s);
  const head = headSurface(b, sk);
  const parts: Part[] = [
    ...bodyParts(b, look, sk, pose),
    egg(head.c, head.r, head.q, look.skin),
    ...faceParts(look, head, face, !!motion?.face?.tongue && weight > 0.5),
    ...hairParts(b, look, head),
    ...headwear(b, look, head),
    ...accessoryParts(b, look, sk, head),
  ];
  if (motion?.prop && weight > 0.5) parts.push(...propParts(b, sk, motion.prop));
  if (motion?.finger && weight > 0.5) {
    const wr = sk.wrist[1];
    parts.push(
      egg(
        place(wr.p, wr.q, [0, -b.hand * 0.95, b.handR * 0.3]),
        [b.handR * 0.22, b.hand * 0.3, b.handR * 0.22],
        wr.q,
        look.skin,
      ),
    );
  }
  return parts;
}

export const humanRig: Rig = {
  stride: (e, speed) => strideLength(personOf(e).body, speed),
  landings: LANDINGS,
  parts: personParts,
  foot(e, s, i) {
    const { body, look } = personOf(e);
    return posePerson(body, look, s).sk.ball[i === 1 ? 1 : 0];
  },
  hand(e, s, i) {
    const { body, look } = personOf(e);
    const wrist = posePerson(body, look, s).sk.wrist[i === 1 ? 1 : 0];
    return place(wrist.p, wrist.q, [0, -body.hand * 0.6, 0]);
  },
  head(e, s) {
    const { body, look } = personOf(e);
    const { sk } = posePerson(body, look, s);
    const head = headSurface(body, sk);
    return { mouth: mouthAt(head), radius: (body.head[0] + body.head[1] + body.head[2]) / 3 };
  },
};
