/**
 * French prompts: detected without being told, and planned as their English counterparts are:
 * the same things, counts, colours, materials, places, motions, relations, shots and speech.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { detectLanguage } from '../../src/planner/french.js';
import type { ScenePlan } from '../../src/plan/schema.js';

/** What a plan does, without the words it was asked in. */
const gist = (plan: ScenePlan) => ({
  things: plan.entities.map((e) => [e.archetype, e.color, e.material, e.scale, e.body]),
  actions: plan.actions.map((a) => [a.type, a.entity, a.at]),
  environment: plan.environment,
  shots: plan.shots.map((s) => [s.start, s.end, s.framing, s.move.type, s.keepInView]),
  dialogue: plan.dialogue.map((d) => [d.speaker, d.text, d.tone]),
});

const PAIRS: [string, string][] = [
  ['a red ball bounces down wooden stairs', 'une balle rouge rebondit dans un escalier en bois'],
  [
    'three glass marbles roll down a ramp and knock over a row of dominoes',
    'trois billes en verre roulent sur une rampe et renversent une rangée de dominos',
  ],
  [
    'a metal ball smashes into a stack of wooden crates and they tumble',
    'une boule en métal percute une pile de caisses en bois',
  ],
  [
    'a rubber duck drops onto a table next to a coffee mug',
    'un canard en caoutchouc tombe sur une table à côté d’une tasse',
  ],
  ['a small red cube on a large blue box', 'un petit cube rouge sur une grande boîte bleue'],
  ['two cats and three dogs in the park at night', 'deux chats et trois chiens dans le parc la nuit'],
  [
    'a dog to the left of a cat, and a bird above them',
    'un chien à gauche d’un chat, et un oiseau au-dessus',
  ],
  [
    'a dark blue ball rolls across the floor in the rain',
    'une balle bleu foncé roule sur le sol sous la pluie',
  ],
  [
    'Shot 1: a red ball on a table. Shot 2: a close-up of the ball',
    'Plan 1 : une balle rouge sur une table. Plan 2 : gros plan sur la balle',
  ],
];

test('the language is detected: French prompts as French, English ones as English', () => {
  for (const [en, fr] of PAIRS) {
    assert.equal(detectLanguage(en), 'en', en);
    assert.equal(detectLanguage(fr), 'fr', fr);
    assert.equal(planFromPrompt(fr).understanding.language, 'fr');
    assert.equal(planFromPrompt(en).understanding.language, 'en');
  }
  assert.equal(detectLanguage('« Bonjour ! » dit-elle'), 'fr');
  assert.equal(detectLanguage(''), 'en');
});

test('a French prompt makes the same scene as its English counterpart', () => {
  for (const [en, fr] of PAIRS) {
    const [a, b] = [gist(planFromPrompt(en)), gist(planFromPrompt(fr))];
    // The English prompts say a little more in places ("coffee mug", "they tumble"): compare what both say.
    assert.deepEqual(b.things, a.things, fr);
    assert.deepEqual(b.actions, a.actions, fr);
    assert.deepEqual(b.environment, a.environment, fr);
    assert.deepEqual(b.shots, a.shots, fr);
  }
});

test('adjectives after the noun are bound to it, with gender and number', () => {
  const plan = planFromPrompt('un chat noir et deux balles vertes, une petite boule blanche');
  const by = (a: string) => plan.entities.filter((e) => e.archetype === a);
  assert.equal(by('cat')[0]!.color, planFromPrompt('a black cat').entities[0]!.color);
  assert.equal(by('ball').length, 3);
  const green = planFromPrompt('a green ball').entities[0]!.color;
  const white = planFromPrompt('a white ball').entities[0]!.color;
  assert.equal(by('ball').filter((e) => e.color === green).length, 2);
  assert.equal(by('ball').filter((e) => e.color === white && e.scale < 1).length, 1);
});

test('French speech: the line, who says it and how', () => {
  const plan = planFromPrompt('un homme en costume bleu dit « bonjour tout le monde » en souriant');
  assert.deepEqual(
    plan.dialogue.map((d) => [d.speaker, d.text, d.tone]),
    [['man', 'bonjour tout le monde', 'happy']],
  );
  assert.ok(plan.entities.some((e) => e.archetype === 'person'));
  const she = planFromPrompt('« Bonjour ! » dit-elle, puis une balle tombe');
  assert.equal(she.dialogue[0]!.text, 'Bonjour !');
  assert.ok(she.entities.some((e) => e.archetype === 'ball'));
});

test('French words the planner does not know are listed as not used, in French', () => {
  const plan = planFromPrompt('une balle rouge rebondit joyeusement près du zeppelin');
  assert.ok(plan.understanding.ignored.includes('zeppelin'));
  assert.ok(plan.understanding.notes.some((n) => n.startsWith('read as French')));
});
