/**
 * A small language for things assembled from primitives: each part in metres at scale 1, in the
 * thing's own frame (x along its length, y up, z across), coloured either with the entity's colour
 * (the one a prompt names) or a fixed one. Physics is one box around the whole, which is what a
 * placed, dropped or pushed thing needs, unless the figure lists its solids (an arch, a ring).
 */
import type { Entity, Material, Vec3 } from '../../plan/schema.js';
import type { Archetype, ColliderSpec, Part, Pattern } from '../types.js';

/** "main" is the entity's colour; anything else is a fixed "#rrggbb". */
type Paint = 'main' | string;

export type Shape =
  | { box: Vec3; at?: Vec3; paint?: Paint; turn?: Vec3; pattern?: Pattern }
  | { ball: number; at?: Vec3; paint?: Paint }
  | { egg: Vec3; at?: Vec3; paint?: Paint; turn?: Vec3 }
  | {
      rod: [radius: number, length: number];
      at?: Vec3;
      paint?: Paint;
      turn?: Vec3;
      open?: boolean;
      inner?: string;
    }
  | { ring: [radius: number, tube: number]; at?: Vec3; paint?: Paint; turn?: Vec3 }
  | { cone: [radius: number, length: number]; at?: Vec3; paint?: Paint; turn?: Vec3 };

/** What physics sees, when one box around the whole will not do: boxes, balls and rods. */
export type Solid =
  | { box: Vec3; at?: Vec3; turn?: Vec3 }
  | { ball: number; at?: Vec3 }
  | { rod: [radius: number, length: number]; at?: Vec3; turn?: Vec3 };

/** A shape and its mirror image across the figure's middle (z = 0): ears, eyes, headlights. */
export function pair(shape: Shape): Shape[] {
  const at = shape.at ?? [0, 0, 0];
  const mirror = { ...shape, at: [at[0], at[1], -at[2]] as Vec3 };
  if ('turn' in shape && shape.turn)
    Object.assign(mirror, { turn: [-shape.turn[0], -shape.turn[1], shape.turn[2]] });
  return [shape, mirror];
}

export interface FigureSpec {
  nouns: string[];
  color: string;
  material: Material;
  /** Full extents at scale 1 (x, y, z); the collider. */
  size: Vec3;
  shapes: Shape[];
  /** Mass per volume of the box, kg/m³ (hollow things are light). */
  density?: number;
  body?: 'dynamic' | 'static';
  restitution?: number;
  /**
   * Where the entity's position is: the middle of the box (things that move, the default) or of
   * its base (scenery standing on the ground; then the shapes' heights are measured from the ground).
   */
  origin?: 'center' | 'base';
  /** The colliders, in the shapes' frame (default: the box of `size`). */
  solid?: Solid[];
  /**
   * Named points the planner uses (see Archetype.anchors). Scenery standing on the ground has a
   * "bottom" by default: on the ground just past its +x side, where the planner lines up what is
   * set beside it rather than inside it.
   */
  anchors?: Record<string, Vec3>;
  /** Where its front points (see Archetype.facing). */
  facing?: Vec3;
}

function toCollider(solid: Solid, s: number): ColliderSpec {
  const offset = (solid.at ?? [0, 0, 0]).map((v) => v * s) as Vec3;
  if ('box' in solid)
    return { shape: 'cuboid', half: solid.box.map((v) => (v * s) / 2) as Vec3, offset, rotation: solid.turn };
  if ('ball' in solid) return { shape: 'ball', radius: solid.ball * s, offset };
  return {
    shape: 'cylinder',
    radius: solid.rod[0] * s,
    halfHeight: (solid.rod[1] * s) / 2,
    offset,
    rotation: solid.turn,
  };
}

function toPart(shape: Shape, e: Entity): Part {
  const s = e.scale;
  const at = (shape.at ?? [0, 0, 0]).map((v) => v * s) as Vec3;
  const color = !shape.paint || shape.paint === 'main' ? e.color : shape.paint;
  const rotation = 'turn' in shape ? shape.turn : undefined;
  const opacity = e.material === 'glass' ? 0.55 : 1;
  if ('box' in shape)
    return {
      kind: 'box',
      center: at,
      half: shape.box.map((v) => (v * s) / 2) as Vec3,
      color,
      rotation,
      opacity,
      pattern: shape.pattern,
    };
  if ('ball' in shape) return { kind: 'sphere', center: at, radius: shape.ball * s, color, opacity };
  if ('egg' in shape)
    return {
      kind: 'ellipsoid',
      center: at,
      radii: shape.egg.map((v) => v * s) as Vec3,
      color,
      rotation,
      opacity,
    };
  if ('rod' in shape)
    return {
      kind: 'cylinder',
      center: at,
      radius: shape.rod[0] * s,
      halfHeight: (shape.rod[1] * s) / 2,
      color,
      rotation,
      opacity,
      open: shape.open,
      innerColor: shape.inner,
    };
  if ('ring' in shape)
    return {
      kind: 'torus',
      center: at,
      radius: shape.ring[0] * s,
      tube: shape.ring[1] * s,
      color,
      rotation,
      opacity,
    };
  return {
    kind: 'cone',
    center: at,
    radius: shape.cone[0] * s,
    halfHeight: (shape.cone[1] * s) / 2,
    color,
    rotation,
    opacity,
  };
}

export function figure(name: string, spec: FigureSpec): Archetype {
  const origin = spec.origin ?? 'center';
  const box: Solid = { box: spec.size, at: [0, origin === 'base' ? spec.size[1] / 2 : 0, 0] };
  const anchors =
    spec.anchors ?? (origin === 'base' ? { bottom: [spec.size[0] / 2 + 0.05, 0, 0] as Vec3 } : undefined);
  return {
    ...(spec.facing && { facing: spec.facing }),
    name,
    nouns: spec.nouns,
    defaultColor: spec.color,
    defaultMaterial: spec.material,
    defaultBody: spec.body ?? 'dynamic',
    origin,
    size: spec.size,
    physics: {
      ...(spec.density !== undefined && { density: spec.density }),
      ...(spec.restitution !== undefined && { restitution: spec.restitution }),
    },
    colliders: (e) => (spec.solid ?? [box]).map((solid) => toCollider(solid, e.scale)),
    parts: (e) => spec.shapes.map((shape) => toPart(shape, e)),
    ...(anchors && {
      anchors: (e: Entity) =>
        Object.fromEntries(
          Object.entries(anchors).map(([name, p]) => [name, p.map((v) => v * e.scale) as Vec3]),
        ),
    }),
  };
}
