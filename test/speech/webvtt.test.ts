/** Subtitles: valid WebVTT, in time with the speech, readable (short lines, short cues), escaped. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scheduleSpeech, speak, toWebVtt, voiceFor, type LineToSay } from '../../src/speech/index.js';
import { person } from './helpers.js';

interface ParsedCue {
  start: number;
  end: number;
  lines: string[];
}

const seconds = (ts: string): number => {
  const m = /^(\d{2,}):([0-5]\d):([0-5]\d)\.(\d{3})$/.exec(ts);
  assert.ok(m, `bad timestamp ${ts}`);
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
};

/** A small WebVTT validator: header, blocks of [id] timing text, timestamps in order. */
function parseVtt(vtt: string): ParsedCue[] {
  const blocks = vtt.split(/\n\n+/).filter((b) => b.trim());
  assert.equal(blocks[0], 'WEBVTT');
  const cues = blocks.slice(1).map((block) => {
    const rows = block.split('\n').filter((r) => r !== '');
    const timing = rows.findIndex((r) => r.includes('-->'));
    assert.ok(timing === 0 || timing === 1, `no timing in ${JSON.stringify(block)}`);
    const [a, b] = rows[timing]!.split(' --> ');
    const lines = rows.slice(timing + 1);
    for (const l of lines) assert.ok(!l.includes('-->'), 'an arrow in cue text');
    return { start: seconds(a!), end: seconds(b!), lines };
  });
  for (let i = 0; i < cues.length; i++) {
    assert.ok(cues[i]!.end > cues[i]!.start, `cue ${i} ends before it starts`);
    if (i > 0) assert.ok(cues[i]!.start >= cues[i - 1]!.end, `cue ${i} overlaps the one before`);
  }
  return cues;
}

const visible = (line: string) =>
  line
    .replace(/<v [^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const VOICE = voiceFor(person({ gender: 'female' }), 1, 'anna', 'en');

async function spansOf(lines: LineToSay[]) {
  const utterances = await Promise.all(lines.map((l) => speak(l.text, l.voice)));
  return scheduleSpeech(lines, { utterances, duration: 60, seed: 1 }).spans;
}

const LONG =
  'When we finally reached the top of the hill, after walking for hours in the rain, we saw the whole valley below us, ' +
  'the river shining like silver, and the little village where we were born, and nobody said a single word for a long time.';

test('cues are valid, short, readable and in time with the words', async () => {
  const spans = await spansOf([
    { speaker: 'anna', text: 'Hello!', voice: VOICE },
    { speaker: 'anna', text: LONG, voice: VOICE },
  ]);
  const cues = parseVtt(toWebVtt(spans, { anna: 'Anna' }));
  assert.ok(cues.length >= 5, `${cues.length} cues for a long line`);
  for (const c of cues) {
    assert.ok(c.lines.length >= 1 && c.lines.length <= 2, `${c.lines.length} lines`);
    for (const l of c.lines) assert.ok(visible(l).length <= 42, `"${visible(l)}" is too long`);
    assert.ok(c.end - c.start <= 6.2, `a cue of ${(c.end - c.start).toFixed(2)} s`);
    assert.match(c.lines[0]!, /^<v Anna>/);
  }
  // The first cue is the first line; the long line starts and ends with its span.
  assert.equal(cues[0]!.start, Math.round(spans[0]!.start * 1000) / 1000);
  assert.ok(Math.abs(cues[1]!.start - spans[1]!.start) < 0.0015);
  assert.ok(Math.abs(cues.at(-1)!.end - spans[1]!.end) < 0.0015);
  // Every word, in order, once.
  const text = cues
    .slice(1)
    .map((c) => c.lines.map(visible).join(' '))
    .join(' ');
  assert.equal(text, LONG);
  // Each cue starts when its first word is said.
  const words = spans[1]!.words;
  for (const c of cues.slice(2)) {
    const first = visible(c.lines[0]!)
      .split(' ')[0]!
      .replace(/[^\p{L}]/gu, '');
    const said = words.find(
      (w) => w.text === first && Math.abs(spans[1]!.start + w.start - c.start) < 0.0015,
    );
    assert.ok(said, `no word "${first}" at ${c.start}`);
  }
});

test('special characters are escaped and a voice off has no voice tag', async () => {
  const spans = await spansOf([{ speaker: null, text: 'Salt & pepper <please> --> now', voice: VOICE }]);
  const vtt = toWebVtt(spans, { anna: 'Anna' });
  const cues = parseVtt(vtt);
  assert.equal(cues[0]!.lines.join(' '), 'Salt &amp; pepper &lt;please&gt; --&gt; now');
  assert.ok(!vtt.includes('<v'));
  assert.match(vtt, /^WEBVTT\n\n/);
});
