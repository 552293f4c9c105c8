/**
 * The Videos API's two derivatives of a video, made from frames as they stream past: a thumbnail
 * (WebP, one representative frame) and a spritesheet (JPEG grid of evenly spaced frames).
 */
import { createCanvas, ImageData, type Canvas } from '@napi-rs/canvas';

export interface DerivativeOptions {
  width: number;
  height: number;
  frameCount: number;
  /** Tiles in the spritesheet grid (columns × rows). */
  columns?: number;
  rows?: number;
  tileWidth?: number;
}

export class DerivativeCollector {
  private readonly columns: number;
  private readonly rows: number;
  private readonly tileW: number;
  private readonly tileH: number;
  private readonly sheet: Canvas;
  private readonly thumb: Canvas;
  private readonly frame: Canvas;
  private readonly picks: Map<number, number>;
  private readonly lastPick: number;
  readonly thumbnailFrame: number;
  // Each is encoded (on libuv's thread pool) as soon as its last frame is in, while frames go on.
  private thumbEncoded?: Promise<Buffer>;
  private sheetEncoded?: Promise<Buffer>;

  constructor(private readonly o: DerivativeOptions) {
    this.columns = o.columns ?? 4;
    this.rows = o.rows ?? 4;
    this.tileW = o.tileWidth ?? 320;
    this.tileH = Math.round((this.tileW * o.height) / o.width);
    const tiles = Math.min(this.columns * this.rows, o.frameCount);
    this.picks = new Map(
      Array.from({ length: tiles }, (_, k) => [Math.floor(((k + 0.5) * o.frameCount) / tiles), k] as const),
    );
    this.lastPick = Math.max(...this.picks.keys());
    // A third of the way in: the action has usually started and nothing has settled yet.
    this.thumbnailFrame = Math.min(o.frameCount - 1, Math.floor(o.frameCount / 3));
    this.sheet = createCanvas(this.tileW * this.columns, this.tileH * Math.ceil(tiles / this.columns));
    this.thumb = createCanvas(
      Math.min(o.width, 1280),
      Math.round((Math.min(o.width, 1280) * o.height) / o.width),
    );
    this.frame = createCanvas(o.width, o.height);
  }

  /** Offer a frame; it is copied only if one of the derivatives needs it. */
  add(index: number, rgba: Buffer): void {
    const tile = this.picks.get(index);
    if (tile === undefined && index !== this.thumbnailFrame) return;
    const data = new ImageData(
      new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.byteLength),
      this.o.width,
      this.o.height,
    );
    this.frame.getContext('2d').putImageData(data, 0, 0);
    if (tile !== undefined) {
      const x = (tile % this.columns) * this.tileW;
      const y = Math.floor(tile / this.columns) * this.tileH;
      this.sheet.getContext('2d').drawImage(this.frame, x, y, this.tileW, this.tileH);
    }
    if (index === this.lastPick) this.sheetEncoded = early(this.sheet.encode('jpeg', 85));
    if (index === this.thumbnailFrame) {
      this.thumb.getContext('2d').drawImage(this.frame, 0, 0, this.thumb.width, this.thumb.height);
      this.thumbEncoded = early(this.thumb.encode('webp', 85));
    }
  }

  thumbnail(): Promise<Buffer> {
    return (this.thumbEncoded ??= this.thumb.encode('webp', 85));
  }

  spritesheet(): Promise<Buffer> {
    return (this.sheetEncoded ??= this.sheet.encode('jpeg', 85));
  }
}

/** A promise that may fail before anyone awaits it: its failure is reported to whoever does. */
function early<T>(p: Promise<T>): Promise<T> {
  p.catch(() => {});
  return p;
}
