/** What the ear should notice: harder is louder, metal rings, small is high, left is left. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderAudio } from '../../src/audio/index.js';
import { decayTime, hit, makePlan, makeTrace, peakIn, rms, spectralCentroid } from './helpers.js';

test('a harder hit is louder than a soft one in the same scene', () => {
  const plan = makePlan({ duration: 3 });
  const s = renderAudio(plan, makeTrace(plan, [hit(0.5, { speed: 0.4 }), hit(1.5, { speed: 4 })]));
  // Peaks are held under the ceiling by the limiter, so compare the energy of each hit too.
  const soft = rms(s.left, s.sampleRate, 0.5, 0.7);
  const hard = rms(s.left, s.sampleRate, 1.5, 1.7);
  assert.ok(hard > soft * 2.5, `hard ${hard} vs soft ${soft}`);
  assert.ok(peakIn(s, 1.5, 1.6) > peakIn(s, 0.5, 0.6) * 1.5, 'and it peaks higher');
});

test('metal rings much longer than wood (decay measured from the output)', () => {
  const decay = (material: 'metal' | 'wood'): number => {
    const plan = makePlan({ duration: 4, place: 'studio' });
    const s = renderAudio(plan, makeTrace(plan, [hit(0.5, { materials: [material, material], mass: 0.3 })]));
    return decayTime(s, 0.5);
  };
  const metal = decay('metal');
  const wood = decay('wood');
  assert.ok(metal > 4 * wood && metal > 0.3, `metal ${metal} s vs wood ${wood} s`);
});

test("a marble's clink is brighter (higher spectral centroid) than a crate's thud", () => {
  const plan = makePlan({ duration: 2, place: 'studio' });
  const marble = renderAudio(
    plan,
    makeTrace(plan, [hit(0.5, { materials: ['glass', 'wood'], mass: 0.018 })]),
  );
  const crate = renderAudio(plan, makeTrace(plan, [hit(0.5, { materials: ['wood', 'wood'], mass: 20 })]));
  const cm = spectralCentroid(marble, 0.5);
  const cc = spectralCentroid(crate, 0.5);
  assert.ok(cm > 2 * cc, `marble ${cm.toFixed(0)} Hz vs crate ${cc.toFixed(0)} Hz`);
});

test('a sound on the left of the screen is louder in the left channel', () => {
  const plan = makePlan({ duration: 2 });
  const left = renderAudio(plan, makeTrace(plan, [hit(0.5, { position: [-2, 0.1, 0] })]));
  const right = renderAudio(plan, makeTrace(plan, [hit(0.5, { position: [2, 0.1, 0] })]));
  const ratio = (s: typeof left): number =>
    rms(s.left, s.sampleRate, 0.5, 0.6) / rms(s.right, s.sampleRate, 0.5, 0.6);
  assert.ok(ratio(left) > 1.5, `left source L/R ${ratio(left)}`);
  assert.ok(ratio(right) < 1 / 1.5, `right source L/R ${ratio(right)}`);
});

test('repeated identical contacts are not identical clones', () => {
  const plan = makePlan({ duration: 2, place: 'studio' });
  const s = renderAudio(plan, makeTrace(plan, [hit(0.5), hit(1.2)]));
  const a = s.left.subarray(24000, 24000 + 2400);
  const b = s.left.subarray(57600, 57600 + 2400);
  let diff = 0;
  let energy = 0;
  for (let i = 0; i < a.length; i++) {
    diff += (a[i]! - b[i]!) ** 2;
    energy += a[i]! ** 2;
  }
  assert.ok(diff > 0.01 * energy, 'the two hits differ a little');
  assert.ok(diff < 2 * energy, 'but are the same kind of sound');
});
