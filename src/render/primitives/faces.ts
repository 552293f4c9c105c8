/** One planar face of a mesh: Lambert + ambient fill, surface pattern, contact shadows, outline. */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Pattern } from '../../world/index.js';
import { dot, normalize, sub, type Vec3 } from '../../math/vec.js';
import { css, type RGB } from '../color.js';
import type { Mesh } from '../mesh.js';
import { drawFacePattern } from '../patterns.js';
import { drawShadows, type ShadowShape } from '../shadows.js';
import { projectPolygon, projectSegment, shadeColor, specularOf, tracePolygon, type View } from '../view.js';

export interface WorldFace {
  pts: Vec3[];
  normal: Vec3;
  color: RGB;
  opacity: number;
  pattern: Pattern;
  /** 0..1: how shiny the surface is. */
  gloss: number;
  mesh: Mesh;
  index: number;
  /** World positions of the mesh's vertices (for outlines) and which faces are visible. */
  verts: Vec3[];
  visible: Uint8Array;
  /** Box faces: the entity id (for pips) and which local axis the face is on. */
  id: string;
  decals: ShadowShape[];
}

export function faceCentroid(pts: readonly Vec3[]): Vec3 {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const p of pts) {
    x += p[0];
    y += p[1];
    z += p[2];
  }
  return [x / pts.length, y / pts.length, z / pts.length];
}

export function drawFace(ctx: SKRSContext2D, view: View, f: WorldFace): void {
  const xy = projectPolygon(view, f.pts);
  if (!xy) return;
  if (f.mesh.net) return drawNet(ctx, view, f, xy);
  const c = faceCentroid(f.pts);
  const toEye = normalize(sub(view.cam.position, c));
  const spec = f.gloss > 0 ? f.gloss * specularOf(view, f.normal, toEye, 8 + 50 * f.gloss) : 0;
  const col = css(shadeColor(view, f.color, f.normal, spec));
  tracePolygon(ctx, xy);
  if (f.opacity < 1) {
    ctx.globalAlpha = f.opacity;
    ctx.fillStyle = col;
    ctx.fill();
    ctx.globalAlpha = 1;
  } else {
    ctx.fillStyle = col;
    ctx.fill();
  }
  if (f.pattern !== 'plain' && f.pattern !== 'glossy' && f.mesh.kind === 'box')
    drawFacePattern(ctx, view, f, xy);
  if (f.decals.length > 0) {
    ctx.save();
    tracePolygon(ctx, xy);
    ctx.clip();
    drawShadows(ctx, view, f.decals);
    ctx.restore();
  }
  if (view.style.outline) drawOutline(ctx, view, f);
}

/** Cartoon outlines: silhouette edges (one neighbour hidden) and sharp creases. */
function drawOutline(ctx: SKRSContext2D, view: View, f: WorldFace): void {
  const o = view.style.outline!;
  const m = f.mesh;
  ctx.beginPath();
  let any = false;
  for (const ei of m.faceEdges[f.index]!) {
    const e = m.edges[ei]!;
    const other = e.f1 === f.index ? e.f2 : e.f1;
    if (other >= 0 && f.visible[other] && !e.crease) continue;
    const s = projectSegment(view, f.verts[e.a]!, f.verts[e.b]!);
    if (!s) continue;
    ctx.moveTo(s[0], s[1]);
    ctx.lineTo(s[2], s[3]);
    any = true;
  }
  if (!any) return;
  ctx.strokeStyle = o.color;
  ctx.lineWidth = o.width;
  ctx.lineCap = 'round';
  ctx.stroke();
}

/** A see-through net: strings along the face's diagonals instead of a filled surface. */
function drawNet(ctx: SKRSContext2D, view: View, f: WorldFace, xy: number[]): void {
  if (xy.length !== 8) return;
  const facing = dot(f.normal, sub(view.cam.position, f.pts[0]!)) > 0;
  const col = shadeColor(view, f.color, facing ? f.normal : [0, 1, 0]);
  ctx.strokeStyle = css(col, facing ? 0.95 : 0.6);
  ctx.lineWidth = Math.max(0.8, view.px * 1.1);
  ctx.beginPath();
  // Corners: 0 bottom-left, 1 bottom-right, 2 top-right, 3 top-left: an X per panel is a net's diamond mesh.
  ctx.moveTo(xy[0]!, xy[1]!);
  ctx.lineTo(xy[4]!, xy[5]!);
  ctx.moveTo(xy[2]!, xy[3]!);
  ctx.lineTo(xy[6]!, xy[7]!);
  ctx.stroke();
}
