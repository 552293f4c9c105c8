/**
 * Gestures: what the arms, head and face do for motions that leave the legs to the gait (so a
 * person can wave while walking), the rules the simulation needs to hear them (when clapping hands
 * meet, when a snap snaps, when a throw lets go), and the table of every motion a person does.
 * Hands at work are in biped-tasks.ts, postures in biped-postures.ts, jumps, dances, exercise
 * and sport in biped-exercise.ts.
 */
import { CLAP_RATE_HZ, type MotionKind } from './types.js';
import {
  armsAt,
  armVia,
  both,
  down,
  front,
  H,
  handTo,
  headPoint,
  keyed,
  mirror,
  pulse,
  upper,
  wave,
  type Ctx,
  type Motion,
  type MotionFn,
} from './biped-kit.js';
import { postures } from './biped-postures.js';
import { exercise } from './biped-exercise.js';
import { tasks } from './biped-tasks.js';
import type { Limb, Pose } from './skeleton.js';
import { blendLimb } from './skeleton.js';
import { euler, qmul, rx, ry, rz, TAU, type Vec3 } from './skeleton-math.js';

/** Beats `rate` a second, the k-th at (k + 0.5) / rate from the motion's start (the contract in types.ts). */
const CLAP = { rate: CLAP_RATE_HZ, first: 0.5 / CLAP_RATE_HZ };
const SNAP = { rate: 2, first: 0.25 };
/** A throw lets go at this share of its motion. */
export const THROW_RELEASE = 0.55;

function beats(rule: { rate: number; first: number }, duration: number, t0: number, t1: number): number[] {
  const out: number[] = [];
  for (let k = Math.max(0, Math.ceil((t0 - rule.first) * rule.rate - 1e-9)); ; k++) {
    const t = rule.first + k / rule.rate;
    if (t >= t1 || t >= duration) break;
    out.push(t);
  }
  return out;
}

/** Times (seconds from the motion's start) in [t0, t1) at which clapping hands meet. */
export const clapsIn = (duration: number, t0: number, t1: number): number[] => beats(CLAP, duration, t0, t1);
/** Times (seconds from the motion's start) in [t0, t1) at which a snap sounds. */
export const snapsIn = (duration: number, t0: number, t1: number): number[] => beats(SNAP, duration, t0, t1);

const clap: MotionFn = (c) =>
  upper(
    c,
    (p) => {
      const gap = 0.22 * H(c) * Math.sin(Math.PI * CLAP.rate * (c.clock.t - CLAP.first)) ** 2;
      const palm = c.b.handR * 0.7;
      armsAt(c, p, [
        front(c.b, p, gap / 2 + palm, 0.2 * H(c), 0.16 * H(c)),
        front(c.b, p, -gap / 2 - palm, 0.2 * H(c), 0.16 * H(c)),
      ]);
    },
    // Quick in and out, so the first and last claps already (still) meet.
    { face: { expression: { happy: 0.5 } }, easeIn: 0.15, easeOut: 0.1 },
  );

/** Hands at the face (a point of the head in head radii), elbows down. */
function toFace(c: Ctx, p: Pose, local: [Vec3, Vec3], pole: Vec3 = [0.5, -1, -0.1]): void {
  armsAt(c, p, [headPoint(c.b, p, local[0]), headPoint(c.b, p, local[1])], pole);
}

const throwKeys = (c: Ctx): [number, { arm: Limb; other: Limb; twist: number; lean: number }][] => [
  [0, { arm: down(c, 1), other: down(c, 0), twist: 0, lean: 0 }],
  [
    0.42,
    {
      arm: armVia(c.b, [-0.65, 0.45, -0.6], [-0.1, 1, -0.15]),
      other: armVia(c.b, [0.3, 0.1, 1], [0.2, 0.2, 1]),
      twist: -0.5,
      lean: -0.05,
    },
  ],
  [
    THROW_RELEASE,
    { arm: armVia(c.b, [-0.3, 0.35, 1], [-0.15, 0.3, 1]), other: down(c, 0), twist: 0.3, lean: 0.1 },
  ],
  [
    0.75,
    { arm: armVia(c.b, [0.15, -0.6, 0.8], [0.3, -0.7, 0.6]), other: down(c, 0), twist: 0.5, lean: 0.25 },
  ],
  [1, { arm: down(c, 1), other: down(c, 0), twist: 0, lean: 0 }],
];

type ThrowKey = ReturnType<typeof throwKeys>[number][1];
const mixThrow = (a: ThrowKey, b: ThrowKey, t: number): ThrowKey => ({
  arm: blendLimb(a.arm, b.arm, t),
  other: blendLimb(a.other, b.other, t),
  twist: a.twist + (b.twist - a.twist) * t,
  lean: a.lean + (b.lean - a.lean) * t,
});

/** Fists up by the chin. */
const guard = (c: Ctx): [Limb, Limb] => both(c.b, [0.45, -0.55, 0.55], [-0.3, 0.75, 0.55]);
const jab = (c: Ctx, i: number): Limb => armVia(c.b, mirror([0.05, 0.02, 1], i), mirror([0.02, 0.03, 1], i));

const GESTURES: Partial<Record<MotionKind, MotionFn>> = {
  wave: (c) =>
    upper(
      c,
      (p) => {
        const sw = wave(c.clock.t, 2);
        p.arms[1] = armVia(c.b, [-0.8, 0.5, 0.3], [-0.1 - 0.45 * sw, 1, 0.2]);
        p.head = qmul(p.head, euler(0, -0.1, 0.08));
      },
      { face: { expression: { happy: 0.6 } } },
    ),
  point: (c) =>
    upper(
      c,
      (p) => {
        p.arms[1] = armVia(c.b, [-0.12, 0.1, 1], [-0.08, 0.14, 1]);
        p.chest = qmul(p.chest, ry(0.12));
      },
      { finger: true },
    ),
  clap,
  snap: (c) =>
    upper(c, (p) => {
      p.arms[1] = armVia(c.b, [-0.45, -0.55, 0.6], [-0.1, 1, 0.45]);
      p.hands[1] = rz(-0.4 * Math.sin(Math.PI * SNAP.rate * (c.clock.t - SNAP.first)) ** 8);
    }),
  cheer: (c) =>
    upper(
      c,
      (p) => {
        const pump = pulse(c.clock.t, 1.6);
        p.arms = both(c.b, [0.45, 0.88, 0.1], [0.35, 0.9, 0.12 + 0.45 * pump]);
        p.shrug = [0.012 * H(c), 0.012 * H(c)];
        p.head = qmul(p.head, rx(-0.18));
      },
      { face: { expression: { happy: 1 }, mouth: { open: 0.6, wide: 0.3 } } },
    ),
  nod: (c) =>
    upper(c, (p) => {
      p.head = qmul(p.head, rx(0.28 * pulse(c.clock.t, 1.8)));
    }),
  'shake-head': (c) =>
    upper(c, (p) => {
      p.head = qmul(p.head, ry(0.42 * wave(c.clock.t, 2.2)));
    }),
  'look-up': (c) =>
    upper(c, (p) => {
      p.chest = qmul(p.chest, rx(-0.08));
      p.neck = qmul(p.neck, rx(-0.3));
      p.head = qmul(p.head, rx(-0.45));
    }),
  'look-around': (c) =>
    upper(c, (p) => {
      const t = c.clock.t;
      p.neck = qmul(p.neck, ry(0.45 * Math.sin(TAU * 0.22 * t)));
      p.head = qmul(p.head, euler(0.12 * Math.sin(TAU * 0.37 * t), 0.4 * Math.sin(TAU * 0.22 * t - 0.4), 0));
    }),
  laugh: (c) =>
    upper(
      c,
      (p) => {
        const ha = pulse(c.clock.t, 4.5);
        p.spine = qmul(p.spine, rx(-0.1 - 0.05 * ha));
        p.head = qmul(p.head, rx(-0.28));
        p.shrug = [0.008 * H(c) * ha, 0.008 * H(c) * ha];
        armsAt(c, p, [
          front(c.b, p, 0.07 * H(c), 0.1 * H(c), 0.03),
          front(c.b, p, -0.07 * H(c), 0.1 * H(c), 0.03),
        ]);
      },
      { face: { expression: { happy: 1 }, mouth: { open: 0.45 + 0.4 * pulse(c.clock.t, 4.5), wide: 0.3 } } },
    ),
  cry: (c) =>
    upper(
      c,
      (p) => {
        p.spine = qmul(p.spine, rx(0.12));
        p.neck = qmul(p.neck, rx(0.15));
        p.head = qmul(p.head, rx(0.3));
        const sob = 0.008 * H(c) * pulse(c.clock.t, 3.2);
        p.shrug = [sob, sob];
        toFace(c, p, [
          [0.45, 0.05, 1.25],
          [-0.45, 0.05, 1.25],
        ]);
      },
      { face: { expression: { sad: 1 }, mouth: { open: 0.25 * pulse(c.clock.t, 1.6) } } },
    ),
  shiver: (c) =>
    upper(
      c,
      (p) => {
        const t = c.clock.t;
        p.spine = qmul(p.spine, rz(0.03 * wave(t, 11)));
        p.chest = qmul(p.chest, ry(0.025 * wave(t, 9)));
        const s = 0.018 * H(c) + 0.004 * H(c) * wave(t, 13);
        p.shrug = [s, s];
        // Arms wrapped round the chest, each hand on the other arm.
        const across = c.b.shoulderHalf * 0.85;
        armsAt(
          c,
          p,
          [front(c.b, p, -across, 0.27 * H(c), 0.02), front(c.b, p, across, 0.25 * H(c), 0.04)],
          [0.6, -0.8, 0.1],
        );
      },
      { face: { expression: { afraid: 0.5 }, mouth: { open: 0.12 * pulse(c.clock.t, 9), wide: 0.7 } } },
    ),
  'stick-tongue': (c) =>
    upper(
      c,
      (p) => {
        // Leaning in to tease, thumbs at the temples and fingers waggling.
        p.spine = qmul(p.spine, rx(0.1));
        p.neck = qmul(p.neck, rx(0.08));
        p.head = qmul(p.head, rz(0.22));
        const waggle = 0.15 * wave(c.clock.t, 3);
        toFace(c, p, [
          [1.25, 0.25, 0.2],
          [-1.25, 0.25, 0.2],
        ]);
        p.hands = [rx(waggle), rx(-waggle)];
      },
      { face: { tongue: true, expression: { happy: 0.4 } } },
    ),
  hug: (c) =>
    upper(
      c,
      (p) => {
        p.spine = qmul(p.spine, rx(0.1));
        const y = 0.27 * H(c);
        armsAt(
          c,
          p,
          [front(c.b, p, -0.1 * H(c), y, 0.2 * H(c)), front(c.b, p, 0.1 * H(c), y + 0.04, 0.19 * H(c))],
          [1, -0.3, -0.2],
        );
      },
      { face: { expression: { happy: 0.6 } } },
    ),
  kiss: (c) =>
    upper(
      c,
      (p) => {
        p.spine = qmul(p.spine, rx(0.12));
        p.neck = qmul(p.neck, rx(0.12));
        p.head = qmul(p.head, rz(0.2));
      },
      { face: { mouth: { round: 1, open: 0.08 }, blink: 0.9 } },
    ),
  'shake-hands': (c) =>
    upper(c, (p) => {
      const y = 0.12 * H(c) + 0.025 * H(c) * wave(c.clock.t, 2.2);
      p.arms[1] = handTo(c.b, p, 1, front(c.b, p, -0.05 * H(c), y, 0.22 * H(c)), [0.5, -1, -0.3]);
    }),
  throw: (c) =>
    upper(c, (p) => {
      const k = keyed(c.clock.u, throwKeys(c), mixThrow);
      p.arms[1] = k.arm;
      p.arms[0] = k.other;
      p.chest = qmul(p.chest, ry(k.twist));
      p.spine = qmul(p.spine, rx(k.lean));
    }),
  catch: (c) =>
    upper(c, (p) => {
      const caught = c.clock.u > 0.5 ? Math.min(1, (c.clock.u - 0.5) / 0.15) : 0;
      const y = (0.3 - 0.08 * caught) * H(c);
      const ahead = (0.24 - 0.12 * caught) * H(c);
      const x = (0.09 - 0.05 * caught) * H(c);
      armsAt(c, p, [front(c.b, p, x, y, ahead), front(c.b, p, -x, y, ahead)]);
    }),
  punch: (c) =>
    upper(c, (p) => {
      const u = c.clock.u;
      const hit = Math.max(pulseIn(u, 0.3, 0.45), pulseIn(u, 0.6, 0.75));
      const g = guard(c);
      p.arms = [g[0], blendLimb(g[1], jab(c, 1), hit)];
      p.chest = qmul(p.chest, ry(0.35 * hit));
    }),
  fight: (c) =>
    upper(c, (p) => {
      const t = c.clock.t;
      const g = guard(c);
      const left = Math.max(0, wave(t, 1.4)) ** 3;
      const right = Math.max(0, -wave(t, 1.4)) ** 3;
      p.arms = [blendLimb(g[0], jab(c, 0), left), blendLimb(g[1], jab(c, 1), right)];
      p.chest = qmul(p.chest, ry(0.3 * (right - left)));
      p.spine = qmul(p.spine, rx(0.1));
      p.neck = qmul(p.neck, rx(-0.1));
    }),
};

/** 0 outside [a, b], rising to 1 and back within it. */
const pulseIn = (u: number, a: number, b: number): number =>
  u <= a || u >= b ? 0 : Math.sin((Math.PI * (u - a)) / (b - a));

/** The motion's pose at this instant, or null for motions a person does not do (barking, grazing). */
export function motionOf(kind: MotionKind, c: Ctx): Motion | null {
  const f = GESTURES[kind] ?? tasks[kind] ?? postures[kind] ?? exercise[kind];
  return f ? f(c) : null;
}
