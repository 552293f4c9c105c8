/** The master: loud enough, never too loud, deterministic, and calm with nothing to say. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { materials, type Material } from '../../src/plan/schema.js';
import { measureLoudness, renderAudio } from '../../src/audio/index.js';
import { hit, makePlan, makeTrace, span, type SceneOptions } from './helpers.js';
import type { ContactEvent } from '../../src/sim/trace.js';

const scenes: { name: string; options: SceneOptions; contacts: ContactEvent[] }[] = [
  { name: 'one soft tap', options: { duration: 4 }, contacts: [hit(1.3, { speed: 0.2 })] },
  {
    name: 'one soft tap in a room',
    options: { duration: 6, ambience: 'room' },
    contacts: [hit(2, { speed: 0.2 })],
  },
  {
    name: 'one soft rubber tap outdoors',
    options: { duration: 4, ambience: 'outdoor', place: 'outdoor' },
    contacts: [hit(1, { materials: ['rubber', 'wood'], speed: 0.3 })],
  },
  {
    name: 'many hard hits',
    options: { duration: 8, ambience: 'gym', place: 'gym' },
    contacts: Array.from({ length: 60 }, (_, i) =>
      hit(0.1 + i * 0.13, {
        materials: [materials[i % 8] as Material, 'stone'],
        speed: 6 + (i % 4),
        mass: 0.1 + (i % 5),
      }),
    ),
  },
  {
    name: 'metal rings and music',
    options: {
      duration: 6,
      ambience: 'kitchen',
      place: 'kitchen',
      music: { mood: 'happy', tempo: 120, levelDb: -10 },
    },
    contacts: [
      hit(1, { materials: ['metal', 'ceramic'], speed: 3, mass: 2 }),
      hit(3, { materials: ['glass', 'stone'], speed: 4 }),
    ],
  },
  {
    name: 'park at −14 LUFS',
    options: { duration: 5, ambience: 'park', place: 'park', loudnessLufs: -14 },
    contacts: [hit(2.5)],
  },
];

for (const scene of scenes) {
  test(`${scene.name}: integrated loudness within ±1 LU of target, true peak ≤ −1 dBTP`, () => {
    const plan = makePlan(scene.options);
    const s = renderAudio(plan, makeTrace(plan, scene.contacts));
    const m = measureLoudness(s);
    const target = plan.sound.loudnessLufs;
    assert.ok(Math.abs(m.integratedLufs - target) <= 1, `${m.integratedLufs} LUFS vs ${target}`);
    assert.ok(m.truePeakDbtp <= -1, `${m.truePeakDbtp} dBTP`);
  });
}

test('rolling alone is normalized too, without overs', () => {
  const plan = makePlan({ duration: 4, ambience: 'room' });
  const s = renderAudio(plan, makeTrace(plan, [], [span('roll', 0.5, 3.5, 2)]));
  const m = measureLoudness(s);
  assert.ok(Math.abs(m.integratedLufs - -16) <= 1 && m.truePeakDbtp <= -1, JSON.stringify(m));
});

test('same plan and trace give identical samples', () => {
  const plan = makePlan({
    duration: 3,
    ambience: 'park',
    place: 'park',
    music: { mood: 'calm', tempo: 90, levelDb: -12 },
  });
  const trace = makeTrace(
    plan,
    [hit(0.5), hit(1.5, { materials: ['metal', 'wood'] })],
    [span('slide', 1.8, 2.6)],
  );
  const a = renderAudio(plan, trace);
  const b = renderAudio(plan, trace);
  assert.deepEqual(Buffer.from(a.left.buffer), Buffer.from(b.left.buffer));
  assert.deepEqual(Buffer.from(a.right.buffer), Buffer.from(b.right.buffer));
  // And another seed is a different take (the ambience differs), not a bit-copy.
  const other = renderAudio(
    makePlan({ ...{ duration: 3, ambience: 'park', place: 'park' }, seed: 99 }),
    trace,
  );
  assert.notDeepEqual(Buffer.from(a.left.buffer), Buffer.from(other.left.buffer));
});

test('a silent scene renders silence without NaN; very short scenes work', () => {
  const silent = makePlan({ duration: 2 });
  const s = renderAudio(silent, makeTrace(silent));
  assert.equal(s.left.length, 96000);
  assert.ok(s.left.every((v) => v === 0) && s.right.every((v) => v === 0));
  const bed = makePlan({ duration: 2, ambience: 'room' });
  const q = renderAudio(bed, makeTrace(bed));
  assert.ok(q.left.every(Number.isFinite), 'bed is finite');
  assert.ok(measureLoudness(q).integratedLufs < -30, 'an empty room stays a quiet room');
  const short = makePlan({ duration: 0.5, ambience: 'park', place: 'park' });
  const t = renderAudio(short, makeTrace(short, [hit(0.1), hit(0.49)]));
  assert.equal(t.left.length, 24000);
  assert.ok(t.left.every(Number.isFinite) && t.right.every(Number.isFinite));
  assert.ok(measureLoudness(t).truePeakDbtp <= -1);
});
