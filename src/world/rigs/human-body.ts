/**
 * A person's proportions from their character: age sets the height and the head's share of it (a
 * child is about five heads tall, an adult about seven), gender the shoulders and hips, build the
 * girth. Every length is in metres with the entity's scale applied; the soles stand on the bottom
 * of the 1.75 m box the person's collider is.
 */
import type { Character, Entity, Vec3 } from '../../plan/schema.js';

const BOX_HEIGHT = 1.75;

type Age = Character['age'];
type Gender = Character['gender'];
type Build = Character['build'];

export interface Body {
  age: Age;
  gender: Gender;
  build: Build;
  /** Standing height, and the local y of the soles. */
  height: number;
  ground: number;
  /** Sole to ankle joint, ankle to knee, knee to hip joint. */
  ankle: number;
  shin: number;
  thigh: number;
  /** Hip joints: below and either side of the pelvis joint. */
  hipDrop: number;
  hipHalf: number;
  /** Pelvis joint → lower spine → chest joint → base of the neck. */
  lumbar: number;
  spine: number;
  chest: number;
  /** Shoulder joints: either side of, and below, the base of the neck. */
  shoulderHalf: number;
  shoulderDrop: number;
  neck: number;
  upperArm: number;
  foreArm: number;
  hand: number;
  /** Ankle to the ball of the foot, to the back of the heel, to the tip of the toes (along the foot). */
  ball: number;
  heel: number;
  toe: number;
  /** Head ellipsoid radii (x across, y up, z forward) and its centre above/before the top of the neck. */
  head: Vec3;
  headUp: number;
  headFwd: number;
  /** Limb radii at the thick end. */
  upperArmR: number;
  foreArmR: number;
  handR: number;
  thighR: number;
  shinR: number;
  neckR: number;
  /** Torso ellipsoids: the trunk (small of the back to the neck) and the hips. */
  trunkR: Vec3;
  hipsR: Vec3;
  /** Forward curve of an old back, radians; a round belly, 0..1. */
  stoop: number;
  belly: number;
  /** Standing height of the pelvis joint above the soles. */
  pelvisHeight: number;
}

/** Shares of the height for an average adult; children and the old differ as AGE says. */
interface Shape {
  height: number;
  /** Hip joint height, head height (chin to crown), shoulder half-width: shares of the height. */
  leg: number;
  head: number;
  shoulder: number;
  hip: number;
  arm: number;
  stoop: number;
  belly: number;
}

const AGE: Record<Age, Shape> = {
  child: {
    height: 1.22,
    leg: 0.475,
    head: 0.185,
    shoulder: 0.112,
    hip: 0.05,
    arm: 0.3,
    stoop: 0,
    belly: 0.25,
  },
  adult: {
    height: 1.72,
    leg: 0.525,
    head: 0.138,
    shoulder: 0.108,
    hip: 0.052,
    arm: 0.325,
    stoop: 0,
    belly: 0,
  },
  elderly: {
    height: 1.67,
    leg: 0.515,
    head: 0.142,
    shoulder: 0.104,
    hip: 0.054,
    arm: 0.325,
    stoop: 0.22,
    belly: 0.15,
  },
};

/** Multipliers for height, shoulders, hips; children differ little. */
const GENDER: Record<Gender, [number, number, number]> = {
  male: [1.03, 1.07, 0.92],
  female: [0.965, 0.9, 1.12],
  neutral: [1, 1, 1],
};

/** Multipliers of torso width, torso depth and limb thickness. */
const BUILD: Record<Build, [number, number, number]> = {
  slim: [0.9, 0.86, 0.86],
  average: [1, 1, 1],
  heavy: [1.2, 1.38, 1.22],
};

export const characterOf = (e: Entity): Character =>
  e.character ?? { age: 'adult', gender: 'neutral', build: 'average', outfit: 'casual', accessories: [] };

export function bodyOf(e: Entity): Body {
  const c = characterOf(e);
  const a = AGE[c.age];
  const child = c.age === 'child';
  const g = GENDER[c.gender].map((v) => (child ? 1 + (v - 1) * 0.3 : v)) as [number, number, number];
  const [wide, deep, thick] = BUILD[c.build];
  const s = e.scale;
  const H = a.height * g[0] * s;
  const headH = a.head * H;
  const legH = a.leg * H;
  const ankle = 0.045 * H;
  const shin = (legH - ankle) * 0.49;
  const thigh = legH - ankle - shin;
  const hipDrop = 0.035 * H;
  // Pelvis joint to the crown: lumbar, spine, chest, neck, head; the head's share is set by age.
  const trunk = H - legH - hipDrop - headH - 0.03 * H;
  const lumbar = trunk * 0.2;
  const spine = trunk * 0.32;
  const chest = trunk - lumbar - spine;
  const neck = 0.045 * H * (child ? 0.7 : 1);
  const head: Vec3 = [headH * 0.41, headH * 0.5, headH * 0.46];
  const shoulderHalf = a.shoulder * H * g[1] * (c.build === 'heavy' ? 1.06 : 1);
  const hipHalf = a.hip * H * g[2];
  const arm = a.arm * H;
  const limb = (H / 1.72) * thick * (child ? 1.15 : 1);
  const foot = 0.15 * H * (child ? 1.05 : 1);
  return {
    age: c.age,
    gender: c.gender,
    build: c.build,
    height: H,
    ground: (-BOX_HEIGHT / 2) * s,
    ankle,
    shin,
    thigh,
    hipDrop,
    hipHalf,
    lumbar,
    spine,
    chest,
    shoulderHalf,
    shoulderDrop: 0.022 * H,
    neck,
    upperArm: arm * 0.53,
    foreArm: arm * 0.47,
    hand: 0.1 * H * (child ? 0.95 : 1),
    ball: foot * 0.55,
    heel: foot * 0.25,
    toe: foot * 0.75,
    head,
    headUp: head[1] * 0.72,
    headFwd: head[2] * 0.12,
    upperArmR: 0.041 * limb,
    foreArmR: 0.034 * limb,
    handR: 0.036 * limb,
    thighR: 0.068 * limb * (c.gender === 'female' ? 1.06 : 1),
    shinR: 0.047 * limb,
    neckR: 0.05 * limb * (c.gender === 'male' ? 1.1 : 0.95),
    trunkR: [
      shoulderHalf * (c.gender === 'female' ? 0.74 : 0.8) * wide,
      (lumbar * 0.7 + spine + chest) * 0.55,
      0.058 * H * deep * (child ? 1.1 : 1),
    ],
    hipsR: [(hipHalf + 0.036 * H) * wide, 0.055 * H, 0.054 * H * Math.sqrt(deep)],
    stoop: a.stoop,
    belly: a.belly + (c.build === 'heavy' ? 0.5 : 0),
    pelvisHeight: legH + hipDrop,
  };
}
