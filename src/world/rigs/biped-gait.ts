/**
 * Walking, running and standing, as pure functions of the body state. The cycle is driven by the
 * phase the simulation advances by distance ÷ stride: foot 0 (left) lands at phase 0, foot 1 at 0.5.
 * While a foot is planted its ball moves backward in the entity frame by exactly the distance the
 * body travels, so in the world it stays put; the pelvis drops where a straight leg could not reach.
 * Walking blends into running between 1.8 and 2.6 m/s (shorter stance, flight, bent arms, lean).
 */
import type { BodyState } from './types.js';
import type { Body } from './human-body.js';
import { ankleFor, reach, restPose, side, type Limb, type Pose } from './skeleton.js';
import { armVia } from './biped-kit.js';
import {
  clamp,
  euler,
  ID,
  lerp,
  normalize,
  place,
  qconj,
  ramp,
  rotate,
  rx,
  smooth,
  sub3,
  TAU,
  type Quat,
  type Vec3,
} from './skeleton-math.js';

export const LANDINGS = [0, 0.5] as const;
const G = 9.81;

/**
 * One whole cycle (two steps) at this speed: Alexander's dynamic similarity, stride ≈ 2.3·h·Fr^0.3
 * with h the hip height and Fr = v²/(g·h), which holds for people walking and running alike.
 */
export function strideLength(b: Body, speed: number): number {
  const h = b.pelvisHeight;
  const fr = (speed * speed) / (G * h);
  return Math.max(2.3 * h * Math.pow(fr, 0.3), 1e-3);
}

/** How much of the cycle each foot spends on the ground: a walk always has a foot down, a run flies. */
function dutyOf(speed: number, run: number): number {
  const walk = 0.66 - 0.05 * Math.min(speed, 2.4);
  const jog = clamp(0.42 - 0.035 * (speed - 2.5), 0.3, 0.42);
  return lerp(walk, jog, run);
}

interface FootPlan {
  ball: Vec3;
  /** Heel lift, radians (toes down), and whether the foot is planted. */
  lift: number;
  planted: boolean;
}

/** Hermite curve from p0 to p1 over q in [0, 1] with end slopes m0, m1. */
function hermite(p0: number, p1: number, m0: number, m1: number, q: number): number {
  const q2 = q * q;
  const q3 = q2 * q;
  return (2 * q3 - 3 * q2 + 1) * p0 + (q3 - 2 * q2 + q) * m0 + (-2 * q3 + 3 * q2) * p1 + (q3 - q2) * m1;
}

function footPlan(b: Body, i: number, phase: number, speed: number, run: number, moving: number): FootPlan {
  const stride = strideLength(b, speed);
  const duty = dutyOf(speed, run);
  const p = (((phase - LANDINGS[i]!) % 1) + 1) % 1;
  const x = side(i) * b.hipHalf * lerp(0.95, 0.45, run);
  // Centred on the ankle under the hip at mid-stance; a runner lands a little further under the body.
  const mid = b.ball - run * 0.09 * b.height;
  const front = mid + (duty * stride) / 2;
  const back = mid - (duty * stride) / 2;
  const toeOff = lerp(0.75, 0.55, run) * moving;
  if (p < duty) {
    const u = p / duty;
    return {
      ball: [x, b.ground, front - p * stride],
      lift: toeOff * Math.pow(ramp(u, 0.45, 1), 1.4),
      planted: true,
    };
  }
  const q = (p - duty) / (1 - duty);
  // The foot leaves and lands moving backward at half the ground speed: no jolt at either end.
  const slope = -0.5 * stride * (1 - duty);
  const z = hermite(back, front, slope, slope, q);
  const peak = lerp(0.5, 0.33, run);
  const arc = Math.sin(Math.PI * Math.pow(q, Math.log(0.5) / Math.log(peak)));
  const height =
    (lerp(0.06, 0.3, run) * b.pelvisHeight * moving * Math.min(1, stride / b.pelvisHeight)) / 1.2;
  const lift = toeOff * (1 - smooth(q / 0.65)) - 0.25 * moving * Math.sin(Math.PI * ramp(q, 0.45, 1));
  return { ball: [x, b.ground + height * arc, z], lift, planted: false };
}

/**
 * The walking or running body at this instant, standing still when the speed is 0, and where its
 * ankles are meant to be (motions that keep the feet down blend toward their own).
 */
export function gaitPose(b: Body, s: BodyState): { pose: Pose; ankles: [Vec3, Vec3] } {
  const pose = restPose(b);
  const v = s.speed;
  const moving = ramp(v, 0, 0.6);
  const run = ramp(v, 1.8, 2.6);
  const phase = s.phase;
  const cyc = Math.cos(TAU * phase);
  const still = 1 - moving;
  // Standing: breathing and a slow shift of the weight from foot to foot.
  const sway = still * Math.sin((TAU * s.time) / 6.5 + 1);
  const breath = Math.sin((TAU * s.time) / 4.2);
  const stoop = b.stoop;

  const duty = dutyOf(v, run);
  const bob = lerp(0.018, 0.032, run) * b.pelvisHeight * moving;
  const bobShape = Math.cos(2 * TAU * (phase - duty / 2));
  const lower = (lerp(0.008, 0.05, run) * moving + stoop * 0.05) * b.pelvisHeight;
  let y = pose.pelvis[1] - lower + (run < 0.5 ? bob * (bobShape - 1) : -bob * (bobShape + 1));
  const x = b.hipHalf * (0.35 * sway + 0.18 * moving * (1 - run) * Math.sin(TAU * phase));
  const twist = -lerp(0.1, 0.16, run) * moving * cyc;
  const lean = lerp(0.03, 0.14, run) * moving;
  const roll = 0.05 * sway - 0.05 * moving * (1 - run) * Math.sin(TAU * phase);
  pose.pelvisRot = euler(lean * 0.5, twist, roll);

  const plans = [0, 1].map((i) => footPlan(b, i, phase, v, run, moving));
  const feet = plans.map((f) => rx(f.lift)) as [Quat, Quat];
  const ankles = plans.map((f, i) => ankleFor(b, f.ball, feet[i]!));
  // A planted leg cannot be longer than it is: lower the pelvis until each planted ankle is in reach.
  const maxLeg = (b.thigh + b.shin) * 0.995;
  for (let i = 0; i < 2; i++) {
    if (!plans[i]!.planted) continue;
    const hip = place([x, 0, 0], pose.pelvisRot, [side(i) * b.hipHalf, -b.hipDrop, 0]);
    const d = sub3(ankles[i]!, [hip[0], 0, hip[2]]);
    const flat = Math.hypot(d[0], d[2]);
    const highest = ankles[i]![1] + Math.sqrt(Math.max(0, maxLeg * maxLeg - flat * flat)) - hip[1];
    y = Math.min(y, highest);
  }
  pose.pelvis = [x, y, 0];
  pose.feet = feet;
  pose.toes = plans.map((f) => (f.planted ? Math.max(0, f.lift) : Math.max(0, f.lift) * 0.5)) as [
    number,
    number,
  ];
  pose.legs = [0, 1].map((i) => legTo(b, pose, i, ankles[i]!)) as [Limb, Limb];

  // The back bends forward (more for a runner), the chest turns against the pelvis.
  pose.spine = euler(lean * 0.5 + stoop * 0.45 + 0.01 * breath * still, -twist * 0.9, -roll * 0.7);
  pose.chest = euler(stoop * 0.5 - 0.015 * breath * still, -twist * 0.7, -roll * 0.3);
  // The head keeps looking where the body goes.
  pose.neck = euler(-lean - stoop * 0.7, twist * 0.3, roll * 0.4);
  pose.head = euler(-stoop * 0.2, 0.06 * still * Math.sin((TAU * s.time) / 9), 0);
  pose.shrug = [0.002 * b.height * breath * still, 0.002 * b.height * breath * still];

  const swing = lerp(0.3, 0.6, run) * Math.min(1, v / 1.4 + 0.3 * run) * moving;
  pose.arms = [0, 1].map((i): Limb => {
    // Each arm swings with the opposite leg: the left arm is back when the left foot lands.
    const a = -side(i) * swing * Math.cos(TAU * (phase - 0.04));
    const upper = a + stoop * 0.25 + 0.02 * still * Math.sin((TAU * s.time) / 5 + i);
    // The elbow bends more as the arm comes forward; a runner's stays near a right angle.
    const fore = upper + lerp(0.18 + 0.35 * Math.max(0, a), 1.45 + 0.2 * Math.max(0, a), run) + stoop * 0.3;
    const out = side(i) * (0.1 + 0.04 * run);
    return armVia(b, [out, -Math.cos(upper), Math.sin(upper)], [out * 0.3, -Math.cos(fore), Math.sin(fore)]);
  }) as [Limb, Limb];
  pose.hands = [ID, ID];
  return { pose, ankles: ankles as [Vec3, Vec3] };
}

/** The leg of side i reaching the given ankle position (entity frame), knee forward. */
export function legTo(b: Body, pose: Pose, i: number, ankle: Vec3): Limb {
  const hip = place(pose.pelvis, pose.pelvisRot, [side(i) * b.hipHalf, -b.hipDrop, 0]);
  const inv = qconj(pose.pelvisRot);
  const knee = rotate(inv, rotate(pose.feet[i]!, [side(i) * 0.1, 0, 1]));
  return reach(rotate(inv, sub3(ankle, hip)), b.thigh, b.shin, knee);
}

/** In the air (a jump's flight, a fall): knees tucked, arms lifted a little. */
export function airbornePose(b: Body, pose: Pose): Pose {
  const legs = [0, 1].map((i): Limb => ({
    dir: normalize([side(i) * 0.12, -0.85, 0.45]),
    bend: 1.3,
    pole: [0, 0, 1],
  })) as [Limb, Limb];
  const arms = [0, 1].map((i): Limb => ({
    dir: normalize([side(i) * 0.7, 0.2, 0.35]),
    bend: 0.6,
    pole: [side(i) * 0.3, -1, -0.5],
  })) as [Limb, Limb];
  return { ...pose, legs, arms, feet: [rx(0.5), rx(0.5)], toes: [0, 0] };
}
