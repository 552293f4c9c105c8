/**
 * Setting words beyond place and time: weather, season and mood. Read from the prompt, shown in
 * the picture (rain streaks that fall, snowflakes, fog that flattens contrast) and heard (rain).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFromPrompt } from '../../src/planner/index.js';
import { simulate } from '../../src/sim/index.js';
import { createFrameRenderer } from '../../src/render/index.js';
import type { ScenePlan } from '../../src/plan/schema.js';

test('weather, season and mood words set the environment and the music', () => {
  const cases: [string, Partial<ScenePlan['environment']>, string | null][] = [
    ['a dog stands in the rain', { weather: 'rain', place: 'outdoor' }, null],
    // A table would make it a kitchen; the rain takes it outside.
    ['a red ball on a table in the rain', { weather: 'rain', place: 'outdoor' }, null],
    ['a snowy park in winter', { weather: 'snow', season: 'winter', place: 'park' }, null],
    ['a car on a foggy morning', { weather: 'fog', timeOfDay: 'morning' }, null],
    ['a ball rolls in a thunderstorm', { weather: 'storm' }, null],
    ['an overcast day in the park, a ball bounces', { weather: 'cloudy', place: 'park' }, null],
    ['a ball drops in the kitchen, calm music', { weather: 'clear', place: 'kitchen' }, 'calm'],
    ['a tense atmosphere as a marble rolls', { weather: 'clear' }, 'tense'],
    ['a cube falls in autumn', { season: 'autumn', place: 'outdoor' }, null],
  ];
  for (const [prompt, env, mood] of cases) {
    const plan = planFromPrompt(prompt);
    for (const [k, v] of Object.entries(env))
      assert.equal(plan.environment[k as keyof ScenePlan['environment']], v, `${prompt}: ${k}`);
    assert.equal(plan.sound.music?.mood ?? null, mood, `${prompt}: music`);
    for (const w of [
      'rain',
      'snowy',
      'winter',
      'foggy',
      'thunderstorm',
      'overcast',
      'calm',
      'autumn',
      'tense',
    ])
      assert.ok(!plan.understanding.ignored.includes(w), `${prompt}: "${w}" is used`);
  }
});

test('weather-like words that describe a thing, or a verb, leave the weather alone', () => {
  for (const prompt of [
    'a grey cat sits on a table',
    'a clear glass bottle',
    'the ball falls',
    'a happy dog',
  ]) {
    const plan = planFromPrompt(prompt);
    assert.equal(plan.environment.weather, 'clear', prompt);
    assert.equal(plan.environment.season, undefined, prompt);
    assert.equal(plan.sound.music, null, prompt);
  }
  assert.equal(planFromPrompt('a grey cat sits on a table').entities[0]!.color !== undefined, true);
});

test('snow and autumn colour the ground outdoors; rain dims and cools the light', () => {
  const clear = planFromPrompt('a ball bounces in the park').environment;
  const snow = planFromPrompt('a ball bounces in the park in the snow').environment;
  const autumn = planFromPrompt('a ball bounces in the park in autumn').environment;
  const rain = planFromPrompt('a ball bounces in the park in the rain').environment;
  const lum = (hex: string) => [1, 3, 5].reduce((s, i) => s + parseInt(hex.slice(i, i + 2), 16), 0) / 3;
  assert.ok(lum(snow.ground.color) > 200, snow.ground.color);
  assert.notEqual(autumn.ground.color, clear.ground.color);
  assert.ok(rain.light.intensity < clear.light.intensity);
  assert.ok(lum(rain.sky) < lum(clear.sky) + 10 && rain.sky !== clear.sky);
});

/** The same scene drawn with each weather: only the weather differs between the plans. */
async function frames(weather: ScenePlan['environment']['weather'], at: number[]) {
  const base = planFromPrompt('a red cube stands in the park', { width: 320, height: 180, seconds: 1 });
  const plan: ScenePlan = { ...base, environment: { ...base.environment, weather } };
  const trace = await simulate(plan);
  const render = createFrameRenderer(plan, trace);
  return at.map((f) => Buffer.from(render.render(f)));
}

const luma = (rgba: Buffer, p: number) => 0.2126 * rgba[p]! + 0.7152 * rgba[p + 1]! + 0.0722 * rgba[p + 2]!;

test('rain is drawn as light streaks all over the picture, and they fall', async () => {
  const [clear] = await frames('clear', [6]);
  const [rain, later] = await frames('rain', [6, 7]);
  const W = 320;
  let top = 0;
  let bottom = 0;
  for (let p = 0; p < rain!.length; p += 4)
    if (luma(rain!, p) > luma(clear!, p) + 20) {
      if (p / 4 / W < 90) top++;
      else bottom++;
    }
  assert.ok(top > 150 && bottom > 150, `brighter streak pixels: ${top} above, ${bottom} below the middle`);
  // Streaks are thin: most of the picture is untouched.
  assert.ok(top + bottom < (320 * 180) / 5, `${top + bottom} pixels changed`);
  let moved = 0;
  for (let p = 0; p < rain!.length; p += 4) if (Math.abs(luma(rain!, p) - luma(later!, p)) > 20) moved++;
  assert.ok(moved > 300, `${moved} pixels change from one frame to the next`);
});

test('snow is drawn as white flakes; fog flattens the picture', async () => {
  const [clear] = await frames('clear', [12]);
  const [snow] = await frames('snow', [12]);
  const [fog] = await frames('fog', [12]);
  let flakes = 0;
  for (let p = 0; p < snow!.length; p += 4)
    if (luma(snow!, p) > 230 && luma(snow!, p) > luma(clear!, p) + 40) flakes++;
  assert.ok(flakes > 80, `${flakes} flake pixels`);
  const spread = (rgba: Buffer) => {
    const values: number[] = [];
    for (let p = 0; p < rgba.length; p += 4) values.push(luma(rgba, p));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
  };
  assert.ok(spread(fog!) < spread(clear!) * 0.7, `contrast ${spread(fog!)} vs ${spread(clear!)}`);
});
