/** Nouns the catalog does not list are read through WordNet as kinds of things it has. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';

const kinds = (prompt: string) => planFromPrompt(prompt).entities.map((e) => [e.archetype, e.label]);

test('a dachshund is a dog, a limousine and a minivan are cars, a recliner a chair', () => {
  assert.deepEqual(kinds('a dachshund'), [['dog', 'a dachshund']]);
  assert.deepEqual(kinds('a limousine to the left of a minivan'), [
    ['car', 'a minivan'],
    ['car', 'a limousine'],
  ]);
  assert.deepEqual(kinds('a recliner'), [['chair', 'a recliner']]);
  const plan = planFromPrompt('a mustang');
  assert.equal(plan.entities[0]!.archetype, 'horse');
  assert.ok(plan.understanding.understood.some((u) => /a kind of horse \(mustang → .*horse\)/.test(u.as)));
});

test('plurals and counts carry over: three collies are three dogs', () => {
  assert.equal(planFromPrompt('three collies').entities.filter((e) => e.archetype === 'dog').length, 3);
});

test('words for places, times and events do not become things', () => {
  const plan = planFromPrompt('A beautiful coastal beach in spring, waves lapping on sand');
  assert.deepEqual(plan.entities, []);
});

test('kinds of the newer catalog things: an oak is a tree, an orchid a flower, a bagel bread', () => {
  assert.deepEqual(kinds('an oak'), [['tree', 'an oak']]);
  assert.deepEqual(kinds('a maple'), [['tree', 'a maple']]);
  assert.deepEqual(kinds('an orchid'), [['flower', 'an orchid']]);
  assert.deepEqual(kinds('a lilac'), [['bush', 'a lilac']]);
  assert.deepEqual(kinds('a bagel'), [['bread', 'a bagel']]);
  assert.deepEqual(kinds('a goose'), [['bird', 'a goose']]);
  // The catalog's own nouns still come first.
  assert.deepEqual(kinds('a spaniel'), [['dog', 'a spaniel']]);
  assert.deepEqual(kinds('a sedan'), [['car', 'a sedan']]);
  assert.deepEqual(kinds('a mouse'), [['mouse', 'a mouse']]);
  assert.deepEqual(kinds('a computer mouse'), [['computer-mouse', 'a computer mouse']]);
});
