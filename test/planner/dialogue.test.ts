/** Quoted speech: the words, who says them, how, and in what order; never read as things. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';

const lines = (prompt: string) =>
  planFromPrompt(prompt).dialogue.map((d) => [d.speaker, d.text, d.tone ?? null] as const);

test('the speaker before or after the line, with or without a determiner', () => {
  assert.deepEqual(lines('the girl says "hi there"'), [['girl', 'hi there', null]]);
  // The speaker is the person in the scene who says it, by id: the old man is "man".
  assert.deepEqual(lines('"Hi," said the old man'), [['man', 'Hi', null]]);
  const plan = planFromPrompt('"Hi," said the old man');
  assert.equal(plan.entities.find((e) => e.id === 'man')?.character?.age, 'elderly');
  assert.deepEqual(lines('"wow" the boy says'), [['boy', 'wow', null]]);
  assert.deepEqual(lines('« Bonjour ! » dit-elle'), [['she', 'Bonjour !', null]]);
});

test('tone from the verb or an adverb, wherever it stands', () => {
  assert.deepEqual(lines('a duck whispers "quack"'), [['duck', 'quack', 'whispering']]);
  assert.deepEqual(lines('the boy shouts angrily: "stop!"'), [['boy', 'stop!', 'angry']]);
  assert.deepEqual(lines('"wow" says the boy happily'), [['boy', 'wow', 'happy']]);
});

test('several lines keep their order and their speakers, and follow one another in time', () => {
  const plan = planFromPrompt("she says 'let's go' and he replies 'okay', then she asks \"ready?\"");
  assert.deepEqual(
    plan.dialogue.map((d) => [d.speaker, d.text]),
    [
      ['she', "let's go"],
      ['he', 'okay'],
      ['she', 'ready?'],
    ],
  );
  const times = plan.dialogue.map((d) => d.at!);
  assert.ok(times[0]! < times[1]! && times[1]! < times[2]! && times[2]! < plan.duration);
  assert.equal(plan.dialogue[2]!.tone, 'asking');
});

test('the words of a line are not things in the scene, and nothing around them is left unread', () => {
  const plan = planFromPrompt('the boy says "a red ball" and a blue ball drops onto a table');
  const balls = plan.entities.filter((e) => e.archetype === 'ball');
  assert.equal(balls.length, 1);
  assert.equal(balls[0]!.color, '#2f62d0');
  assert.deepEqual(plan.understanding.ignored, []);
});

test('a line nobody is said to speak is the narrator’s; apostrophes are not quotes', () => {
  assert.deepEqual(lines('"once upon a time"'), [['narrator', 'once upon a time', null]]);
  assert.deepEqual(lines("the dog's ball bounces down wooden stairs"), []);
});
