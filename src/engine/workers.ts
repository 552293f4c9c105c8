/**
 * The engine's threads. A worker is started early (its module loading overlaps the simulation)
 * and is sent its job as its first message. Under the TypeScript sources (tests, development) the
 * worker first registers tsx; the built package runs plain JavaScript.
 */
import { once } from 'node:events';
import { parentPort, Worker } from 'node:worker_threads';

const fromSource = import.meta.url.endsWith('.ts');

const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
(async () => {
  if (workerData.fromSource) (await import('tsx/esm/api')).register();
  await import(workerData.entry);
})().catch((err) => { throw err; });`;

/** `name` is a module next to this one, without extension (e.g. 'render-worker'). */
export function startWorker(name: string): Worker {
  const entry = new URL(`./${name}${fromSource ? '.ts' : '.js'}`, import.meta.url).href;
  return new Worker(BOOTSTRAP, { eval: true, workerData: { entry, fromSource } });
}

/** Inside a worker: waits for the job, the first message the engine sends. */
export async function receiveJob<T>(): Promise<T> {
  const [job] = (await once(parentPort!, 'message')) as [T];
  return job;
}
