/**
 * Builds a frame's draw list: entities posed from the Trace, static scenery split into faces (so
 * a ball on a table sorts correctly against each face), moving entities kept whole, shadows
 * attached to the surfaces that receive them, and everything ordered by order.ts.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Entity, Material, ScenePlan } from '../plan/schema.js';
import { archetypeOf, type Part, type Pattern } from '../world/index.js';
import { restingState, type BodyState, type Rig } from '../world/rigs/types.js';
import { poseAt, type Trace } from '../sim/trace.js';
import { project } from '../math/camera.js';
import { dot, multiplyQuat, rotate, sub, type Quat, type Vec3 } from '../math/vec.js';
import { buildShape, type EntityShape } from './mesh.js';
import { mix, parseHex, type RGB } from './color.js';
import { orderItems, type Item, type Plane } from './order.js';
import { drawBlob, type WorldBlob } from './primitives/blobs.js';
import { drawFace, faceCentroid, type WorldFace } from './primitives/faces.js';
import { drawRing, ringHalves, type WorldRing } from './primitives/rings.js';
import { buildStrips, drawStrip, type WorldStrip } from './primitives/strips.js';
import { castShadow, type Receiver } from './shadows.js';
import { depthOf, NEAR, type View } from './view.js';

export interface SceneEntity {
  entity: Entity;
  index: number;
  /** Drawn afresh every frame (it moves, or its colour changes). */
  moving: boolean;
  shape: EntityShape;
  gloss: number;
  /** Colour changes over time (the plan's paint actions), in order. */
  paints: { at: number; duration: number; color: RGB }[];
  /** Shapes by colour, for the frames of a colour change. */
  painted: Map<string, SceneEntity>;
  segments: number;
  /** A living body: its shape is rebuilt every frame from its state there. */
  body?: { rig: Rig; states: readonly BodyState[] };
}

const GLOSS: Record<Material, number> = {
  metal: 0.55,
  glass: 0.7,
  plastic: 0.35,
  ceramic: 0.45,
  rubber: 0.15,
  wood: 0.05,
  stone: 0.04,
  fabric: 0,
};

export function prepareEntities(plan: ScenePlan, trace: Trace, segments: number): SceneEntity[] {
  const byId = new Map(plan.entities.map((e) => [e.id, e]));
  const tracks = new Map(trace.bodies.map((b) => [b.entity, b.states]));
  return trace.entities.flatMap((te, index) => {
    const entity = byId.get(te.id);
    if (!entity) return [];
    const archetype = archetypeOf(entity);
    const rig = archetype.rig;
    const states = tracks.get(entity.id) ?? [restingState(archetype.facing)];
    const shape = buildShape(rig ? rig.parts(entity, states[0]!) : archetype.parts(entity), segments);
    const paints = plan.actions.flatMap((a) =>
      a.type === 'paint' && a.entity === entity.id
        ? [{ at: a.at, duration: a.duration, color: parseHex(a.color) }]
        : [],
    );
    return [
      {
        entity,
        index,
        moving: entity.body !== 'static' || paints.length > 0 || rig !== undefined,
        shape,
        gloss: GLOSS[entity.material],
        paints: paints.sort((a, b) => a.at - b.at),
        painted: new Map(),
        segments,
        ...(rig && { body: { rig, states } }),
      },
    ];
  });
}

/** The entity as it looks at time t: its colour blended through its paint actions so far. */
function paintedAt(se: SceneEntity, t: number): SceneEntity {
  if (se.paints.length === 0 || t < se.paints[0]!.at) return se;
  let color = parseHex(se.entity.color);
  for (const p of se.paints) {
    if (t < p.at) break;
    const u = Math.min(1, (t - p.at) / p.duration);
    color = mix(color, p.color, u * u * (3 - 2 * u));
  }
  const hex = `#${color
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
  let out = se.painted.get(hex);
  if (!out) {
    const entity = { ...se.entity, color: hex };
    // A living body's shape is rebuilt for its frame anyway (bodyAt), in the new colour.
    out = {
      ...se,
      entity,
      shape: se.body ? se.shape : buildShape(archetypeOf(entity).parts(entity), se.segments),
    };
    se.painted.set(hex, out);
  }
  return out;
}

/** A living body as it is at this frame: its rig places its parts from its state. */
function bodyAt(se: SceneEntity, frame: number): SceneEntity {
  if (!se.body) return se;
  const { rig, states } = se.body;
  const state = states[Math.min(frame, states.length - 1)]!;
  return { ...se, shape: buildShape(rig.parts(se.entity, state), se.segments) };
}

/** An entity placed in the world for one frame. */
interface Posed {
  se: SceneEntity;
  pos: Vec3;
  rot: Quat;
  faces: WorldFace[];
  strips: WorldStrip[];
  rings: WorldRing[];
  blobs: WorldBlob[];
  points: Vec3[];
}

/** A part's surface look: its own, or the entity's pattern where the part wears the entity's colour. */
function patternOf(e: Entity, part: Part): Pattern {
  if (
    e.pattern &&
    (!part.pattern || part.pattern === 'plain' || part.pattern === 'glossy') &&
    part.color.toLowerCase() === e.color.toLowerCase()
  )
    return e.pattern;
  return part.pattern ?? 'plain';
}

function pose(se: SceneEntity, pos: Vec3, rot: Quat, eye: Vec3): Posed {
  const faces: WorldFace[] = [];
  const strips: WorldStrip[] = [];
  const points: Vec3[] = [];
  for (const m of se.shape.meshes) {
    const verts = m.verts.map((v): Vec3 => {
      const r = rotate(rot, v);
      return [pos[0] + r[0], pos[1] + r[1], pos[2] + r[2]];
    });
    if (!m.net) points.push(...verts);
    const visible = new Uint8Array(m.faces.length);
    const normals = m.faces.map((f) => rotate(rot, f.normal));
    m.faces.forEach((f, i) => {
      const p = verts[f.idx[0]!]!;
      visible[i] = dot(normals[i]!, sub(eye, p)) > 0 ? 1 : 0;
    });
    const seeThrough = m.opacity < 1 || m.net;
    const smooth = (m.kind === 'cylinder' || m.kind === 'cone') && !m.net;
    const gloss = m.part.pattern === 'glossy' ? 0.8 : se.gloss;
    if (smooth) strips.push(...buildStrips(m, verts, normals, visible, m.opacity, gloss));
    m.faces.forEach((f, i) => {
      if (smooth && f.side) return;
      if (!visible[i] && !seeThrough) return;
      faces.push({
        pts: f.idx.map((k) => verts[k]!),
        normal: visible[i] ? normals[i]! : (normals[i]!.map((x) => -x) as Vec3),
        color: f.color,
        opacity: m.opacity,
        pattern: patternOf(se.entity, m.part),
        gloss,
        mesh: m,
        index: i,
        verts,
        visible,
        id: se.entity.id,
        decals: [],
      });
    });
  }
  const blobs = se.shape.blobs.map((b): WorldBlob => {
    const r = rotate(rot, b.center);
    return {
      c: [pos[0] + r[0], pos[1] + r[1], pos[2] + r[2]],
      axes: b.axes.map((a) => rotate(rot, a)) as [Vec3, Vec3, Vec3],
      rot: multiplyQuat(rot, b.rotation),
      color: b.color,
      opacity: b.opacity,
      pattern: patternOf(se.entity, b.part),
      gloss: b.part.pattern === 'glossy' ? 0.8 : se.gloss,
    };
  });
  const rings = se.shape.rings.flatMap((r) => {
    const c = rotate(rot, r.center);
    const halves = ringHalves(
      [pos[0] + c[0], pos[1] + c[1], pos[2] + c[2]],
      rotate(rot, r.axis),
      r.radius,
      r.tube,
      r.color,
      eye,
    );
    for (const h of halves) points.push(...h.pts.filter((_, i) => i % 4 === 0));
    return halves;
  });
  return { se, pos, rot, faces, strips, rings, blobs, points };
}

/** Screen bounds that the first point extends: filled in by bounds(). */
const unbounded = () => ({ minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity });

function bounds(view: View, pts: Vec3[], item: Pick<Item, 'minX' | 'minY' | 'maxX' | 'maxY'>): boolean {
  let any = false;
  for (const p of pts) {
    if (depthOf(view, p) < NEAR) {
      // Partly behind the camera: treat as covering the whole frame.
      item.minX = item.minY = -1e9;
      item.maxX = item.maxY = 1e9;
      return true;
    }
    const s = project(view.cam, p);
    item.minX = Math.min(item.minX, s.x);
    item.maxX = Math.max(item.maxX, s.x);
    item.minY = Math.min(item.minY, s.y);
    item.maxY = Math.max(item.maxY, s.y);
    any = true;
  }
  return any;
}

export interface FrameScene {
  items: Item[];
  ground: Receiver;
}

/** Scenery does not move: its faces, bounds and receivers are reused while the camera holds still. */
const staticCache = new WeakMap<SceneEntity[], { key: string; items: Item[]; receivers: Receiver[] }>();

function staticItems(
  view: View,
  ents: SceneEntity[],
  trace: Trace,
): { items: Item[]; receivers: Receiver[] } {
  const eye = view.cam.position;
  const key = `${eye.join()}|${view.cam.forward.join()}|${view.cam.focal}`;
  const hit = staticCache.get(ents);
  if (hit && hit.key === key) {
    for (const r of hit.receivers) r.decals.length = 0;
    return hit;
  }
  const items: Item[] = [];
  const receivers: Receiver[] = [];
  for (const se of ents) {
    if (se.moving) continue;
    const p = poseAt(trace, 0, se.index);
    const posed = pose(se, p.position, p.rotation, eye);
    for (const f of posed.faces) {
      const c = faceCentroid(f.pts);
      const plane: Plane = { n: f.normal, d: dot(f.normal, f.pts[0]!) };
      const item: Item = {
        depth: depthOf(view, c),
        ...unbounded(),
        plane,
        planes: [],
        points: f.pts,
        blobs: [],
        center: c,
        radius: Math.max(...f.pts.map((p) => Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2]))),
        draw: (ctx) => drawFace(ctx, view, f),
        group: f.mesh.part.kind === 'cylinder' && f.mesh.part.open ? undefined : f.mesh,
      };
      if (!bounds(view, f.pts, item)) continue;
      items.push(item);
      if (f.normal[1] > 0.3 && !f.mesh.faces[f.index]!.inner && f.opacity >= 1 && !f.mesh.net)
        receivers.push({ n: plane.n, d: plane.d, pts: f.pts, decals: f.decals });
    }
    for (const st of posed.strips) {
      const item = stripItem(view, st);
      if (item) items.push(item);
    }
    for (const r of posed.rings) items.push(ringItem(view, r));
    for (const b of posed.blobs) items.push(blobItem(view, b));
  }
  staticCache.set(ents, { key, items, receivers });
  return { items, receivers };
}

export function buildFrame(view: View, ents: SceneEntity[], trace: Trace, frame: number): FrameScene {
  const eye = view.cam.position;
  const ground: Receiver = { n: [0, 1, 0], d: 0, pts: null, decals: [] };
  const still = staticItems(view, ents, trace);
  const items: Item[] = [...still.items];
  const receivers: Receiver[] = [ground, ...still.receivers];
  const movers: Posed[] = [];
  for (const se of ents) {
    if (!se.moving || frame / trace.fps < (se.entity.appearAt ?? 0)) continue;
    const p = poseAt(trace, frame, se.index);
    movers.push(pose(bodyAt(paintedAt(se, frame / trace.fps), frame), p.position, p.rotation, eye));
  }
  const strength = view.light.intensity * (view.style.name === 'noir' ? 1.2 : 1);
  for (const m of movers) {
    const blobs = m.blobs.map((b) => ({ c: b.c, axes: b.axes }));
    const center = m.pos;
    castShadow(
      { center, radius: m.se.shape.radius, points: m.points, blobs },
      view.light.dir,
      receivers,
      strength,
    );
    items.push(moverItem(view, m, blobs));
  }
  return { items: orderItems(items, eye), ground };
}

function stripItem(view: View, st: WorldStrip): Item | null {
  const c = faceCentroid(st.outline);
  const item: Item = {
    depth: depthOf(view, c),
    ...unbounded(),
    plane: null,
    // Facet planes of a convex side: whatever lies wholly in front of one is not hidden by the side.
    planes:
      st.opacity < 1 || st.mesh.faces.some((f) => f.inner)
        ? []
        : st.facets.map((f) => ({ n: f.n, d: dot(f.n, f.p) })),
    points: st.outline,
    blobs: [],
    center: c,
    radius: Math.max(...st.outline.map((p) => Math.hypot(p[0] - c[0], p[1] - c[1], p[2] - c[2]))),
    draw: (ctx) => drawStrip(ctx, view, st),
    group: st.mesh.faces.some((f) => f.inner) || st.opacity < 1 ? undefined : st.mesh,
  };
  return bounds(view, st.outline, item) ? item : null;
}

function ringItem(view: View, r: WorldRing): Item {
  const c = faceCentroid(r.pts);
  const item: Item = {
    depth: depthOf(view, c),
    ...unbounded(),
    plane: null,
    planes: [],
    points: r.pts,
    blobs: [],
    center: c,
    radius: r.radius + r.tube,
    draw: (ctx) => drawRing(ctx, view, r),
  };
  bounds(view, r.pts, item);
  const pad = (r.tube * view.cam.focal) / Math.max(NEAR, item.depth);
  item.minX -= pad;
  item.minY -= pad;
  item.maxX += pad;
  item.maxY += pad;
  return item;
}

function blobItem(view: View, b: WorldBlob): Item {
  const r = Math.max(...b.axes.map((a) => Math.hypot(a[0], a[1], a[2])));
  const s = project(view.cam, b.c);
  const rp = (r * view.cam.focal) / Math.max(NEAR, depthOf(view, b.c));
  return {
    depth: depthOf(view, b.c),
    minX: s.x - rp,
    maxX: s.x + rp,
    minY: s.y - rp,
    maxY: s.y + rp,
    plane: null,
    planes: [],
    points: [],
    blobs: [{ c: b.c, axes: b.axes }],
    center: b.c,
    radius: r,
    draw: (ctx) => drawBlob(ctx, view, b),
  };
}

/** A moving entity is one item: its parts are sorted among themselves when it is drawn. */
function moverItem(view: View, m: Posed, blobs: { c: Vec3; axes: Vec3[] }[]): Item {
  const item: Item = {
    depth: depthOf(view, m.pos),
    ...unbounded(),
    plane: null,
    planes: [],
    points: m.points,
    blobs,
    center: m.pos,
    radius: m.se.shape.radius,
    draw: (ctx) => drawMover(ctx, view, m),
  };
  bounds(view, m.points, item);
  for (const b of m.blobs) {
    const bi = blobItem(view, b);
    item.minX = Math.min(item.minX, bi.minX);
    item.minY = Math.min(item.minY, bi.minY);
    item.maxX = Math.max(item.maxX, bi.maxX);
    item.maxY = Math.max(item.maxY, bi.maxY);
  }
  // A single closed convex solid: its camera-facing faces separate it from anything in front of them.
  const sh = m.se.shape;
  if (
    sh.blobs.length === 0 &&
    sh.meshes.length === 1 &&
    sh.rings.length === 0 &&
    sh.meshes[0]!.opacity === 1
  ) {
    const mesh = sh.meshes[0]!;
    if (!(mesh.part.kind === 'cylinder' && mesh.part.open))
      item.planes = [
        ...m.faces.map((f) => ({ n: f.normal, d: dot(f.normal, f.pts[0]!) })),
        ...m.strips.flatMap((st) => st.facets.map((f) => ({ n: f.n, d: dot(f.n, f.p) }))),
      ];
  }
  return item;
}

function drawMover(ctx: SKRSContext2D, view: View, m: Posed): void {
  const parts: { depth: number; draw: () => void }[] = [];
  for (const f of m.faces)
    parts.push({ depth: depthOf(view, faceCentroid(f.pts)), draw: () => drawFace(ctx, view, f) });
  for (const st of m.strips)
    parts.push({ depth: depthOf(view, faceCentroid(st.outline)), draw: () => drawStrip(ctx, view, st) });
  for (const b of m.blobs) parts.push({ depth: depthOf(view, b.c), draw: () => drawBlob(ctx, view, b) });
  for (const r of m.rings)
    parts.push({ depth: depthOf(view, faceCentroid(r.pts)), draw: () => drawRing(ctx, view, r) });
  parts.sort((a, b) => b.depth - a.depth);
  for (const p of parts) p.draw();
}
