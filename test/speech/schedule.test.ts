/** Placing lines in time: in order, never talking over each other, at their times, none cut off. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  planSpeech,
  scheduleSpeech,
  speak,
  voiceFor,
  type LineToSay,
  type SpeechSpan,
} from '../../src/speech/index.js';
import { scenePlan } from '../../src/plan/schema.js';
import { person } from './helpers.js';

const ANNA = voiceFor(person({ gender: 'female' }), 1, 'anna', 'en');
const BOB = voiceFor(person({ gender: 'male' }), 1, 'bob', 'en');

async function schedule(lines: LineToSay[], duration: number, seed = 1) {
  const utterances = await Promise.all(lines.map((l) => speak(l.text, l.voice, l.tone)));
  return scheduleSpeech(lines, { utterances, duration, seed });
}

const line = (speaker: string, text: string, at?: number, tone?: string): LineToSay => ({
  speaker,
  text,
  voice: speaker === 'anna' ? ANNA : BOB,
  ...(at !== undefined && { at }),
  ...(tone && { tone }),
});

/** Silence heard between two lines: from the last phone of one to the first phone of the next. */
const audibleGap = (a: SpeechSpan, b: SpeechSpan) =>
  b.start + b.phones[0]!.start - (a.start + a.phones.at(-1)!.end);

function assertNoOverlap(spans: SpeechSpan[]) {
  for (let i = 1; i < spans.length; i++)
    assert.ok(spans[i]!.start >= spans[i - 1]!.end, `line ${i} starts before line ${i - 1} ends`);
}

test('untimed lines follow each other in order with natural turn gaps', async () => {
  const lines = [
    line('anna', 'Good morning!'),
    line('bob', 'Morning. Did you sleep well?'),
    line('bob', 'I barely slept at all.'),
    line('anna', 'Me neither, the storm was so loud.'),
    line('bob', 'Coffee, then.'),
  ];
  const gaps: { change: boolean; gap: number }[] = [];
  for (const seed of [1, 2, 3, 4]) {
    const { spans, dropped } = await schedule(lines, 30, seed);
    assert.equal(dropped.length, 0);
    assert.deepEqual(
      spans.map((s) => s.text),
      lines.map((l) => l.text),
    );
    assertNoOverlap(spans);
    assert.ok(spans[0]!.start >= 0.2 && spans[0]!.start <= 0.7, `first line at ${spans[0]!.start}`);
    for (let i = 1; i < spans.length; i++) {
      const gap = audibleGap(spans[i - 1]!, spans[i]!);
      assert.ok(gap >= 0.2 && gap <= 0.65, `gap of ${gap.toFixed(3)} s`);
      gaps.push({ change: spans[i - 1]!.speaker !== spans[i]!.speaker, gap });
    }
  }
  const mean = (change: boolean) => {
    const g = gaps.filter((x) => x.change === change).map((x) => x.gap);
    return g.reduce((a, b) => a + b, 0) / g.length;
  };
  assert.ok(mean(true) > mean(false), 'answering takes a little longer than going on');
});

test('a timed line starts at its time, or waits for the line it would talk over', async () => {
  const lines = [
    line('anna', 'Look at that big red balloon over there!', 1),
    line('bob', 'Wow.', 1.5),
    line('anna', 'Told you.', 8),
  ];
  const { spans } = await schedule(lines, 12);
  assert.equal(spans[0]!.start, 1);
  assert.ok(spans[1]!.start > 1.5, 'waited');
  assert.ok(audibleGap(spans[0]!, spans[1]!) >= 0.2);
  assert.equal(spans[2]!.start, 8);
  assertNoOverlap(spans);
});

test('a line that would run past the end is left out whole, and reported', async () => {
  const lines = [
    line('anna', 'We have time for this.'),
    line('bob', 'But not for this very long and winding reply about everything under the sun.'),
    line('anna', 'Short one.', 2.2),
  ];
  const duration = 3.5;
  const { spans, dropped } = await schedule(lines, duration);
  assert.deepEqual(
    dropped.map((d) => d.index),
    [1],
  );
  assert.match(dropped[0]!.reason, /after the video ends/);
  assert.deepEqual(
    spans.map((s) => s.text),
    ['We have time for this.', 'Short one.'],
  );
  for (const s of spans) {
    assert.ok(s.start + s.phones.at(-1)!.end <= duration, 'a word past the end');
    assert.ok(s.end <= duration);
  }
});

test('spans carry the feeling and level of their tone', async () => {
  const { spans } = await schedule(
    [line('anna', 'Get out!', undefined, 'shouting'), line('bob', 'sorry', undefined, 'whispering')],
    10,
  );
  assert.equal(spans[0]!.emotion, 'angry');
  assert.ok(spans[0]!.gainDb > 0 && spans[1]!.gainDb < -6);
  assert.equal(spans[1]!.tone, 'whispering');
});

test('a plan is said whole: voices per speaker, a speaker who is no one is a voice off', async () => {
  const plan = scenePlan.parse({
    version: 1,
    prompt: 'a woman and a man talk',
    duration: 8,
    fps: 30,
    width: 64,
    height: 64,
    seed: 5,
    style: 'natural',
    environment: {
      place: 'room',
      ground: { material: 'wood', color: '#808080' },
      wall: null,
      sky: '#a0c0e0',
      timeOfDay: 'noon',
      light: { azimuth: 30, elevation: 45, intensity: 1, color: '#ffffff' },
    },
    entities: ['woman', 'man'].map((id, i) => ({
      id,
      archetype: 'person',
      label: id,
      color: '#3050a0',
      material: 'fabric',
      body: 'dynamic',
      position: [i * 2 - 1, 0, 0],
      character: { gender: id === 'woman' ? 'female' : 'male' },
    })),
    shots: [{ start: 0, end: 8, position: [0, 1.5, 5], target: [0, 1, 0] }],
    dialogue: [
      { speaker: 'woman', text: 'Hello!', at: 0.5 },
      { speaker: 'man', text: 'Hi there.', tone: 'happy' },
      { speaker: 'narrator', text: 'And so they met.' },
      { speaker: 'woman', text: 'Nice to meet you.' },
    ],
    sound: { ambience: { kind: 'room', levelDb: -30 } },
    understanding: { language: 'en', understood: [], ignored: [], notes: [] },
  });
  const { spans, dropped } = await planSpeech(plan);
  assert.equal(dropped.length, 0);
  assert.deepEqual(
    spans.map((s) => s.speaker),
    ['woman', 'man', null, 'woman'],
  );
  assert.deepEqual(spans[0]!.voice, spans[3]!.voice);
  assert.notDeepEqual(spans[0]!.voice, spans[1]!.voice);
  assert.equal(spans[0]!.start, 0.5);
  assertNoOverlap(spans);
  assert.deepEqual(await planSpeech(plan), { spans, dropped });
});
