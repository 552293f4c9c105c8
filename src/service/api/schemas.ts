/**
 * The Videos API's request and response shapes, in zod: the single source of truth for
 * validation, types and /openapi.json.
 */
import { z } from 'zod';

export const SECONDS = ['4', '8', '12', '16', '20'] as const;
export const STANDARD_SIZES = ['720x1280', '1280x720', '1024x1792', '1792x1024'] as const;
export const PRO_SIZES = [...STANDARD_SIZES, '1920x1080', '1080x1920'] as const;

/** OpenAI's model names are aliases of our quality profiles. */
export const MODELS = {
  'soundstage-1': 'standard',
  'soundstage-1-pro': 'pro',
  'sora-2': 'standard',
  'sora-2-2025-10-06': 'standard',
  'sora-2-2025-12-08': 'standard',
  'sora-2-pro': 'pro',
  'sora-2-pro-2025-10-06': 'pro',
} as const;
export type ModelName = keyof typeof MODELS;

const prompt = z.string().min(1, 'prompt must not be empty').max(32000);

const imageReference = z
  .object({
    file_id: z.string().min(1).optional(),
    image_url: z.string().min(1).optional(),
  })
  .strict();

export const createVideoBody = z
  .object({
    prompt,
    model: z
      .string()
      .refine((m) => m in MODELS, { message: `model must be one of ${Object.keys(MODELS).join(', ')}` })
      .default('sora-2'),
    seconds: z
      .enum(SECONDS, {
        message: `seconds must be a string, one of ${SECONDS.map((s) => `"${s}"`).join(', ')}`,
      })
      .default('4'),
    size: z.enum(PRO_SIZES, { message: `size must be one of ${PRO_SIZES.join(', ')}` }).default('720x1280'),
    input_reference: imageReference.optional(),
    /** Extension: a URL told of this video's outcome, signed like the configured webhooks. */
    webhook_url: z.url({ protocol: /^https?$/ }).optional(),
  })
  .strict();
export type CreateVideoBody = z.infer<typeof createVideoBody>;

/** A completed video of the project, by id (uploaded videos have no plan to work from). */
const videoReference = z.object({ id: z.string().min(1) }).strict();

export const remixVideoBody = z.object({ prompt }).strict();

export const editVideoBody = z.object({ prompt, video: videoReference }).strict();

export const extendVideoBody = z
  .object({
    prompt,
    seconds: z.enum(SECONDS, {
      message: `seconds must be a string, one of ${SECONDS.map((s) => `"${s}"`).join(', ')}`,
    }),
    video: videoReference,
  })
  .strict();

export const createCharacterBody = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'name must not be empty')
      .max(80)
      .regex(/^[\p{L}][\p{L}\p{N} '-]*$/u, 'a name is letters, digits, spaces, apostrophes and hyphens'),
    /** Extension: which figure the character is drawn as until people and animals are drawn (default rubber-duck). */
    archetype: z.string().min(1).optional(),
  })
  .strict();

export const characterObject = z.object({
  id: z.string(),
  object: z.literal('character'),
  name: z.string(),
  created_at: z.number().int(),
  /** Extensions: what was derived from the upload. */
  palette: z.array(z.string()),
  voice: z.object({ pitch_hz: z.number() }).nullable(),
  archetype: z.string(),
});
export type CharacterObject = z.infer<typeof characterObject>;

export const adminKeyBody = z.object({ project: z.string().trim().min(1).max(100) }).strict();

export const listVideosQuery = z
  .object({
    after: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    order: z.enum(['asc', 'desc']).default('desc'),
  })
  .strict();

export const contentQuery = z
  .object({ variant: z.enum(['video', 'thumbnail', 'spritesheet']).default('video') })
  .strict();

export const videoObject = z.object({
  id: z.string(),
  object: z.literal('video'),
  model: z.string(),
  status: z.enum(['queued', 'in_progress', 'completed', 'failed']),
  progress: z.number().int(),
  prompt: z.string().nullable(),
  size: z.string(),
  seconds: z.string(),
  created_at: z.number().int(),
  completed_at: z.number().int().nullable(),
  expires_at: z.number().int().nullable(),
  remixed_from_video_id: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type VideoObject = z.infer<typeof videoObject>;

export const errorObject = z.object({
  error: z.object({
    message: z.string(),
    type: z.string(),
    param: z.string().nullable(),
    code: z.string().nullable(),
  }),
});
