/**
 * Audio stage benchmark: render time of 4 s and 12 s scenes with ~100 contacts of mixed
 * materials, a rolling and a sliding span, park ambience (the costliest bed) and room reverb.
 * Run: node --import tsx bench/audio.ts
 */
import { materials, scenePlan } from '../src/plan/schema.js';
import type { ContactEvent, MotionSpan, Trace } from '../src/sim/trace.js';
import { measureLoudness, renderAudio } from '../src/audio/index.js';

function scene(duration: number, contacts: number) {
  const plan = scenePlan.parse({
    version: 1,
    prompt: 'bench',
    duration,
    fps: 30,
    width: 640,
    height: 360,
    seed: 1,
    style: 'natural',
    environment: {
      place: 'park',
      ground: { material: 'wood', color: '#808080' },
      wall: null,
      sky: '#a0c0e0',
      timeOfDay: 'noon',
      light: { azimuth: 30, elevation: 45, intensity: 1, color: '#ffffff' },
    },
    entities: [],
    shots: [{ start: 0, end: duration, position: [0, 1.5, 5], target: [0, 0.5, 0] }],
    sound: { ambience: { kind: 'park', levelDb: -20 } },
    understanding: { language: 'en', understood: [], ignored: [], notes: [] },
  });
  const list: ContactEvent[] = Array.from({ length: contacts }, (_, i) => ({
    time: 0.05 + (i * (duration - 0.2)) / contacts,
    a: `body${i % 7}`,
    b: 'ground',
    impulse: 1,
    speed: 0.5 + (i % 7),
    materials: [materials[i % 8]!, materials[(i * 3) % 8]!],
    mass: 0.02 + (i % 5),
    position: [((i % 9) - 4) * 0.5, 0.1, 0],
  }));
  const speeds = new Float32Array(120).fill(2);
  const spans: MotionSpan[] = [
    {
      kind: 'roll',
      entity: 'body1',
      surface: 'ground',
      materials: ['rubber', 'wood'],
      start: 1,
      end: 3,
      speeds,
      rate: 60,
    },
    {
      kind: 'slide',
      entity: 'body2',
      surface: 'ground',
      materials: ['wood', 'stone'],
      start: 3,
      end: 3.9,
      speeds,
      rate: 60,
    },
  ];
  const frameCount = Math.ceil(duration * 30);
  const trace: Trace = {
    fps: 30,
    frameCount,
    duration,
    entities: [],
    poses: new Float32Array(0),
    cameras: Array.from({ length: frameCount }, () => ({
      position: [0, 1.5, 5],
      target: [0, 0.5, 0],
      fovY: 0.7,
    })),
    contacts: list,
    spans,
    bodies: [],
    bodyEvents: [],
    speech: [],
    notes: [],
  };
  return { plan, trace };
}

{
  const warm = scene(2, 20); // warm up the JIT
  renderAudio(warm.plan, warm.trace);
}
for (const [duration, contacts] of [
  [4, 100],
  [12, 100],
  [12, 300],
] as const) {
  const { plan, trace } = scene(duration, contacts);
  const times: number[] = [];
  let out = renderAudio(plan, trace);
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    out = renderAudio(plan, trace);
    times.push(performance.now() - t0);
  }
  const t1 = performance.now();
  const m = measureLoudness(out);
  const measureMs = performance.now() - t1;
  console.log(
    `${String(duration).padStart(2)} s, ${contacts} contacts: render ${Math.min(...times).toFixed(0)} ms (best of 3, ` +
      `median ${times.sort((a, b) => a - b)[1]!.toFixed(0)} ms); measure ${measureMs.toFixed(0)} ms; ` +
      `${m.integratedLufs.toFixed(2)} LUFS, ${m.truePeakDbtp.toFixed(2)} dBTP`,
  );
}
