/** Hand-written plans with known geometry, for tests that measure physics from pixels. */
import type { ScenePlanInput } from '../../src/plan/schema.js';
import { ARCHETYPES } from '../../src/world/index.js';
import type { Vec3 } from '../../src/math/vec.js';

type EntityInput = ScenePlanInput['entities'][number];
export type EntitySpec = Partial<EntityInput> & { archetype: string; position: Vec3 };

/** A plan entity with its archetype's colour, material and body unless the spec says otherwise. */
export function entity(spec: EntitySpec, index = 0): EntityInput {
  const a = ARCHETYPES.get(spec.archetype)!;
  return {
    id: spec.id ?? `${spec.archetype.replace(/[^a-z0-9]/g, '')}${index}`,
    label: spec.archetype,
    color: a.defaultColor,
    material: a.defaultMaterial,
    body: a.defaultBody,
    ...spec,
  };
}

export const W = 640;
export const H = 480;
export const FPS = 60;
export const DEPTH = 7;
export const CAMERA_Y = 1.3;
export const LENS = 35;

/** A red ball held 2.2 m above a stone floor, let go at 0.25 s, filmed by a level camera. */
export function dropPlan(): ScenePlanInput {
  return {
    version: 1,
    prompt: 'a red ball dropped in front of a level camera',
    duration: 3,
    fps: FPS,
    width: W,
    height: H,
    seed: 7,
    style: 'natural',
    environment: {
      place: 'studio',
      ground: { material: 'stone', color: '#b9b4ab' },
      wall: { color: '#d9d4cb', distance: 3 },
      sky: '#d9d4cb',
      timeOfDay: 'afternoon',
      light: { azimuth: 35, elevation: 50, intensity: 1, color: '#ffffff' },
    },
    entities: [
      {
        id: 'ball',
        archetype: 'ball',
        label: 'red ball',
        color: '#d1302a',
        material: 'rubber',
        body: 'held',
        position: [0, 2.2, 0],
      },
    ],
    actions: [{ type: 'release', entity: 'ball', at: 0.25 }],
    // A level camera: the ball falls in the plane at a known depth.
    shots: [{ start: 0, end: 3, position: [0, CAMERA_Y, DEPTH], target: [0, CAMERA_Y, 0], lensMm: LENS }],
    sound: { ambience: { kind: 'room', levelDb: -40 } },
    understanding: { language: 'en', understood: [], ignored: [], notes: [] },
  };
}
