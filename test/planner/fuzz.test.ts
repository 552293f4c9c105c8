/**
 * No prompt crashes the planner: hostile and random text always gives a valid plan (possibly an
 * empty scene that says so), never an exception.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { scenePlan } from '../../src/plan/schema.js';
import { createRandom } from '../../src/plan/random.js';
import { SHOWCASE_PROMPTS } from '../helpers/prompts.js';

const HOSTILE = [
  '',
  ' \t\n ',
  '\u0000\u0001\u0007\u001b[31m',
  '🐶🐱🚗 '.repeat(2000),
  'a'.repeat(32_000),
  'ball '.repeat(6400),
  '三个红色的球滚下楼梯',
  'кот прыгает на стол',
  'قطة سوداء تقفز',
  '""""" «« »» \'\'\'',
  'constructor prototype __proto__ toString hasOwnProperty valueOf ball',
  '999999999999 balls',
  '1e309 marbles',
  'NaN crates and Infinity dominoes',
  'a stack of of of crates',
  'then then then onto onto the the',
  '<script>alert(1)</script> a ball',
  '%s %d {{prompt}} ${x} a ball',
];

/** Text from an alphabet of words the planner knows, words it does not, symbols and other scripts. */
function randomPrompt(seed: number): string {
  const r = createRandom(seed, 'fuzz');
  const pool = [
    ...SHOWCASE_PROMPTS.join(' ').split(' '),
    'of', 'a', 'stack', 'row', 'three', '12', 'next', 'to', 'onto', 'at', 'night', 'cartoon', 'is', 'blue',
    'zxq', '∂', '🦆', '\u200b', '«', '»', '"', '#ff0000', '-', '.', ',', 'façade', 'naïve',
  ]; // prettier-ignore
  return Array.from(
    { length: Math.floor(r.range(0, 40)) },
    () => pool[Math.floor(r.next() * pool.length)],
  ).join(r.next() < 0.5 ? ' ' : '');
}

test('hostile prompts give valid plans, not exceptions', () => {
  for (const prompt of HOSTILE) {
    const plan = planFromPrompt(prompt);
    assert.ok(scenePlan.safeParse(plan).success, JSON.stringify(prompt.slice(0, 40)));
    assert.ok(plan.entities.length <= 100, 'a bounded scene');
  }
});

test('a thousand random prompts give valid plans', () => {
  for (let seed = 0; seed < 1000; seed++) {
    const prompt = randomPrompt(seed);
    assert.doesNotThrow(() => planFromPrompt(prompt), JSON.stringify(prompt));
  }
});

test('words that name object properties are just unknown words', () => {
  // ("a constructor" is a person: WordNet knows builders.)
  const plan = planFromPrompt('the valueOf drops a __proto__ ball, hasOwnProperty');
  assert.equal(plan.entities.filter((e) => e.archetype === 'ball').length, 1);
  assert.ok(plan.understanding.ignored.includes('valueof'));
  assert.ok(plan.understanding.ignored.includes('hasownproperty'));
});
