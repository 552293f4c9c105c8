/**
 * Remix, edit and extend as plan transformations: what the new prompt does not mention is kept, what
 * it mentions changes, and an extension continues the same world (its first part is the source's).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { extendPlan, PlanTransformError, revisePlan } from '../../src/planner/revise.js';
import { simulate } from '../../src/sim/index.js';
import { createFrameRenderer } from '../../src/render/index.js';
import { parse } from '../../src/planner/parse.js';

const source = planFromPrompt('a red ball bounces down wooden stairs', {
  seconds: 4,
  width: 320,
  height: 180,
  seed: 7,
});
const ball = (plan: typeof source) => plan.entities.find((e) => e.archetype === 'ball')!;

test('looks stated after the noun are read: "the ball is now green and metal", "make the crates big"', () => {
  const [m] = parse('the red ball is now green and metal').mentions;
  assert.equal(m!.color, '#3c9a45');
  assert.equal(m!.material, 'metal');
  assert.equal(parse('make the crates big').mentions[0]!.scale, 1.4);
  // A colour that opens the next noun is that noun's.
  const [b, stairs] = parse('a ball drops onto red stairs').mentions;
  assert.equal(b!.color, undefined);
  assert.equal(stairs!.color, '#d1302a');
});

test('a remix that only restyles keeps the set-up, motion, camera and seed, and changes what it names', () => {
  const remix = revisePlan(source, 'make the ball blue, at night');
  assert.equal(ball(remix).color, '#2f62d0');
  assert.equal(remix.environment.timeOfDay, 'night');
  assert.equal(remix.seed, source.seed);
  assert.deepEqual(
    remix.entities.map((e) => [e.id, e.position, e.material]),
    source.entities.map((e) => [e.id, e.position, e.material]),
  );
  assert.deepEqual(remix.actions, source.actions);
  assert.deepEqual(remix.shots, source.shots);
  assert.equal(remix.prompt, 'make the ball blue, at night');
  assert.equal(remix.environment.place, source.environment.place, 'the place was not mentioned');
});

test('a remix with new motion is laid out afresh, and the things it shares with the source keep their looks', () => {
  const remix = revisePlan(source, 'the ball rolls down a ramp');
  assert.ok(remix.entities.some((e) => e.archetype === 'ramp'));
  assert.ok(!remix.entities.some((e) => e.archetype === 'stairs'));
  assert.equal(ball(remix).color, ball(source).color, 'still the red ball');
  assert.equal(
    revisePlan(source, 'a green ball rolls down a ramp').entities.find((e) => e.archetype === 'ball')!.color,
    '#3c9a45',
  );
  assert.equal(remix.environment.timeOfDay, source.environment.timeOfDay);
});

test('an extension runs the same world on: the first part moves, sounds and looks exactly as the source', async () => {
  const ext = extendPlan(source, 'a rubber duck drops onto the stairs', 4);
  assert.equal(ext.duration, 8);
  const duck = ext.entities.find((e) => e.archetype === 'rubber-duck')!;
  assert.equal(duck.appearAt, 4);
  const [a, b] = await Promise.all([simulate(source), simulate(ext)]);
  const n = source.entities.length;
  // Frame by frame, the source's bodies are where they were (the duck is absent, not just still).
  for (let f = 0; f < a.frameCount; f++)
    for (let i = 0; i < n; i++)
      for (let k = 0; k < 7; k++)
        assert.equal(b.poses[(f * ext.entities.length + i) * 7 + k], a.poses[(f * n + i) * 7 + k]);
  assert.deepEqual(
    b.contacts.filter((c) => c.time < 4),
    a.contacts,
    'the same impacts, so the same sound, until the join',
  );
  assert.ok(
    b.contacts.some((c) => c.time > 4 && (c.a === duck.id || c.b === duck.id)),
    'the duck lands after it appears',
  );
  const ra = createFrameRenderer(source, a);
  const rb = createFrameRenderer(ext, b);
  for (const f of [0, 50, a.frameCount - 1])
    assert.ok(ra.render(f).equals(rb.render(f)), `frame ${f} is the same`);
  assert.ok(!ra.render(a.frameCount - 1).equals(rb.render(a.frameCount + 12)), 'then the duck is there');
});

test('an extension that tells a thing to move again sets it going from where it is', async () => {
  const ext = extendPlan(source, 'the ball bounces again', 4);
  // What happens after the join does not reframe the source's shot.
  const [a, b] = await Promise.all([simulate(source), simulate(ext)]);
  const last = a.frameCount - 1;
  assert.ok(createFrameRenderer(source, a).render(last).equals(createFrameRenderer(ext, b).render(last)));
  const launch = ext.actions.find((a) => a.type === 'launch' && a.at === 4 && a.entity === ball(source).id);
  assert.ok(launch, 'a launch at the join');
  assert.ok(launch.type === 'launch' && launch.velocity[1] > 0, 'upward, as a bounce');
  assert.equal(ext.shots.length, 2);
  assert.equal(ext.shots[1]!.start, 4);
});

test('extensions stop at the longest video a plan can hold', () => {
  const long = { ...source, duration: 110 };
  assert.throws(() => extendPlan(long, 'the ball bounces again', 12), PlanTransformError);
});

test('a backdrop picture stays through a remix, unless the remix names a new place', () => {
  const pictured = {
    ...source,
    environment: { ...source.environment, backdrop: 'data:image/png;base64,AAAA' },
  };
  assert.equal(
    revisePlan(pictured, 'make the ball blue').environment.backdrop,
    pictured.environment.backdrop,
  );
  const moved = revisePlan(pictured, 'the ball bounces in a park');
  assert.equal(moved.environment.backdrop, undefined);
  assert.equal(moved.environment.place, 'park');
});
