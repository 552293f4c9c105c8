/** Voices in the mix: each line lands on its span's sample, where its speaker stands, cleanly resampled. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Spatializer } from '../../src/audio/spatial.js';
import { renderSpeech, resample, synthesizeSpans } from '../../src/audio/speech.js';
import { createStereo } from '../../src/audio/dsp.js';
import { SAMPLE_RATE } from '../../src/audio/index.js';
import { scheduleSpeech, speak, voiceFor, type SpeechSpan } from '../../src/speech/index.js';
import { makePlan, makeTrace, rms } from './helpers.js';

const VOICE = voiceFor(undefined, 3, 'someone', 'en');
const DURATION = 4;

/** A one-line scene: the ball (here, a talking ball) stands at x on a static camera's ground line. */
async function scene(x: number, start: number, speaker: string | null = 'ball') {
  const plan = makePlan({ duration: DURATION });
  const trace = makeTrace(plan);
  for (let f = 0; f < trace.frameCount; f++) trace.poses[f * 7] = x;
  const text = 'Papa bought a map.';
  const u = await speak(text, VOICE);
  const { spans } = scheduleSpeech([{ speaker, text, voice: VOICE, at: start }], {
    utterances: [u],
    duration: DURATION,
    seed: 1,
  });
  const spatial = new Spatializer(plan, trace);
  const bus = createStereo(DURATION * SAMPLE_RATE);
  renderSpeech(bus, spans, spatial.entityPosition.bind(spatial), spatial.place.bind(spatial), SAMPLE_RATE, [
    u,
  ]);
  return { bus, span: spans[0]!, u };
}

/** First sample whose 1 ms neighbourhood rises above −40 dB of the loudest, in seconds. */
function soundStarts(x: Float32Array, rate: number): number {
  let peak = 0;
  for (const v of x) peak = Math.max(peak, Math.abs(v));
  const win = Math.round(rate * 0.001);
  for (let i = 0; i + win < x.length; i++) {
    let sum = 0;
    for (let j = i; j < i + win; j++) sum += x[j]! * x[j]!;
    if (Math.sqrt(sum / win) > peak * 0.01) return i / rate;
  }
  return Infinity;
}

test('a line starts on its span’s sample: onset within 10 ms, waveform aligned to the sample', async () => {
  for (const start of [0.5, 1.2345, 2.0007]) {
    const { bus, span, u } = await scene(0, start);
    const mono = bus.left.map((l, i) => l + bus.right[i]!);
    const heard = soundStarts(mono, SAMPLE_RATE);
    const expected = span.start + soundStarts(u.pcm, u.sampleRate);
    assert.ok(
      Math.abs(heard - expected) < 0.01,
      `onset at ${heard.toFixed(4)} s, expected ${expected.toFixed(4)}`,
    );
    assert.ok(Math.abs(heard - (span.start + u.phones[0]!.start)) < 0.01, 'onset is not at the first phone');
    // Cross-correlating with the resampled utterance finds it at exactly round(start × rate).
    const voice = resample(u.pcm, u.sampleRate, SAMPLE_RATE);
    const at = Math.round(span.start * SAMPLE_RATE);
    const corr = (lag: number) => {
      let s = 0;
      for (let i = 0; i < voice.length && at + lag + i < mono.length; i += 3)
        s += voice[i]! * mono[at + lag + i]!;
      return s;
    };
    let best = 0;
    for (let lag = -48; lag <= 48; lag++) if (corr(lag) > corr(best)) best = lag;
    assert.equal(best, 0, `the voice is ${best} samples off`);
  }
});

test('a speaker on the left is heard on the left, on the right on the right, a voice off in the middle', async () => {
  const balance = async (x: number, speaker: string | null) => {
    const { bus, span } = await scene(x, 0.5, speaker);
    return (
      20 *
      Math.log10(
        rms(bus.left, SAMPLE_RATE, span.start, span.end) / rms(bus.right, SAMPLE_RATE, span.start, span.end),
      )
    );
  };
  const left = await balance(-2, 'ball');
  const right = await balance(2, 'ball');
  const off = await balance(-2, null);
  assert.ok(left > 4, `left speaker: L−R ${left.toFixed(1)} dB`);
  assert.ok(right < -4, `right speaker: L−R ${right.toFixed(1)} dB`);
  assert.ok(Math.abs(off) < 0.5, `voice off: L−R ${off.toFixed(1)} dB`);
});

test('nothing is heard outside the spans, and a line is said the same way twice', async () => {
  const a = await scene(0, 1);
  const b = await scene(0, 1);
  assert.deepEqual(a.bus.left, b.bus.left);
  assert.equal(rms(a.bus.left, SAMPLE_RATE, 0, a.span.start), 0);
  assert.ok(rms(a.bus.left, SAMPLE_RATE, a.span.end + 0.01, DURATION) < 1e-3);
  // Saying the spans itself (engine loaded) gives the same mix as passing their utterances.
  const [u] = await synthesizeSpans([a.span as SpeechSpan]);
  const again = createStereo(DURATION * SAMPLE_RATE);
  const centre = () => ({ left: Math.SQRT1_2, right: Math.SQRT1_2 });
  const direct = createStereo(DURATION * SAMPLE_RATE);
  renderSpeech(again, [a.span], () => undefined, centre, SAMPLE_RATE);
  renderSpeech(direct, [a.span], () => undefined, centre, SAMPLE_RATE, [u!]);
  assert.deepEqual(again.left, direct.left);
});

test('resampling 22050 → 48000 Hz keeps the voice band and adds no images', () => {
  const from = 22050;
  const tone = (hz: number, rate: number, n: number) =>
    Float32Array.from({ length: n }, (_, i) => Math.sin((2 * Math.PI * hz * i) / rate));
  for (const hz of [200, 3000, 8000]) {
    const y = resample(tone(hz, from, from), from, SAMPLE_RATE);
    assert.equal(y.length, SAMPLE_RATE);
    const ideal = tone(hz, SAMPLE_RATE, SAMPLE_RATE);
    let err = 0;
    for (let i = 4800; i < 43200; i++) err += (y[i]! - ideal[i]!) ** 2;
    const errDb = 10 * Math.log10(err / 38400 / 0.5);
    assert.ok(errDb < -70, `${hz} Hz: error ${errDb.toFixed(1)} dB`);
  }
});
