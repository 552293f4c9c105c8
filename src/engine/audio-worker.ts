/** The sound thread: mixes the whole soundtrack while the frames are being drawn and encoded. */
import { parentPort } from 'node:worker_threads';
import type { ScenePlan } from '../plan/schema.js';
import type { Trace } from '../sim/trace.js';
import { renderAudio } from '../audio/index.js';
import { receiveJob } from './workers.js';
import { loadSpeech } from '../speech/index.js';

const { plan, trace } = await receiveJob<{ plan: ScenePlan; trace: Trace }>();
// The voices are said again here, from the same text and voice, to the same samples.
if (trace.speech.length > 0) await loadSpeech();
const audio = renderAudio(plan, trace);
parentPort!.postMessage(audio, [audio.left.buffer as ArrayBuffer, audio.right.buffer as ArrayBuffer]);
