/**
 * /v1/videos/characters: a name and a short video become a character (colours and voice derived
 * from the upload) that prompts of the same project can name. Every character has an owner, the
 * key that made it, so consent and sharing rules can be added without reshaping the data.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { analyzeCharacterVideo, MediaError } from '../../media/analyze.js';
import { ARCHETYPES } from '../../world/index.js';
import type { CharacterRecord, Clock, MetadataStore } from '../store/types.js';
import { invalidRequest, notFound } from './errors.js';
import { createCharacterBody, type CharacterObject } from './schemas.js';
import { parse, readBody } from './videos.js';

export interface CharacterRoutesOptions {
  store: MetadataStore;
  clock: Clock;
  /** Largest character video, bytes. */
  maxVideoBytes: number;
}

const DEFAULT_FIGURE = 'rubber-duck';

export function toCharacterObject(c: CharacterRecord): CharacterObject {
  return {
    id: c.id,
    object: 'character',
    name: c.name,
    created_at: c.createdAt,
    palette: c.palette,
    voice: c.voice && { pitch_hz: c.voice.pitchHz },
    archetype: c.archetype,
  };
}

export async function characterRoutes(app: FastifyInstance, o: CharacterRoutesOptions) {
  app.post('/videos/characters', async (req) => {
    const { fields, upload } = await readBody(req, 'video', o.maxVideoBytes);
    const body = parse(createCharacterBody, fields);
    if (!upload)
      throw invalidRequest("Missing required parameter: 'video'.", 'video', 'missing_required_parameter');
    const archetype = body.archetype ?? DEFAULT_FIGURE;
    const figure = ARCHETYPES.get(archetype);
    if (!figure || figure.defaultBody === 'static')
      throw invalidRequest(
        `Invalid 'archetype': ${archetype} is not a figure that can move; try ${DEFAULT_FIGURE}, ball or can.`,
        'archetype',
        'invalid_value',
      );
    const dir = await mkdtemp(join(tmpdir(), 'soundstage-character-'));
    let traits;
    try {
      const file = join(dir, 'upload');
      await writeFile(file, upload);
      traits = await analyzeCharacterVideo(file);
    } catch (err) {
      if (err instanceof MediaError)
        throw invalidRequest(`Invalid 'video': ${err.message}.`, 'video', 'invalid_video');
      throw err;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    if (traits.palette.length === 0)
      throw invalidRequest("Invalid 'video': no colour stands out in it.", 'video', 'invalid_video');
    const character: CharacterRecord = {
      id: `char_${randomBytes(16).toString('hex')}`,
      projectId: req.projectId,
      ownerKeyHash: req.keyHash,
      name: body.name,
      archetype,
      palette: traits.palette,
      voice: traits.pitchHz === null ? null : { pitchHz: traits.pitchHz },
      createdAt: o.clock(),
    };
    await o.store.insertCharacter(character);
    return toCharacterObject(character);
  });

  app.get<{ Params: { id: string } }>('/videos/characters/:id', async (req) => {
    const character = await o.store.getCharacter(req.projectId, req.params.id);
    if (!character) throw notFound(`Character with id '${req.params.id}' not found.`, 'character_id');
    return toCharacterObject(character);
  });
}
