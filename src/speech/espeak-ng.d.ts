/** Types for the parts of the eSpeak NG WebAssembly build that espeak.ts uses (the package ships none). */
declare module '@echogarden/espeak-ng-emscripten' {
  /** One synthesis event; `id` is the IPA of a phoneme event and the word number of a word event. */
  export interface ESpeakEvent {
    type:
      | 'list_terminated'
      | 'word'
      | 'sentence'
      | 'mark'
      | 'play'
      | 'end'
      | 'msg_terminated'
      | 'phoneme'
      | 'samplerate';
    id?: string | number;
    /** Milliseconds from the start of the audio. */
    audio_position: number;
    /** 1-based character position in the text. */
    text_position: number;
    /** Characters of the text this event covers (word events). */
    word_length: number;
  }

  export interface ESpeakNGWorker {
    /** 0 on success. */
    set_voice(name: string): number;
    set_rate(wordsPerMinute: number): number;
    set_pitch(pitch: number): number;
    set_range(range: number): number;
    set_volume(volume: number): number;
    /** Calls back with 22050 Hz mono int16 chunks and their events; return true to stop. */
    synthesize(
      text: string | { ptr: number },
      callback: (samples: Int16Array, events: ESpeakEvent[]) => boolean | void,
    ): void;
  }

  export interface ESpeakNGModule {
    eSpeakNGWorker: new () => ESpeakNGWorker;
    HEAPU8: Uint8Array;
    _malloc(bytes: number): number;
  }

  export default function init(options?: object): Promise<ESpeakNGModule>;
}
