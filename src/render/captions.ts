/**
 * Burnt-in captions: the words being said, at the foot of the picture, one or two lines on a dark
 * band, from the same cues as the WebVTT file so the two never disagree.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { textFont } from './text.js';

export interface CaptionCue {
  start: number;
  end: number;
  lines: string[];
}

export function drawCaptions(
  ctx: SKRSContext2D,
  cues: readonly CaptionCue[],
  t: number,
  width: number,
  height: number,
): void {
  const cue = cues.find((c) => t >= c.start && t < c.end);
  if (!cue) return;
  const size = Math.max(10, Math.round(height / 22));
  const lineHeight = size * 1.3;
  ctx.save();
  ctx.font = textFont(size, true);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const bottom = height - size * 1.2;
  cue.lines.forEach((line, k) => {
    const y = bottom - (cue.lines.length - 1 - k) * lineHeight;
    const w = ctx.measureText(line).width;
    ctx.fillStyle = 'rgba(0,0,0,0.62)';
    ctx.fillRect(width / 2 - w / 2 - size * 0.4, y - lineHeight / 2, w + size * 0.8, lineHeight);
    ctx.fillStyle = '#ffffff';
    ctx.fillText(line, width / 2, y);
  });
  ctx.restore();
}
