/**
 * The world catalog: every kind of thing a scene can hold, with its shape, look and physics.
 * Add an archetype by adding it to a file in archetypes/ and listing it here.
 */
import type { Entity, ScenePlan, Vec3 } from '../plan/schema.js';
import type { Archetype, MaterialInfo } from './types.js';
import { balls } from './archetypes/balls.js';
import { props } from './archetypes/props.js';
import { scenery } from './archetypes/scenery.js';
import { vehicles } from './archetypes/vehicles.js';
import { animals } from './archetypes/animals.js';
import { household } from './archetypes/household.js';
import { everyday } from './archetypes/everyday.js';
import { architecture } from './archetypes/architecture.js';
import { plants } from './archetypes/plants.js';
import { wildlife } from './archetypes/wildlife.js';
import { birds } from './archetypes/birds.js';
import { sea } from './archetypes/sea.js';
import { bugs } from './archetypes/bugs.js';
import { foods } from './archetypes/food.js';
import { shapes } from './archetypes/shapes.js';
import { outdoor } from './archetypes/outdoor.js';
import { MATERIALS } from './materials.js';

export type { Archetype, ColliderSpec, Part, Pattern, MaterialInfo } from './types.js';
export { MATERIALS } from './materials.js';

export const ARCHETYPES: ReadonlyMap<string, Archetype> = new Map(
  [
    ...balls,
    ...props,
    ...scenery,
    ...vehicles,
    ...animals,
    ...household,
    ...everyday,
    ...architecture,
    ...plants,
    ...wildlife,
    ...birds,
    ...sea,
    ...bugs,
    ...foods,
    ...shapes,
    ...outdoor,
  ].map((a) => [a.name, a]),
);

export function archetypeOf(e: Pick<Entity, 'archetype'>): Archetype {
  const a = ARCHETYPES.get(e.archetype);
  if (!a) throw new Error(`unknown archetype "${e.archetype}"`);
  return a;
}

/**
 * The physics an entity ends up with: its material's, then the archetype's own (a basketball is a
 * hollow rubber shell; a metal ball is not), then the plan's overrides.
 */
export function physicsOf(e: Entity): MaterialInfo {
  const archetype = archetypeOf(e);
  const own = e.material === archetype.defaultMaterial ? archetype.physics : undefined;
  return { ...MATERIALS[e.material], ...own, ...e.physics };
}

/** Problems a plan has that its schema cannot see: names that are not in the catalog. */
export function catalogProblems(plan: ScenePlan): string[] {
  return plan.entities.flatMap((e, i) =>
    ARCHETYPES.has(e.archetype) ? [] : [`entities[${i}].archetype: unknown archetype "${e.archetype}"`],
  );
}

/** The corners [min, max] of an entity's bounding box at a position (its own by default), unrotated. */
export function boundsOf(e: Entity, position: Vec3 = e.position): [Vec3, Vec3] {
  const a = archetypeOf(e);
  const [lo, hi] = a.bounds?.(e) ?? defaultBounds(a, e.scale);
  return [
    [position[0] + lo[0], position[1] + lo[1], position[2] + lo[2]],
    [position[0] + hi[0], position[1] + hi[1], position[2] + hi[2]],
  ];
}

function defaultBounds(a: Archetype, s: number): [Vec3, Vec3] {
  const [x, y, z] = a.size.map((v) => (v * s) / 2) as Vec3;
  return a.origin === 'base'
    ? [
        [-x, 0, -z],
        [x, 2 * y, z],
      ]
    : [
        [-x, -y, -z],
        [x, y, z],
      ];
}
