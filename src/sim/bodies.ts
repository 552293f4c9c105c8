/**
 * Choreography of living bodies: from the simulated poses and the plan, what every rigged entity is
 * doing in every frame (its BodyState) and what of that is heard (footsteps, claps, falls, calls).
 * The gait phase advances by the distance the body really travelled, so feet land where the
 * picture shows them landing, and the step sounds sit on those frames. Pure.
 */
import type { Action, Emotion, Entity, Material, ScenePlan, Vec3 } from '../plan/schema.js';
import { archetypeOf } from '../world/index.js';
import { CALL_EVERY_S } from '../world/rigs/heads.js';
import { CLAP_RATE_HZ, type BodyState, type FaceState, type Mouth, type Rig } from '../world/rigs/types.js';
import { createRandom } from '../plan/random.js';
import { rotate, type Quat } from '../math/vec.js';
import type { BodyEvent, BodyTrack } from './trace.js';

/** Clearance under a body's lowest point above which it is in the air, metres. */
const AIRBORNE_CLEARANCE = 0.06;
/** Below this ground speed a body stands: its gait does not advance and its feet make no sound. */
const STANDING_SPEED = 0.12;
/** Seconds over which a feeling or a motion blends in and out. */
const BLEND_S = 0.35;

export interface BodyInputs {
  plan: ScenePlan;
  /** frameCount × entities × 7 floats, as in the Trace. */
  poses: Float32Array;
  frameCount: number;
  /** Per entity index (rigged ones only), per frame: the gap under the body and what is under it. */
  support: Map<number, { clearance: Float32Array; under: Material[] }>;
  /** The mouth of a speaker at video time t (closed when it is not speaking). */
  mouthOf(entity: string, t: number): Mouth;
  /** Who speaks at video time t, and the feeling in the line. */
  speakerAt(t: number): { speaker: string; emotion: Emotion } | null;
}

export function trackBodies(inputs: BodyInputs): { bodies: BodyTrack[]; events: BodyEvent[] } {
  const { plan } = inputs;
  const bodies: BodyTrack[] = [];
  const events: BodyEvent[] = [];
  plan.entities.forEach((entity, index) => {
    const rig = archetypeOf(entity).rig;
    if (!rig) return;
    const states = statesOf(entity, index, rig, inputs);
    bodies.push({ entity: entity.id, index, states });
    events.push(...eventsOf(entity, index, rig, states, inputs));
  });
  return { bodies, events: events.sort((a, b) => a.time - b.time) };
}

const position = (poses: Float32Array, n: number, frame: number, i: number): Vec3 => {
  const o = (frame * n + i) * 7;
  return [poses[o]!, poses[o + 1]!, poses[o + 2]!];
};
const rotation = (poses: Float32Array, n: number, frame: number, i: number): Quat => {
  const o = (frame * n + i) * 7 + 3;
  return [poses[o]!, poses[o + 1]!, poses[o + 2]!, poses[o + 3]!];
};
const inverse = (q: Quat): Quat => [-q[0], -q[1], -q[2], q[3]];
const smooth = (u: number) => (u <= 0 ? 0 : u >= 1 ? 1 : u * u * (3 - 2 * u));

function statesOf(entity: Entity, index: number, rig: Rig, inputs: BodyInputs): BodyState[] {
  const { plan, poses, frameCount } = inputs;
  const n = plan.entities.length;
  const dt = 1 / plan.fps;
  const facing = archetypeOf(entity).facing ?? [1, 0, 0];
  const performs = plan.actions.filter(
    (a): a is Extract<Action, { type: 'perform' }> => a.type === 'perform' && a.entity === entity.id,
  );
  const feelings = plan.actions
    .filter((a): a is Extract<Action, { type: 'feel' }> => a.type === 'feel' && a.entity === entity.id)
    .sort((a, b) => a.at - b.at);
  // A body lives in the world's time: in slow motion it breathes, blinks and waves slowly too.
  const clock = (t: number) => t * plan.timeScale;
  const blinks = blinkTimes(plan.seed, entity.id, clock(plan.duration));
  const glances = glanceTimes(plan.seed, entity.id, clock(plan.duration));
  const support = inputs.support.get(index);
  const states: BodyState[] = [];
  let phase = 0;
  // The gait's speed changes only as a foot lands: the stride (and so where a planted foot sits
  // relative to the body) holds while a foot is down, so it cannot slide as the body speeds up.
  let gait = 0;
  for (let f = 0; f < frameCount; f++) {
    const t = f / plan.fps;
    // Speed over the frame that has just passed: a body that has not yet moved is standing.
    const prev = position(poses, n, Math.max(0, f - 1), index);
    const here = position(poses, n, f, index);
    const travelled = Math.hypot(here[0] - prev[0], here[2] - prev[2]);
    const speed = travelled / dt;
    const airborne = (support?.clearance[f] ?? 0) > AIRBORNE_CLEARANCE;
    // Feet turn the cycle only on the ground; a swimmer's or a flier's beat turns it anywhere.
    const footless = rig.landings.length === 0;
    const moving = speed > STANDING_SPEED && (!airborne || footless);
    if (!moving) gait = 0;
    else if (gait === 0) gait = speed;
    if (f > 0 && moving) {
      const before = phase;
      phase = (phase + travelled / rig.stride(entity, gait)) % 1;
      const landings = rig.landingsAt?.(entity, gait) ?? rig.landings;
      if (landings.some((l) => (l - before + 1) % 1 <= (phase - before + 1) % 1)) gait = speed;
    }
    const perform = performs.find((p) => t >= p.at && t < p.at + p.duration);
    const q = rotation(poses, n, f, index);
    states.push({
      time: clock(t),
      speed: moving || (airborne && speed > STANDING_SPEED) ? gait || speed : 0,
      phase,
      airborne,
      motion: perform
        ? { kind: perform.motion, u: (t - perform.at) / perform.duration, t: clock(t - perform.at) }
        : null,
      face: faceAt(entity, t, {
        q,
        facing,
        feelings,
        blink: blinkAt(blinks, clock(t)),
        glance: glanceAt(glances, clock(t)),
        look: lookTarget(entity, perform, t, inputs, f),
        from: position(poses, n, f, index),
        mouth: inputs.mouthOf(entity.id, t),
        speaking: inputs.speakerAt(t),
      }),
    });
  }
  return states;
}

interface FaceInputs {
  q: Quat;
  facing: Vec3;
  feelings: Extract<Action, { type: 'feel' }>[];
  blink: number;
  glance: number;
  /** World point the body attends to, if any. */
  look: Vec3 | null;
  from: Vec3;
  mouth: Mouth;
  speaking: { speaker: string; emotion: Emotion } | null;
}

function faceAt(entity: Entity, t: number, x: FaceInputs): FaceState {
  const expression: Partial<Record<Emotion, number>> = {};
  // The latest feeling holds until its duration ends (or the next one), blending in and out.
  for (const [k, f] of x.feelings.entries()) {
    const end = f.duration !== undefined ? f.at + f.duration : (x.feelings[k + 1]?.at ?? Infinity);
    const w = Math.min(smooth((t - f.at) / BLEND_S), 1 - smooth((t - end) / BLEND_S));
    if (w > 0 && f.emotion !== 'neutral') expression[f.emotion] = Math.max(expression[f.emotion] ?? 0, w);
  }
  // A line's feeling shows while it is said.
  if (x.speaking?.speaker === entity.id && x.speaking.emotion !== 'neutral')
    expression[x.speaking.emotion] = Math.max(expression[x.speaking.emotion] ?? 0, 0.8);
  let gaze = x.facing;
  if (x.look) {
    const d = rotate(inverse(x.q), [x.look[0] - x.from[0], x.look[1] - x.from[1], x.look[2] - x.from[2]]);
    const len = Math.hypot(...d);
    if (len > 1e-3) gaze = [d[0] / len, d[1] / len, d[2] / len];
  } else if (x.glance !== 0) {
    // An idle glance aside: a turn about the vertical of up to ~25°.
    const c = Math.cos(x.glance);
    const s = Math.sin(x.glance);
    gaze = [x.facing[0] * c + x.facing[2] * s, x.facing[1], -x.facing[0] * s + x.facing[2] * c];
  }
  return { mouth: x.mouth, expression, blink: x.blink, gaze };
}

/**
 * What a body looks at: the one it acts toward, else whoever else is speaking, else nothing in
 * particular (its own facing, with idle glances).
 */
function lookTarget(
  entity: Entity,
  perform: Extract<Action, { type: 'perform' }> | undefined,
  t: number,
  inputs: BodyInputs,
  frame: number,
): Vec3 | null {
  const { plan, poses } = inputs;
  const n = plan.entities.length;
  const at = (id: string): Vec3 | null => {
    const i = plan.entities.findIndex((e) => e.id === id);
    if (i < 0) return null;
    const p = position(poses, n, frame, i);
    // Toward the face of a person, the middle of anything else.
    const h = archetypeOf(plan.entities[i]!).size[1] * plan.entities[i]!.scale;
    return [p[0], p[1] + h * 0.35, p[2]];
  };
  if (perform?.target) return at(perform.target);
  const speaking = inputs.speakerAt(t);
  if (speaking && speaking.speaker !== entity.id) return at(speaking.speaker);
  return null;
}

/** Blink moments: every 2–5 s, seeded per body, so two people never blink in unison. */
function blinkTimes(seed: number, id: string, duration: number): number[] {
  const rng = createRandom(seed, `blink/${id}`);
  const out: number[] = [];
  for (let t = rng.range(0.3, 2.5); t < duration; t += rng.range(2, 5)) out.push(t);
  return out;
}

/** Eyelid closure at t: a blink closes in 60 ms and opens in 100 ms. */
function blinkAt(blinks: number[], t: number): number {
  for (const b of blinks) {
    const d = t - b;
    if (d >= -0.06 && d <= 0.1) return d < 0 ? 1 + d / 0.06 : 1 - d / 0.1;
  }
  return 0;
}

/** Idle glances aside: [start, angle] every 3–7 s, each held ~0.8 s. */
function glanceTimes(seed: number, id: string, duration: number): [number, number][] {
  const rng = createRandom(seed, `glance/${id}`);
  const out: [number, number][] = [];
  for (let t = rng.range(1, 3.5); t < duration; t += rng.range(3, 7))
    out.push([t, rng.range(0.2, 0.45) * (rng.next() < 0.5 ? -1 : 1)]);
  return out;
}

function glanceAt(glances: [number, number][], t: number): number {
  for (const [start, angle] of glances) {
    const u = (t - start) / 0.8;
    if (u >= 0 && u <= 1) return angle * Math.sin(Math.PI * u);
  }
  return 0;
}

function eventsOf(
  entity: Entity,
  index: number,
  rig: Rig,
  states: BodyState[],
  inputs: BodyInputs,
): BodyEvent[] {
  const { plan, poses } = inputs;
  const n = plan.entities.length;
  const support = inputs.support.get(index);
  const out: BodyEvent[] = [];
  const world = (frame: number, local: Vec3): Vec3 => {
    const p = position(poses, n, frame, index);
    const r = rotate(rotation(poses, n, frame, index), local);
    return [p[0] + r[0], p[1] + r[1], p[2] + r[2]];
  };
  const ground = (frame: number) => support?.under[frame] ?? plan.environment.ground.material;
  for (let f = 1; f < states.length; f++) {
    const prev = states[f - 1]!;
    const s = states[f]!;
    // A foot lands when the phase passes its landing, between this frame and the last.
    if (s.speed > 0 && !s.airborne && !prev.airborne) {
      const moved = (s.phase - prev.phase + 1) % 1;
      (rig.landingsAt?.(entity, s.speed) ?? rig.landings).forEach((landing, foot) => {
        const since = (s.phase - landing + 1) % 1;
        if (since >= moved || moved === 0) return;
        const time = (f - since / moved) / plan.fps;
        out.push({
          time,
          entity: entity.id,
          kind: 'step',
          position: world(f, rig.foot(entity, s, foot)),
          material: ground(f),
          strength: Math.min(1, 0.35 + s.speed / 6),
        });
      });
    }
    // Coming down from the air: both feet (or all four) at once, harder the faster it fell.
    if (prev.airborne && !s.airborne) {
      const fall = states[f - 1]!.motion?.kind === 'fall';
      out.push({
        time: f / plan.fps,
        entity: entity.id,
        kind: fall ? 'fall' : 'step',
        position: world(f, rig.foot(entity, s, 0)),
        material: ground(f),
        strength: 1,
      });
    }
    out.push(
      ...motionEvents(
        entity,
        prev,
        s,
        f / plan.fps,
        plan.timeScale,
        (local) => world(f, local),
        ground(f),
        rig,
      ),
    );
  }
  return out;
}

/** The sounds a motion makes as it crosses its moments: hands meeting, a body hitting the floor, a call. */
function motionEvents(
  entity: Entity,
  prev: BodyState,
  s: BodyState,
  /** Video time of this frame, and seconds of the world per second of video (slow motion < 1). */
  now: number,
  timeScale: number,
  world: (local: Vec3) => Vec3,
  ground: Material,
  rig: Rig,
): BodyEvent[] {
  const m = s.motion;
  if (!m) return [];
  const t0 = prev.motion?.kind === m.kind ? prev.motion.t : -1e-9;
  const crossed = (moment: number) => t0 < moment && m.t >= moment;
  // A motion's moments are in the world's time; the sound goes on the video's timeline.
  const at = (moment: number) => now - (m.t - moment) / timeScale;
  // Posing the body to find its head costs a whole pose: only when there is a sound to place.
  const head = (): Vec3 => world(rig.head?.(entity, s).mouth ?? [0, 0, 0]);
  const out: BodyEvent[] = [];
  if (m.kind === 'clap') {
    const k = Math.floor(m.t * CLAP_RATE_HZ - 0.5);
    const moment = (k + 0.5) / CLAP_RATE_HZ;
    if (k >= 0 && crossed(moment))
      out.push({ time: at(moment), entity: entity.id, kind: 'clap', position: head(), strength: 0.8 });
  } else if (m.kind === 'fall') {
    const duration = m.t / Math.max(m.u, 1e-6);
    const moment = duration * 0.6;
    if (crossed(moment))
      out.push({
        time: at(moment),
        entity: entity.id,
        kind: 'fall',
        position: world(rig.foot(entity, s, 0)),
        material: ground,
        strength: 1,
      });
  } else if (m.kind === 'bark') {
    const moment = Math.floor(m.t / CALL_EVERY_S) * CALL_EVERY_S;
    if (crossed(moment))
      out.push({ time: at(moment), entity: entity.id, kind: 'call', position: head(), strength: 0.5 });
  }
  return out;
}
