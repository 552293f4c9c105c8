/**
 * Look sheets for people: characters from the front, side, three-quarter and back, walk and run
 * cycles, every motion, and faces close up with their expressions and mouth shapes. Writes PNGs to
 * /tmp/people-look/. Run:
 *   node --import tsx test/render/people-look.ts [figures|small|walk|motions|faces]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { createFrameRenderer } from '../../src/render/index.js';
import {
  MOTIONS,
  restingState,
  type BodyState,
  type FaceState,
  type MotionKind,
} from '../../src/world/rigs/types.js';
import { humanRig } from '../../src/world/rigs/biped.js';
import type { Character, Style } from '../../src/plan/schema.js';
import type { Vec3 } from '../../src/math/vec.js';
import { lookAt, makePlan, makeTrace, type EntitySpec } from './helpers.js';

const OUT = '/tmp/people-look';
mkdirSync(OUT, { recursive: true });

type Who = { name: string; color: string; character: Partial<Character> };

const CAST: Who[] = [
  { name: 'man', color: '#3b6fd1', character: { gender: 'male' } },
  {
    name: 'woman',
    color: '#d0453c',
    character: { gender: 'female', hair: { color: '#4a2f1d', style: 'long' } },
  },
  {
    name: 'child',
    color: '#e0a526',
    character: { age: 'child', gender: 'female', hair: { color: '#6b4424', style: 'ponytail' } },
  },
  {
    name: 'old man',
    color: '#7d8a6a',
    character: {
      age: 'elderly',
      gender: 'male',
      hair: { color: '#d8d6d0', style: 'bald' },
      accessories: ['glasses'],
    },
  },
  {
    name: 'raincoat',
    color: '#f2c230',
    character: { gender: 'female', outfit: 'raincoat', accessories: ['umbrella'] },
  },
  {
    name: 'suit',
    color: '#2c3440',
    character: { gender: 'male', outfit: 'suit', hair: { color: '#1c1714', style: 'short' } },
  },
  {
    name: 'dress',
    color: '#8e3fa8',
    character: { gender: 'female', outfit: 'dress', hair: { color: '#d0a860', style: 'bun' } },
  },
  { name: 'uniform', color: '#2e4a7a', character: { gender: 'male', outfit: 'uniform', build: 'heavy' } },
  {
    name: 'sport',
    color: '#2e9d5f',
    character: {
      gender: 'female',
      outfit: 'sport',
      build: 'slim',
      hair: { color: '#1c1714', style: 'curly' },
      accessories: ['cap'],
    },
  },
  {
    name: 'boy',
    color: '#c0392b',
    character: { age: 'child', gender: 'male', accessories: ['hat', 'scarf', 'bag'] },
  },
];

function spec(who: Who, position: Vec3 = [0, 0.875, 0], rotation: Vec3 = [0, 0, 0]): EntitySpec {
  return {
    archetype: 'person',
    id: who.name.replace(/[^a-z]/g, ''),
    color: who.color,
    position,
    rotation,
    character: {
      age: 'adult',
      gender: 'neutral',
      build: 'average',
      outfit: 'casual',
      accessories: [],
      ...who.character,
    },
  };
}

/** One frame of people in given body states under a camera. */
function still(
  people: { spec: EntitySpec; state: BodyState }[],
  eye: Vec3,
  target: Vec3,
  o: { w: number; h: number; lens?: number; style?: Style },
): Buffer {
  const plan = makePlan(
    people.map((p) => p.spec),
    { width: o.w, height: o.h, style: o.style ?? 'natural' },
  );
  const trace = makeTrace(plan, 1, lookAt(eye, target, o.lens ?? 35));
  trace.bodies = plan.entities.map((e, index) => ({ entity: e.id, index, states: [people[index]!.state] }));
  return createFrameRenderer(plan, trace).render(0);
}

function put(
  ctx: SKRSContext2D,
  rgba: Buffer,
  w: number,
  h: number,
  x: number,
  y: number,
  label?: string,
): void {
  const img = ctx.createImageData(w, h);
  img.data.set(rgba);
  ctx.putImageData(img, x, y);
  if (label) {
    ctx.fillStyle = 'rgba(0,0,0,0.75)';
    ctx.font = '13px sans-serif';
    ctx.fillText(label, x + 5, y + 15);
  }
}

const state = (over: Partial<BodyState> = {}, face: Partial<FaceState> = {}): BodyState => {
  const r = restingState([0, 0, 1]);
  return { ...r, ...over, face: { ...r.face, ...face } };
};

const VIEWS: [string, Vec3][] = [
  ['front', [0, 1.4, 4.6]],
  ['side', [4.6, 1.4, 0]],
  ['3/4', [3.3, 1.8, 3.3]],
  ['back', [-1.3, 1.5, -4.4]],
];

function figures(): void {
  const cw = 240;
  const ch = 300;
  const c = createCanvas(cw * VIEWS.length, ch * CAST.length);
  const ctx = c.getContext('2d');
  CAST.forEach((who, row) =>
    VIEWS.forEach(([view, eye], col) => {
      const rgba = still([{ spec: spec(who), state: state() }], eye, [0, 1.0, 0], { w: cw, h: ch, lens: 50 });
      put(ctx, rgba, cw, ch, col * cw, row * ch, col === 0 ? `${who.name} (${view})` : view);
    }),
  );
  writeFileSync(`${OUT}/figures.png`, c.toBuffer('image/png'));
}

/** The whole cast at the size of a wide 320×180 shot, and a 1280×720 group shot. */
function small(style: Style = 'natural'): void {
  const people = CAST.map((who, k) => ({
    spec: spec(who, [(k - (CAST.length - 1) / 2) * 0.8, 0.875, k % 2 ? -0.6 : 0], [0, (k - 4) * 12, 0]),
    state: state(),
  }));
  for (const [w, h] of [
    [320, 180],
    [1280, 720],
  ] as const) {
    const rgba = still(people, [0, 2.2, 8.5], [0, 0.9, 0], { w, h, lens: 35, style });
    const c = createCanvas(w, h);
    put(c.getContext('2d'), rgba, w, h, 0, 0);
    writeFileSync(`${OUT}/group-${style === 'natural' ? '' : `${style}-`}${w}.png`, c.toBuffer('image/png'));
  }
}

function cycles(): void {
  const cw = 200;
  const ch = 260;
  const speeds = [1.4, 4.5];
  const n = 8;
  const c = createCanvas(cw * n, ch * speeds.length * 2);
  const ctx = c.getContext('2d');
  const who = CAST[0]!;
  speeds.forEach((speed, r) =>
    ['side', '3/4'].forEach((view, v) => {
      for (let k = 0; k < n; k++) {
        const phase = k / n;
        const eye: Vec3 = view === 'side' ? [4.2, 1.2, 0] : [3.2, 1.6, 3.2];
        const rgba = still(
          [{ spec: spec(who), state: state({ speed, phase, time: phase }) }],
          eye,
          [0, 0.9, 0],
          {
            w: cw,
            h: ch,
            lens: 50,
          },
        );
        put(ctx, rgba, cw, ch, k * cw, (r * 2 + v) * ch, `${speed} m/s φ=${phase.toFixed(2)}`);
      }
    }),
  );
  writeFileSync(`${OUT}/cycles.png`, c.toBuffer('image/png'));
}

function motions(at = 0.5, file = 'motions'): void {
  const cols = 9;
  const cw = 200;
  const ch = 230;
  const list = MOTIONS;
  const rows = Math.ceil(list.length / cols);
  const c = createCanvas(cw * cols, ch * rows);
  const ctx = c.getContext('2d');
  list.forEach((kind, k) => {
    const duration = 3;
    const t = at * duration;
    const s = state({ motion: { kind, u: at, t }, time: t });
    const who = CAST[k % 3]!;
    const rgba = still([{ spec: spec(who), state: s }], [2.6, 1.6, 3.4], [0, 0.75, 0], {
      w: cw,
      h: ch,
      lens: 35,
    });
    put(ctx, rgba, cw, ch, (k % cols) * cw, Math.floor(k / cols) * ch, kind);
  });
  writeFileSync(`${OUT}/${file}.png`, c.toBuffer('image/png'));
}

function faces(): void {
  const cw = 320;
  const ch = 180;
  const rows: [string, Partial<FaceState>][] = [
    ['neutral', {}],
    ['happy', { expression: { happy: 1 } }],
    ['sad', { expression: { sad: 1 } }],
    ['angry', { expression: { angry: 1 } }],
    ['surprised', { expression: { surprised: 1 } }],
    ['afraid', { expression: { afraid: 1 } }],
    ['disgusted', { expression: { disgusted: 1 } }],
    ['open', { mouth: { open: 1, wide: 0, round: 0 } }],
    ['half open', { mouth: { open: 0.5, wide: 0, round: 0 } }],
    ['wide (ee)', { mouth: { open: 0.2, wide: 1, round: 0 } }],
    ['round (oo)', { mouth: { open: 0.3, wide: 0, round: 1 } }],
    ['blink', { blink: 1 }],
    ['gaze left', { gaze: [0.6, 0, 0.8] }],
    ['gaze up', { gaze: [0, 0.5, 0.87] }],
    ['happy talking', { expression: { happy: 1 }, mouth: { open: 0.6, wide: 0.3, round: 0 } }],
  ];
  const cols = 5;
  const c = createCanvas(cw * cols, ch * Math.ceil(rows.length / cols) * 2);
  const ctx = c.getContext('2d');
  const who = CAST[1]!;
  rows.forEach(([name, face], k) => {
    const s = state({}, face);
    const target = headAt(who, s);
    for (const [v, eye] of [
      [0, [0, target[1] + 0.05, 1.0]],
      [1, [0.7, target[1] + 0.15, 0.7]],
    ] as const) {
      const rgba = still([{ spec: spec(who), state: s }], eye as Vec3, target, { w: cw, h: ch, lens: 50 });
      put(ctx, rgba, cw, ch, (k % cols) * cw, (Math.floor(k / cols) * 2 + v) * ch, name);
    }
  });
  writeFileSync(`${OUT}/faces.png`, c.toBuffer('image/png'));
  // Medium close-ups at full size: a man and a woman talking.
  for (const [file, who, face] of [
    ['closeup-man', CAST[5]!, { mouth: { open: 0.55, wide: 0.2, round: 0 } }],
    ['closeup-woman', CAST[1]!, { expression: { happy: 0.7 }, mouth: { open: 0.3, wide: 0.5, round: 0 } }],
    ['closeup-old', CAST[3]!, { expression: { surprised: 0.8 }, gaze: [0.3, 0.1, 0.95] as Vec3 }],
  ] as const) {
    const s = state({}, face);
    const target = headAt(who, s);
    const rgba = still(
      [{ spec: spec(who), state: s }],
      [0.35, target[1] + 0.05, 1.3],
      [target[0], target[1] - 0.12, target[2]],
      {
        w: 1280,
        h: 720,
        lens: 50,
      },
    );
    const out = createCanvas(1280, 720);
    put(out.getContext('2d'), rgba, 1280, 720, 0, 0);
    writeFileSync(`${OUT}/${file}.png`, out.toBuffer('image/png'));
  }
}

/** The head's centre in the world for a person standing at the origin. */
function headAt(who: Who, s: BodyState): Vec3 {
  const e = makePlan([spec(who)]).entities[0]!;
  const h = humanRig.head!(e, s);
  return [h.mouth[0], h.mouth[1] + 0.875 + h.radius * 0.5, h.mouth[2] - h.radius * 0.8];
}

/** One motion through its course: nine instants, from the three-quarter view and the side. */
function course(kind: MotionKind): void {
  const cw = 200;
  const ch = 230;
  const c = createCanvas(cw * 9, ch * 2);
  const ctx = c.getContext('2d');
  const duration = 3;
  for (let k = 0; k < 9; k++) {
    const u = (k + 0.5) / 9;
    // A jump's flight is the trace's: here the body is only marked airborne in the middle.
    const airborne = kind === 'jump' && u > 0.46 && u < 0.6;
    const s = state({ motion: { kind, u, t: u * duration }, time: u * duration, airborne });
    [
      [2.6, 1.6, 3.4],
      [4.2, 1.2, 0],
    ].forEach((eye, row) => {
      const rgba = still([{ spec: spec(CAST[0]!), state: s }], eye as Vec3, [0, 0.75, 0], { w: cw, h: ch });
      put(ctx, rgba, cw, ch, k * cw, row * ch, `${kind} u=${u.toFixed(2)}`);
    });
  }
  writeFileSync(`${OUT}/course-${kind}.png`, c.toBuffer('image/png'));
}

const ONLY = process.argv[2];
if (ONLY?.startsWith('course:')) for (const k of ONLY.slice(7).split(',')) course(k as MotionKind);
if (!ONLY || ONLY === 'figures') figures();
if (!ONLY || ONLY === 'small') for (const style of ['natural', 'cartoon', 'noir'] as Style[]) small(style);
if (!ONLY || ONLY === 'walk') cycles();
if (!ONLY || ONLY === 'motions') motions();
if (!ONLY || ONLY === 'faces') faces();
