/**
 * A face on the head's ellipsoid: eyes that look along the gaze and close with a blink, brows and
 * a mouth that the expression bends (a smile also lifts the lower lids), a nose and ears. Every
 * feature is a patch (see human-shapes.ts), so it shows when its side of the head faces the camera
 * and hides behind it.
 * Features turn to face half-way between the head's front and the surface under them: a face is
 * flatter than an egg, and a mouth seen on the egg's downward slope would be squashed.
 *
 * The mouth is what lip-sync is read from: its interior is a near-black shape whose height grows
 * with the jaw's opening, framed by lips; a closed mouth is a lip line with no dark interior at all.
 */
import type { Emotion, FaceState } from './types.js';
import type { Part } from '../types.js';
import { mixHex, shade, type Look } from './human-look.js';
import { egg, surfaceAt, type Surface } from './human-shapes.js';
import {
  add3,
  clamp,
  cross,
  dot,
  euler,
  mul3,
  normalize,
  qmul,
  quatFromAxes,
  rotate,
  rz,
  slerpDir,
  sub3,
  type Quat,
  type Vec3,
} from './skeleton-math.js';

/** Where features sit on the head, as directions from its centre in the head's frame. */
const EYE_DIR: Vec3 = [0.36, 0.08, 0.93];
const MOUTH_DIR: Vec3 = [0, -0.45, 0.89];
export const MOUTH_INTERIOR = '#0e0405';
const WHITE = '#f4f2ec';
const TEETH = '#efece4';
const TONGUE = '#c4505c';
const LASH = '#1d1512';

const w = (f: FaceState, e: Emotion): number => clamp(f.expression[e] ?? 0, 0, 1);

/**
 * A flat egg on the face at `dir`, its centre `lift` out along the surface's normal (so it sorts
 * like the surface), turned half-way toward the head's front and rolled by `roll`.
 */
function feature(
  head: Surface,
  dir: Vec3,
  size: [number, number],
  thick: number,
  lift: number,
  color: string,
  roll = 0,
): Part {
  const at = surfaceAt(head, dir);
  const u = normalize(dir);
  const q: Quat = qmul(
    head.q,
    qmul(euler(-Math.asin(u[1]) * 0.5, Math.atan2(u[0], u[2]) * 0.5, 0), rz(roll)),
  );
  return egg(add3(at.p, mul3(at.n, lift)), [size[0], size[1], thick], q, color);
}

/** The mouth's centre on the head's surface. */
export const mouthAt = (head: Surface): Vec3 => surfaceAt(head, MOUTH_DIR).p;

/** How the expression bends the face: brows (raise, inner raise), mouth corners, eyes' opening, jaw. */
function expressionOf(f: FaceState) {
  const happy = w(f, 'happy');
  const sad = w(f, 'sad');
  const angry = w(f, 'angry');
  const surprised = w(f, 'surprised');
  const afraid = w(f, 'afraid');
  const disgusted = w(f, 'disgusted');
  return {
    happy,
    disgusted,
    browRaise: 0.6 * surprised + 0.35 * afraid + 0.1 * happy - 0.2 * angry - 0.15 * disgusted,
    browInner: 0.55 * sad + 0.45 * afraid - 0.7 * angry - 0.3 * disgusted,
    corners: happy - 0.8 * sad - 0.35 * angry - 0.35 * afraid - 0.45 * disgusted,
    upperLid: 1 + 0.35 * surprised + 0.3 * afraid - 0.25 * angry - 0.12 * sad - 0.2 * disgusted - 0.2 * happy,
    lowerLid: 1 + 0.2 * surprised + 0.15 * afraid - 0.6 * happy - 0.1 * disgusted,
    jaw: 0.55 * surprised + 0.2 * afraid,
    spread: 0.3 * happy + 0.35 * afraid - 0.25 * surprised + 0.2 * disgusted,
  };
}

function eyes(look: Look, head: Surface, f: FaceState, x: ReturnType<typeof expressionOf>): Part[] {
  const e = head.r[0] * 0.21;
  const out: Part[] = [];
  const blink = clamp(f.blink, 0, 1);
  // The lids: the upper one drops to close the eye, the lower one rises in a smile.
  const bottom = -e * 0.8 * x.lowerLid;
  const top = bottom + (e * 0.8 * x.upperLid - bottom) * (1 - blink);
  const h = (top - bottom) / 2;
  const mid = (top + bottom) / 2;
  // The eyes turn toward the gaze, up to 35° from straight ahead of the head.
  const ahead = rotate(head.q, [0, 0, 1]);
  let gaze = normalize(f.gaze);
  const limit = Math.cos((35 * Math.PI) / 180);
  const cos = clamp(dot(gaze, ahead), -1, 1);
  if (cos < limit) gaze = slerpDir(ahead, gaze, Math.acos(limit) / Math.acos(cos));
  const up = rotate(head.q, [0, 1, 0]);
  for (const s of [1, -1]) {
    const dir: Vec3 = [s * EYE_DIR[0], EYE_DIR[1], EYE_DIR[2]];
    const at = surfaceAt(head, dir);
    if (h > e * 0.06) {
      out.push(feature(head, [dir[0], dir[1] + mid / head.r[1], dir[2]], [e, h], e * 0.2, e * 0.05, WHITE));
      // The iris sits on an eyeball behind the white, so it slides toward where the eye looks;
      // the lids cut it where they cross it.
      const centre = add3(at.p, mul3(at.n, -e * 0.55));
      const toward = normalize(add3(mul3(at.n, 0.3), mul3(gaze, 0.7)));
      const irisAt = add3(centre, mul3(toward, e * 0.95));
      const off = dot(sub3(irisAt, at.p), up);
      const ih = Math.min(e * 0.62, top - off, off - bottom);
      if (ih > e * 0.12) {
        const xa = normalize(cross(up, toward));
        const q = quatFromAxes(xa, cross(toward, xa), toward);
        out.push(egg(irisAt, [e * 0.62, ih, e * 0.1], q, look.iris));
        out.push(
          egg(
            add3(irisAt, mul3(toward, e * 0.08)),
            [e * 0.3, Math.min(e * 0.3, ih * 0.7), e * 0.06],
            q,
            '#0b0909',
          ),
        );
        if (ih > e * 0.35) {
          const glint = add3(
            add3(irisAt, mul3(toward, e * 0.14)),
            add3(mul3(xa, -e * 0.2), mul3(up, e * 0.2)),
          );
          out.push(egg(glint, [e * 0.13, e * 0.13, e * 0.03], q, '#ffffff'));
        }
      }
    }
    // The upper lid's lashes along the top of the eye: a closed eye is this line alone.
    out.push(
      feature(
        head,
        [dir[0], dir[1] + top / head.r[1], dir[2]],
        [e * 1.1, e * (0.16 + 0.08 * blink)],
        e * 0.12,
        e * 0.12,
        LASH,
        s * (0.06 + 0.12 * blink),
      ),
    );
  }
  return out;
}

function brows(look: Look, head: Surface, x: ReturnType<typeof expressionOf>): Part[] {
  const color = look.hair.style === 'bald' ? shade(look.skin, 0.55) : shade(look.hair.color, 0.75);
  return [1, -1].map((s) => {
    const inner = 0.33 + 0.13 * x.browRaise + 0.14 * x.browInner;
    const outer = 0.33 + 0.13 * x.browRaise - 0.03 * x.browInner;
    // Rolled so the inner end is at `inner` and the outer at `outer` (heights in head radii).
    const tilt = Math.atan2((outer - inner) * head.r[1], 0.3 * head.r[0]);
    const at: Vec3 = [s * 0.36, (inner + outer) / 2, 0.9];
    return feature(
      head,
      at,
      [head.r[0] * 0.2, head.r[1] * 0.05],
      head.r[2] * 0.03,
      head.r[2] * 0.04,
      color,
      s * tilt,
    );
  });
}

/**
 * The mouth: a lip-coloured oval, the dark interior inside it when open (teeth along its top), and
 * at each corner a short stroke that turns up in a smile and down in a frown. The layers share one
 * centre and differ only in how far they stand off the face, so their depth order never flips.
 */
function mouth(
  look: Look,
  head: Surface,
  f: FaceState,
  x: ReturnType<typeof expressionOf>,
  tongue: boolean,
): Part[] {
  const open = clamp(Math.max(f.mouth.open, x.jaw, tongue ? 0.45 : 0), 0, 1);
  const wide = clamp(f.mouth.wide, 0, 1);
  const round = clamp(f.mouth.round, 0, 1);
  const R = head.r;
  const half = R[0] * 0.34 * (1 + 0.3 * wide - 0.45 * round + 0.25 * x.spread);
  const height = R[1] * 0.2 * open * (1 + 0.35 * round - 0.25 * wide);
  const lip = R[1] * (0.04 + 0.035 * round);
  const corners = x.corners * (1 - 0.8 * round);
  const thin = R[2] * 0.02;
  // A grin opens downward from a lifted upper lip.
  const centre: Vec3 = [MOUTH_DIR[0], MOUTH_DIR[1] - (0.03 * Math.max(0, corners) * open) / 1, MOUTH_DIR[2]];
  const out: Part[] = [feature(head, centre, [half, height + lip], thin, R[2] * 0.01, look.lips)];
  if (height > R[1] * 0.004) {
    out.push(feature(head, centre, [half * 0.86, height], thin, R[2] * 0.02, MOUTH_INTERIOR));
    if (open > 0.2)
      out.push(
        feature(
          head,
          [centre[0], centre[1] + (height * 0.55) / R[1], centre[2]],
          [half * 0.55, height * 0.28],
          thin,
          R[2] * 0.03,
          TEETH,
        ),
      );
  }
  if (tongue)
    out.push(
      feature(
        head,
        [centre[0], centre[1] - (height * 0.9) / R[1], centre[2]],
        [half * 0.42, half * 0.5],
        R[2] * 0.1,
        R[2] * 0.06,
        TONGUE,
      ),
    );
  // The corners: strokes rising (a smile) or falling (a frown) out of the ends of the lips. They
  // start inside the lips' oval, so what shows does not depend on which is drawn first.
  if (Math.abs(corners) > 0.05)
    for (const s of [1, -1]) {
      const rise = corners * R[1] * 0.09;
      const run = half * 0.3;
      const at: Vec3 = [
        centre[0] + (s * (half + run * 0.3)) / R[0],
        centre[1] + (rise * 0.5) / R[1],
        centre[2],
      ];
      const len = Math.hypot(run, rise) * 0.6;
      out.push(feature(head, at, [len, lip * 0.55], thin, R[2] * 0.01, look.lips, s * Math.atan2(rise, run)));
    }
  return out;
}

export function faceParts(look: Look, head: Surface, f: FaceState, tongue = false): Part[] {
  const x = expressionOf(f);
  const R = head.r;
  const nose = mixHex(look.skin, look.skinDark, 0.2);
  const parts: Part[] = [
    ...eyes(look, head, f, x),
    ...brows(look, head, x),
    feature(head, [0, -0.1, 1], [R[0] * 0.13, R[1] * 0.13], R[2] * 0.16, R[2] * 0.06, nose),
    ...mouth(look, head, f, x, tongue),
  ];
  for (const s of [1, -1]) {
    parts.push(feature(head, [s, 0.02, -0.08], [R[1] * 0.14, R[1] * 0.22], R[0] * 0.07, R[0] * 0.03, nose));
    // Disgust wrinkles the nose.
    if (x.disgusted > 0.2)
      parts.push(
        feature(
          head,
          [s * 0.12, 0.0, 1],
          [R[0] * 0.06, R[1] * 0.015],
          R[2] * 0.02,
          R[2] * 0.12,
          look.skinDark,
          s * 0.5,
        ),
      );
  }
  return parts;
}
