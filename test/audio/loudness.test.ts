/** The loudness meter against BS.1770-4 / EBU Tech 3341 reference signals. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SAMPLE_RATE, measureLoudness, type Stereo } from '../../src/audio/index.js';

/** A sine of `dbfs` peak level, in the chosen channels, with 10 ms fades (no edge overshoot). */
function sine(
  freq: number,
  dbfs: number,
  seconds: number,
  channels: 'both' | 'left' = 'both',
  phase = 0,
): Stereo {
  const n = Math.round(seconds * SAMPLE_RATE);
  const left = new Float32Array(n);
  const amp = Math.pow(10, dbfs / 20);
  const fade = 0.01 * SAMPLE_RATE;
  for (let i = 0; i < n; i++)
    left[i] =
      amp * Math.min(1, i / fade, (n - i) / fade) * Math.sin((2 * Math.PI * freq * i) / SAMPLE_RATE + phase);
  return { sampleRate: SAMPLE_RATE, left, right: channels === 'both' ? left.slice() : new Float32Array(n) };
}

function concat(...parts: Stereo[]): Stereo {
  const n = parts.reduce((a, p) => a + p.left.length, 0);
  const out: Stereo = { sampleRate: SAMPLE_RATE, left: new Float32Array(n), right: new Float32Array(n) };
  let at = 0;
  for (const p of parts) {
    out.left.set(p.left, at);
    out.right.set(p.right, at);
    at += p.left.length;
  }
  return out;
}

test('a full-scale 997 Hz sine in one channel reads −3.01 LUFS (BS.1770-4 reference)', () => {
  const { integratedLufs } = measureLoudness(sine(997, 0, 5, 'left'));
  assert.ok(Math.abs(integratedLufs - -3.01) < 0.05, `${integratedLufs}`);
});

test('the same sine in both channels reads 0.0 LUFS (channels add in power)', () => {
  const { integratedLufs } = measureLoudness(sine(997, 0, 5));
  assert.ok(Math.abs(integratedLufs) < 0.05, `${integratedLufs}`);
});

test('EBU Tech 3341 case 1: stereo 1 kHz at −23 dBFS reads −23.0 LUFS', () => {
  const { integratedLufs } = measureLoudness(sine(1000, -23, 20));
  assert.ok(Math.abs(integratedLufs - -23) < 0.1, `${integratedLufs}`);
});

test('EBU Tech 3341 case 3: the relative gate ignores quiet passages (−36/−23/−36 dBFS → −23 LUFS)', () => {
  const s = concat(sine(1000, -36, 10), sine(1000, -23, 60), sine(1000, -36, 10));
  const { integratedLufs } = measureLoudness(s);
  assert.ok(Math.abs(integratedLufs - -23) < 0.1, `${integratedLufs}`);
});

test('EBU Tech 3341 case 4: the absolute gate ignores near-silence (−72/−36/−23/−36/−72 → −23 LUFS)', () => {
  const s = concat(
    sine(1000, -72, 10),
    sine(1000, -36, 10),
    sine(1000, -23, 60),
    sine(1000, -36, 10),
    sine(1000, -72, 10),
  );
  const { integratedLufs } = measureLoudness(s);
  assert.ok(Math.abs(integratedLufs - -23) < 0.1, `${integratedLufs}`);
});

test('true peak finds the inter-sample peak of a quarter-rate sine sampled at ±45°', () => {
  // Every sample is ±0.707 (−3.01 dBFS sample peak); the waveform between them reaches 1.0.
  const s = sine(SAMPLE_RATE / 4, 0, 1, 'both', Math.PI / 4);
  const { truePeakDbtp } = measureLoudness(s);
  assert.ok(Math.abs(truePeakDbtp) < 0.2, `${truePeakDbtp}`);
});

test('silence measures −Infinity, not NaN', () => {
  const m = measureLoudness(sine(1000, -200, 1));
  assert.equal(m.integratedLufs, -Infinity);
  const z = measureLoudness({
    sampleRate: SAMPLE_RATE,
    left: new Float32Array(100),
    right: new Float32Array(100),
  });
  assert.equal(z.integratedLufs, -Infinity);
  assert.equal(z.truePeakDbtp, -Infinity);
});
