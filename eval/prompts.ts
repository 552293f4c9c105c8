/**
 * npm run eval:prompts: how faithfully prompts become videos, on the VBench development sets.
 * Each prompt is planned (plan-level check: the plan holds what the prompt asks), rendered as a
 * short low-resolution clip, decoded, and judged from the pixels (see pixels.ts). Prints a score per
 * dimension; "n/a" where no pixel check exists for a dimension.
 *
 *   npm run eval:prompts [-- --dimension color] [--limit 20] [--verbose]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planFromPrompt } from '../src/planner/index.js';
import { renderPlan } from '../src/engine/index.js';
import { createFrameRenderer } from '../src/render/index.js';
import { cameraAt, simulate } from '../src/sim/index.js';
import { cameraBasis, project } from '../src/math/camera.js';
import { ARCHETYPES } from '../src/world/index.js';
import type { Entity, ScenePlan } from '../src/plan/schema.js';
import type { Trace } from '../src/sim/trace.js';
import { decodeFrames } from '../test/helpers/media.js';
import { DIMENSIONS, loadSets, type Dimension, type EvalCase, type Relation } from './sets.js';
import {
  colorName,
  dominantColor,
  imageMotion,
  looksLike,
  overlap,
  regionOf,
  shown,
  type Region,
} from './pixels.js';

const WIDTH = 320;
/** Overlap (IoU) of a person's outline with its first below which the body is seen to move. */
const ACTION_OVERLAP = 0.85;
const HEIGHT = 180;
const SECONDS = 2;

/** COCO names whose last word is not the catalog's noun. */
const ALIASES: Record<string, string> = { 'sports ball': 'ball', 'dining table': 'table' };

const isA = (e: Entity, name: string) => {
  const nouns = ARCHETYPES.get(e.archetype)?.nouns ?? [];
  return e.archetype === name || nouns.includes(name) || nouns.includes(ALIASES[name] ?? '');
};

/** Where each entity's origin falls in the opening picture, by the plan's camera. */
function planned(plan: ScenePlan, e: Entity) {
  return project(cameraBasis(cameraAt(plan, 0), plan.width, plan.height), e.position);
}

function relationHolds(
  a: { x: number; y: number },
  b: { x: number; y: number },
  relation: Relation,
): boolean {
  if (relation === 'left') return a.x < b.x;
  if (relation === 'right') return a.x > b.x;
  if (relation === 'top') return a.y < b.y;
  return a.y > b.y;
}

const STYLE_OF: Record<string, ScenePlan['style']> = {
  'black and white': 'noir',
  'animated style': 'cartoon',
  'Van Gogh style': 'van-gogh',
  'oil painting': 'oil-painting',
  'by Hokusai, in the style of Ukiyo': 'ukiyo-e',
  'in cyberpunk style': 'cyberpunk',
  'pixel art': 'pixel-art',
  'surrealism style': 'surreal',
  'watercolor painting': 'watercolor',
};

/** Whether the plan holds what the case asks for. */
function planHolds(c: EvalCase, plan: ScenePlan): boolean {
  const found = c.objects.map((o) => plan.entities.find((e) => isA(e, o)));
  if (found.some((e) => !e)) return false;
  switch (c.dimension) {
    case 'color':
      return colorName(...hexRgb(found[0]!.color)) === c.color;
    case 'spatial_relationship':
      return relationHolds(planned(plan, found[0]!), planned(plan, found[1]!), c.relation!);
    case 'scene':
      return plan.understanding.understood.some((u) => u.as.startsWith('place'));
    case 'human_action':
      return plan.actions.some((a) => a.entity === found[0]!.id);
    case 'appearance_style':
      return STYLE_OF[c.style!] !== undefined && plan.style === STYLE_OF[c.style!];
    case 'temporal_style':
      return cameraMatches(c.camera!, plan);
    default:
      return true;
  }
}

/** A colour far from `hex` in every channel. */
const opposite = (hex: string) =>
  `#${hexRgb(hex)
    .map((v) => (v > 127 ? 0 : 255).toString(16).padStart(2, '0'))
    .join('')}`;

const hexRgb = (hex: string): [number, number, number] => [
  Number.parseInt(hex.slice(1, 3), 16),
  Number.parseInt(hex.slice(3, 5), 16),
  Number.parseInt(hex.slice(5, 7), 16),
];

function cameraMatches(camera: string, plan: ScenePlan): boolean {
  const shot = plan.shots[0]!;
  const move = shot.move;
  const want: Record<string, (m: typeof move) => boolean> = {
    'with an intense shaking effect': (m) => m.type === 'shake' && m.amount >= 1.5,
    'featuring a steady and smooth perspective': (m) => m.type === 'static',
    'racking focus': () => shot.rackFocus !== undefined,
    'super slow motion': () => plan.timeScale <= 0.25,
    'slow motion': () => plan.timeScale < 1,
    'time-lapse': () => plan.timeScale > 1,
    'zoom in': (m) => m.type === 'zoom' && m.amount > 1,
    'zoom out': (m) => m.type === 'zoom' && m.amount < 1,
    'pan left': (m) => m.type === 'pan' && m.amount < 0,
    'pan right': (m) => m.type === 'pan' && m.amount > 0,
    'tilt up': (m) => m.type === 'tilt' && m.amount > 0,
    'tilt down': (m) => m.type === 'tilt' && m.amount < 0,
  };
  return want[camera]?.(move) ?? false;
}

/** Whether the decoded video shows what the case asks for; undefined where no pixel check exists. */
async function pixelsHold(
  c: EvalCase,
  plan: ScenePlan,
  trace: Trace,
  frames: Buffer[],
): Promise<boolean | undefined> {
  const last = frames.length - 1;
  const decoded = frames[last]!;
  /** The region of the first visible thing of a kind, with how well the video shows it. */
  const regionFor = (name: string, frame = last): Region | undefined => {
    for (const e of plan.entities.filter((x) => isA(x, name))) {
      const variant = (entities: Entity[]) => createFrameRenderer({ ...plan, entities }, trace).render(frame);
      const full = variant(plan.entities);
      const recoloured = variant(
        plan.entities.map((x) => (x === e ? { ...x, color: opposite(x.color) } : x)),
      );
      const without = variant(plan.entities.filter((x) => x !== e));
      const region = regionOf(full, recoloured, WIDTH, HEIGHT);
      if (region.area >= WIDTH * HEIGHT * 0.0015 && shown(frames[frame]!, full, without, region) >= 0.6)
        return region;
    }
    return undefined;
  };
  switch (c.dimension) {
    case 'object_class':
    case 'multiple_objects':
      return c.objects.every((o) => regionFor(o) !== undefined);
    case 'color': {
      const region = regionFor(c.objects[0]!);
      return region !== undefined && dominantColor(decoded, region) === c.color;
    }
    case 'spatial_relationship': {
      const [a, b] = c.objects.map(regionFor);
      return a !== undefined && b !== undefined && relationHolds(a, b, c.relation!);
    }
    case 'human_action': {
      // The action must be seen: the person is there throughout, and their body visibly moves:
      // it goes somewhere, or its shape in the picture changes (arms up, bent over, sitting).
      const samples = [0, 1, 2, 3].map((k) => regionFor('person', Math.round((last * k) / 3)));
      const [first, ...later] = samples;
      if (!first || later.some((r) => r === undefined)) return false;
      return (later as Region[]).some(
        (r) => Math.hypot(r.x - first.x, r.y - first.y) > WIDTH * 0.02 || overlap(first, r) < ACTION_OVERLAP,
      );
    }
    case 'appearance_style': {
      // Judged against the same frame drawn naturally: paper, strokes, cells, ink, neon, hues.
      const natural = createFrameRenderer({ ...plan, style: 'natural' }, trace).render(last);
      return plan.style === STYLE_OF[c.style!] && looksLike(plan.style, decoded, natural, WIDTH, HEIGHT);
    }
    case 'temporal_style': {
      if (
        c.camera === 'with an intense shaking effect' ||
        c.camera === 'featuring a steady and smooth perspective'
      ) {
        // Shaking: the picture jumps between neighbouring frames; steady: it holds.
        const jumps = frames.slice(1).map((f, i) => {
          const m = imageMotion(frames[i]!, f, WIDTH, HEIGHT);
          return Math.hypot(m.dx, m.dy);
        });
        const mean = jumps.reduce((s, v) => s + v, 0) / jumps.length;
        return c.camera.includes('shaking') ? mean > 1 : mean < 0.5;
      }
      if (c.camera === 'racking focus') {
        // The background is soft at the start and sharp at the end (its fine detail grows).
        const detail = (f: Buffer) => {
          let s = 0;
          for (let p = 0; p < f.length - 3; p += 3) s += (f[p]! - f[p + 3]!) ** 2;
          return s;
        };
        return detail(decoded) > detail(frames[0]!) * 1.2;
      }
      if (c.camera === 'super slow motion') {
        // Slower than the same plan at normal speed: less change from frame to frame.
        const change = (a: Uint8Array, b: Uint8Array) => a.reduce((s, v, i) => s + Math.abs(v - b[i]!), 0);
        const normalTrace = await simulate({ ...plan, timeScale: 1 });
        const normal = createFrameRenderer({ ...plan, timeScale: 1 }, normalTrace);
        const rgb = (rgba: Buffer) => rgba.filter((_, i) => i % 4 !== 3);
        let slow = 0;
        let fast = 0;
        for (let f = 1; f < frames.length; f++) {
          slow += change(frames[f - 1]!, frames[f]!);
          fast += change(rgb(normal.render(f - 1)), rgb(normal.render(f)));
        }
        return slow < fast * 0.8;
      }
      const motion = imageMotion(frames[0]!, decoded, WIDTH, HEIGHT);
      const checks: Record<string, boolean> = {
        'zoom in': motion.scale > 1.05,
        'zoom out': motion.scale < 0.95,
        // Panning right moves the picture's content left.
        'pan left': motion.dx > 4,
        'pan right': motion.dx < -4,
        'tilt up': motion.dy > 4,
        'tilt down': motion.dy < -4,
      };
      return checks[c.camera!] ?? false;
    }
    default:
      return undefined;
  }
}

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = option('--dimension') as Dimension | undefined;
const limit = Number(option('--limit') ?? Infinity);
const verbose = args.includes('--verbose');

const cases = loadSets(join(import.meta.dirname, '..', '..', 'shared', 'eval', 'vbench'));
const dir = await mkdtemp(join(tmpdir(), 'soundstage-eval-'));
const scores = new Map<Dimension, { n: number; plan: number; pixels: number; judged: number }>();
try {
  for (const dimension of DIMENSIONS.filter((d) => !only || d === only)) {
    const score = { n: 0, plan: 0, pixels: 0, judged: 0 };
    for (const c of cases.filter((x) => x.dimension === dimension).slice(0, limit)) {
      const plan = planFromPrompt(c.prompt, { seconds: SECONDS, width: WIDTH, height: HEIGHT, seed: 1 });
      const planOk = planHolds(c, plan);
      const video = join(dir, 'clip.mp4');
      const trace = await renderPlan(plan, { video });
      const pixels = await pixelsHold(c, plan, trace, await decodeFrames(video, WIDTH, HEIGHT));
      score.n++;
      if (planOk) score.plan++;
      if (pixels !== undefined) score.judged++;
      if (pixels) score.pixels++;
      if (verbose)
        console.log(
          `${dimension}\t${planOk ? 'plan ok' : 'plan NO'}\t${pixels === undefined ? 'n/a' : pixels ? 'pixels ok' : 'pixels NO'}\t${c.prompt}`,
        );
    }
    scores.set(dimension, score);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

const pct = (k: number, n: number) => (n ? `${((100 * k) / n).toFixed(1)} %` : 'n/a');
console.log('| dimension | prompts | plan level | from the pixels |');
console.log('| --- | --- | --- | --- |');
for (const [d, s] of scores)
  console.log(`| ${d} | ${s.n} | ${pct(s.plan, s.n)} | ${s.judged ? `${pct(s.pixels, s.n)}` : 'n/a'} |`);
