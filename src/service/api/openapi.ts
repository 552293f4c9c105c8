/** /openapi.json, generated from the same zod schemas that validate requests. */
import { z } from 'zod';
import {
  characterObject,
  contentQuery,
  createCharacterBody,
  createVideoBody,
  editVideoBody,
  errorObject,
  extendVideoBody,
  listVideosQuery,
  remixVideoBody,
  videoObject,
} from './schemas.js';

const json = (schema: z.ZodType, io: 'input' | 'output' = 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' });
const ok = (schema: z.ZodType) => ({
  description: 'OK',
  content: { 'application/json': { schema: json(schema) } },
});
const error = { description: 'Error', content: { 'application/json': { schema: json(errorObject) } } };
/** A POST taking JSON or the multipart form the `openai` package sends, answering with `out`. */
const post = (summary: string, body: z.ZodType, out: z.ZodType, parameters: object[] = []) => ({
  post: {
    summary,
    parameters,
    requestBody: {
      content: {
        'application/json': { schema: json(body, 'input') },
        'multipart/form-data': { schema: json(body, 'input') },
      },
    },
    responses: { 200: ok(out), 400: error, 401: error, 404: error },
  },
});
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const queryParams = (schema: z.ZodObject) =>
  Object.entries((json(schema, 'input') as { properties: Record<string, object> }).properties).map(
    ([name, s]) => ({ name, in: 'query', schema: s }),
  );

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: 'Soundstage Videos API (OpenAI-compatible)', version: '1' },
    servers: [{ url: '/v1' }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
    paths: {
      '/videos': {
        ...post('Create a video', createVideoBody, videoObject),
        get: {
          summary: 'List videos',
          parameters: queryParams(listVideosQuery),
          responses: { 200: { description: 'A page of videos' }, 401: error },
        },
      },
      '/videos/{id}': {
        get: {
          summary: 'Retrieve a video',
          parameters: [idParam],
          responses: { 200: ok(videoObject), 404: error },
        },
        delete: {
          summary: 'Delete a video',
          parameters: [idParam],
          responses: { 200: { description: 'Deleted' }, 404: error },
        },
      },
      '/videos/{id}/remix': post('Remix a completed video with a new prompt', remixVideoBody, videoObject, [
        idParam,
      ]),
      '/videos/edits': post('Edit a completed video with a new prompt', editVideoBody, videoObject),
      '/videos/extensions': post('Extend a completed video: the world runs on', extendVideoBody, videoObject),
      '/videos/characters': post(
        'Create a character from a name and a short video (multipart, file field "video")',
        createCharacterBody,
        characterObject,
      ),
      '/videos/characters/{id}': {
        get: {
          summary: 'Retrieve a character',
          parameters: [idParam],
          responses: { 200: ok(characterObject), 404: error },
        },
      },
      '/videos/{id}/content': {
        get: {
          summary: 'Download the video, thumbnail or spritesheet',
          parameters: [idParam, ...queryParams(contentQuery)],
          responses: {
            200: { description: 'The file' },
            206: { description: 'A byte range' },
            400: error,
            404: error,
            410: error,
          },
        },
      },
    },
  };
}
