/** Counts and looks bound to the right noun, however the prompt words them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../src/planner/parse.js';
import { planFromPrompt } from '../../src/planner/index.js';

const read = (prompt: string) =>
  parse(prompt).mentions.map((m) => ({ n: m.count, what: m.archetype, color: m.color, scale: m.scale }));

test('counts: numerals, number words, and words for a number of things', () => {
  const cases: [string, number][] = [
    ['5 balls', 5],
    ['twenty balls', 20],
    ['a pair of balls', 2],
    ['a couple of mugs', 2],
    ['a dozen marbles', 12],
    ['two dozen marbles', 24],
    ['a handful of marbles', 5],
    ['several crates', 4],
    ['a few balls', 3],
    ['a ball', 1],
    ['balls', 2],
  ];
  for (const [prompt, n] of cases) assert.equal(read(prompt)[0]!.n, n, prompt);
  assert.equal(read('500 marbles')[0]!.n, 60, 'a bounded scene');
});

test('colours: names, shades and hex, each bound to its own noun', () => {
  assert.deepEqual(
    read('two red balls and a green ball').map((m) => [m.n, m.color]),
    [
      [2, '#d1302a'],
      [1, '#3c9a45'],
    ],
  );
  const [small, large] = read('a small red cube on a large blue box');
  assert.deepEqual([small!.color, small!.scale], ['#d1302a', 0.75]);
  assert.deepEqual([large!.color, large!.scale], ['#2f62d0', 1.4]);
  const luminance = (hex: string) =>
    [1, 3, 5].reduce((s, i) => s + Number.parseInt(hex.slice(i, i + 2), 16), 0);
  const blue = read('a blue ball')[0]!.color!;
  assert.ok(luminance(read('a dark blue ball')[0]!.color!) < luminance(blue) - 100);
  assert.ok(luminance(read('a light blue ball')[0]!.color!) > luminance(blue) + 100);
  assert.equal(read('a #ff8800 ball')[0]!.color, '#ff8800');
  assert.equal(read('a ball in #f80')[0]!.color, undefined, 'a colour after a preposition is not the ball’s');
  assert.equal(read('the ball is #f80')[0]!.color, '#ff8800');
  assert.equal(read('a #ff8800 ball')[0]!.n, 1, 'the digits of a hex colour are not a count');
});

test('the plan carries the counts and colours through', () => {
  const plan = planFromPrompt('a pair of dark red balls drop onto a table');
  const balls = plan.entities.filter((e) => e.archetype === 'ball');
  assert.equal(balls.length, 2);
  assert.ok(balls.every((b) => b.color === '#7d1d19'));
  assert.deepEqual(plan.understanding.ignored, []);
});

test('looks named in several words: "black and white" is a style unless it describes a thing', () => {
  assert.equal(planFromPrompt('a ball drops onto a table, black and white').style, 'noir');
  assert.equal(planFromPrompt('a ball drops, animated style').style, 'cartoon');
  assert.equal(planFromPrompt('a black and white ball drops').style, 'natural');
});
