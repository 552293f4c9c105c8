/**
 * What stands on the horizon of an outdoor place: mountains, a tree line, a city, dunes, the sea.
 * Each is a profile of elevation against compass direction, infinitely far away, so it stays put in
 * the world as the camera pans and never moves with parallax. Drawn into the cached background
 * between the sky and the ground; shapes come from the plan's seed.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { Environment } from '../plan/schema.js';
import { createRandom } from '../plan/random.js';
import { css, mix, parseHex, type RGB } from './color.js';
import type { View } from './view.js';

type Place = Environment['place'];

interface Layer {
  color: RGB;
  /** Elevation (radians above the horizon) at compass direction θ (radians). */
  elevation: (theta: number) => number;
  /** Lit windows on buildings. */
  windows?: boolean;
}

const TAU = 2 * Math.PI;

/** A triangle wave in 0..1: peaks as sharp as ridges. */
const ridge = (x: number) => 1 - Math.abs(((((x / Math.PI) % 2) + 2) % 2) - 1);

/** A sum of a few seeded waves: rolling hills (smooth) or ridges (jagged). */
function waves(seed: number, name: string, count: number, base: number, amp: number, jagged: boolean) {
  const rng = createRandom(seed, `skyline/${name}`);
  const terms = Array.from({ length: count }, (_, k) => ({
    // Ridges are many and close (peaks a few degrees apart); hills are few and wide.
    f: Math.round(jagged ? 8 + rng.next() * (12 + 10 * k) : 2 + rng.next() * (4 + 6 * k)),
    phase: rng.next() * TAU,
    a: amp * (0.45 + rng.next() * 0.55) * Math.pow(0.7, k),
  }));
  return (theta: number) =>
    base +
    terms.reduce(
      (s, t) =>
        s + t.a * (jagged ? ridge(t.f * theta + t.phase) : 0.5 + 0.5 * Math.sin(t.f * theta + t.phase)),
      0,
    );
}

/** City blocks: piecewise-constant heights over seeded widths. */
function blocks(seed: number, maxDeg: number) {
  const rng = createRandom(seed, 'skyline/city');
  const edges: { to: number; h: number }[] = [];
  for (let at = 0; at < TAU;) {
    at += (0.6 + rng.next() * 2.2) * (Math.PI / 180);
    edges.push({ to: at, h: (0.25 + rng.next() * 0.75) * maxDeg * (Math.PI / 180) });
  }
  return (theta: number) => {
    const t = ((theta % TAU) + TAU) % TAU;
    return edges.find((e) => t < e.to)?.h ?? 0;
  };
}

const DEG = Math.PI / 180;

function layersOf(place: Place, seed: number, env: Environment): Layer[] {
  const snowy = env.weather === 'snow' || env.season === 'winter';
  switch (place) {
    case 'mountain':
    case 'snowfield':
      return [
        { color: [150, 165, 190], elevation: waves(seed, 'far', 4, 3 * DEG, 12 * DEG, true) },
        {
          color: place === 'snowfield' || snowy ? [225, 232, 240] : [95, 105, 115],
          elevation: waves(seed, 'near', 3, 1 * DEG, 6 * DEG, true),
        },
      ];
    case 'forest':
      return [
        { color: [70, 100, 75], elevation: waves(seed, 'hills', 2, 2 * DEG, 4 * DEG, false) },
        {
          color: snowy ? [200, 210, 205] : [38, 72, 40],
          elevation: waves(seed, 'crowns', 5, 4 * DEG, 5 * DEG, true),
        },
      ];
    case 'park':
    case 'field':
      return [
        {
          color: snowy ? [190, 200, 200] : [72, 110, 68],
          elevation: waves(seed, 'treeline', 4, 0.5 * DEG, 2.2 * DEG, true),
        },
      ];
    case 'desert':
      return [
        { color: [214, 176, 120], elevation: waves(seed, 'far dunes', 3, 0.5 * DEG, 3 * DEG, false) },
        { color: [196, 150, 95], elevation: waves(seed, 'dunes', 2, 0.2 * DEG, 1.5 * DEG, false) },
      ];
    case 'street':
      return [
        { color: [150, 158, 170], elevation: blocks(seed, 16) },
        { color: [105, 112, 125], elevation: blocks(seed + 1, 9), windows: true },
      ];
    default:
      return [];
  }
}

/** The water that meets the sky (beach, sea, lake), down to a shore a little below the horizon. */
const SEA_PLACES = new Set<Place>(['beach', 'water']);

export function drawSkyline(
  ctx: SKRSContext2D,
  view: View,
  env: Environment,
  seed: number,
  horizon: number,
): void {
  const { cam, style } = view;
  const { width: W, height: H, focal } = cam;
  if (horizon < -H || horizon > 2 * H) return;
  const yaw = Math.atan2(cam.forward[0], -cam.forward[2]);
  const light = env.light.intensity;
  const shade = (c: RGB) =>
    css(style.tone(mix(c.map((v) => v * Math.min(1.1, 0.45 + 0.6 * light)) as RGB, parseHex(env.sky), 0.25)));
  const step = Math.max(2, Math.round(W / 320));
  for (const layer of layersOf(env.place, seed, env)) {
    ctx.beginPath();
    ctx.moveTo(0, horizon + 2);
    for (let x = 0; x <= W + step; x += step) {
      const theta = yaw + Math.atan((x - W / 2) / focal);
      ctx.lineTo(x, horizon - focal * Math.tan(layer.elevation(theta)));
    }
    ctx.lineTo(W + step, horizon + 2);
    ctx.closePath();
    ctx.fillStyle = shade(layer.color);
    ctx.fill();
    if (layer.windows)
      drawWindows(ctx, view, layer, yaw, horizon, env.timeOfDay === 'night' || env.timeOfDay === 'evening');
  }
  if (SEA_PLACES.has(env.place)) {
    const depth = focal * Math.tan((env.place === 'water' ? 6 : 1.6) * DEG);
    const sea = ctx.createLinearGradient(0, horizon, 0, horizon + depth);
    sea.addColorStop(0, shade([70, 120, 170]));
    sea.addColorStop(1, shade([40, 110, 150]));
    ctx.fillStyle = sea;
    ctx.fillRect(0, horizon, W, depth);
    // Foam where the water meets the sand.
    if (env.place === 'beach') {
      ctx.fillStyle = css(style.tone([240, 244, 246]), 0.85);
      ctx.fillRect(0, horizon + depth - Math.max(1, H / 360), W, Math.max(1.5, H / 240));
    }
  }
}

function drawWindows(
  ctx: SKRSContext2D,
  view: View,
  layer: Layer,
  yaw: number,
  horizon: number,
  lit: boolean,
): void {
  const { width: W, focal } = view.cam;
  const size = Math.max(1, view.px * 3);
  ctx.fillStyle = css(view.style.tone(lit ? [255, 214, 140] : [175, 190, 210]), lit ? 0.9 : 0.6);
  for (let x = size * 2; x < W; x += size * 5) {
    const theta = yaw + Math.atan((x - W / 2) / focal);
    const top = horizon - focal * Math.tan(layer.elevation(theta));
    for (let y = top + size * 2; y < horizon - size; y += size * 4) ctx.fillRect(x, y, size, size * 1.4);
  }
}
