/**
 * Body sounds: footsteps, claps and falls start on the sample of their event; animals' calls are
 * told apart by pitch and brightness; hard floors ring brighter than grass; the same seed gives the
 * same sound.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Material } from '../../src/plan/schema.js';
import type { BodyEvent } from '../../src/sim/trace.js';
import { createRandom } from '../../src/plan/random.js';
import { detectOnsets } from '../../src/audio/onsets.js';
import { bodySoundOf, renderBodyEvents } from '../../src/audio/bodies.js';
import { CALL_KINDS, renderCall, type CallKind } from '../../src/audio/calls.js';
import type { Stereo } from '../../src/audio/index.js';
import { spectralCentroid } from './helpers.js';

const SR = 48000;
const CENTRE = { left: Math.SQRT1_2, right: Math.SQRT1_2 };

/** Renders `events` made by bodies whose entity ids are their archetypes' names. */
function render(events: BodyEvent[], seconds: number, seed = 7): Stereo {
  const out = { sampleRate: SR, left: new Float32Array(seconds * SR), right: new Float32Array(seconds * SR) };
  renderBodyEvents(
    out,
    events,
    (id) => id,
    () => CENTRE,
    createRandom(seed, 'audio/bodies'),
    SR,
  );
  return out;
}

const event = (
  time: number,
  entity: string,
  kind: BodyEvent['kind'],
  material?: Material,
  strength = 0.6,
): BodyEvent => ({ time, entity, kind, position: [0, 0, 0], material, strength });

const mono = (x: Float32Array): Stereo => ({ sampleRate: SR, left: x, right: x });

test('steps, claps and falls start within 5 ms of their events', () => {
  const events = [
    event(0.3, 'person', 'step', 'wood'),
    event(0.75, 'person', 'step', 'stone', 0.4),
    event(1.2, 'person', 'step', 'fabric'),
    event(1.65, 'horse', 'step', 'stone'),
    event(2.1, 'horse', 'step', 'fabric', 0.9),
    event(2.55, 'dog', 'step', 'wood'),
    event(3.0, 'cat', 'step', 'ceramic', 0.5),
    event(3.45, 'person', 'clap', undefined, 0.8),
    event(3.9, 'person', 'clap', undefined, 0.5),
    event(4.6, 'person', 'fall', 'wood', 1),
    event(5.6, 'dog', 'fall', 'fabric', 1),
    event(6.5, 'elephant', 'step', 'stone', 0.5),
  ];
  const onsets = detectOnsets(render(events, 7.2));
  for (const e of events) {
    const near = onsets.reduce((best, o) => Math.min(best, Math.abs(o.time - e.time)), Infinity);
    assert.ok(
      near < 0.005,
      `${e.entity} ${e.kind} on ${e.material ?? 'air'} at ${e.time} s heard ${(near * 1000).toFixed(1)} ms off`,
    );
  }
});

/** Fundamental (Hz) of a voiced stretch, by autocorrelation between 50 and 2000 Hz. */
function pitchOf(x: Float32Array, from: number, seconds = 0.08): number {
  const a = Math.round(from * SR);
  const n = Math.round(seconds * SR);
  const lags: number[] = [];
  for (let lag = Math.floor(SR / 2000); lag <= Math.ceil(SR / 50); lag++) {
    let sum = 0;
    let e0 = 0;
    let e1 = 0;
    for (let i = 0; i < n; i++) {
      sum += x[a + i]! * x[a + i + lag]!;
      e0 += x[a + i]! ** 2;
      e1 += x[a + i + lag]! ** 2;
    }
    lags[lag] = sum / Math.sqrt(e0 * e1 + 1e-20);
  }
  // The shortest lag nearly as well correlated as the best: not an octave below.
  const best = Math.max(...lags.filter(Number.isFinite));
  const lag = lags.findIndex(
    (v, i) => v >= 0.9 * best && v >= (lags[i - 1] ?? -1) && v >= (lags[i + 1] ?? -1),
  );
  return SR / lag;
}

const call = (kind: CallKind, mass: number, seconds = 1, seed = 3): Float32Array =>
  renderCall(kind, mass, seconds, 0.8, createRandom(seed, 'call'), SR);

test("a cow's moo is far lower than a cat's meow; a bird's chirp far brighter than a bark", () => {
  const moo = call('moo', bodySoundOf('cow').mass);
  const meow = call('meow', bodySoundOf('cat').mass);
  const mooHz = pitchOf(moo, 0.5);
  const meowHz = pitchOf(meow, 0.5);
  assert.ok(mooHz > 60 && mooHz < 180, `a moo sits low (${mooHz.toFixed(0)} Hz)`);
  assert.ok(
    meowHz > 3 * mooHz,
    `a meow (${meowHz.toFixed(0)} Hz) is far above a moo (${mooHz.toFixed(0)} Hz)`,
  );
  const chirp = spectralCentroid(mono(call('chirp', bodySoundOf('bird').mass)), 0.005, 0.04);
  const bark = spectralCentroid(mono(call('bark', bodySoundOf('dog').mass, 0.5)), 0.02, 0.04);
  assert.ok(
    chirp > 2 * bark,
    `a chirp (${chirp.toFixed(0)} Hz) is brighter than a bark (${bark.toFixed(0)} Hz)`,
  );
  const growl = pitchOf(call('growl', bodySoundOf('bear').mass), 0.5);
  const yap = pitchOf(call('bark', 3, 0.5), 0.04, 0.05);
  assert.ok(
    yap > growl * 2,
    `a small dog's yap (${yap.toFixed(0)} Hz) is above a bear's growl (${growl.toFixed(0)} Hz)`,
  );
});

test('every call sounds, at its level, and each animal has its own', () => {
  for (const kind of CALL_KINDS) {
    const x = call(kind, 20, 0.7);
    const peak = x.reduce((p, v) => Math.max(p, Math.abs(v)), 0);
    assert.ok(x.every(Number.isFinite) && Math.abs(peak - 0.8) < 1e-3, `${kind} peaks at its level`);
  }
  const expect: [string, CallKind][] = [
    ['dog', 'bark'],
    ['cat', 'meow'],
    ['bird', 'chirp'],
    ['horse', 'neigh'],
    ['cow', 'moo'],
    ['sheep', 'baa'],
    ['mallard', 'quack'],
    ['bear', 'growl'],
    ['elephant', 'trumpet'],
  ];
  for (const [name, kind] of expect)
    assert.equal(bodySoundOf(name).call, kind, `a ${name} calls with a ${kind}`);
  assert.equal(bodySoundOf('kangaroo').call, 'growl', 'an unknown animal growls');
  assert.equal(bodySoundOf('person').call, null, 'people speak instead (speech/)');
});

test('steps on stone are brighter than on grass (fabric), for shoes and hooves', () => {
  for (const who of ['person', 'horse', 'dog']) {
    const centroid = (ground: Material) =>
      spectralCentroid(render([event(0.1, who, 'step', ground)], 0.5), 0.1, 0.04);
    const stone = centroid('stone');
    const grass = centroid('fabric');
    assert.ok(stone > 1.5 * grass, `${who}: stone ${stone.toFixed(0)} Hz vs grass ${grass.toFixed(0)} Hz`);
  }
});

test('a heavier body steps lower', () => {
  const centroid = (who: string) =>
    spectralCentroid(render([event(0.1, who, 'step', 'fabric')], 0.5), 0.1, 0.04);
  assert.ok(centroid('elephant') < centroid('cat'), 'an elephant thuds below a cat');
});

test('the same seed gives the same samples; another seed another take', () => {
  const events = [
    event(0.1, 'dog', 'step', 'wood'),
    event(0.4, 'dog', 'call', undefined, 0.5),
    event(1.2, 'person', 'clap', undefined, 0.7),
    event(1.5, 'cow', 'call', undefined, 0.8),
  ];
  const a = render(events, 3);
  const b = render(events, 3);
  const c = render(events, 3, 8);
  assert.deepEqual(a.left, b.left);
  assert.notDeepEqual(a.left, c.left);
});
