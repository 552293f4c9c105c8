/** Colours as linear-ish RGB triples in 0..255 (sRGB values; the renderer does not gamma-correct). */
export type RGB = [number, number, number];

export function parseHex(hex: string): RGB {
  const n = parseInt(hex.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export const mix = (a: RGB, b: RGB, t: number): RGB => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];

export const mul = (a: RGB, f: number): RGB => [a[0] * f, a[1] * f, a[2] * f];

/** Component-wise product with a light colour given in 0..255. */
export const tint = (a: RGB, light: RGB): RGB => [
  (a[0] * light[0]) / 255,
  (a[1] * light[1]) / 255,
  (a[2] * light[2]) / 255,
];

export const luminance = (c: RGB): number => 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];

const clamp8 = (v: number): number => (v <= 0 ? 0 : v >= 255 ? 255 : Math.round(v));

/** CSS colour string; rounding keeps strings (and so Skia's colours) stable between frames. */
export function css(c: RGB, alpha = 1): string {
  const r = clamp8(c[0]);
  const g = clamp8(c[1]);
  const b = clamp8(c[2]);
  if (alpha >= 1) return `rgb(${r},${g},${b})`;
  return `rgba(${r},${g},${b},${Math.max(0, alpha).toFixed(3)})`;
}

/** Hue-preserving saturation change (s > 1 more saturated). */
export function saturate(c: RGB, s: number): RGB {
  const l = luminance(c);
  return [l + (c[0] - l) * s, l + (c[1] - l) * s, l + (c[2] - l) * s];
}

/** Small integer hash of a string, for per-entity choices that must not use randomness. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
