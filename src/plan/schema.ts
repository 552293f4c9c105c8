/**
 * The ScenePlan: the single source of truth for what a video contains. Every later stage is a pure
 * function of a plan and its seed. Units: metres, seconds, kilograms; Y is up, the ground is y = 0.
 */
import { z } from 'zod';

export const PLAN_VERSION = 1;

const vec3 = z.tuple([z.number(), z.number(), z.number()]);
export type Vec3 = z.infer<typeof vec3>;

export const color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'a colour is "#rrggbb"')
  .describe('sRGB colour');

export const materials = [
  'wood',
  'metal',
  'glass',
  'rubber',
  'stone',
  'plastic',
  'ceramic',
  'fabric',
] as const;
export const material = z.enum(materials);
export type Material = z.infer<typeof material>;

export const styles = [
  'natural',
  'cartoon',
  'noir',
  'watercolor',
  'oil-painting',
  'van-gogh',
  'pixel-art',
  'ukiyo-e',
  'cyberpunk',
  'surreal',
] as const;
export const style = z.enum(styles);
export type Style = z.infer<typeof style>;

const seconds = z.number().min(0).max(120);

/** What a body's limbs can do besides travelling (travel is a move or launch on the body itself). */
export const MOTIONS = [
  'wave', 'point', 'clap', 'snap', 'cheer', 'jump', 'sit', 'lie', 'kneel', 'crouch', 'squat',
  'fall', 'get-up', 'bow', 'nod', 'shake-head', 'look-up', 'look-around', 'laugh', 'cry',
  'shiver', 'stick-tongue', 'dance', 'ballet', 'robot-dance', 'aerobics', 'tai-chi', 'hula',
  'stretch', 'bend', 'push-up', 'hug', 'kiss', 'shake-hands', 'pick-up', 'throw', 'catch', 'kick',
  'punch', 'fight', 'push', 'pull', 'sweep', 'dig', 'chop', 'handwork', 'type', 'read', 'eat',
  'drink', 'brush-teeth', 'phone', 'strum', 'keys', 'blow', 'drum', 'climb', 'swim', 'crawl',
  'march', 'skate', 'ride', 'drive', 'paddle', 'bark', 'eat-grass',
] as const; // prettier-ignore
export type MotionKind = (typeof MOTIONS)[number];

export const EMOTIONS = ['neutral', 'happy', 'sad', 'angry', 'surprised', 'afraid', 'disgusted'] as const;
export type Emotion = (typeof EMOTIONS)[number];

/** How a person looks and sounds; everything left out follows from the seed. */
export const character = z
  .object({
    age: z.enum(['child', 'adult', 'elderly']).default('adult'),
    gender: z.enum(['female', 'male', 'neutral']).default('neutral'),
    build: z.enum(['slim', 'average', 'heavy']).default('average'),
    skin: color.optional(),
    hair: z
      .object({
        color,
        style: z.enum(['short', 'long', 'ponytail', 'curly', 'bun', 'bald']),
      })
      .strict()
      .optional(),
    outfit: z
      .enum(['casual', 'suit', 'dress', 'raincoat', 'uniform', 'sport'])
      .default('casual')
      .describe("the entity's colour is the outfit's main colour (shirt, coat, dress)"),
    bottom: color.optional().describe('trousers or skirt'),
    accessories: z.array(z.enum(['hat', 'cap', 'glasses', 'umbrella', 'scarf', 'bag', 'tie'])).default([]),
    voice: z
      .object({
        language: z.string().min(2).describe('eSpeak NG voice, e.g. "en-us", "fr"'),
        variant: z.string().describe('eSpeak NG variant: m1..m7, f1..f5, klatt…'),
        pitch: z.number().min(0).max(99),
        range: z.number().min(0).max(99),
        rate: z.number().min(80).max(450).describe('words per minute'),
      })
      .strict()
      .optional()
      .describe('kept for every line the character says, in every shot'),
  })
  .strict();
export type Character = z.infer<typeof character>;

export const entity = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'an id is lower-case letters, digits, _ and -'),
    archetype: z.string().min(1).describe('name of a world catalog archetype'),
    label: z.string().describe('the words of the prompt this entity came from'),
    color,
    material,
    pattern: z
      .enum(['stripes', 'spots', 'checks'])
      .optional()
      .describe('painted over its main colour, in a contrasting ink'),
    scale: z.number().positive().max(50).default(1).describe('multiplies the archetype size'),
    params: z
      .record(z.string(), z.number())
      .default({})
      .describe('archetype-specific numbers, e.g. {"steps": 6} for stairs'),
    body: z
      .enum(['dynamic', 'static', 'held'])
      .describe('dynamic: simulated; static: scenery; held: frozen until a release action'),
    position: vec3,
    rotation: vec3.default([0, 0, 0]).describe('Euler angles in degrees, applied Y then X then Z'),
    velocity: vec3.default([0, 0, 0]),
    angularVelocity: vec3.default([0, 0, 0]).describe('radians per second'),
    physics: z
      .object({
        density: z.number().positive().optional(),
        restitution: z.number().min(0).max(1).optional(),
        friction: z.number().min(0).max(2).optional(),
      })
      .default({})
      .describe('overrides of the material properties'),
    character: character.optional().describe('for people: age, build, hair, outfit, voice'),
    appearAt: seconds
      .optional()
      .describe('the thing is absent (not simulated, drawn or heard) until this time; not for scenery'),
  })
  .strict()
  .refine((e) => !(e.body === 'static' && e.appearAt), {
    message: 'scenery is there from the start: appearAt is for things that move',
    path: ['appearAt'],
  });
export type Entity = z.infer<typeof entity>;

export const action = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('launch'),
      entity: z.string(),
      at: seconds,
      velocity: vec3,
      angularVelocity: vec3.optional(),
      intent: z.string().optional().describe('what the planner meant, e.g. "hits the rim"'),
    })
    .strict(),
  z.object({ type: z.literal('release'), entity: z.string(), at: seconds }).strict(),
  z
    .object({
      type: z.literal('move'),
      entity: z.string(),
      at: seconds,
      duration: z.number().positive(),
      to: vec3,
      easing: z.enum(['linear', 'ease-in-out']).default('ease-in-out'),
    })
    .strict(),
  z
    .object({
      type: z.literal('paint'),
      entity: z.string(),
      at: seconds,
      duration: z.number().positive(),
      color: color.describe('the colour it turns to, smoothly over the duration'),
    })
    .strict(),
  z
    .object({
      type: z.literal('perform'),
      entity: z.string(),
      at: seconds,
      duration: z.number().positive(),
      motion: z.enum(MOTIONS),
      target: z.string().optional().describe('the entity it is done toward (waved at, pointed at, hugged)'),
    })
    .strict(),
  z
    .object({
      type: z.literal('carry'),
      entity: z.string(),
      by: z.string().describe('a living body (with hands) that holds it'),
      at: seconds,
    })
    .strict()
    .describe("the thing rides in `by`'s hand from `at` until it is released or launched"),
  z
    .object({
      type: z.literal('feel'),
      entity: z.string(),
      at: seconds,
      emotion: z.enum(EMOTIONS),
      duration: z.number().positive().optional().describe('until the next feeling when left out'),
    })
    .strict(),
]);
export type Action = z.infer<typeof action>;

export const shot = z
  .object({
    start: seconds,
    end: seconds,
    framing: z.enum(['extreme-wide', 'wide', 'medium', 'close-up', 'extreme-close-up']).default('wide'),
    position: vec3,
    target: vec3,
    lensMm: z.number().min(8).max(300).default(35).describe('full-frame equivalent focal length'),
    move: z
      .object({
        type: z
          .enum(['static', 'dolly', 'pan', 'tilt', 'truck', 'crane', 'orbit', 'zoom', 'follow', 'shake'])
          .describe(
            'follow: the camera travels with the first entity it keeps in view (amount unused); shake: a hand-held or violent jitter',
          ),
        amount: z
          .number()
          .describe(
            'metres (dolly/truck/crane), degrees (pan/tilt/orbit, shake amplitude), lens ratio (zoom)',
          ),
      })
      .default({ type: 'static', amount: 0 }),
    rackFocus: z
      .enum(['to-background', 'to-foreground'])
      .optional()
      .describe('the focus pulls during the shot from the scene to what is behind it, or back'),
    keepInView: z
      .array(z.string())
      .default([])
      .describe(
        'entities to keep in frame: the shot keeps its direction and lens and is re-placed to take in where they go while they are in action',
      ),
  })
  .strict();
export type Shot = z.infer<typeof shot>;

/** Kinds of place a scene can be set in; the first six are indoors or plain outdoors. */
export const places = [
  'studio',
  'room',
  'kitchen',
  'gym',
  'hall',
  'shop',
  'outdoor',
  'park',
  'field',
  'street',
  'beach',
  'water',
  'forest',
  'mountain',
  'snowfield',
  'desert',
  'underwater',
] as const;
const INDOORS = new Set<string>(['studio', 'room', 'kitchen', 'gym', 'hall', 'shop']);
/** Whether a place is under the open sky (weather falls there, the horizon shows). */
export const isOutdoors = (place: (typeof places)[number]): boolean => !INDOORS.has(place);

export const environment = z
  .object({
    place: z.enum(places),
    ground: z.object({ material, color }).strict(),
    wall: z.object({ color, distance: z.number().positive() }).strict().nullable(),
    sky: color,
    timeOfDay: z.enum(['morning', 'noon', 'afternoon', 'evening', 'night']),
    weather: z
      .enum(['clear', 'cloudy', 'rain', 'storm', 'snow', 'fog'])
      .default('clear')
      .describe('drawn over the scene (rain streaks, snowflakes, fog) and heard in the ambience'),
    season: z
      .enum(['spring', 'summer', 'autumn', 'winter'])
      .optional()
      .describe('colours the ground outdoors (autumn leaves, winter snow)'),
    backdrop: z
      .string()
      .regex(
        /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/,
        'a backdrop is a base64 PNG, JPEG or WebP data URL',
      )
      .optional()
      .describe('an image behind the scene in place of sky, wall and ground, filling the frame'),
    light: z
      .object({
        azimuth: z.number().describe('degrees; 0 = light from +Z toward -Z, 90 = from +X'),
        elevation: z.number().min(5).max(90).describe('degrees above the horizon'),
        intensity: z.number().min(0).max(2),
        color,
      })
      .strict(),
  })
  .strict();
export type Environment = z.infer<typeof environment>;

export const dialogueLine = z
  .object({
    speaker: z.string(),
    text: z.string().min(1).max(2000, 'a line of dialogue is at most 2000 characters'),
    at: seconds.optional().describe('when it starts; left out, it follows the line before after a short gap'),
    tone: z
      .string()
      .optional()
      .describe('how it is said: whispering, shouting, asking, laughing, singing, happy, sad, angry…'),
  })
  .strict();
export type DialogueLine = z.infer<typeof dialogueLine>;

export const soundCue = z
  .object({
    at: seconds,
    kind: z.enum(['impact', 'whoosh', 'bell', 'click']),
    material: material.optional(),
    gainDb: z.number().min(-60).max(12).default(0),
    entity: z.string().optional().describe('place the sound where this entity is'),
  })
  .strict();
export type SoundCue = z.infer<typeof soundCue>;

export const ambienceKinds = ['room', 'kitchen', 'gym', 'outdoor', 'park', 'none'] as const;

export const sound = z
  .object({
    ambience: z.object({ kind: z.enum(ambienceKinds), levelDb: z.number().min(-60).max(0) }).strict(),
    cues: z.array(soundCue).default([]),
    music: z
      .object({
        mood: z.enum(['calm', 'happy', 'tense', 'sad']),
        tempo: z.number().min(40).max(200),
        levelDb: z.number().min(-60).max(0),
      })
      .strict()
      .nullable()
      .default(null),
    loudnessLufs: z.number().min(-40).max(-8).default(-16),
  })
  .strict();

export const understanding = z
  .object({
    language: z.string(),
    understood: z.array(z.object({ text: z.string(), as: z.string() }).strict()),
    ignored: z.array(z.string()).describe('words of the prompt the planner did not use'),
    notes: z.array(z.string()),
  })
  .strict();

export const scenePlan = z
  .object({
    version: z.literal(PLAN_VERSION),
    prompt: z.string(),
    duration: z.number().min(0.5).max(120),
    fps: z.number().int().min(1).max(60),
    width: z.number().int().min(16).max(1920).multipleOf(2),
    height: z.number().int().min(16).max(1920).multipleOf(2),
    seed: z.number().int().min(0).max(0xffffffff),
    timeScale: z
      .number()
      .min(0.05)
      .max(8)
      .default(1)
      .describe('seconds of physics per second of video: 0.25 is 4× slow motion, 6 a time-lapse'),
    style,
    environment,
    entities: z.array(entity).max(400),
    actions: z.array(action).default([]),
    shots: z.array(shot).min(1),
    dialogue: z.array(dialogueLine).default([]),
    sound,
    understanding,
  })
  .strict()
  .superRefine((plan, ctx) => {
    const ids = new Set<string>();
    plan.entities.forEach((e, i) => {
      if (ids.has(e.id))
        ctx.addIssue({ code: 'custom', path: ['entities', i, 'id'], message: `duplicate id "${e.id}"` });
      ids.add(e.id);
    });
    plan.actions.forEach((a, i) => {
      if (!ids.has(a.entity))
        ctx.addIssue({ code: 'custom', path: ['actions', i, 'entity'], message: `no entity "${a.entity}"` });
      if (a.type === 'carry' && !ids.has(a.by))
        ctx.addIssue({ code: 'custom', path: ['actions', i, 'by'], message: `no entity "${a.by}"` });
      if (a.type === 'perform' && a.target !== undefined && !ids.has(a.target))
        ctx.addIssue({ code: 'custom', path: ['actions', i, 'target'], message: `no entity "${a.target}"` });
    });
    plan.shots.forEach((s, i) => {
      s.keepInView.forEach((id, k) => {
        if (!ids.has(id))
          ctx.addIssue({ code: 'custom', path: ['shots', i, 'keepInView', k], message: `no entity "${id}"` });
      });
      if (s.end <= s.start)
        ctx.addIssue({ code: 'custom', path: ['shots', i, 'end'], message: 'a shot ends after it starts' });
    });
  });

export type ScenePlan = z.infer<typeof scenePlan>;
/** A plan as written by hand: defaults may be left out. */
export type ScenePlanInput = z.input<typeof scenePlan>;

/** JSON Schema of the plan, for editors and for LLM planners. */
export function planJsonSchema(): object {
  return z.toJSONSchema(scenePlan, { io: 'input', unrepresentable: 'any' });
}
