/** Parsing and checking of the CLI's options: every bad value gets one specific message. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { styles, type ScenePlan } from '../plan/schema.js';

export class UsageError extends Error {}

export function parseSize(text: string): { width: number; height: number } {
  const m = /^(\d+)x(\d+)$/.exec(text.trim());
  if (!m) throw new UsageError(`--size must look like 1280x720, got "${text}"`);
  const width = Number(m[1]);
  const height = Number(m[2]);
  if (width < 16 || height < 16 || width > 1920 || height > 1920)
    throw new UsageError(`--size ${text}: each side must be between 16 and 1920 pixels`);
  if (width % 2 || height % 2)
    throw new UsageError(`--size ${text}: both sides must be even (H.264 with 4:2:0 colour)`);
  return { width, height };
}

export function parseNumber(name: string, text: string, min: number, max: number, integer = false): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n)))
    throw new UsageError(`${name} must be ${integer ? 'a whole number' : 'a number'}, got "${text}"`);
  if (n < min || n > max) throw new UsageError(`${name} must be between ${min} and ${max}, got ${text}`);
  return n;
}

export function parseStyle(text: string): ScenePlan['style'] {
  if (!(styles as readonly string[]).includes(text))
    throw new UsageError(`--style must be one of ${styles.join(', ')}, got "${text}"`);
  return text as ScenePlan['style'];
}

export function checkPrompt(prompt: string | undefined): string {
  if (prompt === undefined || prompt.trim() === '')
    throw new UsageError('the prompt is empty: say what should happen');
  if (prompt.length > 32000)
    throw new UsageError(`the prompt is ${prompt.length} characters; the limit is 32000`);
  return prompt;
}

export function checkSubtitles(file: string): string {
  if (!/\.vtt$/i.test(file)) throw new UsageError(`--subtitles-out must be a .vtt file, got "${file}"`);
  const folder = dirname(resolve(file));
  if (!existsSync(folder)) throw new UsageError(`the folder "${folder}" does not exist`);
  return file;
}

export function checkOutput(out: string | undefined): string {
  if (!out) throw new UsageError('say where to write the video with -o FILE.mp4');
  if (!/\.mp4$/i.test(out)) throw new UsageError(`the output must be an .mp4 file, got "${out}"`);
  const folder = dirname(resolve(out));
  if (!existsSync(folder)) throw new UsageError(`the folder "${folder}" does not exist`);
  return out;
}
