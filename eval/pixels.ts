/**
 * Judging decoded video frames. Where a thing is in the picture comes from the renderer itself: the
 * frame drawn again with only the thing's colour changed differs exactly where its surface shows
 * (after occlusion, without its shadow). Whether the video really shows it, in what colour and
 * where, is then read from the decoded MP4 frame inside that region. Camera moves are read from the
 * decoded frames alone.
 */

export interface Region {
  mask: Uint8Array;
  area: number;
  /** Centroid, pixels. */
  x: number;
  y: number;
}

/**
 * Where a thing's own colour shows: the pixels that change when only its colour changes (renders
 * `full` and `recoloured`). Shadows and the things around it stay put, so they are not counted.
 */
export function regionOf(full: Uint8Array, recoloured: Uint8Array, width: number, height: number): Region {
  const mask = new Uint8Array(width * height);
  let area = 0;
  let sx = 0;
  let sy = 0;
  for (let p = 0; p < width * height; p++) {
    const d =
      Math.abs(full[p * 4]! - recoloured[p * 4]!) +
      Math.abs(full[p * 4 + 1]! - recoloured[p * 4 + 1]!) +
      Math.abs(full[p * 4 + 2]! - recoloured[p * 4 + 2]!);
    if (d > 40) {
      mask[p] = 1;
      area++;
      sx += p % width;
      sy += Math.floor(p / width);
    }
  }
  return { mask, area, x: area ? sx / area : NaN, y: area ? sy / area : NaN };
}

/** Intersection over union of two regions' pixels. */
export function overlap(a: Region, b: Region): number {
  let both = 0;
  let either = 0;
  for (let p = 0; p < a.mask.length; p++) {
    both += a.mask[p]! & b.mask[p]!;
    either += a.mask[p]! | b.mask[p]!;
  }
  return either ? both / either : 1;
}

/**
 * Share of the region where the decoded frame (RGB) looks like the render with the thing rather
 * than without it: the video really shows it there.
 */
export function shown(decoded: Uint8Array, full: Uint8Array, without: Uint8Array, region: Region): number {
  let agree = 0;
  for (let p = 0; p < region.mask.length; p++) {
    if (!region.mask[p]) continue;
    let toFull = 0;
    let toWithout = 0;
    for (let c = 0; c < 3; c++) {
      toFull += Math.abs(decoded[p * 3 + c]! - full[p * 4 + c]!);
      toWithout += Math.abs(decoded[p * 3 + c]! - without[p * 4 + c]!);
    }
    if (toFull < toWithout) agree++;
  }
  return region.area ? agree / region.area : 0;
}

/** The colour name (VBench's nine) a pixel is closest to, by hue, lightness and saturation. */
export function colorName(r: number, g: number, b: number): string {
  const max = Math.max(r, g, b) / 255;
  const min = Math.min(r, g, b) / 255;
  const l = (max + min) / 2;
  const s = max === min ? 0 : (max - min) / (1 - Math.abs(2 * l - 1));
  if (l < 0.16) return 'black';
  // A white thing in room light is a light grey in the picture; people still call it white.
  if (s < 0.18) return l > 0.58 ? 'white' : l < 0.3 ? 'black' : 'gray';
  let h: number;
  const [rr, gg, bb] = [r / 255, g / 255, b / 255];
  if (max === rr) h = ((gg - bb) / (max - min)) % 6;
  else if (max === gg) h = (bb - rr) / (max - min) + 2;
  else h = (rr - gg) / (max - min) + 4;
  h = (h * 60 + 360) % 360;
  if (h < 15 || h >= 340) return l > 0.65 ? 'pink' : 'red';
  if (h < 40) return l < 0.35 ? 'brown' : 'orange';
  if (h < 70) return 'yellow';
  if (h < 165) return 'green';
  if (h < 255) return 'blue';
  if (h < 290) return 'purple';
  return 'pink';
}

/** The most common colour name of the decoded pixels in a region. */
export function dominantColor(decoded: Uint8Array, region: Region): string | undefined {
  const votes = new Map<string, number>();
  for (let p = 0; p < region.mask.length; p++)
    if (region.mask[p]) {
      const name = colorName(decoded[p * 3]!, decoded[p * 3 + 1]!, decoded[p * 3 + 2]!);
      votes.set(name, (votes.get(name) ?? 0) + 1);
    }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Mean HSL saturation of an RGB frame. */
export function meanSaturation(rgb: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < rgb.length; i += 3) {
    const max = Math.max(rgb[i]!, rgb[i + 1]!, rgb[i + 2]!) / 255;
    const min = Math.min(rgb[i]!, rgb[i + 1]!, rgb[i + 2]!) / 255;
    const l = (max + min) / 2;
    sum += max === min ? 0 : (max - min) / (1 - Math.abs(2 * l - 1) || 1);
  }
  return sum / (rgb.length / 3);
}

function gray(rgb: Uint8Array, width: number, height: number, step: number) {
  const w = Math.floor(width / step);
  const h = Math.floor(height / step);
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const p = (y * step * width + x * step) * 3;
      out[y * w + x] = 0.299 * rgb[p]! + 0.587 * rgb[p + 1]! + 0.114 * rgb[p + 2]!;
    }
  return { data: out, w, h };
}

/**
 * How the picture moved from `first` to `last`: the shift (in full-size pixels; +x right, +y down)
 * and the scale about the centre that best map the first frame onto the last, by exhaustive search
 * on a coarse grey image.
 */
export function imageMotion(first: Uint8Array, last: Uint8Array, width: number, height: number) {
  const step = 4;
  const a = gray(first, width, height, step);
  const b = gray(last, width, height, step);
  let best = { dx: 0, dy: 0, scale: 1, cost: Infinity };
  for (const scale of [0.7, 0.77, 0.85, 0.92, 1, 1.08, 1.17, 1.3, 1.43])
    for (let dy = -10; dy <= 10; dy++)
      for (let dx = -16; dx <= 16; dx++) {
        let cost = 0;
        let n = 0;
        for (let y = 4; y < a.h - 4; y += 2)
          for (let x = 4; x < a.w - 4; x += 2) {
            // Where the last frame's pixel (x, y) came from in the first frame.
            const sx = Math.round((x - a.w / 2 - dx) / scale + a.w / 2);
            const sy = Math.round((y - a.h / 2 - dy) / scale + a.h / 2);
            if (sx < 0 || sy < 0 || sx >= a.w || sy >= a.h) continue;
            cost += Math.abs(b.data[y * b.w + x]! - a.data[sy * a.w + sx]!);
            n++;
          }
        if (n > 50 && cost / n < best.cost) best = { dx, dy, scale, cost: cost / n };
      }
  return { dx: best.dx * step, dy: best.dy * step, scale: best.scale };
}

/** Whether a decoded RGB frame shows `style`, judged against the natural render of the same frame (RGBA). */
export function looksLike(
  style: string,
  decoded: Uint8Array,
  natural: Uint8Array,
  width: number,
  height: number,
): boolean {
  const n = width * height;
  const luma = (rgb: Uint8Array, p: number, stride: number) =>
    0.2126 * rgb[p * stride]! + 0.7152 * rgb[p * stride + 1]! + 0.0722 * rgb[p * stride + 2]!;
  const mean = (of: (p: number) => number) => {
    let s = 0;
    for (let p = 0; p < n; p++) s += of(p);
    return s / n;
  };
  const texture = (rgb: Uint8Array, stride: number) =>
    mean((p) => (p % width === width - 1 ? 0 : Math.abs(luma(rgb, p, stride) - luma(rgb, p + 1, stride))));
  const channel = (k: number) => mean((p) => decoded[p * 3 + k]!);
  switch (style) {
    case 'watercolor':
      return mean((p) => luma(decoded, p, 3)) > mean((p) => luma(natural, p, 4)) + 20;
    case 'oil-painting':
    case 'van-gogh':
      return texture(decoded, 3) > texture(natural, 4) * 1.4;
    case 'pixel-art': {
      // Flat cells, allowing for the encoder's small errors.
      const cell = Math.max(3, Math.round(height / 120));
      let flat = 0;
      let cells = 0;
      for (let y = 0; y + cell <= height; y += cell)
        for (let x = 0; x + cell <= width; x += cell) {
          let lo = 255;
          let hi = 0;
          for (let dy = 1; dy < cell - 1; dy++)
            for (let dx = 1; dx < cell - 1; dx++) {
              const v = luma(decoded, (y + dy) * width + x + dx, 3);
              lo = Math.min(lo, v);
              hi = Math.max(hi, v);
            }
          cells++;
          if (hi - lo < 12) flat++;
        }
      return flat / cells > 0.8;
    }
    case 'ukiyo-e': {
      // Printed on warm paper: the whole picture shifts toward beige.
      const warmth = (rgb: Uint8Array, stride: number) =>
        mean((q) => rgb[q * stride]! - rgb[q * stride + 2]!);
      return warmth(decoded, 3) > warmth(natural, 4) + 6;
    }
    case 'cyberpunk': {
      // Most of the picture in neon hues: magenta and violet, or electric cyan.
      const neon = mean((q) => {
        const [r, g, b] = [decoded[q * 3]!, decoded[q * 3 + 1]!, decoded[q * 3 + 2]!];
        return (r > g + 25 && b > g + 25) || (b > r + 40 && g > r + 40) ? 1 : 0;
      });
      return neon > 0.6;
    }
    case 'surreal': {
      const shift = [0, 1, 2].map((k) => channel(k) - mean((p) => natural[p * 4 + k]!));
      return Math.hypot(...shift) > 40;
    }
    case 'noir':
      return meanSaturation(decoded) < 0.06;
    case 'cartoon':
      return meanSaturation(decoded) > meanSaturationRgba(natural) * 1.1;
    default:
      return false;
  }
}

function meanSaturationRgba(rgba: Uint8Array): number {
  const rgb = new Uint8Array((rgba.length / 4) * 3);
  for (let p = 0, q = 0; p < rgba.length; p += 4, q += 3) rgb.set(rgba.subarray(p, p + 3), q);
  return meanSaturation(rgb);
}
