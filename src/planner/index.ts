/**
 * The built-in planner: prompt → ScenePlan. It reads the prompt (parse), builds the physical set-up
 * (layout), chooses place and light (setting) and frames the action (camera), and writes down what it
 * understood and which words it did not use.
 */
import { isOutdoors, PLAN_VERSION, scenePlan, type ScenePlan } from '../plan/schema.js';
import { ARCHETYPES } from '../world/index.js';
import { FUNCTION_WORDS, liftStyle } from './lexicon.js';
import { parse, type Parsed } from './parse.js';
import { layout, SEQUENCE_GAP, type Layout } from './layout.js';
import { setting } from './setting.js';
import { frameShot, readCamera } from './camera.js';
import { castCharacters, dressCharacters, type Character } from './cast.js';
import { frameShots, shotSpans, stepStarts, type ShotFrame } from './shots.js';
import { liftQuotes, readDialogue } from './dialogue.js';
import { orderTurns } from './turns.js';
import { isLiving } from './living.js';
import { conversations } from './conversation.js';
import { detectLanguage, fromFrench } from './french.js';

export type { Character } from './cast.js';

export interface PlanOptions {
  seconds?: number;
  width?: number;
  height?: number;
  fps?: number;
  seed?: number;
  style?: ScenePlan['style'];
  /** Characters a prompt may name. */
  characters?: readonly Character[];
  /** An image (data URL) to set the scene in front of. */
  backdrop?: string;
}

export const DEFAULTS = { seconds: 4, width: 1280, height: 720, fps: 24, seed: 1 } as const;

/** More things than this make a scene nobody can follow (and a render nobody wants to wait for). */
export const MAX_THINGS = 100;

export function planFromPrompt(prompt: string, options: PlanOptions = {}): ScenePlan {
  const quoted = liftQuotes(prompt);
  const language = detectLanguage(quoted.text, /«[^»]*»/.test(prompt));
  const read = language === 'fr' ? fromFrench(quoted.text) : quoted.text;
  const styled = liftStyle(read);
  const cast = castCharacters(styled.text, options.characters ?? []);
  const parsed = parse(cast.prompt);
  const trimmed = limitThings(parsed, MAX_THINGS);
  const duration = options.seconds ?? DEFAULTS.seconds;
  const spans = shotSpans(parsed, duration);
  const set = layout(parsed, {
    stepStart: spans.length > 1 ? stepStarts(parsed, spans) : actedSteps(parsed, duration),
    duration,
  });
  const look = setting(parsed, quoted.lines);
  const said = speakersIn(readDialogue(parsed, quoted.lines, duration), set.entities);
  orderTurns(parsed, set, said, duration);
  // Talk the prompt tells of but does not quote ("two friends argue") is heard as such.
  const talk = said.length === 0 ? conversations(parsed, set, options.seed ?? DEFAULTS.seed, duration) : [];
  const dialogue = [...said, ...talk, ...laughter(set)].sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  const width = options.width ?? DEFAULTS.width;
  const height = options.height ?? DEFAULTS.height;
  // Out in a landscape the camera stands lower, so the horizon and what stands on it are seen.
  const frame = { width, height, duration, elevation: isLandscape(look.environment.place) ? 5 : undefined };
  const { shots, words: cameraWords } =
    spans.length > 1
      ? frameShots(parsed, spans, set, frame)
      : oneShot(parsed, set, frame, quoted.lines.length > 0);
  const notes = [...set.notes];
  if (language === 'fr') notes.push(`read as French: "${read}"`);
  if (trimmed > 0)
    notes.push(`the prompt names ${trimmed + MAX_THINGS} things; the first ${MAX_THINGS} are in the scene`);
  if (set.entities.length === 0) notes.push('no known object named: the scene is empty');
  for (const u of new Set(cameraWords.flatMap((c) => c.unsupported)))
    notes.push(`"${u}" is not something the camera can do yet`);
  for (const c of cast.named) notes.push(`${c.name} (character ${c.id}) is drawn as a ${c.archetype}`);
  const ignored = parsed.tokens.filter((t, i) => !parsed.used.has(i) && !FUNCTION_WORDS.has(t));
  return scenePlan.parse({
    version: PLAN_VERSION,
    prompt,
    duration,
    fps: options.fps ?? DEFAULTS.fps,
    width,
    height,
    seed: options.seed ?? DEFAULTS.seed,
    timeScale: cameraWords.find((c) => c.timeScale !== undefined)?.timeScale ?? 1,
    style: options.style ?? styled.style ?? look.style,
    environment: options.backdrop ? { ...look.environment, backdrop: options.backdrop } : look.environment,
    entities: dressCharacters(set.entities, cast.named),
    actions: set.actions,
    shots,
    dialogue,
    sound: look.sound,
    understanding: {
      language,
      understood: styled.words
        ? [...parsed.understood, { text: styled.words, as: `style ${styled.style}` }]
        : parsed.understood,
      ignored: [...new Set(ignored)],
      notes,
    },
  });
}

/**
 * Each line's speaker as the id of the entity that says it: the one whose words name it ("the
 * girl"), else the only living body there is. A speaker not in the scene stays a voice off.
 */
function speakersIn(lines: ScenePlan['dialogue'], entities: Layout['entities']): ScenePlan['dialogue'] {
  const living = entities.filter(isLiving);
  return lines.map((line) => {
    const head = line.speaker.split(/\s+/).at(-1) ?? '';
    const named =
      living.find((e) => e.label.split(/\s+/).at(-1) === head) ??
      living.find((e) => ARCHETYPES.get(e.archetype)!.nouns.includes(head)) ??
      (living.length === 1 ? living[0] : undefined);
    return named ? { ...line, speaker: named.id } : line;
  });
}

/** A person who laughs is heard laughing, in their own voice, as they do it. */
function laughter(set: Layout): ScenePlan['dialogue'] {
  return set.actions.flatMap((a) =>
    a.type === 'perform' &&
    a.motion === 'laugh' &&
    set.entities.find((e) => e.id === a.entity)?.archetype === 'person'
      ? [{ speaker: a.entity, text: '(laughs)', at: a.at, tone: 'laughing' }]
      : [],
  );
}

/**
 * When people act, what they do takes the time of a scene, not of a falling ball: the steps of
 * "…argue on a bench, then one of them walks away" share the clip (between 1.2 and 3.5 s apart).
 */
function actedSteps(parsed: Parsed, duration: number): ((step: number) => number) | undefined {
  if (parsed.acts.length === 0) return undefined;
  const steps = Math.max(...parsed.steps) + 1;
  const gap = Math.min(3.5, Math.max(SEQUENCE_GAP, duration / (steps + 0.5)));
  return (step) => step * gap;
}

/** Places whose horizon is the picture: not indoors, not a plain studio-like ground. */
const isLandscape = (place: ScenePlan['environment']['place']) => isOutdoors(place) && place !== 'outdoor';

/** The whole clip as one shot, framed on everything in play. */
function oneShot(parsed: Parsed, set: Layout, size: ShotFrame, speaks: boolean) {
  const read = readCamera(parsed);
  const people = isPeopleScene(set, speaks);
  const camera = {
    ...read,
    // People are seen from their own eye height, not from above.
    elevation: read.elevation ?? (people ? EYE_LEVEL : size.elevation),
    framing: read.framing ?? (people || (!read.move && followsLiving(set)) ? ('medium' as const) : undefined),
  };
  const { width, height, duration } = size;
  const keep = closeOn(camera.framing, set);
  const moving = set.subject !== undefined;
  const shot = frameShot(set.focus, keep, width, height, duration, camera, moving, set.travels);
  return { shots: [shot], words: [camera] };
}

/**
 * A scene about a few people who stay where they are (talking, waving, sitting) is shot at their
 * height, waist up, where faces and hands can be read; one about going somewhere is not, nor is a
 * person who only stands there (the whole figure is the picture).
 */
function isPeopleScene(set: Layout, speaks: boolean): boolean {
  const people = set.entities.filter((e) => e.archetype === 'person' && set.keepInView.includes(e.id));
  const acting = speaks || set.actions.some((a) => a.type === 'perform' || a.type === 'feel');
  return (
    acting &&
    people.length > 0 &&
    people.length <= 3 &&
    !set.travels &&
    !set.actions.some((a) => a.type === 'move')
  );
}

/** Whether the camera goes with a person or an animal going somewhere: it keeps them near, not small in a landscape. */
function followsLiving(set: Layout): boolean {
  const subject = set.entities.find((e) => e.id === set.subject);
  return Boolean(set.travels && subject && isLiving(subject));
}

/** Camera elevation (degrees) of a shot at people's eye height. */
const EYE_LEVEL = 6;

/** A close shot is of the scene's subject, not of everything in it. */
function closeOn(framing: string | undefined, set: { keepInView: string[]; subject?: string }): string[] {
  const close = framing === 'close-up' || framing === 'extreme-close-up';
  return close && set.subject ? [set.subject] : set.keepInView;
}

/** Keeps the first `max` things the prompt names; returns how many were left out. */
function limitThings(parsed: Parsed, max: number): number {
  let room = max;
  let dropped = 0;
  parsed.mentions = parsed.mentions.filter((m) => {
    const kept = Math.min(m.count, room);
    dropped += m.count - kept;
    room -= kept;
    m.count = kept;
    return kept > 0;
  });
  const kept = new Set(parsed.mentions);
  parsed.clauses = parsed.clauses.filter((c) => kept.has(c.subject) && (!c.object || kept.has(c.object)));
  for (const c of parsed.clauses) if (c.beside && !kept.has(c.beside)) c.beside = undefined;
  return dropped;
}
