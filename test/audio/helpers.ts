/** Hand-built plans and traces for the audio tests, plus small measurement helpers and a WAV writer. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  scenePlan,
  type Material,
  type ScenePlan,
  type ScenePlanInput,
  type Vec3,
} from '../../src/plan/schema.js';
import type { ContactEvent, MotionSpan, Trace } from '../../src/sim/trace.js';
import type { Stereo } from '../../src/audio/index.js';

export type Ambience = ScenePlan['sound']['ambience']['kind'];

export interface SceneOptions {
  duration?: number;
  ambience?: Ambience;
  ambienceDb?: number;
  place?: ScenePlan['environment']['place'];
  weather?: ScenePlan['environment']['weather'];
  music?: ScenePlanInput['sound']['music'];
  cues?: ScenePlanInput['sound']['cues'];
  seed?: number;
  loudnessLufs?: number;
}

/** A minimal valid plan: one dynamic 'ball' entity over a floor, a static camera. */
export function makePlan(o: SceneOptions = {}): ScenePlan {
  const duration = o.duration ?? 3;
  return scenePlan.parse({
    version: 1,
    prompt: 'test scene',
    duration,
    fps: 30,
    width: 640,
    height: 360,
    seed: o.seed ?? 7,
    style: 'natural',
    environment: {
      place: o.place ?? 'room',
      ground: { material: 'wood', color: '#808080' },
      wall: null,
      sky: '#a0c0e0',
      timeOfDay: 'noon',
      weather: o.weather ?? 'clear',
      light: { azimuth: 30, elevation: 45, intensity: 1, color: '#ffffff' },
    },
    entities: [
      {
        id: 'ball',
        archetype: 'ball',
        label: 'ball',
        color: '#ff0000',
        material: 'rubber',
        body: 'dynamic',
        position: [0, 1, 0],
      },
    ],
    shots: [{ start: 0, end: duration, position: [0, 1.5, 5], target: [0, 0.5, 0] }],
    sound: {
      ambience: { kind: o.ambience ?? 'none', levelDb: o.ambienceDb ?? -20 },
      cues: o.cues ?? [],
      music: o.music ?? null,
      loudnessLufs: o.loudnessLufs ?? -16,
    },
    understanding: { language: 'en', understood: [], ignored: [], notes: [] },
  });
}

export interface HitOptions {
  materials?: [Material, Material];
  speed?: number;
  mass?: number;
  position?: Vec3;
}

/** The ball striking the floor at `time`. */
export function hit(time: number, o: HitOptions = {}): ContactEvent {
  const mass = o.mass ?? 0.5;
  const speed = o.speed ?? 2;
  return {
    time,
    a: 'ball',
    b: 'ground',
    impulse: mass * speed * 1.5,
    speed,
    materials: o.materials ?? ['wood', 'wood'],
    mass,
    position: o.position ?? [0, 0.1, 0],
  };
}

export function span(kind: 'roll' | 'slide', start: number, end: number, speed = 1.5): MotionSpan {
  const rate = 60;
  const count = Math.max(2, Math.round((end - start) * rate) + 1);
  const speeds = new Float32Array(count);
  // Speed eases down over the span, as a rolling ball slows.
  for (let i = 0; i < count; i++) speeds[i] = speed * (1 - (0.6 * i) / count);
  return { kind, entity: 'ball', surface: 'ground', materials: ['rubber', 'wood'], start, end, speeds, rate };
}

/** A trace with a static camera (matching the plan's shot), the ball at rest at the origin. */
export function makeTrace(plan: ScenePlan, contacts: ContactEvent[] = [], spans: MotionSpan[] = []): Trace {
  const frameCount = Math.ceil(plan.duration * plan.fps);
  const poses = new Float32Array(frameCount * 7);
  for (let f = 0; f < frameCount; f++) poses.set([0, 0.1, 0, 0, 0, 0, 1], f * 7);
  const shot = plan.shots[0]!;
  return {
    fps: plan.fps,
    frameCount,
    duration: plan.duration,
    entities: [{ id: 'ball', archetype: 'ball', index: 0 }],
    poses,
    cameras: Array.from({ length: frameCount }, () => ({
      position: shot.position,
      target: shot.target,
      fovY: (40 * Math.PI) / 180,
    })),
    contacts,
    spans,
    bodies: [],
    bodyEvents: [],
    speech: [],
    notes: [],
  };
}

/** Peak absolute sample of both channels between t0 and t1 seconds. */
export function peakIn(s: Stereo, t0: number, t1: number): number {
  let p = 0;
  for (
    let i = Math.max(0, Math.round(t0 * s.sampleRate));
    i < Math.min(s.left.length, t1 * s.sampleRate);
    i++
  )
    p = Math.max(p, Math.abs(s.left[i]!), Math.abs(s.right[i]!));
  return p;
}

/** RMS of one channel between t0 and t1 seconds. */
export function rms(x: Float32Array, sampleRate: number, t0: number, t1: number): number {
  const a = Math.round(t0 * sampleRate);
  const b = Math.min(x.length, Math.round(t1 * sampleRate));
  let sum = 0;
  for (let i = a; i < b; i++) sum += x[i]! * x[i]!;
  return Math.sqrt(sum / Math.max(1, b - a));
}

/** Time (s) after `t0` for the 10 ms RMS envelope of the mix to fall 30 dB under its peak (a T30-like decay). */
export function decayTime(s: Stereo, t0: number, maxSeconds = 3): number {
  const step = 0.01;
  let peak = 0;
  const env: number[] = [];
  for (let t = t0; t < t0 + maxSeconds && t < s.left.length / s.sampleRate; t += step) {
    const v = rms(s.left, s.sampleRate, t, t + step) + rms(s.right, s.sampleRate, t, t + step);
    env.push(v);
    peak = Math.max(peak, v);
  }
  const k = env.findIndex((v, i) => i > 0 && v < peak * Math.pow(10, -30 / 20));
  return k < 0 ? maxSeconds : k * step;
}

/** Spectral centroid (Hz) of the mono mix over [t0, t0 + seconds) by a plain DFT on 2048 points. */
export function spectralCentroid(s: Stereo, t0: number, seconds = 0.04): number {
  const n = 2048;
  const a = Math.round(t0 * s.sampleRate);
  const len = Math.min(n, Math.round(seconds * s.sampleRate));
  let num = 0;
  let den = 0;
  for (let k = 1; k < n / 2; k++) {
    let re = 0;
    let im = 0;
    for (let i = 0; i < len; i++) {
      const x = 0.5 * (s.left[a + i]! + s.right[a + i]!) * (0.5 - 0.5 * Math.cos((2 * Math.PI * i) / len));
      const ph = (2 * Math.PI * k * i) / n;
      re += x * Math.cos(ph);
      im -= x * Math.sin(ph);
    }
    const mag = Math.hypot(re, im);
    num += mag * ((k * s.sampleRate) / n);
    den += mag;
  }
  return num / den;
}

/** 16-bit PCM stereo WAV, for listening and sox. */
export function writeWav(path: string, s: Stereo): void {
  const n = s.left.length;
  const buf = Buffer.alloc(44 + n * 4);
  buf.write('RIFF', 0);
  buf.writeUInt32LE(36 + n * 4, 4);
  buf.write('WAVEfmt ', 8);
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20);
  buf.writeUInt16LE(2, 22);
  buf.writeUInt32LE(s.sampleRate, 24);
  buf.writeUInt32LE(s.sampleRate * 4, 28);
  buf.writeUInt16LE(4, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36);
  buf.writeUInt32LE(n * 4, 40);
  const q = (v: number): number => Math.max(-32768, Math.min(32767, Math.round(v * 32767)));
  for (let i = 0; i < n; i++) {
    buf.writeInt16LE(q(s.left[i]!), 44 + i * 4);
    buf.writeInt16LE(q(s.right[i]!), 46 + i * 4);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, buf);
}
