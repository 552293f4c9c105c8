/** The prompts issue 2 asks to come out convincing: used by the end-to-end tests, the look scripts and the bench. */
export const SHOWCASE_PROMPTS = [
  'a red ball bounces down wooden stairs',
  'three glass marbles roll down a ramp and knock over a row of dominoes',
  'a metal ball smashes into a stack of wooden crates and they tumble',
  'a basketball misses the hoop, hits the rim and bounces away',
  'a rubber duck drops onto a table next to a coffee mug',
] as const;
