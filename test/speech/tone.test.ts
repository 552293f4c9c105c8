/** Tones of voice: a shout is louder and higher, a whisper quieter and breathy, a question rises. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scheduleSpeech, speak, toneStyle, voiceFor, type Voice } from '../../src/speech/index.js';
import { renderSpeech } from '../../src/audio/speech.js';
import { createStereo } from '../../src/audio/dsp.js';
import { db, medianF0, person, pitchTrack, rms } from './helpers.js';

const LINE = 'I think we should all go home now.';
const WOMAN = voiceFor(person({ gender: 'female' }), 1, 'x', 'en');
const MAN = voiceFor(person({ gender: 'male' }), 1, 'y', 'en');
const RATE = 48000;

/** The line as heard in the mix: placed, at its tone's level, centred. */
async function heard(text: string, voice: Voice, tone?: string) {
  const u = await speak(text, voice, tone);
  const { spans } = scheduleSpeech([{ speaker: null, text, voice, ...(tone && { tone }) }], {
    utterances: [u],
    duration: 10,
    seed: 1,
  });
  const bus = createStereo(10 * RATE);
  const centre = { left: Math.SQRT1_2, right: Math.SQRT1_2 };
  renderSpeech(
    bus,
    spans,
    () => undefined,
    () => centre,
    RATE,
    [u],
  );
  const s = spans[0]!;
  return { u, level: rms(bus.left, RATE, s.start, s.end), pitch: medianF0(u.pcm, u.sampleRate) };
}

test('a shout is louder, higher and quicker than the same line said plainly', async () => {
  for (const voice of [WOMAN, MAN]) {
    const plain = await heard(LINE, voice);
    const shout = await heard(LINE, voice, 'shouting');
    assert.ok(
      db(shout.level / plain.level) >= 3,
      `shout only ${db(shout.level / plain.level).toFixed(1)} dB louder`,
    );
    assert.ok(shout.pitch > plain.pitch * 1.15, `shout at ${shout.pitch} Hz, plain ${plain.pitch} Hz`);
    assert.ok(shout.u.duration < plain.u.duration);
  }
});

test('a whisper is quieter and unvoiced', async () => {
  const plain = await heard(LINE, WOMAN);
  const whisper = await heard(LINE, WOMAN, 'whispering');
  assert.ok(
    db(whisper.level / plain.level) <= -8,
    `whisper ${db(whisper.level / plain.level).toFixed(1)} dB`,
  );
  const voiced = (x: Float32Array) => pitchTrack(x, 22050).filter((f) => f.hz !== null).length;
  assert.ok(voiced(whisper.u.pcm) < 0.2 * voiced(plain.u.pcm), 'a whisper has no pitch');
});

test('sad is lower and slower; happy higher', async () => {
  const plain = await heard(LINE, WOMAN);
  const sad = await heard(LINE, WOMAN, 'sad');
  const happy = await heard(LINE, WOMAN, 'happy');
  assert.ok(sad.pitch < plain.pitch && sad.u.duration > plain.u.duration * 1.1);
  assert.ok(happy.pitch > plain.pitch);
});

test('asked, a statement ends on a rising pitch', async () => {
  const text = 'You are going home.';
  for (const voice of [WOMAN, MAN]) {
    const end = async (tone?: string) => {
      const u = await speak(text, voice, tone);
      const voiced = pitchTrack(u.pcm, u.sampleRate).filter((f) => f.hz !== null);
      return voiced.slice(-5).reduce((a, f) => a + f.hz!, 0) / 5;
    };
    const [said, asked] = [await end(), await end('asking')];
    assert.ok(asked > said * 1.1, `asked ends at ${asked.toFixed(0)} Hz, said at ${said.toFixed(0)} Hz`);
  }
});

test('laughing adds a laugh after the line, and before a line of one word', async () => {
  const plain = await speak(LINE, WOMAN);
  const laughing = await speak(LINE, WOMAN, 'laughing');
  assert.ok(laughing.duration > plain.duration + 0.4);
  assert.deepEqual(
    laughing.words.map((w) => w.text),
    plain.words.map((w) => w.text),
  );
  const tail = laughing.phones.slice(-8).map((p) => p.ipa);
  assert.ok(tail.filter((p) => p === 'h').length >= 3, `ends in ${tail.join(' ')}`);
  const oh = await speak('Oh!', WOMAN, 'laughing');
  assert.equal(oh.phones[0]!.ipa, 'h');
  assert.ok(oh.words[0]!.start > 0.4, 'the word comes after the laugh');
});

test('unknown tones are said plainly; tones carry a feeling and a level', async () => {
  const plain = await speak(LINE, WOMAN);
  const odd = await speak(LINE, WOMAN, 'quizzically-bemused');
  assert.deepEqual(odd.pcm, plain.pcm);
  assert.equal(toneStyle('whispering').gainDb, -10);
  assert.equal(toneStyle('crying').emotion, 'sad');
  assert.equal(toneStyle('laughing').emotion, 'happy');
  assert.equal(toneStyle('shouting').emotion, 'angry');
});
