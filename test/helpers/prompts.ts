import { readFileSync } from 'node:fs';
/** The prompts issue 2 asks to come out convincing: used by the end-to-end tests, the look scripts and the bench. */
export const SHOWCASE_PROMPTS = [
  'a red ball bounces down wooden stairs',
  'three glass marbles roll down a ramp and knock over a row of dominoes',
  'a metal ball smashes into a stack of wooden crates and they tumble',
  'a basketball misses the hoop, hits the rim and bounces away',
  'a rubber duck drops onto a table next to a coffee mug',
] as const;

/** The prompts issue 5 asks to come out convincing: people and animals that move, speak and lip-sync. */
export const PEOPLE_PROMPTS = [
  'a woman in a yellow raincoat looks up and says "it\'s finally raining!", then laughs',
  'two friends argue on a park bench, then one of them walks away',
  'a golden retriever runs along the beach and barks at a seagull',
  'an old man waves at a little girl, who waves back and says "hello grandpa!"',
  'un homme en costume bleu dit « bonjour tout le monde » en souriant',
  'a cat jumps from the floor onto a table and knocks a cup off the edge',
] as const;

/**
 * VBench's human-action prompts ("A person is clapping"), which issue 5 asks to map to motions: a
 * copy of `../shared/eval/vbench/human_action.txt`, so the tests need nothing outside the repo.
 */
export const HUMAN_ACTIONS: readonly string[] = readFileSync(
  new URL('./human-actions.txt', import.meta.url),
  'utf8',
)
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);
