/** Builds the Rapier world for a plan: one rigid body per entity, colliders from the catalog. */
import { setFlagsFromString } from 'node:v8';
import RAPIER from '@dimforge/rapier3d-compat';
import type { Entity, ScenePlan } from '../plan/schema.js';
import { archetypeOf, MATERIALS, physicsOf, type ColliderSpec } from '../world/index.js';
import { eulerToQuat, type Vec3 } from '../math/vec.js';

export interface SimBody {
  entity: Entity;
  index: number;
  restitution: number;
  body: RAPIER.RigidBody;
  /** True when it is a ball or cylinder, which roll rather than slide. */
  rolls: boolean;
  /** Radius of the rolling shape, metres. */
  rollRadius: number;
}

let ready: Promise<void> | undefined;
/**
 * Loads the physics WASM once per process. V8's baseline WASM compiler is enough for our step
 * counts; letting it re-optimise Rapier's large module in the background costs about a second of
 * CPU on every run and stalls the render threads while it happens.
 */
export function initPhysics(): Promise<void> {
  if (!ready) {
    setFlagsFromString('--liftoff-only');
    ready = RAPIER.init();
  }
  return ready;
}

const vec = (v: readonly number[]) => ({ x: v[0]!, y: v[1]!, z: v[2]! });
const quat = (deg: Vec3) => {
  const q = eulerToQuat(deg);
  return { x: q[0], y: q[1], z: q[2], w: q[3] };
};

/** Sides of the prism that stands in for a cylinder: many enough to roll smoothly. */
const PRISM_SIDES = 24;

/**
 * A cylinder as a convex prism: Rapier's round cylinder meets a flat floor at one or two points and
 * topples a bottle that should stand; a prism's flat end gives a full contact patch.
 */
function prism(halfHeight: number, radius: number): RAPIER.ColliderDesc {
  const points = new Float32Array(PRISM_SIDES * 6);
  for (let k = 0; k < PRISM_SIDES; k++) {
    const a = (2 * Math.PI * k) / PRISM_SIDES;
    const [x, z] = [radius * Math.cos(a), radius * Math.sin(a)];
    points.set([x, -halfHeight, z, x, halfHeight, z], k * 6);
  }
  return RAPIER.ColliderDesc.convexHull(points)!;
}

function colliderDesc(spec: ColliderSpec): RAPIER.ColliderDesc {
  const desc =
    spec.shape === 'ball'
      ? RAPIER.ColliderDesc.ball(spec.radius)
      : spec.shape === 'cuboid'
        ? RAPIER.ColliderDesc.cuboid(...spec.half)
        : prism(spec.halfHeight, spec.radius);
  if (spec.offset) desc.setTranslation(...spec.offset);
  if (spec.shape !== 'ball' && spec.rotation) desc.setRotation(quat(spec.rotation));
  return desc;
}

export function buildWorld(plan: ScenePlan, dt: number) {
  const world = new RAPIER.World({ x: 0, y: -9.81, z: 0 });
  world.timestep = dt;
  world.integrationParameters.numSolverIterations = 8;
  const colliderOwner = new Map<number, number>();
  const forceEvents = RAPIER.ActiveEvents.CONTACT_FORCE_EVENTS;

  // The ground: a large slab whose top is y = 0.
  const groundBody = world.createRigidBody(RAPIER.RigidBodyDesc.fixed());
  const groundPhysics = MATERIALS[plan.environment.ground.material];
  const ground = world.createCollider(
    RAPIER.ColliderDesc.cuboid(200, 1, 200)
      .setTranslation(0, -1, 0)
      .setRestitution(groundPhysics.restitution)
      .setFriction(groundPhysics.friction)
      .setActiveEvents(forceEvents)
      .setContactForceEventThreshold(0),
    groundBody,
  );
  colliderOwner.set(ground.handle, -1);

  const bodies: SimBody[] = plan.entities.map((e, index) => {
    const archetype = archetypeOf(e);
    const phys = physicsOf(e);
    const desc =
      e.body === 'static'
        ? RAPIER.RigidBodyDesc.fixed()
        : e.body === 'held'
          ? RAPIER.RigidBodyDesc.kinematicPositionBased()
          : RAPIER.RigidBodyDesc.dynamic()
              .setLinvel(...e.velocity)
              .setAngvel(vec(e.angularVelocity));
    desc.setTranslation(...e.position).setRotation(quat(e.rotation));
    // A living body keeps its feet: it may be pushed or fall, but it is not a box that tips over.
    if (archetype.rig) desc.lockRotations();
    // Absent until it appears: no collisions, no gravity, no sound.
    if (e.appearAt) desc.setEnabled(false);
    // Continuous collision detection only where a fast body could pass through something thin:
    // things set in motion by the plan. Bodies at rest may sleep until something wakes them.
    const mover = e.body === 'held' || e.velocity.some((v) => v !== 0);
    if (mover) desc.setCcdEnabled(true);
    const body = world.createRigidBody(desc);
    const specs = archetype.colliders(e);
    for (const spec of specs) {
      const c = world.createCollider(
        colliderDesc(spec)
          .setDensity(phys.density * (spec.densityScale ?? 1))
          .setRestitution(phys.restitution)
          .setFriction(phys.friction)
          .setActiveEvents(forceEvents)
          .setContactForceEventThreshold(0),
        body,
      );
      colliderOwner.set(c.handle, index);
    }
    const first = specs[0];
    const rolls = specs.length === 1 && (first?.shape === 'ball' || first?.shape === 'cylinder');
    return {
      entity: e,
      index,
      restitution: phys.restitution,
      body,
      rolls,
      rollRadius: first && 'radius' in first ? first.radius : 0,
    };
  });
  return { world, bodies, colliderOwner };
}
