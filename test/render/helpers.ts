/** Hand-built plans and traces for render tests, the benchmark and the look sheets. */
import { scenePlan, type ScenePlan, type ScenePlanInput } from '../../src/plan/schema.js';
import type { CameraPose, Trace } from '../../src/sim/trace.js';
import { entity, type EntitySpec } from '../helpers/plans.js';
import { eulerToQuat, type Quat, type Vec3 } from '../../src/math/vec.js';

export type { EntitySpec };

export function makePlan(entities: EntitySpec[], over: Partial<ScenePlanInput> = {}): ScenePlan {
  const input: ScenePlanInput = {
    version: 1,
    prompt: 'test',
    duration: 1,
    fps: 24,
    width: 320,
    height: 180,
    seed: 7,
    style: 'natural',
    environment: {
      place: 'room',
      ground: { material: 'wood', color: '#b08a5e' },
      wall: { color: '#e8e2d6', distance: 3 },
      sky: '#9cc7ee',
      timeOfDay: 'noon',
      light: { azimuth: 30, elevation: 50, intensity: 1, color: '#fff6e8' },
    },
    entities: entities.map(entity),
    shots: [{ start: 0, end: 1, position: [0, 1, 3], target: [0, 0.3, 0] }],
    sound: { ambience: { kind: 'room', levelDb: -40 } },
    understanding: { language: 'en', understood: [], ignored: [], notes: [] },
    ...over,
  };
  return scenePlan.parse(input);
}

export type PoseFn = (frame: number, entity: number) => { position: Vec3; rotation: Quat } | null;

/** A trace holding each entity at its plan pose (or where `poses` says) under one fixed camera. */
export function makeTrace(plan: ScenePlan, frames: number, camera: CameraPose, poses?: PoseFn): Trace {
  const n = plan.entities.length;
  const data = new Float32Array(frames * n * 7);
  for (let f = 0; f < frames; f++) {
    plan.entities.forEach((e, i) => {
      const p = poses?.(f, i) ?? { position: e.position, rotation: eulerToQuat(e.rotation) };
      data.set([...p.position, ...p.rotation], (f * n + i) * 7);
    });
  }
  return {
    fps: plan.fps,
    frameCount: frames,
    duration: frames / plan.fps,
    entities: plan.entities.map((e, index) => ({ id: e.id, archetype: e.archetype, index })),
    poses: data,
    cameras: Array.from({ length: frames }, () => camera),
    contacts: [],
    spans: [],
    bodies: [],
    bodyEvents: [],
    speech: [],
    notes: [],
  };
}

export const lookAt = (position: Vec3, target: Vec3, lensMm = 35): CameraPose => ({
  position,
  target,
  // Vertical FOV of a full-frame lens on a 16:9 frame (36 mm spans the width).
  fovY: 2 * Math.atan((36 * 9) / 16 / 2 / lensMm),
});

/** A busy room with one of nearly every archetype, for look sheets and the benchmark. */
export const showcase: EntitySpec[] = [
  { archetype: 'table', position: [0, 0, 0] },
  { archetype: 'mug', position: [0.25, 0.8, 0.1], body: 'dynamic' },
  { archetype: 'rubber-duck', position: [-0.15, 0.805, 0.05], rotation: [0, 30, 0] },
  { archetype: 'book', position: [-0.35, 0.7675, -0.15], rotation: [0, 20, 0] },
  { archetype: 'stairs', position: [2.6, 0, -0.6] },
  { archetype: 'ball', position: [2.0, 0.47, -0.6] },
  { archetype: 'ramp', position: [-1.6, 0, 0.6] },
  { archetype: 'marble', position: [-1.75, 0.19, 0.6] },
  { archetype: 'marble', position: [-1.62, 0.15, 0.6], color: '#e05a3a' },
  ...[0, 1, 2, 3, 4, 5].map((i): EntitySpec => ({
    archetype: 'domino',
    position: [-1.0 + i * 0.035, 0.024, 0.6],
  })),
  { archetype: 'crate', position: [-1.4, 0.25, -1.0] },
  { archetype: 'crate', position: [-1.4, 0.75, -1.0], rotation: [0, 20, 0] },
  { archetype: 'basketball', position: [1.2, 0.12, 0.8], rotation: [10, 40, 0] },
  { archetype: 'bowling-ball', position: [0.8, 0.109, 1.1] },
  { archetype: 'can', position: [0.5, 0.061, 1.3] },
  { archetype: 'bottle', position: [0.3, 0.14, 1.0] },
  { archetype: 'cube', position: [-0.6, 0.1, 1.2], rotation: [0, 25, 0] },
  { archetype: 'cylinder', position: [-2.3, 0.225, -0.3] },
];
