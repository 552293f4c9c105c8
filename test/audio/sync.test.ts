/** Sound lands on the picture: every impact is an onset at its contact time, and nothing else is. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { materials, type Material } from '../../src/plan/schema.js';
import { detectOnsets, renderAudio, SAMPLE_RATE } from '../../src/audio/index.js';
import { hit, makePlan, makeTrace, rms, span, type Ambience } from './helpers.js';

const TOLERANCE = 0.005;

/** Asserts a one-to-one match between onsets and expected times (each within 5 ms). */
function assertOnsetsMatch(onsets: { time: number }[], expected: number[], label: string): void {
  const found = onsets.map((o) => o.time);
  for (const t of expected) {
    const nearest = Math.min(...found.map((f) => Math.abs(f - t)));
    assert.ok(
      nearest <= TOLERANCE,
      `${label}: no onset within 5 ms of ${t} s (nearest ${(nearest * 1000).toFixed(1)} ms)`,
    );
  }
  for (const f of found) {
    const nearest = Math.min(...expected.map((t) => Math.abs(f - t)));
    assert.ok(nearest <= TOLERANCE, `${label}: onset at ${f.toFixed(4)} s has no physical cause`);
  }
}

// Times are deliberately off the video-frame and block grids.
const TIMES = [0.4137, 1.0021, 1.6503, 2.2219, 2.9876, 3.5511];

test('each impact of every material starts on its contact sample (onset within 5 ms)', () => {
  for (const material of materials) {
    const plan = makePlan({ duration: 4.2 });
    const contacts = TIMES.map((t, i) =>
      hit(t, { materials: [material, 'wood'], speed: 0.5 + i, mass: 0.05 + i * 0.5 }),
    );
    const s = renderAudio(plan, makeTrace(plan, contacts));
    assertOnsetsMatch(detectOnsets(s), TIMES, material);
  }
});

test('the attack peaks within about 1 ms of the contact sample', () => {
  const plan = makePlan({ duration: 2 });
  const t = 0.7003;
  const s = renderAudio(plan, makeTrace(plan, [hit(t, { materials: ['wood', 'wood'] })]));
  const start = Math.round(t * SAMPLE_RATE);
  let peakAt = start;
  for (let i = start - 480; i < start + 4800; i++)
    if (Math.abs(s.left[i]!) > Math.abs(s.left[peakAt]!)) peakAt = i;
  assert.ok(
    peakAt >= start && peakAt - start <= 0.0012 * SAMPLE_RATE,
    `peak ${peakAt - start} samples after contact`,
  );
  // Nothing before the contact: no pre-echo from the limiter or the reverb.
  let before = 0;
  for (let i = start - 480; i < start - 2; i++) before = Math.max(before, Math.abs(s.left[i]!));
  assert.ok(before < Math.abs(s.left[peakAt]!) * 0.05, `pre-attack level ${before}`);
});

test('no onset without a physical cause, under every ambience', () => {
  const kinds: Ambience[] = ['none', 'room', 'kitchen', 'gym', 'outdoor', 'park'];
  for (const kind of kinds) {
    for (const ambienceDb of [-20, -10]) {
      const place = kind === 'none' ? 'studio' : kind;
      const plan = makePlan({ duration: 8, ambience: kind, ambienceDb, place, seed: 11 });
      const times = [1.2345, 3.5, 6.1];
      const contacts = times.map((t, i) =>
        hit(t, { materials: [materials[i]! as Material, 'wood'], speed: 1.5 }),
      );
      const s = renderAudio(plan, makeTrace(plan, contacts));
      assertOnsetsMatch(detectOnsets(s), times, `${kind} at ${ambienceDb} dB`);
    }
  }
});

test('rain and storm beds are steady: no onset without a physical cause under them', () => {
  for (const weather of ['rain', 'storm'] as const)
    for (const ambienceDb of [-20, -10]) {
      const plan = makePlan({ duration: 8, ambience: 'park', ambienceDb, place: 'park', weather, seed: 11 });
      const times = [1.2345, 3.5, 6.1];
      const contacts = times.map((t, i) =>
        hit(t, { materials: [materials[i]! as Material, 'wood'], speed: 1.5 }),
      );
      const s = renderAudio(plan, makeTrace(plan, contacts));
      assertOnsetsMatch(detectOnsets(s), times, `${weather} at ${ambienceDb} dB`);
    }
});

test('rolling and sliding make no onsets of their own', () => {
  const plan = makePlan({ duration: 6, ambience: 'room' });
  const times = [0.5, 4.8];
  const contacts = times.map((t) => hit(t, { materials: ['rubber', 'wood'], speed: 2 }));
  const spans = [span('roll', 0.5, 3.2, 2.5), span('slide', 3.4, 4.6, 2)];
  const s = renderAudio(plan, makeTrace(plan, contacts, spans));
  assertOnsetsMatch(detectOnsets(s), times, 'rolling');
  // And they are audible: the rolling stretch is well above the room tone heard before the first hit.
  const rmsOf = (t0: number, t1: number): number => rms(s.left, SAMPLE_RATE, t0, t1);
  assert.ok(
    rmsOf(1.5, 2.5) > 2 * rmsOf(0.05, 0.45),
    `rolling ${rmsOf(1.5, 2.5)} vs room ${rmsOf(0.05, 0.45)}`,
  );
});

test('struck cues start on their sample; a whoosh swells in without an onset', () => {
  const cues = [
    { at: 0.5123, kind: 'impact' as const, material: 'metal' as const },
    { at: 1.9, kind: 'bell' as const },
    { at: 4.4, kind: 'click' as const },
    { at: 5.0, kind: 'whoosh' as const },
  ];
  const plan = makePlan({ duration: 6.5, ambience: 'room', cues });
  const s = renderAudio(plan, makeTrace(plan));
  assertOnsetsMatch(detectOnsets(s), [0.5123, 1.9, 4.4], 'cues');
});
