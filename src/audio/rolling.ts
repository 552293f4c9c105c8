/**
 * Continuous contact noise from the Trace's motion spans. Rolling is a low rumble (low-passed
 * noise whose cutoff and level rise with speed); sliding is a scrape (band-passed noise with a
 * slow stick-slip flutter). Parameters move at a 64-sample control rate and are interpolated per
 * sample; spans fade in and out over ≥60 ms, so nothing here ever reads as an onset.
 */
import type { Random } from '../plan/random.js';
import type { MotionSpan } from '../sim/trace.js';
import type { Vec3 } from '../plan/schema.js';
import { Noise, Svf, onePole, smoothStep, type StereoBuffers } from './dsp.js';
import { ACOUSTIC, type AcousticMaterial } from './materials.js';
import type { Placement } from './spatial.js';

const BLOCK = 64;
const FADE_SECONDS = 0.08;
/** Rolling and scraping sit well under impacts: level at 1 m/s relative to a 2 m/s hit. */
const ROLL_LEVEL = 0.2;
const SLIDE_LEVEL = 0.15;

/** Speed at time t (s) into the span, linearly interpolated; 0 outside. */
function speedAt(span: MotionSpan, t: number): number {
  const x = t * span.rate;
  const i = Math.floor(x);
  if (i < 0 || span.speeds.length === 0) return 0;
  if (i >= span.speeds.length - 1) return Math.abs(span.speeds[span.speeds.length - 1]!);
  const f = x - i;
  return Math.abs(span.speeds[i]! * (1 - f) + span.speeds[i + 1]! * f);
}

export function renderSpan(
  bus: StereoBuffers,
  span: MotionSpan,
  locate: (time: number) => Vec3 | undefined,
  place: (position: Vec3 | undefined, time: number) => Placement,
  rng: Random,
  sampleRate: number,
): void {
  const n = bus.left.length;
  const start = Math.max(0, Math.round(span.start * sampleRate));
  const end = Math.min(n, Math.round(span.end * sampleRate));
  if (!(end > start) || !(span.rate > 0)) return;
  const own: AcousticMaterial = ACOUSTIC[span.materials[0]];
  const under: AcousticMaterial = ACOUSTIC[span.materials[1]];
  const rolling = span.kind === 'roll';
  const fade = Math.min(FADE_SECONDS * sampleRate, (end - start) / 2);
  const noise = new Noise(rng);
  const body = new Svf();
  const grit = new Svf();
  const smooth = onePole(0.02, sampleRate / BLOCK);
  const rub = Math.sqrt(own.rub * under.rub);
  let speed = speedAt(span, 0);
  let gain = 0;
  let pan = place(locate(span.start), span.start);
  const flutterRate = rng.range(7, 13);
  const flutterPhase = rng.range(0, 2 * Math.PI);
  for (let b = start; b < end; b += BLOCK) {
    const t = (b - start) / sampleRate;
    speed = smooth * speed + (1 - smooth) * Math.min(speedAt(span, t), 8);
    const edge = smoothStep(Math.min(b - start, end - b) / fade);
    let target: number;
    if (rolling) {
      body.tune(Math.sqrt(own.rollHz * under.rollHz) * (0.5 + 0.6 * Math.min(speed, 4)), 0.9, sampleRate);
      grit.tune(Math.sqrt(own.scrapeHz * under.rollHz) * (0.8 + 0.2 * speed), 1.2, sampleRate);
      target = ROLL_LEVEL * rub * Math.pow(speed, 1.2) * edge;
    } else {
      const flutter = 1 + 0.25 * Math.sin(flutterPhase + 2 * Math.PI * flutterRate * t);
      body.tune(
        Math.sqrt(own.scrapeHz * under.scrapeHz) * (0.6 + 0.25 * Math.min(speed, 3)),
        1.8,
        sampleRate,
      );
      grit.tune(Math.sqrt(own.scrapeHz * under.scrapeHz) * 2.3, 3, sampleRate);
      target = SLIDE_LEVEL * rub * Math.min(speed, 4) * flutter * edge;
    }
    const next = place(locate(span.start + t), span.start + t);
    const stop = Math.min(end, b + BLOCK);
    const len = stop - b;
    for (let i = 0; i < len; i++) {
      const f = (i + 1) / len;
      const g = gain + (target - gain) * f;
      const gl = pan.left + (next.left - pan.left) * f;
      const gr = pan.right + (next.right - pan.right) * f;
      const w = noise.white();
      body.tick(w);
      grit.tick(w);
      const s = g * (rolling ? body.lp * 2 + grit.bp * 0.25 : body.bp * 1.5 + grit.bp * 0.5);
      bus.left[b + i]! += gl * s;
      bus.right[b + i]! += gr * s;
    }
    gain = target;
    pan = next;
  }
}

export function renderSpans(
  bus: StereoBuffers,
  spans: readonly MotionSpan[],
  locate: (entity: string, time: number) => Vec3 | undefined,
  place: (position: Vec3 | undefined, time: number) => Placement,
  rng: Random,
  sampleRate: number,
): void {
  for (const span of spans) renderSpan(bus, span, (t) => locate(span.entity, t), place, rng, sampleRate);
}
