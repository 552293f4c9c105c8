/**
 * What a person carries or wears besides clothes: glasses, a scarf, a bag, an open umbrella held
 * over the head, and the small props some motions need to read (a book to read, a phone at the ear).
 */
import type { Part } from '../types.js';
import type { Body } from './human-body.js';
import { shade, type Look } from './human-look.js';
import { egg, rod, slab, surfaceAt, type Surface } from './human-shapes.js';
import type { Skeleton } from './skeleton.js';
import {
  add3,
  arc,
  lerp3,
  mul3,
  place,
  qmul,
  rotate,
  rx,
  sub3,
  toEuler,
  type Quat,
  type Vec3,
} from './skeleton-math.js';

/** Which hand holds the umbrella: the left, so the right stays free to wave, point and shake hands. */
export const UMBRELLA_HAND = 0;

export type Prop =
  | 'book'
  | 'phone'
  | 'cup'
  | 'toothbrush'
  | 'broom'
  | 'shovel'
  | 'axe'
  | 'paddle'
  | 'wheel'
  | 'flute'
  | 'guitar'
  | 'sticks';

const ring = (center: Vec3, axis: Vec3, radius: number, tube: number, color: string): Part => ({
  kind: 'torus',
  center,
  radius,
  tube,
  rotation: toEuler(arc([0, 1, 0], axis)),
  color,
});

function glasses(head: Surface): Part[] {
  const r = head.r;
  const fwd = rotate(head.q, [0, 0, 1]);
  const frame = '#222326';
  const lens = (s: number) => add3(surfaceAt(head, [s * 0.37, 0.06, 0.93]).p, mul3(fwd, r[2] * 0.08));
  const edge = (s: number, k: number) => add3(lens(s), rotate(head.q, [k * r[0] * 0.25, 0, 0]));
  const out: Part[] = [1, -1].map((s) => ring(lens(s), fwd, r[0] * 0.25, r[0] * 0.035, frame));
  out.push(rod(edge(1, -1), edge(-1, 1), r[0] * 0.025, frame));
  // The arms run back to the ears.
  for (const s of [1, -1])
    out.push(
      rod(edge(s, s), place(head.c, head.q, [s * r[0] * 0.97, 0.05 * r[1], -0.1 * r[2]]), r[0] * 0.02, frame),
    );
  return out;
}

function scarf(b: Body, look: Look, sk: Skeleton): Part[] {
  const up = rotate(sk.neck.q, [0, 1, 0]);
  const at = place(sk.neck.p, sk.neck.q, [0, b.neck * 0.15, 0]);
  const color = look.accent;
  return [
    ring(at, up, b.neckR * 1.45, b.neckR * 0.6, color),
    egg(
      place(sk.chest.p, sk.chest.q, [b.trunkR[0] * 0.3, b.chest * 0.6, b.trunkR[2] * 1.0]),
      [b.neckR * 0.6, b.chest * 0.38, b.neckR * 0.25],
      sk.chest.q,
      shade(color, 0.9),
    ),
  ];
}

function bag(b: Body, sk: Skeleton): Part[] {
  const color = '#6b4426';
  const shoulder = add3(sk.shoulder[1]!.p, rotate(sk.chest.q, [0, b.upperArmR * 1.2, 0]));
  const at = place(sk.pelvis.p, sk.pelvis.q, [-(b.hipsR[0] + b.height * 0.03), 0, 0.02 * b.height]);
  return [
    rod(
      shoulder,
      add3(at, rotate(sk.pelvis.q, [0, b.height * 0.06, 0])),
      b.height * 0.006,
      shade(color, 0.7),
    ),
    slab(at, [b.height * 0.025, b.height * 0.06, b.height * 0.08], sk.pelvis.q, color),
  ];
}

function umbrella(b: Body, look: Look, sk: Skeleton): Part[] {
  const hand = place(sk.wrist[UMBRELLA_HAND]!.p, sk.wrist[UMBRELLA_HAND]!.q, [0, -b.hand * 0.36, 0]);
  // The canopy rides just over the head, wherever the hand is.
  const top: Vec3 = [hand[0], sk.skull[1] + b.head[1] + b.height * 0.17, hand[2]];
  const canopy = add3(top, [0, -b.height * 0.06, 0]);
  const radius = b.height * 0.34;
  return [
    rod(
      add3(hand, [0, -b.height * 0.08, 0]),
      add3(top, [0, b.height * 0.02, 0]),
      b.height * 0.006,
      '#2a2a2e',
    ),
    { kind: 'cone', center: canopy, radius, halfHeight: b.height * 0.07, color: look.accent },
    egg(
      add3(hand, [0, -b.height * 0.09, 0.01]),
      [b.height * 0.012, b.height * 0.02, b.height * 0.012],
      [0, 0, 0, 1],
      '#3a2a1e',
    ),
  ];
}

/** A prop held in the hands for a motion. */
export function propParts(b: Body, sk: Skeleton, prop: Prop): Part[] {
  const H = b.height;
  const hand = (i: number) => place(sk.wrist[i]!.p, sk.wrist[i]!.q, [0, -b.hand * 0.45, 0]);
  const both = lerp3(hand(0), hand(1), 0.5);
  const handQ = (i: number): Quat => sk.wrist[i]!.q;
  const pole = (from: Vec3, to: Vec3, r: number, color: string) => rod(from, to, r, color);
  const along = (a: Vec3, b2: Vec3, t: number) => lerp3(a, b2, t);
  switch (prop) {
    case 'book':
      return [
        slab(
          add3(both, rotate(sk.chest.q, [0, H * 0.02, H * 0.015])),
          [H * 0.07, H * 0.055, H * 0.012],
          qmul(sk.chest.q, rx(-0.9)),
          '#8a2f2a',
        ),
        slab(
          add3(both, rotate(sk.chest.q, [0, H * 0.021, H * 0.024])),
          [H * 0.065, H * 0.05, H * 0.004],
          qmul(sk.chest.q, rx(-0.9)),
          '#f3efe2',
        ),
      ];
    case 'phone':
      return [
        slab(
          place(sk.wrist[1]!.p, handQ(1), [0, -b.hand * 0.5, b.handR * 0.6]),
          [H * 0.009, H * 0.04, H * 0.02],
          handQ(1),
          '#1b1c20',
        ),
      ];
    case 'cup':
      return [
        rod(
          place(sk.wrist[1]!.p, handQ(1), [0, -b.hand * 0.35, b.handR * 1.1]),
          place(sk.wrist[1]!.p, handQ(1), [0, -b.hand * 0.35, b.handR * 1.1 + H * 0.05]),
          H * 0.022,
          '#e8e4da',
        ),
      ];
    case 'toothbrush':
      return [
        pole(hand(1), place(sk.wrist[1]!.p, handQ(1), [0, -b.hand * 0.45, H * 0.09]), H * 0.004, '#3a8ad0'),
      ];
    case 'broom':
    case 'shovel': {
      const a = hand(0);
      const c = hand(1);
      const dir = add3(c, mul3(a, -1));
      const end = add3(
        c,
        mul3(dir, (H * (prop === 'broom' ? 0.5 : 0.42)) / Math.max(1e-3, Math.hypot(...dir))),
      );
      const start = add3(a, mul3(dir, (-H * 0.06) / Math.max(1e-3, Math.hypot(...dir))));
      const head =
        prop === 'broom'
          ? egg(end, [H * 0.1, H * 0.03, H * 0.05], arcQ(dir), '#c9a45a')
          : slab(end, [H * 0.07, H * 0.09, H * 0.008], arcQ(dir), '#8c9095');
      return [pole(start, end, H * 0.008, '#8a6238'), head];
    }
    case 'axe': {
      // Both hands on the handle, the head beyond the upper hand.
      const a = hand(0);
      const c = hand(1);
      const unit = mul3(sub3(c, a), 1 / Math.max(1e-3, Math.hypot(...sub3(c, a))));
      const end = add3(c, mul3(unit, H * 0.18));
      return [
        pole(add3(a, mul3(unit, -H * 0.06)), end, H * 0.009, '#8a6238'),
        slab(end, [H * 0.012, H * 0.035, H * 0.05], arcQ(unit), '#8c9095'),
      ];
    }
    case 'paddle': {
      const a = hand(0);
      const c = hand(1);
      const dir = add3(c, mul3(a, -1));
      const unit = mul3(dir, 1 / Math.max(1e-3, Math.hypot(...dir)));
      return [
        pole(add3(a, mul3(unit, -H * 0.15)), add3(c, mul3(unit, H * 0.55)), H * 0.008, '#9a6d3c'),
        egg(add3(c, mul3(unit, H * 0.55)), [H * 0.04, H * 0.11, H * 0.008], arcQ(dir), '#9a6d3c'),
      ];
    }
    case 'wheel': {
      const c = place(sk.chest.p, sk.chest.q, [0, b.chest * 0.2, b.upperArm + b.foreArm * 0.6]);
      return [ring(c, rotate(sk.chest.q, [0, 0.5, 0.87]), H * 0.1, H * 0.008, '#1f1f22')];
    }
    case 'flute':
      return [pole(along(hand(0), hand(1), -0.3), along(hand(0), hand(1), 1.6), H * 0.006, '#c8ccd2')];
    case 'guitar': {
      const body = place(sk.pelvis.p, sk.pelvis.q, [-b.hipHalf * 0.5, b.lumbar * 0.9, b.hipsR[2] * 1.6]);
      const neckEnd = add3(body, rotate(sk.pelvis.q, [b.height * 0.33, b.height * 0.12, 0]));
      return [
        egg(
          body,
          [H * 0.11, H * 0.13, H * 0.035],
          qmul(sk.pelvis.q, [0, 0, Math.sin(0.55), Math.cos(0.55)]),
          '#b0622a',
        ),
        rod(body, neckEnd, H * 0.012, '#5a3a20'),
        egg(body, [H * 0.03, H * 0.03, H * 0.037], sk.pelvis.q, '#2b1a10'),
      ];
    }
    case 'sticks':
      return [0, 1].map((i) =>
        pole(hand(i), place(sk.wrist[i]!.p, handQ(i), [0, -b.hand * 0.5, H * 0.14]), H * 0.005, '#c9a45a'),
      );
  }
}

const arcQ = (dir: Vec3): Quat => arc([0, 1, 0], mul3(dir, 1 / Math.max(1e-6, Math.hypot(...dir))));

export function accessoryParts(b: Body, look: Look, sk: Skeleton, head: Surface): Part[] {
  const out: Part[] = [];
  if (look.accessories.has('glasses')) out.push(...glasses(head));
  if (look.accessories.has('scarf')) out.push(...scarf(b, look, sk));
  if (look.accessories.has('bag')) out.push(...bag(b, sk));
  if (look.accessories.has('umbrella')) out.push(...umbrella(b, look, sk));
  return out;
}
