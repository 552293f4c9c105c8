/** People and animals in prompts: how they look, what they do on the spot, how they feel, where they sit. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { HUMAN_ACTIONS } from '../helpers/prompts.js';

const performs = (prompt: string) =>
  planFromPrompt(prompt, { seconds: 8 }).actions.flatMap((a) =>
    a.type === 'perform' ? [{ entity: a.entity, motion: a.motion, at: a.at, target: a.target }] : [],
  );

test('a person looks as the words say: age, sex, build, hair, clothes and what they carry', () => {
  const plan = planFromPrompt(
    'a tall blonde woman in a yellow raincoat with an umbrella and an old man in a blue suit',
  );
  const woman = plan.entities.find((e) => e.id === 'woman')!;
  const man = plan.entities.find((e) => e.id === 'man')!;
  assert.equal(woman.character?.gender, 'female');
  assert.equal(woman.character?.outfit, 'raincoat');
  assert.equal(woman.color, '#f5cf1d', 'the raincoat is yellow');
  assert.deepEqual(woman.character?.accessories, ['umbrella']);
  assert.equal(woman.character?.hair?.color, '#e3c27a');
  assert.equal(man.character?.age, 'elderly');
  assert.equal(man.character?.outfit, 'suit');
  // Raincoat, umbrella and suit are worn, not things standing about.
  assert.deepEqual(plan.entities.map((e) => e.archetype).sort(), ['person', 'person']);
  assert.ok(!plan.understanding.ignored.includes('raincoat'));
});

test('people the prompt does not dress are dressed apart', () => {
  const plan = planFromPrompt('two friends argue on a park bench');
  const friends = plan.entities.filter((e) => e.archetype === 'person');
  assert.equal(friends.length, 2);
  assert.notEqual(friends[0]!.color, friends[1]!.color);
});

test('what people do on the spot becomes their motions, toward whom they do it, in order', () => {
  const acts = performs('an old man waves at a little girl, who waves back and says "hello grandpa!"');
  const man = acts.find((a) => a.entity === 'man')!;
  const girl = acts.find((a) => a.entity === 'girl')!;
  assert.equal(man.motion, 'wave');
  assert.equal(man.target, 'girl');
  assert.equal(girl.motion, 'wave');
  assert.equal(girl.target, 'man', 'she waves back at him');
  assert.ok(girl.at > man.at + 0.5, 'the answer comes after the wave');
  const plan = planFromPrompt('an old man waves at a little girl, who waves back and says "hello grandpa!"');
  assert.equal(plan.dialogue[0]?.speaker, 'girl');
  assert.ok(plan.dialogue[0]!.at! > girl.at, 'she says it once she waves, as the prompt tells it');
  assert.equal(plan.entities.find((e) => e.id === 'girl')?.character?.age, 'child');
});

test('every VBench human action is read as something the person does', () => {
  // On the spot (a motion) or going somewhere (a journey, with the body's motion for it).
  const read = (p: string) =>
    planFromPrompt(p, { seconds: 8 }).actions.some(
      (a) => a.entity === 'person' && (a.type === 'perform' || a.type === 'move'),
    );
  const missed = HUMAN_ACTIONS.filter((p) => !read(p));
  assert.ok(missed.length <= 10, `${missed.length} of ${HUMAN_ACTIONS.length} unread: ${missed.join('; ')}`);
});

test('people sit on the bench they are on, and one who walks away gets up first and goes aside', () => {
  const plan = planFromPrompt('two friends argue on a park bench, then one of them walks away', {
    seconds: 8,
  });
  const bench = plan.entities.find((e) => e.archetype === 'bench')!;
  const sits = plan.actions.filter((a) => a.type === 'perform' && a.motion === 'sit');
  assert.equal(sits.length, 2, 'both sit');
  const walk = plan.actions.find((a) => a.type === 'move');
  assert.ok(walk?.type === 'move');
  const walker = plan.entities.find((e) => e.id === walk.entity)!;
  const sit = sits.find((a) => a.entity === walker.id)!;
  assert.ok(
    Math.abs(sit.at + (sit.type === 'perform' ? sit.duration : 0) - walk.at) < 0.05,
    'sits until the walk',
  );
  assert.ok(Math.abs(walker.position[2] - bench.position[2]) < 0.6, 'starts at the bench');
  assert.ok(Math.abs(walk.to[0] - walker.position[0]) > 2, 'and goes off to the side');
  assert.ok(
    plan.actions.some((a) => a.type === 'feel' && a.emotion === 'angry'),
    'arguing is angry',
  );
});

test('a feeling in the words shows on the face; a laugh is heard; the weather a line names is the weather', () => {
  const fr = planFromPrompt('un homme en costume bleu dit « bonjour tout le monde » en souriant');
  assert.ok(fr.actions.some((a) => a.type === 'feel' && a.emotion === 'happy'));
  assert.equal(fr.entities[0]?.character?.outfit, 'suit');
  assert.equal(fr.dialogue[0]?.speaker, fr.entities[0]?.id);
  const rain = planFromPrompt(
    'a woman in a yellow raincoat looks up and says "it\'s finally raining!", then laughs',
  );
  assert.equal(rain.environment.weather, 'rain');
  assert.ok(rain.dialogue.some((d) => d.speaker === 'woman' && d.tone === 'laughing'));
  assert.ok(rain.actions.some((a) => a.type === 'perform' && a.motion === 'look-up'));
  const line = rain.dialogue.find((d) => d.tone === undefined)!;
  const laugh = rain.actions.find((a) => a.type === 'perform' && a.motion === 'laugh')!;
  assert.ok(laugh.at > line.at! + 0.8, 'she laughs after saying it ("then laughs")');
});

test('an animal that goes and then acts toward something finds it ahead and acts when it gets there', () => {
  const plan = planFromPrompt('a golden retriever runs along the beach and barks at a seagull', {
    seconds: 8,
  });
  const run = plan.actions.find((a) => a.type === 'move')!;
  const bark = plan.actions.find((a) => a.type === 'perform' && a.motion === 'bark')!;
  assert.ok(run.type === 'move' && bark.at >= run.at + run.duration - 0.05, 'barks once it has run');
  const gull = plan.entities.find((e) => e.archetype === 'bird')!;
  assert.ok(run.type === 'move' && Math.abs(gull.position[0] - run.to[0]) < 3, 'the gull waits ahead');
  assert.notEqual(gull.color, plan.entities.find((e) => e.archetype === 'dog')!.color);
  assert.equal(planFromPrompt('a duck quacks').entities[0]?.archetype, 'mallard');
  assert.equal(planFromPrompt('a rubber duck falls').entities[0]?.archetype, 'rubber-duck');
});

test('talk the prompt tells of but does not quote is heard: two friends argue, back and forth, angrily', () => {
  const plan = planFromPrompt('two friends argue on a park bench, then one of them walks away', {
    seconds: 8,
  });
  const friends = plan.entities.filter((e) => e.archetype === 'person').map((e) => e.id);
  assert.ok(plan.dialogue.length >= 2);
  assert.ok(plan.dialogue.every((d) => friends.includes(d.speaker) && d.tone === 'angry'));
  assert.notEqual(plan.dialogue[0]!.speaker, plan.dialogue[1]!.speaker, 'they take turns');
  const walk = plan.actions.find((a) => a.type === 'move')!;
  assert.ok(
    plan.dialogue.every((d) => d.at! < walk.at),
    'the argument comes before the walk',
  );
  assert.ok(
    friends.every((id) => plan.actions.some((a) => a.type === 'feel' && a.entity === id)),
    'both are angry',
  );
});
