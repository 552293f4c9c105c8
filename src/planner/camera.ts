/**
 * Frames the action. By default a three-quarter front view that keeps every point of interest in
 * shot; the prompt's camera words change the shot size, the angle and the move. The shot names what
 * to keep in view, so the simulation re-places it to take in where those things go.
 */
import type { Shot, Vec3 } from '../plan/schema.js';
import { frameBoxes } from '../math/framing.js';
import type { Parsed } from './parse.js';
import { words } from './lexicon.js';

const DEG = Math.PI / 180;

/** How the prompt asked for the picture to be taken. */
export interface CameraWords {
  framing?: Shot['framing'];
  /** Degrees around the scene from its front (+z); 90 looks from the right (+x), head-on to what comes. */
  azimuth?: number;
  /** Degrees above the horizontal. */
  elevation?: number;
  move?: Shot['move'];
  rackFocus?: Shot['rackFocus'];
  /** Seconds of physics per second of video (slow motion, time-lapse). */
  timeScale?: number;
  /** Words the planner recognised but cannot do yet. */
  unsupported: string[];
}

type Phrase = readonly string[];
const FRAMINGS: [Phrase, Shot['framing']][] = [
  [['extreme', 'close', 'up'], 'extreme-close-up'],
  [['extreme', 'closeup'], 'extreme-close-up'],
  [['macro'], 'extreme-close-up'],
  [['extreme', 'wide'], 'extreme-wide'],
  [['extreme', 'long', 'shot'], 'extreme-wide'],
  [['close', 'up'], 'close-up'],
  [['closeup'], 'close-up'],
  [['close', 'shot'], 'close-up'],
  [['medium', 'shot'], 'medium'],
  [['mid', 'shot'], 'medium'],
  [['medium', 'close'], 'medium'],
  [['wide', 'shot'], 'wide'],
  [['long', 'shot'], 'wide'],
  [['establishing', 'shot'], 'wide'],
];

/** Things move along x, so the action's side is the scene's front (+z). */
const ANGLES: [Phrase, { azimuth?: number; elevation?: number }][] = [
  [['low', 'angle'], { elevation: 3 }],
  [['worm', 's', 'eye'], { elevation: 2 }],
  [['high', 'angle'], { elevation: 40 }],
  [['overhead'], { elevation: 80, azimuth: 0 }],
  [['top', 'down'], { elevation: 80, azimuth: 0 }],
  [['from', 'above'], { elevation: 75 }],
  [['bird', 's', 'eye'], { elevation: 75 }],
  [['birds', 'eye'], { elevation: 75 }],
  [['eye', 'level'], { elevation: 8 }],
  [['side', 'view'], { azimuth: 0, elevation: 5 }],
  [['from', 'the', 'side'], { azimuth: 0, elevation: 5 }],
  [['profile', 'view'], { azimuth: 0, elevation: 5 }],
  [['front', 'view'], { azimuth: 0, elevation: 10 }],
  [['from', 'the', 'front'], { azimuth: 0, elevation: 10 }],
  [['head', 'on'], { azimuth: 90, elevation: 8 }],
  [['from', 'behind'], { azimuth: 180, elevation: 12 }],
  [['rear', 'view'], { azimuth: 180, elevation: 12 }],
];

/** Moves: the verb forms, and the signed amount for each direction word (none: the first). */
const MOVES: [Phrase, Shot['move']['type'], Record<string, number>][] = (
  [
    [['pan', 'pans', 'panning'], 'pan', { right: 25, left: -25 }],
    [['tilt', 'tilts', 'tilting'], 'tilt', { up: 12, down: -12 }],
    [['zoom', 'zooms', 'zooming'], 'zoom', { in: 1.8, out: 0.55 }],
    [['dolly', 'dollies', 'push', 'pushes'], 'dolly', { in: 0.35, forward: 0.35, out: -0.35, back: -0.35 }],
    [['pull', 'pulls'], 'dolly', { back: -0.35, out: -0.35 }],
    [['truck', 'trucks'], 'truck', { right: 0.3, left: -0.3 }],
    [['tracking', 'tracks', 'follows', 'following'], 'follow', { along: 0 }],
    [['crane', 'cranes', 'pedestal', 'rises'], 'crane', { up: 0.25, down: -0.25 }],
    [['orbit', 'orbits', 'orbiting', 'circles', 'arcs'], 'orbit', { right: 40, around: 40, left: -40 }],
  ] as [Phrase, Shot['move']['type'], Record<string, number>][]
).map(([verbs, type, directions]) => [verbs, type, words(directions)]);

const SPEEDS: Record<string, number> = words({
  slowly: 0.5,
  slow: 0.5,
  gently: 0.6,
  quickly: 1.6,
  fast: 1.6,
  rapidly: 1.8,
});
/** Playback speed: how many seconds of the world one second of video shows. */
const SPEEDS_OF_TIME: [Phrase, number][] = [
  [['super', 'slow', 'motion'], 0.2],
  [['extreme', 'slow', 'motion'], 0.2],
  [['slow', 'motion'], 0.4],
  [['slowmo'], 0.4],
  [['slow', 'mo'], 0.4],
  [['time', 'lapse'], 6],
  [['timelapse'], 6],
  [['fast', 'motion'], 2],
  [['sped', 'up'], 2],
];

/** A moving or unsteady camera: its shake amplitude in degrees. */
const SHAKES: [Phrase, number][] = [
  [['intense', 'shaking'], 2.2],
  [['violent', 'shaking'], 2.2],
  [['shaking'], 1.2],
  [['shaky'], 1.2],
  [['shakes'], 1.2],
  [['earthquake'], 2.2],
  [['handheld'], 0.5],
  [['hand', 'held'], 0.5],
];

/** Nouns that make a nearby word about the camera ("a steady perspective", "a shaking effect"). */
const CAMERA_NOUNS = new Set([
  'camera',
  'perspective',
  'shot',
  'view',
  'footage',
  'effect',
  'cam',
  'movement',
  'frame',
]);

/** Words for a camera held still: the default, said. */
const STEADY: Phrase[] = [
  ['steady'],
  ['smooth'],
  ['stable'],
  ['locked', 'off'],
  ['tripod'],
  ['static', 'camera'],
];

const RACK_FOCUS: [Phrase, NonNullable<Shot['rackFocus']>][] = [
  [['racking', 'focus'], 'to-background'],
  [['rack', 'focus'], 'to-background'],
  [['focus', 'pull'], 'to-background'],
  [['pulls', 'focus'], 'to-background'],
  [['focus', 'shifts'], 'to-background'],
];

/** Camera words understood but not yet done: said in the plan's notes. */
const UNSUPPORTED: Phrase[] = [
  ['dutch', 'angle'],
  ['dutch', 'tilt'],
  ['fisheye'],
  ['split', 'screen'],
  ['vertigo', 'effect'],
];

const matches = (tokens: string[], i: number, phrase: Phrase) => phrase.every((w, k) => tokens[i + k] === w);

/** Reads shot size, angle and move words among tokens [from, to), marking them used. */
export function readCamera(parsed: Parsed, from = 0, to = parsed.tokens.length): CameraWords {
  const { used, understood } = parsed;
  const tokens = parsed.tokens.slice(0, to);
  const out: CameraWords = { unsupported: [] };
  const take = (i: number, n: number, as: string) => {
    for (let k = 0; k < n; k++) used.add(i + k);
    // A "shot" after the phrase belongs to it.
    if (tokens[i + n] === 'shot') used.add(i + n);
    understood.push({ text: tokens.slice(i, i + n).join(' '), as });
  };
  for (let i = from; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const framing = FRAMINGS.find(([p]) => matches(tokens, i, p));
    if (framing && !out.framing) {
      out.framing = framing[1];
      take(i, framing[0].length, `shot size ${framing[1]}`);
      continue;
    }
    const angle = ANGLES.find(([p]) => matches(tokens, i, p));
    if (angle) {
      Object.assign(out, angle[1]);
      take(i, angle[0].length, `camera angle ${JSON.stringify(angle[1])}`);
      continue;
    }
    const move = MOVES.find(([verbs]) => verbs.includes(tokens[i]!));
    if (move && !out.move) {
      const [, type, directions] = move;
      // The direction may follow the verb directly or after "the camera": "pans slowly to the left".
      let j = i + 1;
      while (j < tokens.length && j <= i + 4 && directions[tokens[j]!] === undefined) j++;
      const dir = directions[tokens[j] ?? ''] !== undefined ? tokens[j]! : undefined;
      const speedAt = [i - 1, i + 1, i + 2].find((k) => SPEEDS[tokens[k] ?? ''] !== undefined);
      const speed = speedAt === undefined ? 1 : SPEEDS[tokens[speedAt]!]!;
      const base = dir ? directions[dir]! : Object.values(directions)[0]!;
      const amount = type === 'zoom' ? 1 + (base - 1) * speed : type === 'follow' ? 0 : base * speed;
      out.move = { type, amount };
      take(i, 1, `camera ${type} ${amount.toFixed(2)}`);
      if (dir) used.add(j);
      if (speedAt !== undefined) used.add(speedAt);
      continue;
    }
    const time = SPEEDS_OF_TIME.find(([p]) => matches(tokens, i, p));
    if (time && out.timeScale === undefined) {
      out.timeScale = time[1];
      take(i, time[0].length, `${time[1] < 1 ? 'slow motion' : 'sped-up time'} ×${time[1]}`);
      continue;
    }
    // "a dog shaking water off" is not about the camera: shakes and steadiness need a camera word
    // nearby (or are camera words themselves).
    const nearCamera = (n: number) =>
      tokens.slice(Math.max(0, i - 3), i + n + 3).some((t) => CAMERA_NOUNS.has(t));
    const shake = SHAKES.find(([p]) => matches(tokens, i, p));
    if (shake && !out.move && (shake[1] !== 1.2 || nearCamera(shake[0].length))) {
      out.move = { type: 'shake', amount: shake[1] };
      take(i, shake[0].length, `camera shake ${shake[1]}°`);
      if (tokens[i + shake[0].length] === 'effect') used.add(i + shake[0].length);
      continue;
    }
    const steady = STEADY.find((p) => matches(tokens, i, p));
    if (steady && (steady[0] === 'tripod' || steady.length > 1 || nearCamera(1))) {
      out.move ??= { type: 'static', amount: 0 };
      take(i, steady.length, 'a still camera');
      continue;
    }
    const rack = RACK_FOCUS.find(([p]) => matches(tokens, i, p));
    if (rack) {
      out.rackFocus = rack[1];
      take(i, rack[0].length, `focus pulled ${rack[1]}`);
      continue;
    }
    const unsupported = UNSUPPORTED.find((p) => matches(tokens, i, p));
    if (unsupported) out.unsupported.push(unsupported.join(' '));
  }
  return out;
}

/** Seen from the front (+z), a little to the right and above, as a person would film it. */
const DEFAULT_AZIMUTH = 18;
const DEFAULT_ELEVATION = 14;

export const viewDirection = (azimuth = DEFAULT_AZIMUTH, elevation = DEFAULT_ELEVATION): Vec3 => [
  Math.sin(azimuth * DEG) * Math.cos(elevation * DEG),
  Math.sin(elevation * DEG),
  Math.cos(azimuth * DEG) * Math.cos(elevation * DEG),
];

export const VIEW_DIRECTION = viewDirection();

export function frameShot(
  focus: Vec3[],
  keepInView: string[],
  width: number,
  height: number,
  duration: number,
  words: CameraWords = { unsupported: [] },
  /** Whether the scene has a subject that moves (a close shot then follows it). */
  follows = false,
  /** Whether that subject travels with nowhere to stop: any shot then goes with it. */
  travels = false,
): Shot {
  const pts = focus.length ? focus : ([[0, 0, 0]] as Vec3[]);
  const min = [0, 1, 2].map((i) => Math.min(...pts.map((p) => p[i]!))) as Vec3;
  const max = [0, 1, 2].map((i) => Math.max(...pts.map((p) => p[i]!))) as Vec3;
  const lensMm = 35;
  const framing = words.framing ?? 'wide';
  // A close shot of something in motion goes with it, and so does any shot of a thing travelling
  // off on its own, unless the prompt moves the camera otherwise.
  const close = framing === 'close-up' || framing === 'extreme-close-up';
  const chosen =
    words.move ?? ((close || travels) && follows ? { type: 'follow' as const, amount: 0 } : undefined);
  const direction = viewDirection(words.azimuth, words.elevation);
  const { position, target, distance } = frameBoxes(
    [{ min, max }],
    direction,
    lensMm,
    width,
    height,
    framing,
  );
  // Dolly, truck and crane amounts are fractions of the camera's distance, so they suit any scene.
  const move =
    chosen && ['dolly', 'truck', 'crane'].includes(chosen.type)
      ? { ...chosen, amount: chosen.amount * distance }
      : (chosen ?? { type: 'static' as const, amount: 0 });
  return {
    start: 0,
    end: duration,
    framing,
    position,
    target,
    lensMm,
    move,
    ...(words.rackFocus && { rackFocus: words.rackFocus }),
    keepInView,
  };
}
