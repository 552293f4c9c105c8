/**
 * Checks an `input_reference` image: an upload, a base64 data URL or an https URL; PNG, JPEG or
 * WebP; at most 10 MB and 4096 pixels a side. Returns the decoded image's facts.
 */
import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';
import { drawCover } from '../../render/background.js';
import { invalidRequest } from './errors.js';

const MAX_BYTES = 10 * 2 ** 20;
const MAX_SIDE = 4096;
const FETCH_TIMEOUT_MS = 10_000;

function mediaType(b: Buffer): string | undefined {
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

async function fetchImage(url: string): Promise<Buffer> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (err) {
    throw invalidRequest(
      `Could not fetch 'input_reference.image_url': ${(err as Error).message}.`,
      'input_reference.image_url',
    );
  }
  if (!res.ok)
    throw invalidRequest(
      `Fetching 'input_reference.image_url' returned HTTP ${res.status}.`,
      'input_reference.image_url',
    );
  if (Number(res.headers.get('content-length') ?? 0) > MAX_BYTES) throw tooBig('input_reference.image_url');
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.length > MAX_BYTES) throw tooBig('input_reference.image_url');
  return bytes;
}

const tooBig = (param: string) =>
  invalidRequest(`The image is larger than ${MAX_BYTES / 2 ** 20} MB.`, param, 'image_too_large');

async function source(upload: Buffer | undefined, ref: { file_id?: string; image_url?: string } | undefined) {
  if (upload) return { bytes: upload, param: 'input_reference' };
  if (ref?.file_id)
    throw invalidRequest(
      'This server has no Files API: upload the image as input_reference, or pass input_reference.image_url.',
      'input_reference.file_id',
      'unsupported_value',
    );
  const url = ref?.image_url;
  if (!url)
    throw invalidRequest(
      "input_reference needs an image upload, 'image_url' or 'file_id'.",
      'input_reference',
    );
  const param = 'input_reference.image_url';
  const data = /^data:([\w/+.-]+);base64,(.*)$/s.exec(url);
  if (data) return { bytes: Buffer.from(data[2]!, 'base64'), param };
  if (!/^https:\/\//.test(url))
    throw invalidRequest("'image_url' must be an https URL or a base64 data URL.", param, 'invalid_value');
  return { bytes: await fetchImage(url), param };
}

export async function readImageReference(
  upload: Buffer | undefined,
  ref: { file_id?: string; image_url?: string } | undefined,
): Promise<{ bytes: Buffer; type: string; image: Image }> {
  const { bytes, param } = await source(upload, ref);
  if (bytes.length > MAX_BYTES) throw tooBig(param);
  const type = mediaType(bytes);
  if (!type) throw invalidRequest('The image must be PNG, JPEG or WebP.', param, 'invalid_image_format');
  let image;
  try {
    image = await loadImage(bytes);
  } catch {
    throw invalidRequest(`The ${type} image could not be decoded.`, param, 'invalid_image');
  }
  if (image.width > MAX_SIDE || image.height > MAX_SIDE || image.width < 16 || image.height < 16)
    throw invalidRequest(
      `The image is ${image.width}x${image.height}; each side must be 16 to ${MAX_SIDE} pixels.`,
      param,
      'invalid_image_dimensions',
    );
  return { bytes, type, image };
}

/**
 * The reference as the scene's backdrop: cropped to the video's shape, scaled to its size and
 * carried in the plan as a JPEG data URL, so the plan stays whole on its own (remixes keep it).
 */
export function asBackdrop(image: Image, width: number, height: number): string {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.imageSmoothingQuality = 'high';
  drawCover(ctx, image, width, height);
  return `data:image/jpeg;base64,${canvas.toBuffer('image/jpeg', 90).toString('base64')}`;
}
