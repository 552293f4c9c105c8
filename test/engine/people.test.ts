/**
 * People who speak and walk, measured from the output file as a viewer meets it: the mouth seen in
 * the decoded frames against the speech heard in the decoded audio; foot landings against step
 * sounds; the voices of two characters across shots.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenePlan, type ScenePlan, type ScenePlanInput } from '../../src/plan/schema.js';
import { renderPlan } from '../../src/engine/index.js';
import { detectOnsets } from '../../src/audio/index.js';
import { medianPitch } from '../../src/media/analyze.js';
import { cameraBasis, project } from '../../src/math/camera.js';
import { rotate, type Vec3 } from '../../src/math/vec.js';
import { poseAt, type Trace } from '../../src/sim/trace.js';
import { archetypeOf } from '../../src/world/index.js';
import { decodeAudio, decodeFrames } from '../helpers/media.js';

const W = 640;
const H = 360;

function plan(over: Partial<ScenePlanInput>): ScenePlan {
  return scenePlan.parse({
    version: 1,
    prompt: 'people',
    duration: 4,
    fps: 24,
    width: W,
    height: H,
    seed: 3,
    style: 'natural',
    environment: {
      place: 'room',
      ground: { material: 'wood', color: '#b08a5e' },
      wall: { color: '#e8e2d6', distance: 3 },
      sky: '#9cc7ee',
      timeOfDay: 'noon',
      light: { azimuth: 20, elevation: 45, intensity: 1, color: '#fff6e8' },
    },
    entities: [],
    shots: [{ start: 0, end: 4, position: [0, 1.5, 3], target: [0, 1, 0] }],
    sound: { ambience: { kind: 'none', levelDb: -60 } },
    understanding: { language: 'en', understood: [], ignored: [], notes: [] },
    ...over,
  });
}

const person = (id: string, x: number, character: object) => ({
  id,
  archetype: 'person',
  label: id,
  color: '#d9b44a',
  material: 'fabric' as const,
  body: 'held' as const,
  position: [x, 0.875, 0] as Vec3,
  character,
});

async function render(p: ScenePlan) {
  const dir = await mkdtemp(join(tmpdir(), 'soundstage-people-'));
  const video = join(dir, 'out.mp4');
  try {
    const trace = await renderPlan(p, { video });
    return { trace, frames: await decodeFrames(video, p.width, p.height), audio: await decodeAudio(video) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** World position of a body's mouth and the head's radius at a frame, from its rig. */
function mouthAt(p: ScenePlan, trace: Trace, frame: number, id: string) {
  const index = p.entities.findIndex((e) => e.id === id);
  const e = p.entities[index]!;
  const state = trace.bodies.find((b) => b.entity === id)!.states[frame]!;
  const head = archetypeOf(e).rig!.head!(e, state);
  const pose = poseAt(trace, frame, index);
  const r = rotate(pose.rotation, head.mouth);
  return {
    at: [pose.position[0] + r[0], pose.position[1] + r[1], pose.position[2] + r[2]] as Vec3,
    radius: head.radius,
  };
}

/** Frame RMS of the decoded audio (mono), one value per video frame. */
function frameLevels(
  audio: { left: Float32Array; right: Float32Array; sampleRate: number },
  fps: number,
  frames: number,
) {
  return Array.from({ length: frames }, (_, f) => {
    const a = Math.round((f / fps) * audio.sampleRate);
    const b = Math.min(audio.left.length, Math.round(((f + 1) / fps) * audio.sampleRate));
    let sum = 0;
    for (let i = a; i < b; i++) sum += ((audio.left[i]! + audio.right[i]!) / 2) ** 2;
    return Math.sqrt(sum / Math.max(1, b - a));
  });
}

const correlation = (a: number[], b: number[]) => {
  const n = Math.min(a.length, b.length);
  const ma = a.slice(0, n).reduce((s, v) => s + v, 0) / n;
  const mb = b.slice(0, n).reduce((s, v) => s + v, 0) / n;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < n; i++) {
    ab += (a[i]! - ma) * (b[i]! - mb);
    aa += (a[i]! - ma) ** 2;
    bb += (b[i]! - mb) ** 2;
  }
  return ab / Math.sqrt(aa * bb || 1);
};

test('the mouth seen in the video opens with the voice heard, closes in silence and on p, b and m, within a frame', async () => {
  const p0 = plan({
    duration: 4.5,
    // A dark skin: the open mouth must still be told from the shaded face.
    entities: [person('woman', 0, { gender: 'female', skin: '#7a4b2e' })],
    dialogue: [
      { speaker: 'woman', text: 'Hello Bob. Maybe my mom made a pie.', at: 0.5 },
      { speaker: 'woman', text: 'I am home!', at: 3.1 },
    ],
  });
  // A medium close-up on the face, aimed at the mouth the rig reports.
  const e = p0.entities[0]!;
  const rest = archetypeOf(e).rig!.head!(e, {
    time: 0,
    speed: 0,
    phase: 0,
    airborne: false,
    motion: null,
    face: { mouth: { open: 0, wide: 0, round: 0 }, expression: {}, blink: 0, gaze: [0, 0, 1] },
  });
  const mouth: Vec3 = [
    e.position[0] + rest.mouth[0],
    e.position[1] + rest.mouth[1],
    e.position[2] + rest.mouth[2],
  ];
  const p = scenePlan.parse({
    ...p0,
    shots: [{ start: 0, end: 4.5, position: [mouth[0], mouth[1] + 0.05, 1.1], target: mouth, lensMm: 50 }],
  });
  const { trace, frames, audio } = await render(p);
  const opening = frames.map((rgb, f) => {
    const m = mouthAt(p, trace, f, 'woman');
    const cam = cameraBasis(trace.cameras[f]!, W, H);
    const c = project(cam, m.at);
    const half = Math.max(3, (m.radius * 0.3 * cam.focal) / c.depth);
    let dark = 0;
    let all = 0;
    for (let y = Math.round(c.y - half * 0.6); y <= Math.round(c.y + half * 0.6); y++)
      for (let x = Math.round(c.x - half); x <= Math.round(c.x + half); x++) {
        const o = (y * W + x) * 3;
        const luma = 0.2126 * rgb[o]! + 0.7152 * rgb[o + 1]! + 0.0722 * rgb[o + 2]!;
        all++;
        // The inside of an open mouth, darker than any skin in shade.
        if (luma < 30) dark++;
      }
    return dark / all;
  });
  const levels = frameLevels(audio, p.fps, frames.length);
  const loudest = Math.max(...levels);
  const widest = Math.max(...opening);
  assert.ok(widest > 0.03, `the open mouth shows as dark pixels (widest ${widest.toFixed(3)})`);

  // Silence: frames with no voice around them show a closed mouth.
  const silent = levels.flatMap((l, f) =>
    f > 0 && f < levels.length - 1 && Math.max(levels[f - 1]!, l, levels[f + 1]!) < loudest * 0.02 ? [f] : [],
  );
  assert.ok(silent.length > 10, 'there are silences to look at');
  for (const f of silent)
    assert.ok(opening[f]! < widest * 0.15, `closed in silence at frame ${f}: ${opening[f]!.toFixed(3)}`);

  // Speech: the voiced frames show an open mouth on average, far more than the silent ones.
  const voiced = levels.flatMap((l, f) => (l > loudest * 0.3 ? [f] : []));
  const mean = (fs: number[]) => fs.reduce((s, f) => s + opening[f]!, 0) / fs.length;
  assert.ok(
    mean(voiced) > 4 * mean(silent) + 0.01,
    `open while speaking: ${mean(voiced)} vs ${mean(silent)}`,
  );

  // Bilabials: around the middle of every p, b and m the lips meet.
  const bilabials = trace.speech.flatMap((s) =>
    s.phones.filter((ph) => /^[pbm]$/.test(ph.ipa)).map((ph) => s.start + (ph.start + ph.end) / 2),
  );
  assert.ok(bilabials.length >= 6, `the lines have p, b and m (${bilabials.length})`);
  for (const t of bilabials) {
    const f = Math.round(t * p.fps);
    const nearest = Math.min(opening[f - 1] ?? 1, opening[f]!, opening[f + 1] ?? 1);
    assert.ok(nearest < widest * 0.4, `lips closed near ${t.toFixed(2)} s: ${nearest.toFixed(3)}`);
  }

  // Offset: the mouth's opening follows the voice's level best with no lag beyond one frame.
  const lags = [-3, -2, -1, 0, 1, 2, 3].map((lag) => ({
    lag,
    r: correlation(opening.slice(Math.max(0, lag)), levels.slice(Math.max(0, -lag))),
  }));
  const best = lags.reduce((a, b) => (b.r > a.r ? b : a));
  assert.ok(best.r > 0.5, `mouth and voice agree (r = ${best.r.toFixed(2)})`);
  assert.ok(Math.abs(best.lag) <= 1, `offset ${best.lag} frames`);
});

test('every foot landing has a step sound within 20 ms, and a planted foot does not slide', async () => {
  const p = plan({
    duration: 3,
    fps: 30,
    entities: [person('walker', -1.6, { gender: 'male' })],
    actions: [
      { type: 'move', entity: 'walker', at: 0.3, duration: 2.4, to: [1.6, 0.875, 0], easing: 'linear' },
    ],
  });
  const turned = scenePlan.parse({
    ...p,
    entities: p.entities.map((e) => ({ ...e, rotation: [0, 90, 0] })),
    shots: [{ start: 0, end: 3, position: [0, 1.2, 5], target: [0, 0.8, 0] }],
  });
  const { trace, audio } = await render(turned);
  const e = turned.entities[0]!;
  const rig = archetypeOf(e).rig!;
  const states = trace.bodies[0]!.states;
  // Landings from the feet themselves: where each sole comes down to the floor, between frames.
  const landings: number[] = [];
  let worstSlide = 0;
  for (const foot of rig.landings.keys()) {
    const sole = states.map((s, f) => {
      const pose = poseAt(trace, f, 0);
      const r = rotate(pose.rotation, rig.foot(e, s, foot));
      return [pose.position[0] + r[0], pose.position[1] + r[1], pose.position[2] + r[2]] as Vec3;
    });
    const height = sole.map((p) => p[1]);
    const floor = Math.min(...height);
    // While a foot is down (within 3 mm of the floor) and the body walks, it stays where it was put.
    let planted: Vec3 | undefined;
    for (let f = 0; f < sole.length; f++) {
      const down = height[f]! - floor < 0.003 && states[f]!.speed > 0.5;
      if (!down) planted = undefined;
      else if (!planted) planted = sole[f];
      else {
        const slide = Math.hypot(sole[f]![0] - planted[0], sole[f]![2] - planted[2]);
        worstSlide = Math.max(worstSlide, slide / rig.stride(e, states[f]!.speed));
      }
    }
    for (let f = 1; f < height.length; f++) {
      const [a, b] = [height[f - 1]! - floor, height[f]! - floor];
      if (a > 0.01 && b <= 0.01 && states[f]!.speed > 0)
        landings.push((f - 1 + (a - 0.01) / (a - b)) / trace.fps);
    }
  }
  assert.ok(landings.length >= 4, `the walk has steps (${landings.length})`);
  assert.ok(worstSlide < 0.02, `a planted foot slides ${(worstSlide * 100).toFixed(2)} % of a stride`);
  const onsets = detectOnsets({ ...audio }).map((o) => o.time);
  for (const t of landings) {
    const near = Math.min(...onsets.map((o) => Math.abs(o - t)));
    assert.ok(
      near <= 0.02,
      `a step heard ${(near * 1000).toFixed(0)} ms from the landing at ${t.toFixed(3)} s`,
    );
  }
});

test('a character keeps its voice across shots, and two characters sound different', async () => {
  const p = plan({
    duration: 9,
    entities: [
      person('man', -0.5, { gender: 'male', age: 'elderly' }),
      person('girl', 0.5, { gender: 'female', age: 'child' }),
    ],
    shots: [
      { start: 0, end: 4.5, position: [0, 1.5, 3], target: [0, 1, 0] },
      { start: 4.5, end: 9, position: [1, 1.4, 2.5], target: [0, 1, 0] },
    ],
    dialogue: [
      { speaker: 'man', text: 'Good morning, my dear. How are you today?', at: 0.3 },
      { speaker: 'girl', text: 'Hello grandpa! I am very well.', at: 4 },
      { speaker: 'man', text: 'Shall we go for a walk in the park?', at: 6.6 },
    ],
  });
  const { trace, audio } = await render(p);
  const man = trace.speech.filter((s) => s.speaker === 'man');
  const girl = trace.speech.find((s) => s.speaker === 'girl')!;
  assert.equal(man.length, 2, `both of his lines are said (${trace.notes.join('; ')})`);
  assert.ok(man[1]!.start >= 4.5, 'his second line is in the second shot');
  assert.deepEqual(man[0]!.voice, man[1]!.voice, 'the same voice in both shots');
  const pitchOf = (s: { start: number; end: number }) => {
    const a = Math.round(s.start * audio.sampleRate);
    const b = Math.round(s.end * audio.sampleRate);
    const mono = new Float32Array(b - a);
    for (let i = a; i < b; i++) mono[i - a] = (audio.left[i]! + audio.right[i]!) / 2;
    return medianPitch(mono, audio.sampleRate)!;
  };
  const [m1, m2, g] = [pitchOf(man[0]!), pitchOf(man[1]!), pitchOf(girl)];
  assert.ok(Math.abs(m1 - m2) / m1 < 0.12, `the man sounds the same in both shots: ${m1} Hz, ${m2} Hz`);
  assert.ok(g > 1.3 * Math.max(m1, m2), `the girl's voice is higher than the man's: ${g} Hz vs ${m1} Hz`);
});
