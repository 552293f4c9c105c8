/**
 * Weather drawn over the scene: rain as slanted streaks, snow as drifting flakes, fog as a haze that
 * thickens towards the horizon. Particles live in screen space in three depth layers (nearer ones
 * larger, faster and brighter) and move with time, not frame count, so any fps shows the same fall.
 * Positions come from the plan's seed: the same plan gives the same storm.
 */
import type { SKRSContext2D } from '@napi-rs/canvas';
import { isOutdoors, type Environment } from '../plan/schema.js';
import { createRandom } from '../plan/random.js';

interface Particle {
  x: number;
  y: number;
  /** 0.35 (far) … 1 (near). */
  depth: number;
  phase: number;
}

export type WeatherPass = (ctx: SKRSContext2D, seconds: number) => void;

/** Particles in the picture, whatever its size: a smaller video is the same picture, smaller. */
const COUNT = { rain: 700, storm: 1200, snow: 400 } as const;

export function createWeather(
  env: Environment,
  width: number,
  height: number,
  seed: number,
): WeatherPass | undefined {
  const weather = env.weather;
  // Indoors the weather is only in the light through the windows (set by the planner).
  if (!isOutdoors(env.place)) return undefined;
  if (weather === 'fog') return fog(width, height);
  if (weather !== 'rain' && weather !== 'storm' && weather !== 'snow') return undefined;
  const rng = createRandom(seed, `weather/${weather}`);
  const particles: Particle[] = Array.from({ length: COUNT[weather] }, () => ({
    x: rng.next(),
    y: rng.next(),
    depth: [0.35, 0.6, 1][Math.floor(rng.next() * 3)]!,
    phase: rng.range(0, 2 * Math.PI),
  }));
  const px = height / 720;
  const dark = env.timeOfDay === 'night';
  return weather === 'snow'
    ? snow(particles, width, height, px)
    : rain(particles, width, height, px, dark, weather);
}

/** Wraps a coordinate into [0, 1). */
const wrap = (v: number) => v - Math.floor(v);

function rain(
  particles: Particle[],
  width: number,
  height: number,
  px: number,
  dark: boolean,
  weather: 'rain' | 'storm',
): WeatherPass {
  // Screen heights per second, and the slant of the fall (storm rain is driven by wind).
  const speed = weather === 'storm' ? 2.4 : 1.9;
  const slant = weather === 'storm' ? 0.28 : 0.12;
  const layers = [0.35, 0.6, 1];
  return (ctx, t) => {
    ctx.save();
    ctx.lineCap = 'round';
    for (const depth of layers) {
      ctx.beginPath();
      const length = 26 * px * depth;
      for (const p of particles) {
        if (p.depth !== depth) continue;
        const y = wrap(p.y + speed * depth * t) * (height + length) - length;
        const x = wrap(p.x + slant * speed * depth * t * (height / width)) * width;
        ctx.moveTo(x, y);
        ctx.lineTo(x - slant * length, y + length);
      }
      ctx.lineWidth = Math.max(0.6, 1.6 * px * depth);
      ctx.strokeStyle = dark
        ? `rgba(170,185,215,${0.2 + 0.3 * depth})`
        : `rgba(225,232,240,${0.22 + 0.35 * depth})`;
      ctx.stroke();
    }
    ctx.restore();
  };
}

function snow(particles: Particle[], width: number, height: number, px: number): WeatherPass {
  const speed = 0.11;
  return (ctx, t) => {
    ctx.save();
    ctx.fillStyle = 'rgba(250,251,255,0.9)';
    ctx.beginPath();
    for (const p of particles) {
      const r = Math.max(1.1, 3.2 * px * p.depth);
      const y = wrap(p.y + speed * p.depth * t) * (height + 2 * r) - r;
      // Flakes sway as they fall.
      const x = wrap(p.x + (0.012 * Math.sin(p.phase + 1.7 * t)) / p.depth) * width;
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
    }
    ctx.fill();
    ctx.restore();
  };
}

/** A pale haze, thickest at the top of the picture (the distance) and thinner close by. */
function fog(width: number, height: number): WeatherPass {
  return (ctx) => {
    const g = ctx.createLinearGradient(0, 0, 0, height);
    g.addColorStop(0, 'rgba(226,229,232,0.78)');
    g.addColorStop(0.55, 'rgba(226,229,232,0.5)');
    g.addColorStop(1, 'rgba(226,229,232,0.28)');
    ctx.save();
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  };
}
