/** Living bodies in the simulation: leaps that land where they aim, pushes that send things off, steps on the ground. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { simulate, poseAt } from '../../src/sim/index.js';
import { archetypeOf, boundsOf } from '../../src/world/index.js';
import { rotate } from '../../src/math/vec.js';

test('a cat jumps from the floor onto a table and knocks a cup off the edge', async () => {
  const plan = planFromPrompt('a cat jumps from the floor onto a table and knocks a cup off the edge', {
    seconds: 5,
  });
  const trace = await simulate(plan);
  const at = (id: string, frame: number) => {
    const i = plan.entities.findIndex((e) => e.id === id);
    return { e: plan.entities[i]!, p: poseAt(trace, frame, i).position };
  };
  const table = plan.entities.find((e) => e.archetype === 'table')!;
  const top = boundsOf(table)[1][1];
  const first = at('cat', 0);
  const last = at('cat', trace.frameCount - 1);
  assert.ok(boundsOf(first.e, first.p)[0][1] < 0.05, 'the cat starts on the floor');
  const low = boundsOf(last.e, last.p)[0][1];
  assert.ok(
    Math.abs(low - top) < 0.06,
    `and ends standing on the table top (${low.toFixed(2)} vs ${top.toFixed(2)})`,
  );
  const cup = at('mug', trace.frameCount - 1);
  assert.ok(boundsOf(cup.e, cup.p)[0][1] < 0.05, 'the cup ends on the floor');
  // The cup's fall is heard: it strikes the floor after it leaves the table.
  assert.ok(
    trace.contacts.some((c) => (c.a === 'mug' || c.b === 'mug') && (c.a === 'ground' || c.b === 'ground')),
  );
  // The cat's landings are heard too.
  assert.ok(trace.bodyEvents.some((ev) => ev.entity === 'cat' && ev.kind === 'step' && ev.time > 0.6));
});

test("a ball that is thrown rides in the thrower's hand until it leaves it, then flies to the catcher", async () => {
  const plan = planFromPrompt('a girl throws a ball to a dog', { seconds: 3 });
  assert.ok(
    plan.actions.some((a) => a.type === 'carry'),
    'the girl holds the ball',
  );
  const trace = await simulate(plan);
  const girl = plan.entities.findIndex((e) => e.archetype === 'person');
  const ball = plan.entities.findIndex((e) => e.archetype !== 'person' && e.archetype !== 'dog');
  const dog = plan.entities.findIndex((e) => e.archetype === 'dog');
  const rig = archetypeOf(plan.entities[girl]!).rig!;
  const launch = plan.actions.find((a) => a.type === 'launch')!;
  const states = trace.bodies.find((b) => b.index === girl)!.states;
  for (let f = 0; f < Math.round(launch.at * trace.fps); f++) {
    const g = poseAt(trace, f, girl);
    const r = rotate(g.rotation, rig.hand!(plan.entities[girl]!, states[f]!, 1));
    const hand = [g.position[0] + r[0], g.position[1] + r[1], g.position[2] + r[2]];
    const b = poseAt(trace, f, ball).position;
    assert.ok(Math.hypot(...b.map((v, k) => v - hand[k]!)) < 0.05, `in the hand at frame ${f}`);
  }
  // It moves with the swing, and then it is across at the dog.
  const start = poseAt(trace, 0, ball).position;
  const swung = poseAt(trace, Math.round(launch.at * trace.fps) - 2, ball).position;
  assert.ok(Math.hypot(...swung.map((v, k) => v - start[k]!)) > 0.2, 'the hand carries it through the swing');
  let nearest = Infinity;
  for (let f = Math.round(launch.at * trace.fps); f < trace.frameCount; f++) {
    const b = poseAt(trace, f, ball).position;
    const d = poseAt(trace, f, dog).position;
    nearest = Math.min(nearest, Math.hypot(b[0] - d[0], b[2] - d[2]));
  }
  assert.ok(nearest < 0.8, `it reaches the dog (${nearest.toFixed(2)} m at the nearest)`);
});

test('in slow motion a body moves slowly too: its claps come four times further apart at a quarter speed', async () => {
  const claps = async (timeScale: number) => {
    const plan = planFromPrompt('a man claps', { seconds: 6 });
    // Five seconds of clapping on the video's clock, whatever the world's.
    const actions = plan.actions.map((a) => (a.type === 'perform' ? { ...a, at: 0.5, duration: 5 } : a));
    const trace = await simulate({ ...plan, actions, timeScale });
    return trace.bodyEvents.filter((e) => e.kind === 'clap').map((e) => e.time);
  };
  const normal = await claps(1);
  const slow = await claps(0.25);
  assert.ok(normal.length >= 8 && slow.length >= 2, `${normal.length} and ${slow.length} claps`);
  const gap = (ts: number[]) => (ts.length > 1 ? (ts.at(-1)! - ts[0]!) / (ts.length - 1) : Infinity);
  assert.ok(
    Math.abs(gap(slow) / gap(normal) - 4) < 0.2 || slow.length === 1,
    `${gap(normal)} → ${gap(slow)}`,
  );
  assert.ok(slow.length < normal.length / 2);
});
