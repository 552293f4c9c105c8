/**
 * Hair and headwear. A full egg around the head would hide the face whenever the depth sort put it
 * in front, so hair is built from pieces that each sort by where they sit: a crown egg set back
 * behind the head's centre (seen around and behind the head), and patches out along the scalp's
 * normals (a fringe over the forehead, locks at the temples, curls) that show when they face the camera.
 */
import type { Part } from '../types.js';
import type { Body } from './human-body.js';
import { shade, type Look } from './human-look.js';
import { ball, egg, patch, rod, surfaceAt, type Surface } from './human-shapes.js';
import { add3, mul3, place, qmul, rotate, rx, rz, type Vec3 } from './skeleton-math.js';

/** A raincoat's hood is up unless a hat or cap is worn. */
const hooded = (look: Look): boolean =>
  look.outfit === 'raincoat' && !look.accessories.has('hat') && !look.accessories.has('cap');

/** A hat or cap hides the top of the hair. */
const capped = (look: Look): boolean =>
  look.accessories.has('hat') || look.accessories.has('cap') || look.outfit === 'uniform';

function crown(head: Surface, color: string, grow = 1): Part {
  const r = head.r;
  return egg(
    place(head.c, head.q, [0, 0.16 * r[1], -0.24 * r[2]]),
    [1.07 * r[0] * grow, 0.93 * r[1] * grow, 0.86 * r[2] * grow],
    head.q,
    color,
  );
}

/** Hair over the forehead, swept a little to one side. */
const fringe = (head: Surface, color: string, low = 0): Part[] => {
  // Three locks, so the hairline is uneven rather than the rim of a cap.
  const r = head.r;
  const lock = (dir: Vec3, size: [number, number], roll: number, lift: number) =>
    patch(
      head,
      [dir[0], dir[1] - low, dir[2]],
      [r[0] * size[0], r[1] * (size[1] + low)],
      r[2] * 0.15,
      r[2] * lift,
      color,
      rz(roll),
    );
  return [
    lock([-0.42, 0.7, 0.58], [0.42, 0.36], 0.45, 0.02),
    lock([0.42, 0.68, 0.6], [0.4, 0.36], -0.5, 0.025),
    lock([0.05, 0.8, 0.58], [0.55, 0.36], -0.1, 0.03),
  ];
};

const temples = (head: Surface, color: string): Part[] =>
  [1, -1].map((s) =>
    patch(
      head,
      [s * 0.93, 0.42, 0.2],
      [head.r[2] * 0.22, head.r[1] * 0.36],
      head.r[0] * 0.1,
      head.r[0] * 0.02,
      color,
    ),
  );

function curls(head: Surface, color: string, dark: string, top: boolean): Part[] {
  const r = head.r;
  const out: Part[] = [];
  // Rings of balls over the scalp, each sorted by where it faces; none over the face.
  for (const [y, n] of [
    [0.85, 5],
    [0.55, 9],
    [0.15, 7],
  ] as const) {
    if (!top && y > 0.5) continue;
    for (let k = 0; k < n; k++) {
      const a = ((k + 0.5) / n) * Math.PI * 2;
      const dir: Vec3 = [Math.cos(a) * Math.sqrt(1 - y * y), y, Math.sin(a) * Math.sqrt(1 - y * y)];
      if (dir[2] > 0.45 && y < 0.7) continue;
      const at = surfaceAt(head, dir);
      out.push(ball(add3(at.p, mul3(at.n, r[0] * 0.1)), r[0] * 0.3, k % 2 ? color : dark));
    }
  }
  return out;
}

export function hairParts(b: Body, look: Look, head: Surface): Part[] {
  if (hooded(look)) return [];
  const { color, style } = look.hair;
  const r = head.r;
  const dark = shade(color, 0.85);
  const top = !capped(look);
  const cap = (parts: Part[]): Part[] => (top ? parts : []);
  switch (style) {
    case 'bald':
      // What is left: a band round the back and over the ears.
      return [
        patch(head, [0, -0.05, -1], [r[0] * 0.9, r[1] * 0.32], r[2] * 0.15, r[2] * 0.03, color),
        ...[1, -1].map((s) =>
          patch(head, [s * 0.85, 0.05, -0.55], [r[2] * 0.5, r[1] * 0.28], r[0] * 0.12, r[0] * 0.03, color),
        ),
      ];
    case 'short':
      return [...cap([crown(head, color), ...fringe(head, color)]), ...temples(head, color)];
    case 'curly':
      return [...cap([crown(head, color, 1.04), ...fringe(head, color)]), ...curls(head, color, dark, top)];
    case 'long':
      return [
        ...cap([crown(head, color), ...fringe(head, color, 0.06)]),
        // Hair falling behind the neck to the shoulders, and locks down either side of the face.
        egg(
          place(head.c, head.q, [0, -0.75 * r[1], -0.62 * r[2]]),
          [r[0] * 1.0, r[1] * 1.05, r[2] * 0.42],
          head.q,
          dark,
        ),
        ...[1, -1].map((s) =>
          egg(
            place(head.c, head.q, [s * r[0] * 0.9, -0.45 * r[1], -0.2 * r[2]]),
            [r[0] * 0.26, r[1] * 0.95, r[2] * 0.5],
            head.q,
            color,
          ),
        ),
        ...temples(head, color),
      ];
    case 'ponytail': {
      const tie = place(head.c, head.q, [0, 0.25 * r[1], -1.0 * r[2]]);
      const hang = qmul(head.q, rx(-0.35));
      return [
        ...cap([crown(head, color), ...fringe(head, color)]),
        ...temples(head, color),
        ball(tie, r[0] * 0.16, look.accent),
        egg(
          place(tie, hang, [0, -r[1] * 0.7, -r[2] * 0.12]),
          [r[0] * 0.3, r[1] * 0.75, r[2] * 0.28],
          hang,
          color,
        ),
      ];
    }
    case 'bun':
      return [
        ...cap([
          crown(head, color),
          ...fringe(head, color),
          ball(place(head.c, head.q, [0, 0.78 * r[1], -0.62 * r[2]]), r[0] * 0.42, dark),
        ]),
        ...temples(head, color),
      ];
  }
}

/** Hats, caps and a raincoat's hood, worn over what is left of the hair. */
export function headwear(b: Body, look: Look, head: Surface): Part[] {
  const r = head.r;
  const out: Part[] = [];
  const up = rotate(head.q, [0, 1, 0]);
  const at = (p: Vec3) => place(head.c, head.q, p);
  if (hooded(look)) {
    out.push(
      egg(at([0, 0.1 * r[1], -0.3 * r[2]]), [r[0] * 1.22, r[1] * 1.15, r[2] * 1.02], head.q, look.top),
    );
    out.push(patch(head, [0, 0.8, 0.6], [r[0] * 1.05, r[1] * 0.42], r[2] * 0.25, r[2] * 0.12, look.top));
  }
  if (look.accessories.has('hat')) {
    const color = shade(look.accent, 0.6);
    const brim = at([0, 0.52 * r[1], -0.03 * r[2]]);
    out.push(rod(brim, add3(brim, mul3(up, r[1] * 0.04)), r[0] * 1.75, color));
    out.push(rod(at([0, 0.5 * r[1], -0.03 * r[2]]), at([0, 1.2 * r[1], -0.03 * r[2]]), r[0] * 0.98, color));
    out.push(
      rod(
        at([0, 0.56 * r[1], -0.03 * r[2]]),
        at([0, 0.72 * r[1], -0.03 * r[2]]),
        r[0] * 1.0,
        shade(color, 0.5),
      ),
    );
  } else if (capped(look)) {
    const uniform = look.outfit === 'uniform';
    const color = uniform ? look.top : look.accent;
    out.push(egg(at([0, 0.38 * r[1], -0.12 * r[2]]), [r[0] * 1.1, r[1] * 0.72, r[2] * 1.06], head.q, color));
    out.push(patch(head, [0, 0.62, 0.78], [r[0] * 0.92, r[1] * 0.4], r[2] * 0.22, r[2] * 0.05, color));
    const visor = qmul(head.q, rx(-0.12));
    out.push(
      egg(
        at([0, 0.42 * r[1], 0.98 * r[2]]),
        [r[0] * 0.78, r[1] * 0.05, r[2] * 0.5],
        visor,
        uniform ? '#1d1d20' : shade(color, 0.75),
      ),
    );
    if (uniform)
      out.push(patch(head, [0, 0.5, 0.86], [r[0] * 0.16, r[0] * 0.12], r[2] * 0.04, r[2] * 0.28, '#e0b73a'));
  }
  return out;
}
