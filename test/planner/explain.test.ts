/** `soundstage plan --explain`: the plan as a person reads it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { explainPlan } from '../../src/plan/explain.js';

test('the account names the things, what happens when, the camera, the speech and what was left out', () => {
  const text = explainPlan(
    planFromPrompt(
      'close-up of a red ball bounces down wooden stairs at night, the girl whispers "look" zorp',
    ),
  );
  assert.match(text, /Video: 4 s, 1280x720 at 24 fps, seed 1/);
  assert.match(text, /night light/);
  assert.match(text, /ball: ball \("a red ball"\), rubber, #d1302a, held at/);
  assert.match(text, /stairs: stairs .*scenery/);
  assert.match(text, /0\.20 s {2}ball is let go/);
  assert.match(text, /close-up shot, 35 mm, follow/);
  assert.match(text, /girl: "look" \(whispering\)/);
  assert.match(text, /Not used from the prompt:\n {2}zorp\n/);
});
