/**
 * Names written over stand-ins: a thing the catalog has no kind of is drawn as a plain box (the
 * 'prop' archetype) with the prompt's word for it above, so the picture says what it stands for.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { project } from '../math/camera.js';
import { poseAt, type Trace } from '../sim/trace.js';
import { boundsOf } from '../world/index.js';
import { depthOf, NEAR, type View } from './view.js';
import { textFont } from './text.js';
import type { SceneEntity } from './scene.js';

const ARTICLES = /^(a|an|the|some|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+/i;

export function drawLabels(
  ctx: SKRSContext2D,
  view: View,
  ents: SceneEntity[],
  trace: Trace,
  frame: number,
): void {
  const size = Math.max(9, Math.round(view.cam.height / 28));
  for (const se of ents) {
    if (se.entity.archetype !== 'prop' || frame / trace.fps < (se.entity.appearAt ?? 0)) continue;
    const { position } = poseAt(trace, frame, se.index);
    const [lo, hi] = boundsOf(se.entity, position);
    const top: [number, number, number] = [position[0], hi[1] + (hi[1] - lo[1]) * 0.15, position[2]];
    if (depthOf(view, top) < NEAR) continue;
    const p = project(view.cam, top);
    const text = se.entity.label.replace(ARTICLES, '');
    ctx.save();
    ctx.font = textFont(size);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    const w = ctx.measureText(text).width;
    ctx.fillStyle = 'rgba(20,20,24,0.72)';
    ctx.fillRect(p.x - w / 2 - size * 0.3, p.y - size * 1.25, w + size * 0.6, size * 1.3);
    ctx.fillStyle = '#f4f1ea';
    ctx.fillText(text, p.x, p.y);
    ctx.restore();
  }
}
