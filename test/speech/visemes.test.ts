/** Lip-sync: the mouth is shut in silence, closes on every p, b and m, opens on open vowels, never jumps. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mouthAt, speak, speechMouth, visemeOf, voiceFor, type Phone } from '../../src/speech/index.js';
import type { SpeechSpan } from '../../src/speech/types.js';
import { person } from './helpers.js';

const VOICE = voiceFor(person({ gender: 'male' }), 2, 'bob', 'en');
const mid = (p: Phone) => (p.start + p.end) / 2;

test('visemes of English and French phones as eSpeak writes them', () => {
  const cases: [string, string][] = [
    ['p', 'A'], ['b', 'A'], ['m', 'A'], ['t', 'B'], ['s', 'B'], ['k', 'B'], ['iː', 'B'],
    ['ɛ', 'C'], ['æ', 'C'], ['eɪ', 'C'], ['ɑː', 'D'], ['aɪ', 'D'], ['ʌ', 'D'], ['aʊ', 'D'],
    ['ɔː', 'E'], ['oʊ', 'E'], ['ɔːɹ', 'E'], ['ɜː', 'E'], ['uː', 'F'], ['ʊ', 'F'], ['w', 'F'],
    ['f', 'G'], ['v', 'G'], ['l', 'H'], ['', 'X'], ['ˈæ', 'C'],
    ['ɔ̃', 'E'], ['ɑ̃', 'D'], ['ɛ̃', 'C'], ['y', 'F'], ['ø', 'E'], ['œ', 'E'], ['ʁ', 'B'], ['ʒ', 'B'],
    ['ɥ', 'F'], ['n̩', 'B'], ['l̩', 'H'],
  ]; // prettier-ignore
  for (const [ipa, viseme] of cases) assert.equal(visemeOf(ipa), viseme, ipa);
});

test('the lips close at the middle of every p, b and m of "bob bought more maps"', async () => {
  const u = await speak('Bob bought more maps.', VOICE);
  const bilabials = u.phones.filter((p) => 'pbm'.includes(p.ipa));
  assert.ok(bilabials.length >= 6, `${bilabials.length} bilabials`);
  for (const p of bilabials) {
    const open = mouthAt(u.phones, mid(p)).open;
    assert.ok(open <= 0.05, `${p.ipa} at ${mid(p).toFixed(3)} s: open ${open.toFixed(2)}`);
  }
  for (const p of u.phones.filter((q) => visemeOf(q.ipa) === 'D' && q.end - q.start > 0.06))
    assert.ok(mouthAt(u.phones, mid(p)).open >= 0.6, `${p.ipa} not open`);
});

test('shut in silence: before, after, and in a pause between sentences', async () => {
  const u = await speak('Open wide. Say ah.', VOICE);
  const first = u.phones[0]!;
  const last = u.phones.at(-1)!;
  for (const t of [-1, first.start - 0.04, last.end + 0.04, u.duration + 0.05, 10])
    assert.equal(mouthAt(u.phones, t).open, 0, `open at ${t}`);
  const gaps = u.phones.slice(1).map((p, i) => [u.phones[i]!.end, p.start] as const);
  const pause = gaps.find(([a, b]) => b - a > 0.2);
  assert.ok(pause, 'a pause between the sentences');
  assert.equal(mouthAt(u.phones, (pause[0] + pause[1]) / 2).open, 0);
  // And it moves while talking: many openings and closings.
  let crossings = 0;
  let wasOpen = false;
  for (let t = 0; t < u.duration; t += 0.005) {
    const isOpen = mouthAt(u.phones, t).open > 0.3;
    if (isOpen !== wasOpen) crossings++;
    wasOpen = isOpen;
  }
  assert.ok(crossings >= 6, `${crossings} crossings`);
});

test('the mouth glides: no step bigger than 0.12 in 1 ms, on any axis', async () => {
  const u = await speak('Bob bought more maps, and we whispered about papers to the puppy.', VOICE);
  let prev = mouthAt(u.phones, -0.2);
  let worst = 0;
  for (let t = -0.2; t < u.duration + 0.2; t += 0.001) {
    const m = mouthAt(u.phones, t);
    worst = Math.max(
      worst,
      Math.abs(m.open - prev.open),
      Math.abs(m.wide - prev.wide),
      Math.abs(m.round - prev.round),
    );
    for (const v of [m.open, m.wide, m.round]) assert.ok(v >= 0 && v <= 1);
    prev = m;
  }
  assert.ok(worst <= 0.12, `a step of ${worst.toFixed(3)}`);
});

test('a very short p still closes, and mouthAt is fast', () => {
  const phones: Phone[] = [
    { ipa: 'ɑː', start: 0, end: 0.2 },
    { ipa: 'p', start: 0.2, end: 0.215 },
    { ipa: 'ɑː', start: 0.215, end: 0.4 },
  ];
  assert.ok(mouthAt(phones, 0.2075).open <= 0.05);
  assert.ok(mouthAt(phones, 0.1).open > 0.6 && mouthAt(phones, 0.3).open > 0.6);
  const many: Phone[] = Array.from({ length: 2000 }, (_, i) => ({
    ipa: ['m', 'ɑː', 't', 'iː'][i % 4]!,
    start: i * 0.08,
    end: i * 0.08 + 0.08,
  }));
  const t0 = performance.now();
  let sum = 0;
  for (let i = 0; i < 100000; i++) sum += mouthAt(many, (i * 0.0016) % 160).open;
  assert.ok(Number.isFinite(sum));
  assert.ok(performance.now() - t0 < 1000, 'over 10 µs a call');
});

test("speechMouth follows each speaker's own lines and is shut otherwise", async () => {
  const u = await speak('Bob bought more maps.', VOICE);
  const span = (speaker: string, start: number): SpeechSpan => ({
    speaker,
    text: 'Bob bought more maps.',
    voice: VOICE,
    emotion: 'neutral',
    start,
    end: start + u.duration,
    gainDb: 0,
    phones: u.phones,
    words: u.words,
  });
  const spans = [span('anna', 1), span('bob', 3)];
  const vowel = u.phones.find((p) => visemeOf(p.ipa) === 'D')!;
  assert.ok(speechMouth(spans, 'anna', 1 + mid(vowel)).open > 0.5);
  assert.equal(speechMouth(spans, 'bob', 1 + mid(vowel)).open, 0);
  assert.ok(speechMouth(spans, 'bob', 3 + mid(vowel)).open > 0.5);
  assert.equal(speechMouth(spans, 'anna', 0.5).open, 0);
  assert.equal(speechMouth(spans, 'carl', 3 + mid(vowel)).open, 0);
});
