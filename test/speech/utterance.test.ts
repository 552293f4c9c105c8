/** A line said: its phone and word timings agree with its sound, and it sounds the same every time. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { speak, visemeOf, voiceFor, type Utterance } from '../../src/speech/index.js';
import { db, person, rms } from './helpers.js';

const TEXT = 'The quick brown fox jumps over the lazy dog. Then it sleeps all afternoon.';
const VOICE = voiceFor(person({ gender: 'female' }), 3, 'narrator', 'en');

const isVowel = (ipa: string) => 'CDE'.includes(visemeOf(ipa)) || /[aeiouɑɛɪɔʊəæʌɜ]/u.test(ipa);

/** Pauses between phones longer than `min` seconds, shrunk by 20 ms at each end. */
function pauses(u: Utterance, min: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 1; i < u.phones.length; i++) {
    const [a, b] = [u.phones[i - 1]!.end, u.phones[i]!.start];
    if (b - a > min) out.push([a + 0.02, b - 0.02]);
  }
  return out;
}

test('vowels are loud where the phones say and the pause between sentences is quiet', async () => {
  const u = await speak(TEXT, VOICE);
  const vowels = u.phones.filter((p) => isVowel(p.ipa) && p.end - p.start > 0.04);
  assert.ok(vowels.length >= 12, `only ${vowels.length} vowels`);
  const vowelLevels = vowels.map((p) => rms(u.pcm, u.sampleRate, p.start, p.end));
  const sentenceBreak = pauses(u, 0.15);
  assert.equal(sentenceBreak.length, 1, 'one pause, between the sentences');
  const [a, b] = sentenceBreak[0]!;
  const quiet = rms(u.pcm, u.sampleRate, a, b);
  const before = rms(u.pcm, u.sampleRate, 0, u.phones[0]!.start);
  for (const level of vowelLevels) {
    assert.ok(db(level / quiet) > 30, `a vowel only ${db(level / quiet).toFixed(1)} dB over the pause`);
    assert.ok(db(level / Math.max(before, 1e-6)) > 30, 'sound before the first phone');
  }
});

test('timings cover the sound: phones in order, inside the audio, ending with it', async () => {
  const u = await speak(TEXT, VOICE);
  assert.equal(u.duration, u.pcm.length / u.sampleRate);
  assert.equal(u.sampleRate, 22050);
  for (let i = 0; i < u.phones.length; i++) {
    const p = u.phones[i]!;
    assert.ok(p.end > p.start, `phone ${i} has no length`);
    if (i > 0) assert.ok(p.start >= u.phones[i - 1]!.end - 1e-9, `phone ${i} overlaps the one before`);
  }
  const last = u.phones.at(-1)!;
  assert.ok(
    last.end <= u.duration && u.duration - last.end < 0.3,
    `audio runs ${u.duration - last.end} s past`,
  );
  // After the last phone only the voice's faint echo remains.
  const tail = db(rms(u.pcm, u.sampleRate, last.end + 0.02) / rms(u.pcm, u.sampleRate));
  assert.ok(tail < -25, `${tail.toFixed(1)} dB after the last phone`);
});

test('words come in order, with increasing times, each holding its phones', async () => {
  const u = await speak(TEXT, VOICE);
  const expected = TEXT.match(/[A-Za-z]+/g)!;
  assert.deepEqual(
    u.words.map((w) => w.text),
    expected,
  );
  for (let i = 0; i < u.words.length; i++) {
    const w = u.words[i]!;
    assert.ok(w.end > w.start);
    if (i > 0)
      assert.ok(w.start >= u.words[i - 1]!.end - 1e-9, `"${w.text}" starts before the word before ends`);
    assert.ok(
      u.phones.some((p) => p.start >= w.start && p.end <= w.end),
      `"${w.text}" holds no phone`,
    );
  }
  // "afternoon" (three syllables) is longer than "it".
  const len = (t: string) => u.words.find((w) => w.text === t)!;
  assert.ok(len('afternoon').end - len('afternoon').start > 2 * (len('it').end - len('it').start));
});

test('same text and voice give the same samples, in this process and another', async () => {
  const a = await speak('Hello there, how are you today?', VOICE);
  await speak('Something else in between, to disturb any state.', { ...VOICE, variant: 'm3' });
  const b = await speak('Hello there, how are you today?', VOICE);
  assert.deepEqual(a.pcm, b.pcm);
  assert.deepEqual(a.phones, b.phones);
  const hash = createHash('sha256').update(new Uint8Array(a.pcm.buffer)).digest('hex');
  const index = fileURLToPath(new URL('../../src/speech/index.ts', import.meta.url));
  const script = `
    import { createHash } from 'node:crypto';
    import { speak } from ${JSON.stringify(index)};
    const u = await speak('Hello there, how are you today?', ${JSON.stringify(VOICE)});
    console.log(createHash('sha256').update(new Uint8Array(u.pcm.buffer)).digest('hex'));`;
  const other = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  }).trim();
  assert.equal(other, hash);
});

test('French is said with French sounds', async () => {
  const voice = voiceFor(person({ gender: 'male' }), 5, 'pierre', 'fr');
  assert.equal(voice.language, 'fr');
  const u = await speak('Bonjour tout le monde', voice);
  const ipa = u.phones.map((p) => p.ipa).join(' ');
  assert.match(ipa, /ʒ|ʁ|ɔ̃/u, ipa);
  assert.ok(rms(u.pcm, u.sampleRate) > 0.02, 'silent');
  assert.deepEqual(
    u.words.map((w) => w.text),
    ['Bonjour', 'tout', 'le', 'monde'],
  );
});

test('non-ASCII text is read whole (accents, dashes, curly quotes)', async () => {
  const u = await speak('I have 3 cats — naïve café owners, “really”.', VOICE);
  assert.deepEqual(
    u.words.map((w) => w.text),
    ['I', 'have', '3', 'cats', 'naïve', 'café', 'owners', 'really'],
  );
});
