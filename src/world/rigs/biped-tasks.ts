/**
 * Hands at work, while the legs stand or walk: sweeping, digging and chopping with a tool, work at
 * a table (handwork, typing, a keyboard), reading, eating, drinking, brushing teeth, a phone call,
 * and playing a guitar, a flute or drums. Most carry a small prop so the work reads.
 */
import type { MotionKind } from './types.js';
import {
  armsAt,
  front,
  H,
  handTo,
  headPoint,
  OUT,
  pulse,
  upper,
  wave,
  type Ctx,
  type MotionFn,
} from './biped-kit.js';
import type { Pose } from './skeleton.js';
import { add3, mul3, qmul, rx, ry, rz, TAU } from './skeleton-math.js';

/** A long-handled tool in both hands, low in front: the hands' heights and sideways swing. */
function tool(c: Ctx, p: Pose, high: [number, number, number], low: [number, number, number]): void {
  armsAt(
    c,
    p,
    [front(c.b, p, high[0], high[1], high[2]), front(c.b, p, low[0], low[1], low[2])],
    [0.8, -0.5, -0.3],
  );
}

export const tasks: Partial<Record<MotionKind, MotionFn>> = {
  sweep: (c) =>
    upper(
      c,
      (p) => {
        const s = wave(c.clock.t, 0.9);
        p.spine = qmul(p.spine, rx(0.2));
        p.chest = qmul(p.chest, ry(0.2 * s));
        tool(
          c,
          p,
          [0.02 * H(c), 0.3 * H(c), 0.12 * H(c)],
          [(-0.12 + 0.1 * s) * H(c), 0.12 * H(c), 0.2 * H(c)],
        );
      },
      { prop: 'broom' },
    ),
  dig: (c) =>
    upper(
      c,
      (p) => {
        // Push in low, lift and toss to the side.
        const k = pulse(c.clock.t, 0.5);
        p.spine = qmul(p.spine, rx(0.35 - 0.25 * k));
        p.chest = qmul(p.chest, ry(0.35 * k));
        tool(
          c,
          p,
          [0.03 * H(c), (0.12 + 0.12 * k) * H(c), 0.1 * H(c)],
          [-0.06 * H(c), (0.0 + 0.15 * k) * H(c), 0.22 * H(c)],
        );
      },
      { prop: 'shovel' },
    ),
  chop: (c) =>
    upper(
      c,
      (p) => {
        // Both hands on the handle, the right one nearer the head: raised over the head, the
        // handle pointing up and back, then swung down until it points forward at the block.
        const up = pulse(c.clock.t, 0.8);
        const y = (0.08 + 0.42 * up) * H(c);
        const ahead = (0.2 - 0.12 * up) * H(c);
        const angle = 1.9 - 2.1 * up;
        const grip = 0.1 * H(c);
        p.spine = qmul(p.spine, rx(0.25 * (1 - up)));
        armsAt(c, p, [
          front(c.b, p, -0.02 * H(c), y, ahead),
          front(c.b, p, -0.02 * H(c), y + Math.cos(angle) * grip, ahead + Math.sin(angle) * grip),
        ]);
      },
      { prop: 'axe' },
    ),
  handwork: (c) =>
    upper(c, (p) => {
      const t = c.clock.t;
      p.neck = qmul(p.neck, rx(0.3));
      p.head = qmul(p.head, rx(0.25));
      const y = 0.05 * H(c);
      armsAt(c, p, [
        front(c.b, p, 0.07 * H(c), y, 0.16 * H(c)),
        front(
          c.b,
          p,
          -0.05 * H(c) + 0.02 * H(c) * wave(t, 2.5),
          y + 0.015 * H(c) * wave(t, 2.5, 0.25),
          0.17 * H(c),
        ),
      ]);
    }),
  type: (c) =>
    upper(c, (p) => {
      const t = c.clock.t;
      p.neck = qmul(p.neck, rx(0.12));
      const tap = (k: number) => 0.008 * H(c) * Math.abs(wave(t, 3.5, k * 0.37));
      armsAt(c, p, [
        front(c.b, p, 0.09 * H(c), 0.06 * H(c) + tap(0), 0.2 * H(c)),
        front(c.b, p, -0.09 * H(c), 0.06 * H(c) + tap(1), 0.2 * H(c)),
      ]);
    }),
  read: (c) =>
    upper(
      c,
      (p) => {
        p.neck = qmul(p.neck, rx(0.25));
        p.head = qmul(p.head, rx(0.2));
        armsAt(c, p, [
          front(c.b, p, 0.07 * H(c), 0.22 * H(c), 0.15 * H(c)),
          front(c.b, p, -0.07 * H(c), 0.22 * H(c), 0.15 * H(c)),
        ]);
      },
      { prop: 'book' },
    ),
  eat: (c) => {
    const bite = Math.sin(Math.PI * pulse(c.clock.t, 0.45)) ** 2;
    return upper(
      c,
      (p) => {
        p.neck = qmul(p.neck, rx(0.15));
        const plate = front(c.b, p, -0.02 * H(c), 0.12 * H(c), 0.18 * H(c));
        const mouth = headPoint(c.b, p, [-0.1, -0.55, 1.6]);
        p.arms[0] = handTo(c.b, p, 0, front(c.b, p, 0.06 * H(c), 0.1 * H(c), 0.18 * H(c)), OUT);
        p.arms[1] = handTo(c.b, p, 1, add3(mul3(plate, 1 - bite), mul3(mouth, bite)), [0.5, -1, -0.2]);
      },
      { face: { mouth: { open: 0.5 * bite } } },
    );
  },
  drink: (c) =>
    upper(
      c,
      (p) => {
        p.neck = qmul(p.neck, rx(-0.15));
        p.head = qmul(p.head, rx(-0.15));
        p.arms[1] = handTo(c.b, p, 1, headPoint(c.b, p, [-0.3, -0.6, 1.5]), [0.4, -1, -0.1]);
      },
      { prop: 'cup' },
    ),
  'brush-teeth': (c) =>
    upper(
      c,
      (p) => {
        const x = -0.25 + 0.2 * wave(c.clock.t, 4);
        p.arms[1] = handTo(c.b, p, 1, headPoint(c.b, p, [x - 0.5, -0.6, 1.3]), [0.5, -1, -0.1]);
      },
      { prop: 'toothbrush', face: { mouth: { wide: 0.8, open: 0.15 } } },
    ),
  phone: (c) =>
    upper(
      c,
      (p) => {
        p.head = qmul(p.head, rz(-0.1));
        p.arms[1] = handTo(c.b, p, 1, headPoint(c.b, p, [-1.2, -0.15, 0.25]), [0.3, -1, 0]);
      },
      { prop: 'phone' },
    ),
  strum: (c) =>
    upper(
      c,
      (p) => {
        const t = c.clock.t;
        p.neck = qmul(p.neck, rx(0.15));
        p.arms[0] = handTo(c.b, p, 0, front(c.b, p, 0.3 * H(c), 0.2 * H(c), 0.1 * H(c)), [0.3, -1, -0.3]);
        p.arms[1] = handTo(
          c.b,
          p,
          1,
          front(c.b, p, -0.06 * H(c), (0.08 + 0.03 * wave(t, 3)) * H(c), 0.09 * H(c)),
          OUT,
        );
      },
      { prop: 'guitar' },
    ),
  keys: (c) =>
    upper(c, (p) => {
      const t = c.clock.t;
      const slide = 0.04 * H(c) * Math.sin(TAU * 0.3 * t);
      const tap = (k: number) => 0.01 * H(c) * Math.abs(wave(t, 3, k * 0.5));
      armsAt(c, p, [
        front(c.b, p, 0.11 * H(c) + slide, 0.07 * H(c) + tap(0), 0.21 * H(c)),
        front(c.b, p, -0.11 * H(c) + slide, 0.07 * H(c) + tap(1), 0.21 * H(c)),
      ]);
    }),
  blow: (c) =>
    upper(
      c,
      (p) => {
        p.head = qmul(p.head, ry(0.15));
        armsAt(
          c,
          p,
          [headPoint(c.b, p, [-0.6, -0.95, 1.7]), headPoint(c.b, p, [-2.6, -1.1, 1.5])],
          [0.7, -1, -0.2],
        );
      },
      { prop: 'flute', face: { mouth: { round: 0.8, open: 0.05 } } },
    ),
  drum: (c) =>
    upper(
      c,
      (p) => {
        const t = c.clock.t;
        const hit = (k: number) => Math.abs(Math.sin(Math.PI * (3 * t + k * 0.5)));
        armsAt(c, p, [
          front(c.b, p, 0.1 * H(c), (0.08 + 0.1 * hit(0)) * H(c), 0.16 * H(c)),
          front(c.b, p, -0.1 * H(c), (0.08 + 0.1 * hit(1)) * H(c), 0.16 * H(c)),
        ]);
      },
      { prop: 'sticks' },
    ),
};
