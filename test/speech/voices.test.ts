/** Voices: each character keeps its own voice, and people in one scene can be told apart by ear. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { castVoices, speak, voiceFor, type Voice } from '../../src/speech/index.js';
import { medianF0, person, semitones } from './helpers.js';

const LINE = 'We walked to the market and bought some bread and cheese for lunch.';
const heardPitch = async (v: Voice) => {
  const u = await speak(LINE, v);
  return medianF0(u.pcm, u.sampleRate);
};

test("a character's explicit voice wins, and a derived one is the same on every call", () => {
  const own: Voice = { language: 'fr', variant: 'm2', pitch: 40, range: 50, rate: 170 };
  assert.deepEqual(voiceFor(person({ voice: own }), 1, 'bob', 'en'), own);
  const girl = person({ age: 'child', gender: 'female' });
  assert.deepEqual(voiceFor(girl, 9, 'girl', 'en'), voiceFor(girl, 9, 'girl', 'en'));
  const cast = [
    { id: 'mum', character: person({ gender: 'female' }) },
    { id: 'girl', character: girl },
  ];
  assert.deepEqual(castVoices(cast, 9, 'en'), castVoices(cast, 9, 'en'));
});

test('a woman and a man in one scene sound at clearly different pitches', async () => {
  for (const seed of [1, 2, 3]) {
    const woman = await heardPitch(voiceFor(person({ gender: 'female' }), seed, 'woman', 'en'));
    const man = await heardPitch(voiceFor(person({ gender: 'male' }), seed, 'man', 'en'));
    assert.ok(woman > 160 && woman < 300, `woman at ${woman} Hz`);
    assert.ok(man > 70 && man < 140, `man at ${man} Hz`);
    assert.ok(semitones(woman, man) >= 7, `seed ${seed}: only ${semitones(woman, man).toFixed(1)} semitones`);
  }
});

test('a child is higher than a woman; two women in one scene are cast apart', async () => {
  for (const seed of [1, 7, 42]) {
    const voices = castVoices(
      [
        { id: 'anna', character: person({ gender: 'female' }) },
        { id: 'beth', character: person({ gender: 'female' }) },
        { id: 'kid', character: person({ age: 'child' }) },
      ],
      seed,
      'en',
    );
    const [anna, beth, kid] = await Promise.all([voices.anna!, voices.beth!, voices.kid!].map(heardPitch));
    assert.notEqual(voices.anna!.variant, voices.beth!.variant, 'two women, one variant');
    assert.ok(semitones(anna!, beth!) >= 1.5, `seed ${seed}: women ${anna} and ${beth} Hz`);
    assert.ok(kid! > Math.max(anna!, beth!), `seed ${seed}: child ${kid} Hz under a woman`);
  }
});

test('an elderly voice speaks more slowly than an adult one', async () => {
  const adult = voiceFor(person({ gender: 'male' }), 4, 'a', 'en');
  const elder = voiceFor(person({ gender: 'male', age: 'elderly' }), 4, 'b', 'en');
  const [ua, ue] = await Promise.all([speak(LINE, adult), speak(LINE, elder)]);
  assert.ok(ue.duration > ua.duration * 1.05, `${ue.duration} s against ${ua.duration} s`);
});
