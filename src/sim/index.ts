/**
 * simulate: ScenePlan → Trace. Rapier at a fixed step (≥ 240 Hz, a whole number of steps per video
 * frame), scripted actions applied at their step, poses sampled at every frame boundary.
 */
import RAPIER from '@dimforge/rapier3d-compat';
import type { Action, ScenePlan, Shot } from '../plan/schema.js';
import { MATERIALS } from '../world/materials.js';
import { add, axisAngle, lerp, slerp, type Quat, type Vec3 } from '../math/vec.js';
import { cameraAt, shotAt } from './camera.js';
import { ContactTracker, type BodyState } from './contacts.js';
import { buildWorld, initPhysics, type SimBody } from './world.js';
import { trackBodies } from './bodies.js';
import { carryInHands } from './carry.js';
import { planSpeech, speechMouth, type SpeechSchedule } from '../speech/index.js';
import { archetypeOf } from '../world/index.js';
import type { Material } from '../plan/schema.js';
import { fitShots } from './framing.js';
import type { CameraPose, Trace } from './trace.js';

export type { Trace, ContactEvent, MotionSpan, CameraPose, TraceEntity } from './trace.js';
export { poseAt } from './trace.js';
export { cameraAt } from './camera.js';

const MIN_RATE_HZ = 240;

export interface SimulateOptions {
  onProgress?: (fraction: number) => void;
}

/** How far (m) a carried thing's planned place may be from the hand that lets it go. */
const HAND_TOLERANCE = 0.02;

export async function simulate(plan: ScenePlan, options: SimulateOptions = {}): Promise<Trace> {
  await initPhysics();
  // The dialogue is said first: its timings place the lines, open the mouths and turn the heads.
  return run(plan, await planSpeech(plan), options, false);
}

function run(
  plan: ScenePlan,
  speech: SpeechSchedule,
  options: SimulateOptions,
  /** Set on the second run for carried things: it never runs a third. */
  settled: boolean,
): Trace {
  // Slow motion and time-lapse: each video second holds timeScale seconds of physics, still
  // stepped at MIN_RATE_HZ or faster. Times in the plan and the trace are video times.
  const substeps = Math.ceil((MIN_RATE_HZ * plan.timeScale) / plan.fps);
  const dt = 1 / (plan.fps * substeps);
  const physicsDt = dt * plan.timeScale;
  const frameCount = Math.max(1, Math.round(plan.duration * plan.fps));
  const { world, bodies, colliderOwner } = buildWorld(plan, physicsDt);
  const events = new RAPIER.EventQueue(false);
  const n = bodies.length;
  const poses = new Float32Array(frameCount * n * 7);
  const groundState: BodyState = {
    id: 'ground',
    material: plan.environment.ground.material,
    restitution: MATERIALS[plan.environment.ground.material].restitution,
    mass: Infinity,
    position: [0, 0, 0],
    velocity: [0, 0, 0],
    speed: 0,
    slip: 1,
  };
  // Velocities before each step: an impact's approach speed is read from them.
  const before = new Float32Array(n * 3);
  const tracker = new ContactTracker(dt, (i) => (i < 0 ? groundState : bodyState(bodies[i]!, before)));
  const scheduled = scheduleActions(plan.actions, plan, dt);
  const support = supportProbe(plan, bodies, world, colliderOwner, frameCount);

  try {
    recordFrame(poses, bodies, 0);
    support.sample(0);
    const totalSteps = (frameCount - 1) * substeps;
    for (let step = 0; step < totalSteps; step++) {
      for (const apply of scheduled.get(step) ?? []) apply(bodies, step);
      snapshotVelocities(bodies, before);
      world.step(events);
      const touching = new Map<string, number>();
      events.drainContactForceEvents((ev) => {
        const a = colliderOwner.get(ev.collider1()) ?? -1;
        const b = colliderOwner.get(ev.collider2()) ?? -1;
        if (a === b) return;
        const key = a < b ? `${a}:${b}` : `${b}:${a}`;
        touching.set(key, (touching.get(key) ?? 0) + ev.totalForceMagnitude() * physicsDt);
      });
      tracker.step(step, touching);
      if ((step + 1) % substeps === 0) {
        const frame = (step + 1) / substeps;
        recordFrame(poses, bodies, frame);
        support.sample(frame);
        if (frame % 24 === 0) options.onProgress?.(frame / frameCount);
      }
    }
    tracker.finish();
  } finally {
    events.free();
    world.free();
  }

  const living = trackBodies({
    plan,
    poses,
    frameCount,
    support: support.samples,
    mouthOf: (id, t) => speechMouth(speech.spans, id, t),
    speakerAt: (t) => {
      const s = speech.spans.find((x) => x.speaker !== null && t >= x.start && t < x.end);
      return s ? { speaker: s.speaker!, emotion: s.emotion } : null;
    },
  });
  // A thing carried and then thrown leaves from the hand: when the plan put it elsewhere, the
  // world is simulated once more with it starting there.
  const letGo = carryInHands(plan, poses, frameCount, living.bodies);
  const misplaced = plan.entities.filter((e) => {
    const hand = letGo.get(e.id);
    return hand && Math.hypot(...e.position.map((v, k) => v - hand[k]!)) > HAND_TOLERANCE;
  });
  if (misplaced.length > 0 && !settled)
    return run(
      {
        ...plan,
        entities: plan.entities.map((e) =>
          misplaced.includes(e) ? { ...e, position: letGo.get(e.id)! } : e,
        ),
      },
      speech,
      options,
      true,
    );
  return {
    fps: plan.fps,
    frameCount,
    duration: frameCount / plan.fps,
    entities: plan.entities.map((e, index) => ({ id: e.id, archetype: e.archetype, index })),
    poses,
    cameras: cameras(plan, fitShots(plan, poses, frameCount, tracker.contacts), poses, frameCount),
    contacts: tracker.contacts,
    spans: tracker.spans,
    bodies: living.bodies,
    bodyEvents: living.events,
    speech: speech.spans,
    notes: speech.dropped.map((d) => `"${d.text}" is not said: ${d.reason}`),
  };
}

/** Half-width of the window over which a following camera averages its subject's path, seconds. */
const FOLLOW_SMOOTHING_S = 0.3;

/**
 * Every frame's camera. A following shot keeps the fitted camera's offset from its subject, moving
 * with the subject's path averaged over a short window, so a bounce does not shake the picture.
 */
function cameras(plan: ScenePlan, shots: Shot[], poses: Float32Array, frameCount: number): CameraPose[] {
  const n = plan.entities.length;
  const index = new Map(plan.entities.map((e, i) => [e.id, i]));
  const half = Math.round(FOLLOW_SMOOTHING_S * plan.fps);
  const smoothed = (i: number, frame: number, first: number, last: number): Vec3 => {
    const sum: Vec3 = [0, 0, 0];
    let count = 0;
    for (let f = Math.max(first, frame - half); f <= Math.min(last, frame + half); f++, count++)
      for (let k = 0; k < 3; k++) sum[k] = sum[k]! + poses[(f * n + i) * 7 + k]!;
    return [sum[0] / count, sum[1] / count, sum[2] / count];
  };
  return Array.from({ length: frameCount }, (_, frame) => {
    const t = frame / plan.fps;
    const pose = cameraAt(plan, t, shots);
    const shot = shotAt(shots, t);
    const subject = index.get(shot.keepInView[0] ?? '');
    if (shot.move.type !== 'follow' || subject === undefined) return pose;
    const first = Math.max(0, Math.round(shot.start * plan.fps));
    const last = Math.min(frameCount - 1, Math.round(shot.end * plan.fps) - 1);
    const from = smoothed(subject, first, first, last);
    const to = smoothed(subject, frame, first, last);
    const delta: Vec3 = [to[0] - from[0], to[1] - from[1], to[2] - from[2]];
    const position = add(pose.position, delta);
    position[1] = Math.max(position[1], 0.05);
    return { ...pose, position, target: add(pose.target, delta) };
  });
}

/**
 * For each living body, every frame: the gap between its lowest point and whatever is below it
 * (a jump's flight, a bird in the air) and that surface's material (what its feet sound on).
 */
function supportProbe(
  plan: ScenePlan,
  bodies: SimBody[],
  world: RAPIER.World,
  colliderOwner: Map<number, number>,
  frameCount: number,
) {
  const samples = new Map<number, { clearance: Float32Array; under: Material[] }>();
  const living = bodies.filter((b) => archetypeOf(b.entity).rig);
  for (const b of living)
    samples.set(b.index, { clearance: new Float32Array(frameCount), under: new Array<Material>(frameCount) });
  const down = { x: 0, y: -1, z: 0 };
  const sample = (frame: number) => {
    for (const b of living) {
      const out = samples.get(b.index)!;
      const t = b.body.translation();
      const a = archetypeOf(b.entity);
      // The lowest point of an upright body: its base, or half its height below its centre.
      const low = a.origin === 'base' ? 0 : (a.size[1] * b.entity.scale) / 2;
      const lift = 0.05;
      const ray = new RAPIER.Ray({ x: t.x, y: t.y - low + lift, z: t.z }, down);
      const hit = world.castRay(ray, 100, true, undefined, undefined, undefined, b.body);
      const owner = hit ? (colliderOwner.get(hit.collider.handle) ?? -1) : -1;
      out.clearance[frame] = hit ? Math.max(0, hit.timeOfImpact - lift) : t.y - low;
      out.under[frame] = owner >= 0 ? plan.entities[owner]!.material : plan.environment.ground.material;
    }
  };
  return { samples, sample };
}

function recordFrame(poses: Float32Array, bodies: SimBody[], frame: number): void {
  let o = frame * bodies.length * 7;
  for (const { body } of bodies) {
    const t = body.translation();
    const r = body.rotation();
    poses[o++] = t.x;
    poses[o++] = t.y;
    poses[o++] = t.z;
    poses[o++] = r.x;
    poses[o++] = r.y;
    poses[o++] = r.z;
    poses[o++] = r.w;
  }
}

function snapshotVelocities(bodies: SimBody[], out: Float32Array): void {
  bodies.forEach((b, i) => {
    const v = b.body.linvel();
    out[3 * i] = v.x;
    out[3 * i + 1] = v.y;
    out[3 * i + 2] = v.z;
  });
}

function bodyState(b: SimBody, before: Float32Array): BodyState {
  const i = b.index;
  const v = b.body.linvel();
  const w = b.body.angvel();
  const speed = Math.hypot(v.x, v.y, v.z);
  const spin = Math.hypot(w.x, w.y, w.z) * b.rollRadius;
  const t = b.body.translation();
  return {
    id: b.entity.id,
    material: b.entity.material,
    restitution: b.restitution,
    mass: b.body.isDynamic() ? b.body.mass() : Infinity,
    position: [t.x, t.y, t.z],
    velocity: [before[3 * i]!, before[3 * i + 1]!, before[3 * i + 2]!],
    speed,
    slip: b.rolls ? Math.abs(speed - spin) / Math.max(speed, 0.05) : 1,
  };
}

type StepAction = (bodies: SimBody[], step: number) => void;

/** Seconds a living body takes to turn toward where it is going. */
const TURN_S = 0.4;

/**
 * A living body that goes somewhere turns to face its way first (over TURN_S, about the vertical);
 * anything else keeps its orientation. Returns its rotation t seconds into the move.
 */
function turnToward(b: SimBody, from: Vec3, to: Vec3): ((t: number) => Quat) | undefined {
  const a = archetypeOf(b.entity);
  const dx = to[0] - from[0];
  const dz = to[2] - from[2];
  if (!a.rig || Math.hypot(dx, dz) < 0.05) return undefined;
  const facing = a.facing ?? [1, 0, 0];
  const r = b.body.rotation();
  const start: Quat = [r.x, r.y, r.z, r.w];
  const goal = axisAngle([0, 1, 0], Math.atan2(dx, dz) - Math.atan2(facing[0], facing[2]));
  return (t) => slerp(start, goal, Math.min(1, t / TURN_S));
}

/** Compiles the plan's actions into per-step callbacks. */
function scheduleActions(actions: Action[], plan: ScenePlan, dt: number): Map<number, StepAction[]> {
  const index = new Map(plan.entities.map((e, i) => [e.id, i]));
  const out = new Map<number, StepAction[]>();
  const at = (step: number, f: StepAction) => out.set(step, [...(out.get(step) ?? []), f]);
  const toStep = (t: number) => Math.max(0, Math.round(t / dt));
  const dynamic = (b: SimBody) => {
    if (!b.body.isDynamic()) b.body.setBodyType(RAPIER.RigidBodyType.Dynamic, true);
  };
  plan.entities.forEach((e, i) => {
    if (e.appearAt) at(toStep(e.appearAt), (bodies) => bodies[i]!.body.setEnabled(true));
  });
  for (const a of actions) {
    const i = index.get(a.entity)!;
    if (a.type === 'release') {
      at(toStep(a.at), (bodies) => dynamic(bodies[i]!));
    } else if (a.type === 'launch') {
      at(toStep(a.at), (bodies) => {
        const b = bodies[i]!;
        if (b.entity.body === 'static') return;
        dynamic(b);
        b.body.setLinvel({ x: a.velocity[0], y: a.velocity[1], z: a.velocity[2] }, true);
        if (a.angularVelocity) {
          const w = a.angularVelocity;
          b.body.setAngvel({ x: w[0], y: w[1], z: w[2] }, true);
        }
      });
    } else if (a.type === 'move') {
      const first = toStep(a.at);
      const steps = Math.max(1, Math.round(a.duration / dt));
      let from: Vec3 = [0, 0, 0];
      let wasDynamic = false;
      let turn: ((t: number) => Quat) | undefined;
      for (let k = 0; k <= steps; k++) {
        at(first + k, (bodies) => {
          const b = bodies[i]!;
          if (k === 0) {
            const t = b.body.translation();
            from = [t.x, t.y, t.z];
            wasDynamic = b.body.isDynamic();
            b.body.setBodyType(RAPIER.RigidBodyType.KinematicPositionBased, true);
          }
          if (k === steps) {
            if (wasDynamic) dynamic(b);
            return;
          }
          const u = (k + 1) / steps;
          const eased = a.easing === 'linear' ? u : u * u * (3 - 2 * u);
          const p = lerp(from, a.to, eased);
          b.body.setNextKinematicTranslation({ x: p[0], y: p[1], z: p[2] });
          if (k === 0) turn = turnToward(b, from, a.to);
          if (turn) {
            const q = turn((k + 1) * dt);
            b.body.setNextKinematicRotation({ x: q[0], y: q[1], z: q[2], w: q[3] });
          }
        });
      }
    }
  }
  return out;
}
