/**
 * What an archetype is: the shape the physics sees (colliders), the shape the camera sees (parts),
 * and what the planner needs to place it. All coordinates are local to the entity, in metres, with
 * the entity's scale already applied; the entity origin is where its position puts it.
 */
import type { Entity, Material, Vec3 } from '../plan/schema.js';
import type { Rig } from './rigs/types.js';

/** `densityScale` multiplies the entity's density for this piece (a weighted base, a hollow head). */
export type ColliderSpec = (
  | { shape: 'ball'; radius: number; offset?: Vec3 }
  | { shape: 'cuboid'; half: Vec3; offset?: Vec3; rotation?: Vec3 }
  | { shape: 'cylinder'; radius: number; halfHeight: number; offset?: Vec3; rotation?: Vec3 }
) & { densityScale?: number };

/** Surface looks the renderer knows how to paint on a part. */
export type Pattern =
  'plain' | 'basketball' | 'marble' | 'planks' | 'crate' | 'pips' | 'glossy' | 'stripes' | 'spots' | 'checks';

interface PartBase {
  center: Vec3;
  /** Euler degrees (Y, X, Z order as in the plan), relative to the entity. */
  rotation?: Vec3;
  color: string;
  pattern?: Pattern;
  /** 0 = clear, 1 = opaque. */
  opacity?: number;
}

export type Part =
  | (PartBase & { kind: 'sphere'; radius: number })
  | (PartBase & { kind: 'ellipsoid'; radii: Vec3 })
  | (PartBase & { kind: 'box'; half: Vec3 })
  | (PartBase & { kind: 'cylinder'; radius: number; halfHeight: number; open?: boolean; innerColor?: string })
  | (PartBase & { kind: 'torus'; radius: number; tube: number })
  | (PartBase & { kind: 'cone'; radius: number; halfHeight: number });

export interface Archetype {
  name: string;
  /** Nouns (singular, lower case) that name it in a prompt. */
  nouns: string[];
  defaultColor: string;
  defaultMaterial: Material;
  /** How it usually takes part: props move, scenery stays. */
  defaultBody: 'dynamic' | 'static';
  /** Where the entity's position is: the centre of its bounding box, or the middle of its base. */
  origin: 'center' | 'base';
  /** Full extents of its bounding box at scale 1 with default params (x, y, z). */
  size: Vec3;
  /** Default archetype parameters (see Entity.params). */
  params?: Record<string, number>;
  colliders(e: Entity): ColliderSpec[];
  parts(e: Entity): Part[];
  /** Overrides of the material's physics (a basketball is hollow rubber, not solid). */
  physics?: Partial<MaterialInfo>;
  /** Local bounding box [min, max] when params change the shape (default: from size and origin). */
  bounds?(e: Entity): [Vec3, Vec3];
  /** Named local points the planner aims at or places things on (e.g. "top", "rimFront"). */
  anchors?(e: Entity): Record<string, Vec3>;
  /** Where its front points at rotation 0 (default +x: animals and vehicles head that way). */
  facing?: Vec3;
  /** A living body: its parts are placed afresh every frame from what it is doing (rigs/). */
  rig?: Rig;
}

/** Physical and acoustic properties of a material. */
export interface MaterialInfo {
  density: number; // kg/m³
  restitution: number;
  friction: number;
}
