/**
 * A person's body and clothes as parts, placed on the skeleton: limbs are rods between joints
 * with balls at the joints (capsules), the torso three eggs (ribcage, waist, hips), the feet shoes
 * in two pieces so the toes stay flat while the heel lifts. The outfit decides the colours and
 * what covers what: sleeves, a skirt, a coat's tails, boots.
 */
import type { Part } from '../types.js';
import type { Body } from './human-body.js';
import type { Look } from './human-look.js';
import { shade } from './human-look.js';
import type { Pose, Skeleton } from './skeleton.js';
import { side } from './skeleton.js';
import { ball, egg, patch, rod, span, type Surface } from './human-shapes.js';
import { add3, boneFrame, lerp3, mul3, normalize, place, qmul, rotate, rx, sub3 } from './skeleton-math.js';

function torsoSurfaces(b: Body, sk: Skeleton): { trunk: Surface; hips: Surface } {
  // One egg from the small of the back to the base of the neck: seams between eggs would show.
  const low = place(sk.pelvis.p, sk.pelvis.q, [0, b.lumbar * 0.1, 0]);
  const high = sk.neck.p;
  return {
    trunk: {
      c: mul3(add3(low, high), 0.5),
      r: [b.trunkR[0], b.trunkR[1], b.trunkR[2]],
      q: boneFrame(sub3(low, high), rotate(sk.chest.q, [0, 0, 1])),
    },
    hips: {
      c: place(sk.pelvis.p, sk.pelvis.q, [0, -b.hipDrop * 0.35, -0.004 * b.height]),
      r: b.hipsR,
      q: sk.pelvis.q,
    },
  };
}

/** Skirts and coats hang over the thighs: those are not drawn (the depth sort could not hide them). */
const skirted = (look: Look): boolean => look.outfit === 'dress' || look.outfit === 'raincoat';

function torso(b: Body, look: Look, sk: Skeleton): Part[] {
  const { trunk, hips } = torsoSurfaces(b, sk);
  const coat = look.outfit === 'raincoat' || look.outfit === 'suit';
  const thin = 0.004 * b.height;
  const parts: Part[] = [
    // The slope of each shoulder, from the neck out to the arm, so the trunk below can taper.
    ...sk.shoulder.map((s) =>
      span(
        place(sk.neck.p, sk.chest.q, [0, -b.shoulderDrop * 1.8, -b.trunkR[2] * 0.15]),
        s.p,
        [b.upperArmR, b.trunkR[2] * 0.55],
        rotate(sk.chest.q, [0, 0, 1]),
        look.top,
        1.1,
      ),
    ),
    egg(trunk.c, trunk.r, trunk.q, look.top),
    ...(skirted(look) ? [] : [egg(hips.c, hips.r, hips.q, coat ? look.top : look.bottom)]),
  ];
  if (b.belly > 0)
    parts.push(
      egg(
        place(trunk.c, trunk.q, [0, -trunk.r[1] * 0.42, trunk.r[2] * 0.22 * b.belly]),
        [trunk.r[0] * 0.9, trunk.r[1] * 0.45, trunk.r[2] * (0.8 + 0.3 * b.belly)],
        trunk.q,
        look.top,
      ),
    );
  if (look.outfit === 'suit') {
    // The shirt shows in a V between the lapels.
    parts.push(patch(trunk, [0, 0.66, 0.75], [trunk.r[0] * 0.24, trunk.r[1] * 0.26], thin, 0.002, '#f4f4f0'));
    parts.push(...tie(b, trunk, look.accent));
  } else if (look.accessories.has('tie')) parts.push(...tie(b, trunk, look.accent));
  if (look.outfit === 'raincoat')
    for (const y of [0.45, 0.05, -0.35])
      parts.push(
        patch(trunk, [0, y, 1], [trunk.r[0] * 0.07, trunk.r[0] * 0.07], thin, 0.004, shade(look.top, 0.55)),
      );
  if (look.outfit === 'uniform') {
    const gold = '#e0b73a';
    parts.push(patch(trunk, [0.45, 0.45, 0.77], [trunk.r[0] * 0.1, trunk.r[0] * 0.12], thin, 0.003, gold));
    parts.push(
      patch(trunk, [0, -0.82, 0.57], [trunk.r[0] * 0.62, trunk.r[1] * 0.06], thin, 0.002, '#24201c'),
    );
    parts.push(patch(trunk, [0, -0.82, 0.57], [trunk.r[0] * 0.1, trunk.r[1] * 0.06], thin, 0.005, gold));
  }
  return parts;
}

function tie(b: Body, trunk: Surface, color: string): Part[] {
  const w = trunk.r[0] * 0.085;
  const thin = 0.004 * b.height;
  return [
    patch(trunk, [0, 0.72, 0.69], [w * 1.1, w * 0.9], thin, 0.006, shade(color, 0.85)),
    patch(trunk, [0, 0.48, 0.88], [w, trunk.r[1] * 0.2], thin, 0.007, color),
    patch(trunk, [0, 0.15, 0.99], [w * 1.3, trunk.r[1] * 0.2], thin, 0.007, color),
  ];
}

function arm(b: Body, look: Look, sk: Skeleton, i: number): Part[] {
  const sh = sk.shoulder[i]!.p;
  const el = sk.elbow[i]!.p;
  const wr = sk.wrist[i]!;
  const sleeve = look.top;
  const r = b.upperArmR * 1.08;
  const parts: Part[] = [ball(sh, r, sleeve)];
  if (look.longSleeves) {
    const f = b.foreArmR * 1.08;
    parts.push(rod(sh, el, r, sleeve), ball(el, (r + f) / 2, sleeve), rod(el, wr.p, f, sleeve));
  } else {
    const cuff = lerp3(sh, el, 0.5);
    const f = b.foreArmR * 0.9;
    parts.push(rod(sh, cuff, r, sleeve), rod(cuff, el, b.upperArmR * 0.85, look.skin));
    parts.push(ball(el, (b.upperArmR * 0.85 + f) / 2, look.skin), rod(el, wr.p, f, look.skin));
  }
  // The hand: a mitten off the wrist, palm toward the body at rest, and a thumb.
  const h = b.hand;
  parts.push(egg(place(wr.p, wr.q, [0, -h * 0.36, 0]), [b.handR * 0.68, h * 0.4, b.handR], wr.q, look.skin));
  parts.push(
    egg(
      place(wr.p, wr.q, [-side(i) * b.handR * 0.3, -h * 0.2, b.handR * 0.72]),
      [b.handR * 0.34, h * 0.2, b.handR * 0.34],
      wr.q,
      look.skin,
    ),
  );
  return parts;
}

function leg(b: Body, look: Look, sk: Skeleton, pose: Pose, i: number): Part[] {
  const hip = sk.hip[i]!.p;
  const knee = sk.knee[i]!.p;
  const ankle = sk.ankle[i]!;
  const parts: Part[] = [];
  const thigh = b.thighR * 0.9;
  const knees = b.shinR * 1.08;
  if (look.outfit === 'sport') {
    const hem = lerp3(hip, knee, 0.5);
    parts.push(ball(hip, b.thighR * 0.95, look.bottom), rod(hip, hem, b.thighR * 0.95, look.bottom));
    parts.push(rod(hem, knee, b.thighR * 0.72, look.skin), ball(knee, knees, look.skin));
    parts.push(rod(knee, ankle.p, b.shinR, look.skin));
  } else if (skirted(look)) {
    const legs = look.outfit === 'dress' ? shade(look.skin, 0.97) : look.bottom;
    parts.push(ball(knee, knees * 0.9, legs), rod(knee, ankle.p, b.shinR * 0.9, legs));
  } else {
    parts.push(ball(hip, thigh, look.bottom), rod(hip, knee, thigh, look.bottom));
    parts.push(ball(knee, knees, look.bottom), rod(knee, ankle.p, b.shinR * 1.02, look.bottom));
  }
  if (look.outfit === 'raincoat')
    parts.push(rod(ankle.p, lerp3(ankle.p, knee, 0.45), b.shinR * 1.3, look.shoes));
  parts.push(...shoe(b, look, sk, pose, i));
  return parts;
}

function shoe(b: Body, look: Look, sk: Skeleton, pose: Pose, i: number): Part[] {
  const a = sk.ankle[i]!;
  const w = b.height * 0.032;
  const rear = egg(
    place(a.p, a.q, [0, -b.ankle * 0.5, (b.ball - b.heel) / 2]),
    [w, b.ankle * 0.55, (b.ball + b.heel) / 2],
    a.q,
    look.shoes,
  );
  const sole = place(a.p, a.q, [0, -b.ankle, b.ball]);
  const toeQ = qmul(a.q, rx(-pose.toes[i]!));
  const toeLen = b.toe - b.ball;
  const toe = egg(
    place(sole, toeQ, [0, b.ankle * 0.4, toeLen * 0.3]),
    [w * 0.95, b.ankle * 0.42, toeLen * 0.75],
    toeQ,
    look.shoes,
  );
  return [rear, toe];
}

/**
 * A dress's skirt, a cone flaring from the waist to the knees, or a coat's tails, a longer one from
 * the chest to below the knees. Either follows the thighs when the person sits.
 */
function skirt(b: Body, look: Look, sk: Skeleton): Part[] {
  if (!skirted(look)) return [];
  const coat = look.outfit === 'raincoat';
  const down = rotate(sk.pelvis.q, [0, -1, 0]);
  const thighs = normalize(add3(sub3(sk.knee[0]!.p, sk.hip[0]!.p), sub3(sk.knee[1]!.p, sk.hip[1]!.p)));
  const axis = normalize(add3(mul3(down, 0.45), mul3(thighs, 0.55)));
  const spread = Math.max(1, 0.7 + (0.3 * Math.abs(sk.knee[0]!.p[0] - sk.knee[1]!.p[0])) / (2 * b.hipHalf));
  // The apex hides in the trunk.
  const top = coat ? sk.chest.p : place(sk.pelvis.p, sk.pelvis.q, [0, b.hipDrop * 0.3, 0]);
  const length = coat ? b.spine + b.lumbar + b.hipDrop + b.thigh * 1.12 : b.hipDrop * 1.3 + b.thigh * 0.8;
  const hem = add3(top, mul3(axis, length));
  const radius = b.hipsR[0] * (coat ? 1.5 : 1.7) * spread;
  const p = rod(hem, top, radius, coat ? look.top : look.bottom);
  return [
    {
      kind: 'cone',
      center: mul3(add3(top, hem), 0.5),
      radius,
      halfHeight: length / 2,
      rotation: p.rotation,
      color: p.color,
    },
  ];
}

export function bodyParts(b: Body, look: Look, sk: Skeleton, pose: Pose): Part[] {
  // The neck's rounded ends hide inside the head and the trunk.
  const neckTop = place(sk.head.p, sk.head.q, [0, b.head[1] * 0.35, -b.head[2] * 0.15]);
  const neckBase = place(sk.neck.p, sk.neck.q, [0, -b.chest * 0.25, -b.trunkR[2] * 0.1]);
  return [
    ...torso(b, look, sk),
    span(neckBase, neckTop, [b.neckR * 0.9, b.neckR * 0.85], rotate(sk.neck.q, [0, 0, 1]), look.skin),
    ...arm(b, look, sk, 0),
    ...arm(b, look, sk, 1),
    ...leg(b, look, sk, pose, 0),
    ...leg(b, look, sk, pose, 1),
    ...skirt(b, look, sk),
  ];
}
