/**
 * Postures of the whole body: sitting, lying, kneeling, crouching, falling and getting up, bowing
 * and bending, push-ups, crawling and swimming, riding, driving and paddling. Each sets the legs
 * too, and they ease in and out over longer than the usual quarter second.
 *
 * Lying and prone bodies keep their middle over the entity's origin; sitters and riders sit on
 * `seatPoint`, which the simulation lines up with a seat or a saddle.
 */
import type { MotionKind } from './types.js';
import type { Body } from './human-body.js';
import {
  armVia,
  both,
  copyPose,
  crouch,
  down,
  front,
  H,
  handTo,
  keyed,
  legsTo,
  mirror,
  mixN,
  OUT,
  planted,
  pulse,
  stance,
  wave,
  type Ctx,
  type MotionFn,
  type Plant,
} from './biped-kit.js';
import { blendLimb, blendPose, limbRoot, side, skeletonOf, type Limb, type Pose } from './skeleton.js';
import { ID, lerp3, qmul, ramp, rx, ry, TAU, type Vec3 } from './skeleton-math.js';

/** Height of a seat's surface under a sitter, and the hip joints' above it. */
const hipsSeated = (b: Body): number => b.ground + b.ankle + b.shin * 0.97;

/** A sitter sits back from where they stood (a chair's seat is behind the feet): about 0.3 m. */
const sitBack = (b: Body): number => b.thigh * 0.7;

/**
 * Where a sitter's seat is, entity-local: the top of a chair or bench goes here (a little behind
 * where the person stood, their feet staying put); a rider's saddle is under the origin instead.
 */
export const seatPoint = (b: Body): Vec3 => [0, hipsSeated(b) - b.thighR * 0.9, -sitBack(b)];

function sitting(c: Ctx): { pose: Pose; plant: Plant } {
  const b = c.b;
  const p = copyPose(c.base);
  p.pelvis = [0, hipsSeated(b) + b.hipDrop, -sitBack(b)];
  p.pelvisRot = rx(-0.06);
  p.spine = rx(0.04);
  p.chest = rx(0.03);
  p.feet = [ID, ID];
  p.toes = [0, 0];
  const plant: Plant = [0, 1].map((i): Vec3 => [
    side(i) * b.hipHalf * 1.1,
    b.ground + b.ankle,
    b.thigh * 0.95 - sitBack(b),
  ]) as Plant;
  legsTo(c, p, plant);
  return { pose: p, plant };
}

/** On the back, head toward -z, the body's middle over the origin. */
function lying(c: Ctx): Pose {
  const b = c.b;
  const p = copyPose(c.base);
  p.pelvisRot = rx(-Math.PI / 2);
  p.pelvis = [0, b.ground + b.hipsR[2] * 0.95, 0.06 * H(c)];
  p.spine = ID;
  p.chest = ID;
  p.neck = rx(0.12);
  p.head = ID;
  p.legs = [0, 1].map((i): Limb => ({ dir: [side(i) * 0.04, -1, 0], bend: 0.06, pole: [0, 0, 1] })) as [
    Limb,
    Limb,
  ];
  p.feet = [rx(-Math.PI / 2 + 0.3), rx(-Math.PI / 2 + 0.3)];
  p.toes = [0, 0];
  p.arms = [down(c, 0), down(c, 1)];
  p.shrug = [0, 0];
  return p;
}

/** Sitting on the ground, legs out in front, hands behind on the ground. */
function sittingUp(c: Ctx): { pose: Pose; plant: Plant } {
  const b = c.b;
  const p = copyPose(c.base);
  p.pelvis = [0, b.ground + b.hipsR[1] * 1.1 + b.hipDrop, -0.05 * H(c)];
  p.pelvisRot = rx(-0.25);
  p.spine = rx(0.1);
  p.chest = ID;
  p.feet = [rx(-0.9), rx(-0.9)];
  const plant: Plant = [0, 1].map((i): Vec3 => [
    side(i) * b.hipHalf * 1.2,
    b.ground + b.ankle,
    0.45 * H(c),
  ]) as Plant;
  legsTo(c, p, plant, [0, 1, 0.2]);
  p.arms = both(b, [0.3, -0.8, -0.5], [0.1, -1, -0.2]);
  return { pose: p, plant };
}

/**
 * Face down, head toward +z, on hands and knees or (a push-up) on hands and toes with the body
 * straight; `rise` is how far the arms are straightened, 0..1.
 */
function prone(c: Ctx, rise: number, onKnees: boolean): { pose: Pose; plant: Plant } {
  const b = c.b;
  const p = copyPose(c.base);
  const shoulderY = b.ground + b.hand * 0.45 + (b.upperArm + b.foreArm) * 0.96 * rise;
  const trunk = b.lumbar + b.spine + b.chest - b.shoulderDrop;
  const legs = b.thigh + b.shin;
  // Knees: the thighs stand on them; toes: the body is one line from the ankles to the shoulders.
  const low = onKnees ? b.ground + b.shinR + b.thigh : b.ground + b.ball * 0.9;
  const reach = onKnees ? trunk : trunk + legs + b.hipDrop;
  const tilt = Math.asin(Math.max(-0.6, Math.min(0.6, (shoulderY - low) / reach)));
  const along: Vec3 = [0, Math.sin(tilt), Math.cos(tilt)];
  p.pelvisRot = rx(Math.PI / 2 - tilt);
  const hipZ = onKnees ? -0.1 * H(c) : -0.05 * H(c) - legs * along[2];
  const hip: Vec3 = [0, onKnees ? low : low + legs * along[1], onKnees ? hipZ : hipZ + legs * along[2]];
  p.pelvis = [0, hip[1] + b.hipDrop * along[1], hip[2] + b.hipDrop * along[2]];
  p.spine = ID;
  p.chest = ID;
  p.neck = rx(-0.45);
  p.head = rx(-0.2);
  p.feet = onKnees
    ? [rx(Math.PI - 0.25), rx(Math.PI - 0.25)]
    : [rx(Math.PI / 2 - tilt), rx(Math.PI / 2 - tilt)];
  const plant: Plant = [0, 1].map((i): Vec3 =>
    onKnees
      ? [side(i) * b.hipHalf, b.ground + b.shinR * 1.3, hip[2] - b.shin]
      : [side(i) * b.hipHalf * 0.8, low, hip[2] - legs * along[2]],
  ) as Plant;
  legsTo(c, p, plant, onKnees ? [0, -1, 0.1] : [0, -along[2], along[1]]);
  return { pose: p, plant };
}

/** Hands flat on the ground below the shoulders, each shifted forward by `step`. */
function handsDown(c: Ctx, p: Pose, step: [number, number] = [0, 0]): void {
  const b = c.b;
  p.arms = [0, 1].map((i) => {
    const { root } = limbRoot(b, p, 'arm', i);
    return handTo(b, p, i, [root[0] * 1.05, b.ground + b.handR * 0.7, root[2] + step[i]!], [0.7, -0.7, 0]);
  }) as [Limb, Limb];
}

export const postures: Partial<Record<MotionKind, MotionFn>> = {
  sit: (c) => {
    const { pose, plant } = sitting(c);
    const b = c.b;
    const hipY = hipsSeated(b);
    pose.arms = [0, 1].map((i) =>
      handTo(b, pose, i, [side(i) * b.hipHalf * 1.3, hipY + b.thighR * 1.2, b.thigh * 0.6 - sitBack(b)], OUT),
    ) as [Limb, Limb];
    return { pose, plant, easeIn: 0.6, easeOut: 0.6 };
  },
  lie: (c) => ({ pose: lying(c), easeIn: 0.8, easeOut: 0.8 }),
  kneel: (c) => {
    const b = c.b;
    const p = copyPose(c.base);
    const kneeY = b.ground + b.shinR;
    p.pelvis = [0, kneeY + b.thigh * 0.98 + b.hipDrop, -0.02 * H(c)];
    p.pelvisRot = ID;
    p.feet = [ID, rx(1.15)];
    const plant: Plant = [
      [b.hipHalf * 1.2, b.ground + b.ankle, b.thigh * 0.9],
      [-b.hipHalf, b.ground + b.ball * Math.sin(1.15) * 0.6, -0.02 * H(c) - b.shin * 0.95],
    ];
    legsTo(c, p, plant);
    p.arms = [
      handTo(b, p, 0, [b.hipHalf * 1.3, b.ground + b.shin + b.thighR * 1.4, b.thigh * 0.85], OUT),
      down(c, 1),
    ];
    return { pose: p, plant, easeIn: 0.5, easeOut: 0.5 };
  },
  crouch: (c) => {
    const b = c.b;
    const p = crouch(c.base, b, b.pelvisHeight * 0.45);
    const plant = stance(b, 1.5, [0.02 * H(c), 0.02 * H(c)]);
    p.arms = [0, 1].map((i) =>
      handTo(b, p, i, [side(i) * b.hipHalf * 1.2, b.ground + b.shin * 1.05, b.thigh * 0.65], OUT),
    ) as [Limb, Limb];
    return { ...planted(c, p, plant), easeIn: 0.4, easeOut: 0.4 };
  },
  squat: (c) => {
    const b = c.b;
    const depth = pulse(c.clock.t, 0.5);
    const p = crouch(c.base, b, b.pelvisHeight * 0.4 * depth);
    p.arms = both(b, [0.15, -0.1 + 0.1 * depth, 1], [0.12, 0, 1]);
    return { ...planted(c, p, stance(b, 1.5)), easeIn: 0.4 };
  },
  fall: (c) => {
    // Knees give, the body tips back and lands; it stays down (the simulation follows with lie or get-up).
    const k = ramp(c.clock.t, 0, fallImpact(c.clock.duration)) ** 2;
    const flail = Math.sin(Math.PI * Math.min(1, k * 1.2));
    const p = blendPose(c.base, lying(c), k);
    p.arms = [0, 1].map((i) =>
      blendLimb(p.arms[i]!, armVia(c.b, mirror([0.8, 0.6, 0.3], i), mirror([0.6, 0.9, 0], i)), flail),
    ) as [Limb, Limb];
    return { pose: p, easeIn: 0, easeOut: 0, face: { expression: { surprised: flail } } };
  },
  'get-up': (c) => {
    // Lying, sitting up, squatting, standing: the key poses blend and the feet follow the ground.
    const b = c.b;
    const lie = lying(c);
    const lieSk = skeletonOf(b, lie);
    const up = sittingUp(c);
    const squat = crouch(c.base, b, b.pelvisHeight * 0.45);
    const feet = stance(b, 1.4, [0.03 * H(c), 0.03 * H(c)]);
    type Key = { pose: Pose; plant: Plant };
    const key = keyed<Key>(
      c.clock.u,
      [
        [0, { pose: lie, plant: [lieSk.ankle[0].p, lieSk.ankle[1].p] }],
        [0.35, up],
        [0.65, { pose: squat, plant: feet }],
        [1, { pose: c.base, plant: stance(b) }],
      ],
      (x, y, t) => ({
        pose: blendPose(x.pose, y.pose, t),
        plant: [lerp3(x.plant[0], y.plant[0], t), lerp3(x.plant[1], y.plant[1], t)],
      }),
    );
    legsTo(c, key.pose, key.plant);
    return { pose: key.pose, plant: key.plant, easeIn: 0 };
  },
  bow: (c) => {
    const k = keyed(
      c.clock.u,
      [
        [0, 0],
        [0.25, 1],
        [0.7, 1],
        [0.95, 0],
      ],
      mixN,
    );
    const p = copyPose(c.base);
    p.pelvisRot = qmul(p.pelvisRot, rx(0.45 * k));
    p.pelvis = [p.pelvis[0], p.pelvis[1], p.pelvis[2] - 0.03 * H(c) * k];
    p.spine = qmul(p.spine, rx(0.3 * k));
    p.neck = qmul(p.neck, rx(0.2 * k));
    return planted(c, p, stance(c.b));
  },
  bend: (c) => {
    const b = c.b;
    const p = copyPose(c.base);
    p.pelvisRot = rx(1.15);
    p.pelvis = [0, p.pelvis[1] - 0.02 * H(c), -0.07 * H(c)];
    p.spine = rx(0.3);
    p.chest = rx(0.15);
    p.neck = rx(-0.3);
    p.arms = [0, 1].map((i) =>
      handTo(b, p, i, [side(i) * b.hipHalf * 1.2, b.ground + 0.1 * H(c), 0.1 * H(c)], [0.3, 0, -1]),
    ) as [Limb, Limb];
    return { ...planted(c, p, stance(b)), easeIn: 0.5, easeOut: 0.5 };
  },
  'push-up': (c) => {
    const rise = 0.45 + 0.5 * (1 - pulse(c.clock.t, 0.6));
    const { pose, plant } = prone(c, rise, false);
    handsDown(c, pose);
    return { pose, plant, easeIn: 0.7, easeOut: 0.7 };
  },
  crawl: (c) => {
    const t = c.clock.t;
    const { pose, plant } = prone(c, 0.96, true);
    const s = 0.05 * H(c) * wave(t, 0.8);
    handsDown(c, pose, [s, -s]);
    return {
      pose,
      plant: [plant[0], [plant[1][0], plant[1][1], plant[1][2] + s]] as Plant,
      easeIn: 0.6,
      easeOut: 0.6,
    };
  },
  swim: (c) => {
    const b = c.b;
    const t = c.clock.t;
    const p = copyPose(c.base);
    p.pelvisRot = rx(Math.PI / 2);
    p.pelvis = [0, b.ground + b.hipsR[2] * 0.3, -0.12 * H(c)];
    p.spine = ID;
    p.chest = ry(0.15 * wave(t, 0.6));
    const breathe = Math.max(0, Math.sin(TAU * 0.3 * t)) ** 4;
    p.neck = rx(-0.35);
    p.head = ry(0.7 * breathe);
    // The crawl: each arm sweeps forward, down through the water, back along the body, up over it.
    p.arms = [0, 1].map((i): Limb => {
      const th = TAU * 0.6 * t + Math.PI * i;
      const recover = Math.max(0, -Math.sin(th));
      return {
        dir: [side(i) * 0.2, Math.cos(th), Math.sin(th)],
        bend: 0.15 + 1.2 * recover,
        pole: [side(i) * 0.3, 0, -1],
      };
    }) as [Limb, Limb];
    p.legs = [0, 1].map((i): Limb => ({
      dir: [side(i) * 0.06, -1, 0.12 * wave(t, 2, i * 0.5)],
      bend: 0.15,
      pole: [0, 0, 1],
    })) as [Limb, Limb];
    p.feet = [rx(Math.PI), rx(Math.PI)];
    return { pose: p, easeIn: 0.6, easeOut: 0.6 };
  },
  ride: (c) => {
    const b = c.b;
    const { pose } = sitting(c);
    const hipY = hipsSeated(b);
    const bob = 0.01 * H(c) * pulse(c.clock.t, 1.6);
    pose.pelvis = [0, pose.pelvis[1] + bob, 0];
    const plant: Plant = [0, 1].map((i): Vec3 => [
      side(i) * 0.12 * H(c),
      hipY - 0.33 * H(c),
      0.03 * H(c),
    ]) as Plant;
    legsTo(c, pose, plant, [0.8, 0, 0.6]);
    pose.feet = [ry(0.3), ry(-0.3)];
    pose.arms = [0, 1].map((i) =>
      handTo(b, pose, i, front(c.b, pose, side(i) * 0.05 * H(c), 0.12 * H(c), 0.16 * H(c)), OUT),
    ) as [Limb, Limb];
    return { pose, plant, easeIn: 0.5, easeOut: 0.5 };
  },
  drive: (c) => {
    const b = c.b;
    const { pose, plant } = sitting(c);
    pose.pelvisRot = rx(-0.15);
    // Hands at ten to two on a wheel ahead of the chest, turning it a little.
    const steer = 0.15 * Math.sin(TAU * 0.15 * c.clock.t);
    const r = 0.1 * H(c);
    pose.arms = [0, 1].map((i) => {
      const a = Math.PI / 2 - side(i) * (1.0 - steer);
      return handTo(
        b,
        pose,
        i,
        front(
          c.b,
          pose,
          Math.cos(a) * r,
          0.28 * H(c) + Math.sin(a) * r * 0.87,
          b.upperArm + b.foreArm * 0.35 - Math.sin(a) * r * 0.5,
        ),
        OUT,
      );
    }) as [Limb, Limb];
    return { pose, plant, prop: 'wheel', easeIn: 0.5, easeOut: 0.5 };
  },
  paddle: (c) => {
    const b = c.b;
    const t = c.clock.t;
    const { pose, plant } = sittingUp(c);
    pose.pelvisRot = rx(-0.05);
    const s = wave(t, 0.5);
    pose.chest = ry(0.35 * s);
    // Strokes on alternate sides: the lower hand dips toward the water on the stroke's side.
    pose.arms = [0, 1].map((i) => {
      const low = side(i) * s > 0;
      const x = side(i) * (low ? 0.18 : 0.05) * H(c);
      return handTo(
        b,
        pose,
        i,
        front(c.b, pose, x, (low ? 0.08 : 0.28) * H(c), (low ? 0.12 : 0.16) * H(c)),
        OUT,
      );
    }) as [Limb, Limb];
    return { pose, plant, prop: 'paddle', easeIn: 0.6, easeOut: 0.6 };
  },
};

/** When a fall reaches the ground, seconds from its start (where the simulation sounds it). */
export const fallImpact = (duration: number): number => 0.6 * duration;
