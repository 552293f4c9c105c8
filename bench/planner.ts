/**
 * npm run bench:planner: how long planning takes per prompt (typical prompts, and the longest a
 * request may carry), after a warm-up, as the server and CLI call it.
 */
import { planFromPrompt } from '../src/planner/index.js';
import { SHOWCASE_PROMPTS } from '../test/helpers/prompts.js';

const TYPICAL = [
  ...SHOWCASE_PROMPTS,
  'make the ball blue, at night',
  'two red balls and a green ball drop onto a table in the kitchen',
  'a stack of six wooden crates in a park at sunset, cartoon style',
  'a metal can rolls across the floor and hits a row of dominoes',
  'trois billes en verre roulent sur une rampe et renversent une rangée de dominos',
  'Shot 1: a dog runs from left to right on the beach. Shot 2: a close-up of the dog, in the rain',
  'a striped cat chases a mouse in the kitchen, then the camera pans left, watercolor painting',
];

function time(prompt: string, runs: number): { p50: number; max: number } {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    planFromPrompt(prompt);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(runs / 2)]!, max: ms.at(-1)! };
}

for (const p of TYPICAL) planFromPrompt(p); // warm-up: first calls compile the planner
console.log('| prompt | p50 ms | max ms |\n| --- | --- | --- |');
for (const p of TYPICAL) {
  const { p50, max } = time(p, 50);
  console.log(`| ${p} | ${p50.toFixed(2)} | ${max.toFixed(2)} |`);
}
const longest = 'a red ball bounces down wooden stairs and '.repeat(760).slice(0, 32_000);
const { p50, max } = time(longest, 5);
console.log(`| (32,000 characters) | ${p50.toFixed(2)} | ${max.toFixed(2)} |`);
