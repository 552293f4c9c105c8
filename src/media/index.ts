/** Media: ffmpeg encode and mux, and the thumbnail and spritesheet derivatives. */
export { encodeMp4, EncodeError, type EncodeJob, type AudioTrack } from './encode.js';
export { DerivativeCollector } from './derivatives.js';
export { ffmpegPath } from './ffmpeg.js';
