/**
 * eSpeak NG, compiled to WebAssembly: the one file that imports it (GPL-3.0, kept behind the voice
 * interface). One engine per thread, created on first use.
 *
 * Determinism. eSpeak keeps state between calls (a random generator seeded from the clock when the
 * engine starts, pitch flutter counters, filter memories), so the same text said twice differs. We
 * start the engine with a fixed clock and take a snapshot of its whole memory; every synthesis
 * begins from that snapshot, so the same text and settings give the same samples, in any process.
 */
import init, {
  type ESpeakEvent,
  type ESpeakNGModule,
  type ESpeakNGWorker,
} from '@echogarden/espeak-ng-emscripten';

export const ESPEAK_SAMPLE_RATE = 22050;

/** What eSpeak is asked to say a text with. */
export interface EspeakSettings {
  /** eSpeak voice: a language ('en-us', 'fr'). */
  language: string;
  /** Variant ('f3', 'm1', 'whisper'…) or '' for the language's default. */
  variant: string;
  /** 0..99 within the variant's own pitch span. */
  pitch: number;
  /** 0..99: how far intonation moves. */
  range: number;
  /** Words per minute. */
  rate: number;
}

export interface EspeakPhoneme {
  /** IPA with stress marks; '' for a pause. */
  ipa: string;
  /** Seconds from the start of the audio. */
  time: number;
}

export interface EspeakWord {
  /** 0-based code-point position and length in the text. */
  position: number;
  length: number;
  /** Index of the first phoneme that follows the word's start. */
  phoneme: number;
}

export interface EspeakOutput {
  sampleRate: number;
  pcm: Float32Array;
  phonemes: EspeakPhoneme[];
  words: EspeakWord[];
}

/** Longest text (UTF-8 bytes) one call takes; dialogue lines are far shorter. */
const TEXT_BYTES = 1 << 16;

interface Engine {
  module: ESpeakNGModule;
  worker: ESpeakNGWorker;
  textPointer: number;
  /** Memory just after start-up, and after loading each language (its dictionary) from there. */
  pristine: Uint8Array;
  languages: Map<string, Uint8Array>;
}

let loading: Promise<Engine> | undefined;
let engine: Engine | undefined;

/** Starts the engine (about 50–100 ms, once per thread). */
export function loadEspeak(): Promise<void> {
  loading ??= init().then(start);
  return loading.then((e) => {
    engine = e;
  });
}

export const espeakLoaded = (): boolean => engine !== undefined;

function start(module: ESpeakNGModule): Engine {
  // The engine's constructor seeds its random generator from the clock. Pinning the clock for
  // this synchronous call (no other code can run meanwhile) makes every engine start identical.
  const realNow = Date.now;
  let worker: ESpeakNGWorker;
  Date.now = () => 0;
  try {
    worker = new module.eSpeakNGWorker();
  } finally {
    Date.now = realNow;
  }
  // Let the bindings allocate their string cache now, so it lies inside the snapshot.
  worker.set_voice('en-us');
  const textPointer = module._malloc(TEXT_BYTES);
  return { module, worker, textPointer, pristine: module.HEAPU8.slice(), languages: new Map() };
}

function restore(e: Engine, snapshot: Uint8Array): void {
  const heap = e.module.HEAPU8;
  heap.set(snapshot);
  if (heap.length > snapshot.length) heap.fill(0, snapshot.length);
}

/** Sets the voice from a fresh state; falls back to the bare language, then to American English. */
function selectVoice(e: Engine, s: EspeakSettings): void {
  const languages = [s.language, s.language.split('-')[0]!, 'en-us'];
  for (const language of languages) {
    let snapshot = e.languages.get(language);
    if (!snapshot) {
      restore(e, e.pristine);
      if (e.worker.set_voice(language) !== 0) continue;
      snapshot = e.module.HEAPU8.slice();
      e.languages.set(language, snapshot);
    }
    restore(e, snapshot);
    if (s.variant && e.worker.set_voice(`${language}+${s.variant}`) === 0) return;
    e.worker.set_voice(language);
    return;
  }
  throw new Error('eSpeak NG has no voice for American English');
}

const clamp = (v: number, lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, v)));

/** Says `text` with the engine already loaded (see loadEspeak). Synchronous and deterministic. */
export function espeakSync(text: string, s: EspeakSettings): EspeakOutput {
  const e = engine;
  if (!e) throw new Error('eSpeak NG is not loaded: await loadSpeech() first');
  const bytes = new TextEncoder().encode(text);
  if (bytes.length >= TEXT_BYTES)
    throw new RangeError(`a line of speech is limited to ${TEXT_BYTES - 1} bytes`);
  selectVoice(e, s);
  e.worker.set_rate(clamp(s.rate, 80, 450));
  e.worker.set_pitch(clamp(s.pitch, 0, 99));
  e.worker.set_range(clamp(s.range, 0, 99));
  // Pass the text through our own buffer (inside the snapshot): the bindings' temporary strings
  // would be allocated outside it and overwritten by the restored allocator.
  e.module.HEAPU8.set(bytes, e.textPointer);
  e.module.HEAPU8[e.textPointer + bytes.length] = 0;
  const chunks: Int16Array[] = [];
  const events: ESpeakEvent[] = [];
  e.worker.synthesize({ ptr: e.textPointer }, (samples, chunkEvents) => {
    chunks.push(samples.slice());
    events.push(...chunkEvents);
    return false;
  });
  return { sampleRate: ESPEAK_SAMPLE_RATE, pcm: toFloat(chunks), ...readEvents(events) };
}

function toFloat(chunks: Int16Array[]): Float32Array {
  const pcm = new Float32Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) for (let i = 0; i < chunk.length; i++) pcm[at++] = chunk[i]! / 32768;
  return pcm;
}

function readEvents(events: ESpeakEvent[]): { phonemes: EspeakPhoneme[]; words: EspeakWord[] } {
  const phonemes: EspeakPhoneme[] = [];
  const words: EspeakWord[] = [];
  for (const ev of events) {
    const time = ev.audio_position / 1000;
    if (ev.type === 'phoneme') phonemes.push({ ipa: String(ev.id ?? ''), time });
    else if (ev.type === 'word')
      words.push({ position: ev.text_position - 1, length: ev.word_length, phoneme: phonemes.length });
    else if (ev.type === 'end') phonemes.push({ ipa: '', time });
  }
  return { phonemes, words };
}
