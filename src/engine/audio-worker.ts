/** The sound thread: mixes the whole soundtrack while the frames are being drawn and encoded. */
import { parentPort } from 'node:worker_threads';
import type { ScenePlan } from '../plan/schema.js';
import type { Trace } from '../sim/trace.js';
import { renderAudio } from '../audio/index.js';
import { receiveJob } from './workers.js';

const { plan, trace } = await receiveJob<{ plan: ScenePlan; trace: Trace }>();
const audio = renderAudio(plan, trace);
parentPort!.postMessage(audio, [audio.left.buffer as ArrayBuffer, audio.right.buffer as ArrayBuffer]);
