/**
 * Checks an `input_reference` image: an upload, a base64 data URL or an https URL; PNG, JPEG or
 * WebP; at most 10 MB and 4096 pixels a side. Returns the decoded image's facts.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';
import { drawCover } from '../../render/background.js';
import { invalidRequest } from './errors.js';

const MAX_BYTES = 10 * 2 ** 20;
const MAX_SIDE = 4096;
const FETCH_TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 3;
const URL_PARAM = 'input_reference.image_url';

export interface ImageFetchOptions {
  /** Let image URLs reach loopback and private networks (a trusted LAN, tests). Off by default. */
  allowPrivateNetwork?: boolean;
}

/** Addresses a server must not be made to fetch from on a stranger's behalf. */
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 3],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, bits, 'ipv6');

function isPrivate(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return PRIVATE.check(mapped, 'ipv4');
  return PRIVATE.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/** An https URL whose host resolves only to public addresses (unless private ones are allowed). */
async function checkUrl(url: URL, options: ImageFetchOptions): Promise<void> {
  if (url.protocol !== 'https:')
    throw invalidRequest(
      "'image_url' must be an https URL or a base64 data URL.",
      URL_PARAM,
      'invalid_value',
    );
  if (options.allowPrivateNetwork) return;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const addresses = isIP(host)
    ? [host]
    : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0)
    throw invalidRequest(
      `Could not resolve the host of 'image_url': ${host}.`,
      URL_PARAM,
      'image_url_unreachable',
    );
  if (addresses.some(isPrivate))
    throw invalidRequest(
      `'image_url' points into a private network (${host}); this server only fetches public images.`,
      URL_PARAM,
      'image_url_not_allowed',
    );
}

function mediaType(b: Buffer): string | undefined {
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

/** Follows redirects itself, so every hop is checked as the first was. */
async function fetchImage(href: string, options: ImageFetchOptions): Promise<Buffer> {
  let url = new URL(href);
  for (let hop = 0; ; hop++) {
    await checkUrl(url, options);
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'manual' });
    } catch (err) {
      const cause = (err as { cause?: Error }).cause?.message;
      throw invalidRequest(
        `Could not fetch 'input_reference.image_url': ${(err as Error).message}${cause ? ` (${cause})` : ''}.`,
        URL_PARAM,
        'image_url_unreachable',
      );
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      if (hop >= MAX_REDIRECTS)
        throw invalidRequest(
          `'image_url' redirected more than ${MAX_REDIRECTS} times.`,
          URL_PARAM,
          'image_url_unreachable',
        );
      url = new URL(location, url);
      continue;
    }
    if (!res.ok)
      throw invalidRequest(
        `Fetching 'input_reference.image_url' returned HTTP ${res.status}.`,
        URL_PARAM,
        'image_url_unreachable',
      );
    if (Number(res.headers.get('content-length') ?? 0) > MAX_BYTES) throw tooBig(URL_PARAM);
    const bytes = Buffer.from(await res.arrayBuffer());
    if (bytes.length > MAX_BYTES) throw tooBig(URL_PARAM);
    return bytes;
  }
}

const tooBig = (param: string) =>
  invalidRequest(`The image is larger than ${MAX_BYTES / 2 ** 20} MB.`, param, 'image_too_large');

async function source(
  upload: Buffer | undefined,
  ref: { file_id?: string; image_url?: string } | undefined,
  options: ImageFetchOptions,
) {
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
  const data = /^data:([\w/+.-]+);base64,(.*)$/s.exec(url);
  if (data) return { bytes: Buffer.from(data[2]!, 'base64'), param: URL_PARAM };
  if (!URL.canParse(url))
    throw invalidRequest(
      "'image_url' must be an https URL or a base64 data URL.",
      URL_PARAM,
      'invalid_value',
    );
  return { bytes: await fetchImage(url, options), param: URL_PARAM };
}

export async function readImageReference(
  upload: Buffer | undefined,
  ref: { file_id?: string; image_url?: string } | undefined,
  options: ImageFetchOptions = {},
): Promise<{ bytes: Buffer; type: string; image: Image }> {
  const { bytes, param } = await source(upload, ref, options);
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
