import type { Entity } from '../../plan/schema.js';

/** An entity's archetype parameter, or the archetype's default. */
export const param = (e: Entity, name: string, fallback: number): number => e.params[name] ?? fallback;

/** Darkens (f < 1) or lightens (f > 1) a "#rrggbb" colour. */
export function shade(hex: string, f: number): string {
  const n = parseInt(hex.slice(1), 16);
  const c = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) =>
    Math.round(Math.min(255, f <= 1 ? v * f : v + (255 - v) * (f - 1))),
  );
  return '#' + c.map((v) => v.toString(16).padStart(2, '0')).join('');
}
