/**
 * Tessellation of archetype parts into small meshes in the entity's local frame, done once per
 * entity (poses only move them afterwards). Spheres and ellipsoids stay analytic ("blobs") and are
 * drawn as shaded impostors.
 */
import type { Part } from '../world/index.js';
import { eulerToQuat, rotate, type Quat, type Vec3 } from '../math/vec.js';
import { mul, parseHex, type RGB } from './color.js';

export interface MeshFace {
  idx: number[];
  /** Outward normal, entity-local. */
  normal: Vec3;
  color: RGB;
  /** Inside surface of an open cylinder (drawn when seen from within). */
  inner?: boolean;
  /** Which box face this is: axis 0..2 and sign, for patterns. */
  boxAxis?: number;
  /** A facet of a cylinder's or cone's curved side (drawn merged, with smooth shading). */
  side?: boolean;
}

export interface Edge {
  a: number;
  b: number;
  f1: number;
  f2: number;
  /** A sharp edge (box corner): outlined even when both faces are visible. */
  crease: boolean;
}

export interface Mesh {
  kind: 'box' | 'cylinder' | 'cone';
  part: Part;
  verts: Vec3[];
  faces: MeshFace[];
  edges: Edge[];
  /** Indices into edges of each face's border. */
  faceEdges: number[][];
  /** Open, see-through cylinders (a hoop's net) are drawn as a lattice of strings. */
  net: boolean;
  opacity: number;
  /** Box half-extents and local axes (patterns need them). */
  half?: Vec3;
  axes?: [Vec3, Vec3, Vec3];
}

export interface Blob {
  part: Part;
  center: Vec3;
  /** Semi-axes in entity-local space (rotation × radius). */
  axes: [Vec3, Vec3, Vec3];
  /** Rotation of the part relative to the entity (patterns turn with it). */
  rotation: Quat;
  color: RGB;
  opacity: number;
}

/** A torus, drawn as a thick shaded stroke along its centre circle (see primitives/rings.ts). */
export interface Ring {
  part: Part;
  center: Vec3;
  /** Unit axis through the hole, entity-local. */
  axis: Vec3;
  radius: number;
  tube: number;
  color: RGB;
}

export interface EntityShape {
  meshes: Mesh[];
  blobs: Blob[];
  rings: Ring[];
  /** Bounding radius about the entity origin. */
  radius: number;
}

export function buildShape(parts: Part[], segments: number): EntityShape {
  const meshes: Mesh[] = [];
  const blobs: Blob[] = [];
  const rings: Ring[] = [];
  for (const part of parts) {
    const q = eulerToQuat(part.rotation ?? [0, 0, 0]);
    const color = parseHex(part.color);
    const opacity = part.opacity ?? 1;
    if (part.kind === 'sphere' || part.kind === 'ellipsoid') {
      const r: Vec3 = part.kind === 'sphere' ? [part.radius, part.radius, part.radius] : part.radii;
      const axes: [Vec3, Vec3, Vec3] = [
        rotate(q, [r[0], 0, 0]),
        rotate(q, [0, r[1], 0]),
        rotate(q, [0, 0, r[2]]),
      ];
      blobs.push({ part, center: part.center, axes, rotation: q, color, opacity });
      continue;
    }
    if (part.kind === 'torus') {
      rings.push({
        part,
        center: part.center,
        axis: rotate(q, [0, 1, 0]),
        radius: part.radius,
        tube: part.tube,
        color,
      });
      continue;
    }
    const m =
      part.kind === 'box'
        ? boxMesh(part.half)
        : part.kind === 'cylinder'
          ? cylinderMesh(part.radius, part.halfHeight, segments, !!part.open, !!part.open && opacity < 0.5)
          : coneMesh(part.radius, part.halfHeight, segments);
    const inner = part.kind === 'cylinder' && part.innerColor ? parseHex(part.innerColor) : mul(color, 0.75);
    const verts = m.verts.map((v) => addV(part.center, rotate(q, v)));
    const faces = m.faces.map((f) => ({ ...f, normal: rotate(q, f.normal), color: f.inner ? inner : color }));
    const net = part.kind === 'cylinder' && !!part.open && opacity < 0.5;
    const { edges, faceEdges } = buildEdges(faces);
    const mesh: Mesh = { kind: part.kind, part, verts, faces, edges, faceEdges, net, opacity };
    if (part.kind === 'box') {
      mesh.half = part.half;
      mesh.axes = [rotate(q, [1, 0, 0]), rotate(q, [0, 1, 0]), rotate(q, [0, 0, 1])];
    }
    meshes.push(mesh);
  }
  let radius = 0;
  for (const m of meshes) for (const v of m.verts) radius = Math.max(radius, Math.hypot(v[0], v[1], v[2]));
  for (const b of blobs) {
    const ext = Math.max(...b.axes.map((a) => Math.hypot(a[0], a[1], a[2])));
    radius = Math.max(radius, Math.hypot(b.center[0], b.center[1], b.center[2]) + ext);
  }
  for (const r of rings)
    radius = Math.max(radius, Math.hypot(r.center[0], r.center[1], r.center[2]) + r.radius + r.tube);
  return { meshes, blobs, rings, radius };
}

const addV = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];

type RawMesh = { verts: Vec3[]; faces: Omit<MeshFace, 'color'>[] };

function boxMesh(h: Vec3): RawMesh {
  const verts: Vec3[] = [];
  for (let i = 0; i < 8; i++) verts.push([i & 1 ? h[0] : -h[0], i & 2 ? h[1] : -h[1], i & 4 ? h[2] : -h[2]]);
  // Corner order walks each face so that c0→c1 and c1→c2 follow the face's two axes.
  const faces: RawMesh['faces'] = [
    { idx: [1, 3, 7, 5], normal: [1, 0, 0] as Vec3, boxAxis: 0 },
    { idx: [0, 2, 6, 4], normal: [-1, 0, 0] as Vec3, boxAxis: 0 },
    { idx: [2, 3, 7, 6], normal: [0, 1, 0] as Vec3, boxAxis: 1 },
    { idx: [0, 1, 5, 4], normal: [0, -1, 0] as Vec3, boxAxis: 1 },
    { idx: [4, 5, 7, 6], normal: [0, 0, 1] as Vec3, boxAxis: 2 },
    { idx: [0, 1, 3, 2], normal: [0, 0, -1] as Vec3, boxAxis: 2 },
  ];
  return { verts, faces };
}

function cylinderMesh(r: number, hh: number, n: number, open: boolean, taper: boolean): RawMesh {
  const verts: Vec3[] = [];
  // A net narrows toward the bottom like a real basketball net.
  const rb = taper ? r * 0.7 : r;
  for (let i = 0; i < n; i++) {
    const a = (i / n) * 2 * Math.PI;
    verts.push([rb * Math.cos(a), -hh, rb * Math.sin(a)]);
  }
  for (let i = 0; i < n; i++) {
    const a = (i / n) * 2 * Math.PI;
    verts.push([r * Math.cos(a), hh, r * Math.sin(a)]);
  }
  const faces: RawMesh['faces'] = [];
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const a = ((i + 0.5) / n) * 2 * Math.PI;
    const normal: Vec3 = [Math.cos(a), 0, Math.sin(a)];
    faces.push({ idx: [i, j, n + j, n + i], normal, side: true });
    if (open)
      faces.push({ idx: [i, j, n + j, n + i], normal: [-normal[0], 0, -normal[2]], inner: true, side: true });
  }
  const ring = (o: number) => Array.from({ length: n }, (_, i) => o + i);
  if (!open) faces.push({ idx: ring(n), normal: [0, 1, 0] });
  faces.push({ idx: ring(0), normal: [0, -1, 0] });
  if (open) {
    // The inside floor, seen from above through the opening.
    const base = verts.length;
    for (let i = 0; i < n; i++) {
      const v = verts[i]!;
      verts.push([v[0] * 0.98, -hh + 0.03 * hh, v[2] * 0.98]);
    }
    faces.push({ idx: ring(base), normal: [0, 1, 0], inner: true });
  }
  return { verts, faces };
}

function coneMesh(r: number, hh: number, n: number): RawMesh {
  const verts: Vec3[] = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * 2 * Math.PI;
    verts.push([r * Math.cos(a), -hh, r * Math.sin(a)]);
  }
  verts.push([0, hh, 0]);
  const faces: RawMesh['faces'] = [];
  const len = Math.hypot(2 * hh, r);
  for (let i = 0; i < n; i++) {
    const a = ((i + 0.5) / n) * 2 * Math.PI;
    faces.push({
      idx: [i, (i + 1) % n, n],
      side: true,
      normal: [(Math.cos(a) * 2 * hh) / len, r / len, (Math.sin(a) * 2 * hh) / len],
    });
  }
  faces.push({ idx: Array.from({ length: n }, (_, i) => i), normal: [0, -1, 0] });
  return { verts, faces };
}

function buildEdges(faces: MeshFace[]): { edges: Edge[]; faceEdges: number[][] } {
  const map = new Map<string, number>();
  const edges: Edge[] = [];
  const faceEdges: number[][] = faces.map(() => []);
  faces.forEach((f, fi) => {
    if (f.inner) return;
    for (let k = 0; k < f.idx.length; k++) {
      const a = f.idx[k]!;
      const b = f.idx[(k + 1) % f.idx.length]!;
      const key = a < b ? `${a},${b}` : `${b},${a}`;
      const ei = map.get(key);
      if (ei !== undefined) {
        const e = edges[ei]!;
        e.f2 = fi;
        const n1 = faces[e.f1]!.normal;
        const n2 = f.normal;
        e.crease = n1[0] * n2[0] + n1[1] * n2[1] + n1[2] * n2[2] < 0.6;
        faceEdges[fi]!.push(ei);
      } else {
        map.set(key, edges.length);
        faceEdges[fi]!.push(edges.length);
        edges.push({ a, b, f1: fi, f2: -1, crease: true });
      }
    }
  });
  return { edges, faceEdges };
}
