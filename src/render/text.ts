/**
 * The typeface for words drawn into the picture (captions, stand-in labels): DejaVu Sans from its
 * npm package, registered once, so text looks the same on a machine with no fonts installed.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

export const TEXT_FONT = 'Soundstage Sans';

let registered = false;

/** The CSS font for `px` pixels, bold or regular. */
export function textFont(px: number, bold = false): string {
  if (!registered) {
    const folder = join(
      dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
      'ttf',
    );
    GlobalFonts.registerFromPath(join(folder, 'DejaVuSans.ttf'), TEXT_FONT);
    GlobalFonts.registerFromPath(join(folder, 'DejaVuSans-Bold.ttf'), TEXT_FONT);
    registered = true;
  }
  return `${bold ? 'bold ' : ''}${px}px "${TEXT_FONT}"`;
}
