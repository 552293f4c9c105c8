/**
 * Things carried in a hand: from a 'carry' action until the thing is released or launched, its
 * pose in the Trace is the carrier's palm, frame by frame (the rig says where the palm is in what
 * the body is doing). Pure: it rewrites the poses it is given.
 */
import type { Action, ScenePlan, Vec3 } from '../plan/schema.js';
import { archetypeOf } from '../world/index.js';
import { rotate, type Quat } from '../math/vec.js';
import type { BodyTrack } from './trace.js';

/** The hand things are carried in: the right. */
const CARRYING_HAND = 1;

/**
 * Moves carried things into their carriers' hands; returns, for each, where the hand is at the
 * moment it lets go (the physics must start it from there).
 */
export function carryInHands(
  plan: ScenePlan,
  poses: Float32Array,
  frameCount: number,
  bodies: BodyTrack[],
): Map<string, Vec3> {
  const n = plan.entities.length;
  const index = new Map(plan.entities.map((e, i) => [e.id, i]));
  const letGo = new Map<string, Vec3>();
  for (const a of plan.actions) {
    if (a.type !== 'carry') continue;
    const carrier = plan.entities[index.get(a.by)!]!;
    const hand = archetypeOf(carrier).rig?.hand;
    const states = bodies.find((b) => b.entity === a.by)?.states;
    if (!hand || !states) continue;
    const i = index.get(a.entity)!;
    const c = index.get(a.by)!;
    const end = releaseOf(plan.actions, a) ?? plan.duration;
    const last = Math.min(frameCount - 1, Math.round(end * plan.fps));
    for (let f = Math.max(0, Math.round(a.at * plan.fps)); f <= last; f++) {
      const o = (f * n + c) * 7;
      const q: Quat = [poses[o + 3]!, poses[o + 4]!, poses[o + 5]!, poses[o + 6]!];
      const r = rotate(q, hand(carrier, states[f]!, CARRYING_HAND));
      const at: Vec3 = [poses[o]! + r[0], poses[o + 1]! + r[1], poses[o + 2]! + r[2]];
      if (f === last) letGo.set(a.entity, at);
      else poses.set(at, (f * n + i) * 7);
    }
  }
  return letGo;
}

/** When a carried thing leaves the hand: its first release or launch after it is picked up. */
function releaseOf(actions: Action[], carry: Extract<Action, { type: 'carry' }>): number | undefined {
  const times = actions
    .filter(
      (a) => (a.type === 'release' || a.type === 'launch') && a.entity === carry.entity && a.at >= carry.at,
    )
    .map((a) => a.at);
  return times.length ? Math.min(...times) : undefined;
}
