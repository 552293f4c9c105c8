/**
 * Shots that keep things in view: such a shot keeps its direction and lens but is re-placed so that
 * the named entities stay in frame while they are in action (until their last real impact, plus a
 * moment), within reason: what flies far beyond the set-up may leave the frame.
 */
import type { Entity, ScenePlan, Shot, Vec3 } from '../plan/schema.js';
import { boundsOf } from '../world/index.js';
import { followDistance, FRAMING_DISTANCE, frameBoxes, type Box } from '../math/framing.js';
import { sub } from '../math/vec.js';
import type { ContactEvent } from './trace.js';

/**
 * The part of a thing a shot is about: all of it, but in a medium or closer shot of a person, the
 * upper body (the face and hands that speak and gesture, not the shoes).
 */
function attention(e: Entity, position: Vec3, framing: Shot['framing']): [Vec3, Vec3] {
  const [lo, hi] = boundsOf(e, position);
  if (e.archetype !== 'person' || framing === 'wide' || framing === 'extreme-wide') return [lo, hi];
  return [
    [lo[0] - REACH_ROOM, lo[1] + (hi[1] - lo[1]) * UPPER_BODY, lo[2]],
    [hi[0] + REACH_ROOM, hi[1] + REACH_ROOM, hi[2]],
  ];
}

/** Room around a person's upper body for raised and outstretched arms, metres. */
const REACH_ROOM = 0.25;

/** Shot sizes for people: a medium shot takes in the upper bodies whole rather than part of them. */
const PEOPLE_DISTANCE = { ...FRAMING_DISTANCE, medium: 1 };

/** Where a person's upper body begins, as a share of their height from the ground. */
const UPPER_BODY = 0.45;

/** How near its subject, metres, a thing must start to be framed with it by a following camera. */
const FOLLOW_NEAR = 3;

/** How far beyond the opening set-up (in set-up sizes) the framing will follow things. */
const REACH = 0.5;
/** Impacts softer than this (m/s) are things settling, not action. */
const ACTION_SPEED = 0.5;
const LINGER_S = 0.4;

export function fitShots(
  plan: ScenePlan,
  poses: Float32Array,
  frameCount: number,
  contacts: ContactEvent[],
): Shot[] {
  const n = plan.entities.length;
  const index = new Map(plan.entities.map((e, i) => [e.id, i]));
  const at = (frame: number, i: number): Vec3 => {
    const o = (frame * n + i) * 7;
    return [poses[o]!, poses[o + 1]!, poses[o + 2]!];
  };
  return plan.shots.map((shot) => {
    const all = shot.keepInView.map((id) => index.get(id)!);
    if (all.length === 0) return shot;
    const first0 = Math.max(0, Math.min(frameCount - 1, Math.round(shot.start * plan.fps)));
    // A following camera frames its subject and what is around it as it sets out; things far off
    // come into view as it goes (framing them all would set the camera back by the whole way).
    const kept =
      shot.move.type === 'follow'
        ? all.filter(
            (i) => i === all[0] || Math.hypot(...sub(at(first0, i), at(first0, all[0]!))) < FOLLOW_NEAR,
          )
        : all;
    // What happens after a shot never changes how it is framed (an extension keeps its first part).
    const lastAction = new Map<string, number>();
    for (const c of contacts)
      if (c.speed >= ACTION_SPEED && c.time < shot.end)
        for (const id of [c.a, c.b]) lastAction.set(id, Math.max(lastAction.get(id) ?? 0, c.time));
    const first = Math.max(0, Math.min(frameCount - 1, Math.round(shot.start * plan.fps)));
    const last = Math.max(first, Math.min(frameCount - 1, Math.round(shot.end * plan.fps) - 1));
    const grow = (box: Box, i: number, frame: number, limit?: Box) => {
      const [lo, hi] = attention(plan.entities[i]!, at(frame, i), shot.framing);
      for (let k = 0; k < 3; k++) {
        box.min[k] = Math.min(box.min[k]!, limit ? Math.max(lo[k]!, limit.min[k]!) : lo[k]!);
        box.max[k] = Math.max(box.max[k]!, limit ? Math.min(hi[k]!, limit.max[k]!) : hi[k]!);
      }
    };
    const empty = (): Box => ({
      min: [Infinity, Infinity, Infinity],
      max: [-Infinity, -Infinity, -Infinity],
    });
    const start = empty();
    for (const i of kept) grow(start, i, first);
    const reach = sub(start.max, start.min).map((v) => Math.max(v, 0.3) * REACH);
    const limit = {
      min: start.min.map((v, k) => v - reach[k]!) as Vec3,
      max: start.max.map((v, k) => v + reach[k]!) as Vec3,
    };
    // Each thing's own box, grown by where it goes: the camera fits them in perspective, one by one.
    const boxes = new Map(kept.map((i) => [i, empty()]));
    for (const i of kept) grow(boxes.get(i)!, i, first);
    // A following camera travels with its subject: it frames the subject as it starts.
    const follows = shot.move.type === 'follow';
    // Where a thing first lands or strikes is always shown, however far it fell to get there.
    for (const i of kept) {
      const id = plan.entities[i]!.id;
      const hit = contacts.find(
        (c) =>
          (c.a === id || c.b === id) && c.speed >= ACTION_SPEED && c.time >= shot.start && c.time < shot.end,
      );
      if (hit && !follows)
        grow(boxes.get(i)!, i, Math.min(last, Math.max(first, Math.round(hit.time * plan.fps))));
    }
    for (const i of kept) {
      const activeUntil =
        plan.entities[i]!.body === 'static'
          ? 0
          : (lastAction.get(plan.entities[i]!.id) ?? Infinity) + LINGER_S;
      for (let f = first; f <= last && f / plan.fps <= activeUntil && !follows; f += 2)
        grow(boxes.get(i)!, i, f, limit);
    }
    for (const box of boxes.values()) box.min[1] = Math.max(box.min[1], 0);
    const framedBoxes = [...boxes.values()];
    const across = Math.max(
      ...[0, 1, 2].map(
        (k) =>
          Math.max(...framedBoxes.map((b) => b.max[k]!)) - Math.min(...framedBoxes.map((b) => b.min[k]!)),
      ),
    );
    const framed = frameBoxes(
      framedBoxes,
      sub(shot.position, shot.target),
      shot.lensMm,
      plan.width,
      plan.height,
      shot.framing,
      follows
        ? followDistance(across)
        : kept.every((i) => plan.entities[i]!.archetype === 'person')
          ? PEOPLE_DISTANCE
          : FRAMING_DISTANCE,
    );
    return { ...shot, position: framed.position, target: framed.target };
  });
}
