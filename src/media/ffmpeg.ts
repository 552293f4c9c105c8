/** Finds ffmpeg: $SOUNDSTAGE_FFMPEG (read on every call), then the system's, then the one shipped in the npm package. */
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

let cached: string | undefined;

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export function ffmpegPath(): string {
  const configured = process.env.SOUNDSTAGE_FFMPEG;
  if (configured) return configured;
  if (cached) return cached;
  const system = onPath('ffmpeg');
  if (system) return (cached = system);
  const require = createRequire(import.meta.url);
  const shipped = (require('@ffmpeg-installer/ffmpeg') as { path: string }).path;
  return (cached = shipped);
}
