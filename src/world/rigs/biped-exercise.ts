/**
 * The whole body on its feet: a jump's crouch and landing (the flight is the trace's), dances
 * (ballet's turn, robot steps, hula), exercise (aerobics, stretching, tai chi), sport and effort
 * (a kick, a push, a pull, climbing, marching, skating) and picking something up.
 */
import type { MotionKind } from './types.js';
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
  legAt,
  legsTo,
  mirror,
  mixN,
  OUT,
  planted,
  pulse,
  stance,
  turned,
  wave,
  type MotionFn,
  type Plant,
} from './biped-kit.js';
import { ankleFor, blendLimb, side, type Limb } from './skeleton.js';
import { euler, ID, qmul, ramp, rx, ry, rz, smooth, TAU, type Vec3 } from './skeleton-math.js';

export const exercise: Partial<Record<MotionKind, MotionFn>> = {
  jump: (c) => {
    if (c.airborne) return { pose: c.base };
    const b = c.b;
    const u = c.clock.u;
    const depth =
      u < 0.5 ? ramp(u, 0, 0.3) * (1 - ramp(u, 0.34, 0.46)) : Math.sin(Math.PI * ramp(u, 0.55, 0.95)) * 0.8;
    const p = crouch(c.base, b, b.pelvisHeight * 0.3 * depth);
    const swing =
      u < 0.5
        ? keyed(
            u,
            [
              [0, 0],
              [0.3, -1],
              [0.45, 1],
            ],
            mixN,
          )
        : 0.3 * (1 - ramp(u, 0.6, 1));
    p.arms = both(
      b,
      [0.15, -Math.cos(swing), Math.sin(swing)],
      [0.1, -Math.cos(swing * 1.1), Math.sin(swing * 1.1) + 0.2],
    );
    return planted(c, p, stance(b, 1.2));
  },
  ballet: (c) => {
    const b = c.b;
    const u = c.clock.u;
    const turn = smooth(ramp(u, 0.35, 0.65));
    const passe = Math.sin(Math.PI * ramp(u, 0.3, 0.7));
    const toes = 1.0 * ramp(u, 0.05, 0.25) * (1 - ramp(u, 0.85, 1));
    const p = copyPose(c.base);
    const foot = rx(toes);
    p.feet = [foot, foot];
    const balls = stance(b, 0.6).map((a): Vec3 => [a[0], b.ground, a[2] + b.ball]);
    const lift = Math.max(...[0, 1].map((i) => ankleFor(b, balls[i]!, foot)[1] - (b.ground + b.ankle)));
    p.pelvis = [0, p.pelvis[1] + lift, 0];
    let plant: Plant = [ankleFor(b, balls[0]!, foot), ankleFor(b, balls[1]!, foot)];
    // The right foot drawn up to the left knee while turning.
    const knee: Vec3 = [b.hipHalf * 0.2, p.pelvis[1] - b.hipDrop - b.thigh * 0.95, 0.05 * H(c)];
    plant[1] = [
      plant[1][0] + (knee[0] - plant[1][0]) * passe,
      plant[1][1] + (knee[1] - plant[1][1]) * passe,
      plant[1][2] + (knee[2] - plant[1][2]) * passe,
    ];
    p.arms = both(b, [0.35, 0.8, 0.3], [-0.55, 0.75, 0.25]);
    p.chest = rx(-0.05);
    const spun = turned(p, TAU * turn, plant);
    plant = spun.plant;
    legsTo(c, spun.pose, plant, [0, 0, 1]);
    spun.pose.legs[1] = legAt(b, spun.pose, 1, plant[1], [-Math.cos(TAU * turn), 0, Math.sin(TAU * turn)]);
    return { pose: spun.pose, plant, easeIn: 0.4, easeOut: 0.4 };
  },
  'robot-dance': (c) => {
    const b = c.b;
    const t = c.clock.t;
    const keys: [Limb, Limb][] = [
      [armVia(b, [1, 0, 0], [0, 1, 0]), armVia(b, [-1, 0, 0], [0, -1, 0])],
      [armVia(b, [0, 0, 1], [0, 1, 0]), armVia(b, [0, 0, 1], [0, 1, 0])],
      [armVia(b, [0.1, -1, 0], [0, 0, 1]), armVia(b, [-1, 0, 0], [0, 1, 0])],
      [armVia(b, [1, 0, 0], [0, 0, 1]), armVia(b, [-1, 0, 0], [0, 0, 1])],
    ];
    const beat = Math.floor(t * 2);
    const snap = smooth(((t * 2) % 1) / 0.2);
    const from = keys[(beat + 3) % 4]!;
    const to = keys[beat % 4]!;
    const p = copyPose(c.base);
    p.arms = [blendLimb(from[0], to[0], snap), blendLimb(from[1], to[1], snap)];
    const look = (k: number) => [0.5, 0, -0.5, 0][k % 4]!;
    p.head = qmul(p.head, ry(look(beat + 3) + (look(beat) - look(beat + 3)) * snap));
    return planted(c, p, stance(b, 1.4));
  },
  aerobics: (c) => {
    const b = c.b;
    const s = pulse(c.clock.t, 1.2);
    const p = copyPose(c.base);
    const upArms = both(b, [0.75, 0.65, 0.1], [0.55, 0.85, 0.05]);
    p.arms = [blendLimb(down(c, 0), upArms[0], s), blendLimb(down(c, 1), upArms[1], s)];
    p.pelvis = [0, p.pelvis[1] - 0.03 * H(c) * s, 0];
    return planted(c, p, stance(b, 1 + 1.8 * s));
  },
  dance: (c) => {
    const b = c.b;
    const t = c.clock.t;
    const p = copyPose(c.base);
    const sway = wave(t, 1);
    p.pelvis = [0.03 * H(c) * sway, p.pelvis[1] - 0.025 * H(c) * pulse(t, 2), 0];
    p.pelvisRot = euler(0, 0.1 * sway, 0.08 * sway);
    p.chest = euler(0, -0.15 * sway, -0.12 * sway);
    p.head = qmul(p.head, rx(0.1 * pulse(t, 2)));
    p.arms = [0, 1].map((i) => {
      const up = Math.max(0, side(i) * sway);
      return armVia(b, mirror([0.55, -0.3 + 0.9 * up, 0.5], i), mirror([0.2, 0.4 + 0.6 * up, 0.7], i));
    }) as [Limb, Limb];
    return { ...planted(c, p, stance(b, 1.6)), face: { expression: { happy: 0.8 } } };
  },
  hula: (c) => {
    const b = c.b;
    const t = c.clock.t;
    const p = crouch(c.base, b, 0.03 * H(c), 0);
    const a = TAU * 1.5 * t;
    p.pelvis = [0.035 * H(c) * Math.cos(a), p.pelvis[1], p.pelvis[2] + 0.025 * H(c) * Math.sin(a)];
    p.pelvisRot = rz(0.1 * Math.cos(a));
    p.spine = rz(-0.1 * Math.cos(a));
    p.arms = [0, 1].map((i) =>
      armVia(b, mirror([1, 0.05, 0.2], i), mirror([1, 0.35 * wave(t, 0.75, i * 0.5), 0.35], i)),
    ) as [Limb, Limb];
    return planted(c, p, stance(b, 1.3));
  },
  stretch: (c) => {
    const b = c.b;
    const p = copyPose(c.base);
    p.arms = both(b, [0.12, 1, 0.05], [0.05, 1, 0.05]);
    p.shrug = [0.015 * H(c), 0.015 * H(c)];
    p.spine = rz(0.22 * Math.sin(TAU * 0.25 * c.clock.t));
    p.chest = rx(-0.06);
    p.head = rx(-0.15);
    return { ...planted(c, p, stance(b, 1.2)), easeIn: 0.5, easeOut: 0.5 };
  },
  'tai-chi': (c) => {
    const b = c.b;
    const th = TAU * 0.12 * c.clock.t;
    const p = crouch(c.base, b, 0.07 * b.pelvisHeight, 0.3);
    p.pelvis = [0.04 * H(c) * Math.sin(th), p.pelvis[1], p.pelvis[2]];
    p.neck = qmul(p.neck, ry(0.25 * Math.cos(th)));
    p.arms = [0, 1].map((i) =>
      handTo(
        b,
        p,
        i,
        front(
          c.b,
          p,
          side(i) * 0.08 * H(c) + 0.1 * H(c) * Math.cos(th + i),
          (0.22 + 0.08 * Math.sin(th + i)) * H(c),
          0.16 * H(c),
        ),
        OUT,
      ),
    ) as [Limb, Limb];
    return { ...planted(c, p, stance(b, 1.8)), easeIn: 0.6, easeOut: 0.6 };
  },
  kick: (c) => {
    const b = c.b;
    const p = copyPose(c.base);
    const hipY = p.pelvis[1] - b.hipDrop;
    const rest = stance(b)[1];
    const foot = keyed<Vec3>(
      c.clock.u,
      [
        [0.1, rest],
        [0.3, [rest[0], b.ground + 0.14 * H(c), -0.16 * H(c)]],
        [0.45, [rest[0], hipY - 0.08 * H(c), 0.42 * H(c)]],
        [0.7, [rest[0], b.ground + 0.1 * H(c), 0.05 * H(c)]],
        [0.85, rest],
      ],
      (x, y, k) => [x[0] + (y[0] - x[0]) * k, x[1] + (y[1] - x[1]) * k, x[2] + (y[2] - x[2]) * k],
    );
    const lean = Math.max(0, (foot[2] / H(c)) * 0.6);
    p.pelvisRot = rx(-lean);
    p.spine = rx(-lean * 0.3);
    p.neck = rx(lean);
    p.feet = [ID, rx(0.4 * Math.min(1, lean * 4))];
    p.arms = both(b, [0.8, -0.35, 0.3], [0.8, -0.1, 0.5]);
    return planted(c, p, [stance(b)[0], foot]);
  },
  push: (c) => {
    const b = c.b;
    const p = copyPose(c.base);
    const effort = 0.5 + 0.5 * pulse(c.clock.t, 0.8);
    p.pelvisRot = rx(0.2);
    p.pelvis = [0, p.pelvis[1] - 0.03 * H(c), 0];
    p.spine = rx(0.1);
    p.neck = rx(-0.3);
    p.arms = both(b, [0.12, 0.05, 1], [0.05, 0.1 * effort, 1]);
    return planted(c, p, stance(b, 1.1, [0.1 * H(c), -0.22 * H(c)]));
  },
  pull: (c) => {
    const b = c.b;
    const p = copyPose(c.base);
    const heave = pulse(c.clock.t, 0.7);
    p.pelvisRot = rx(-0.18 - 0.06 * heave);
    p.pelvis = [0, p.pelvis[1] - 0.05 * H(c), -0.06 * H(c) * heave];
    p.spine = rx(-0.05);
    p.neck = rx(0.25);
    p.arms = both(b, [0.08, -0.25, 1], [0.02, -0.1, 1 - 0.8 * heave]);
    return planted(c, p, stance(b, 1.2, [0.18 * H(c), -0.05 * H(c)]));
  },
  climb: (c) => {
    const b = c.b;
    const t = c.clock.t;
    const p = copyPose(c.base);
    p.neck = rx(-0.35);
    p.arms = [0, 1].map((i) => {
      const k = wave(t, 0.8, i * 0.5);
      return handTo(
        b,
        p,
        i,
        front(c.b, p, side(i) * 0.1 * H(c), (0.52 + 0.1 * k) * H(c), 0.08 * H(c)),
        [0.6, -1, 0],
      );
    }) as [Limb, Limb];
    const plant = stance(b, 1).map((a, i): Vec3 => {
      const k = Math.max(0, wave(t, 0.8, i * 0.5 + 0.5));
      return [a[0], a[1] + 0.2 * H(c) * k, a[2] + 0.08 * H(c) * k];
    }) as Plant;
    return planted(c, p, plant);
  },
  march: (c) => {
    const b = c.b;
    const p = copyPose(c.base);
    const still = c.speed < 0.3;
    const beat = still ? c.clock.t * 0.9 : c.phase;
    p.spine = rx(-0.05);
    p.neck = rx(-0.08);
    p.arms = [0, 1].map((i) => {
      const a = -side(i) * 0.6 * Math.cos(TAU * beat);
      return armVia(
        b,
        [side(i) * 0.08, -Math.cos(a), Math.sin(a)],
        [side(i) * 0.05, -Math.cos(a * 1.2), Math.sin(a * 1.2)],
      );
    }) as [Limb, Limb];
    if (!still) return { pose: p };
    const plant = stance(b).map((a, i): Vec3 => {
      const lift = Math.max(0, Math.sin(TAU * beat + Math.PI * i));
      return [a[0], a[1] + 0.2 * H(c) * lift, a[2] + 0.1 * H(c) * lift];
    }) as Plant;
    return planted(c, p, plant);
  },
  skate: (c) => {
    const b = c.b;
    const t = c.clock.t;
    const p = crouch(c.base, b, 0.1 * b.pelvisHeight, 0.6);
    p.spine = qmul(p.spine, rx(0.3));
    const s = wave(t, 0.5);
    p.pelvis = [-0.04 * H(c) * s, p.pelvis[1], p.pelvis[2]];
    p.chest = ry(0.2 * s);
    p.arms = both(b, [-0.2 * s + 0.3, -0.7, 0.4 * s], [-0.3 * s + 0.2, -0.6, 0.5 * s]);
    p.arms[1] = armVia(b, [0.2 * s - 0.3, -0.7, -0.4 * s], [0.3 * s - 0.2, -0.6, -0.5 * s]);
    const plant = stance(b, 1.2).map((a, i): Vec3 => {
      const push = Math.max(0, side(i) * s);
      return [a[0] + side(i) * 0.2 * H(c) * push, a[1] + 0.04 * H(c) * push, a[2] - 0.12 * H(c) * push];
    }) as Plant;
    return planted(c, p, plant);
  },
  'pick-up': (c) => {
    const b = c.b;
    const d = keyed(
      c.clock.u,
      [
        [0.05, 0],
        [0.4, 1],
        [0.55, 1],
        [0.9, 0],
      ],
      mixN,
    );
    const p = crouch(c.base, b, b.pelvisHeight * 0.3 * d);
    p.spine = qmul(p.spine, rx(0.5 * d));
    p.arms = [0, 1].map((i) =>
      handTo(b, p, i, [side(i) * 0.06 * H(c), b.ground + (0.06 + 0.3 * (1 - d)) * H(c), 0.2 * H(c)], OUT),
    ) as [Limb, Limb];
    return planted(c, p, stance(b, 1.3));
  },
};
