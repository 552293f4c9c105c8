/**
 * Runs queued videos: takes jobs from the queue while fewer than `concurrency`
 * are running, renders each in its own process, and records progress and the outcome. Durable by
 * construction: the embedded queue is the database, files are committed before the job is marked complete,
 * and `start()` puts back jobs that a previous run left in progress.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import type { BlobStore, Clock, JobQueue, VideoRecord } from '../store/types.js';
import { VARIANT_FILES } from '../store/types.js';
import type { RenderReport, RenderRequest } from './render-process.js';

export interface RunnerOptions {
  queue: JobQueue;
  blobs: BlobStore;
  concurrency: number;
  /** How long finished assets are kept, in seconds. */
  retentionSeconds: number;
  clock: Clock;
  /** A job started this many times (each interrupted by a crash) fails instead of running again. */
  maxAttempts?: number;
  /** Told of every job that reaches a final state. */
  onFinished?(video: VideoRecord, outcome: 'completed' | 'failed'): void;
}

interface Log {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

const fromSource = import.meta.url.endsWith('.ts');
const ENTRY = new URL(`./render-process${fromSource ? '.ts' : '.js'}`, import.meta.url);
/** Progress is written at most this often per job. */
const PROGRESS_INTERVAL_MS = 250;
const POLL_MS = 1000;
const RENDER_NICENESS = 10;

export class JobRunner {
  private readonly running = new Map<string, ChildProcess>();
  private readonly cancelled = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private pumping = false;
  private again = false;
  private stopped = false;
  /** Set once the server's logger exists. */
  log: Log | undefined;

  constructor(private readonly o: RunnerOptions) {}

  async start(): Promise<string[]> {
    const failed = await this.o.queue.recoverInterrupted(this.o.maxAttempts ?? 3);
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.timer.unref();
    this.wake();
    return failed;
  }

  /** Looks for work now (called when a job is queued). */
  wake(): void {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    void this.pump().finally(() => {
      this.pumping = false;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  private async pump() {
    while (!this.stopped && this.running.size < this.o.concurrency) {
      const job = await this.o.queue.claimNext().catch((err: Error) => {
        this.log?.error({ err: err.message }, 'cannot read the job queue');
        return undefined;
      });
      if (!job) return;
      this.run(job);
    }
  }

  /** Stops a job's render at once (its video was deleted). */
  cancel(id: string): void {
    const child = this.running.get(id);
    if (!child) return;
    this.cancelled.add(id);
    child.kill('SIGKILL');
  }

  get active(): number {
    return this.running.size;
  }

  /** Stops taking jobs and ends running renders; they go back to the queue on the next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    const exits = [...this.running.values()].map(
      (child) =>
        new Promise((resolve) => (child.exitCode !== null ? resolve(0) : child.once('exit', resolve))),
    );
    for (const child of this.running.values()) child.kill('SIGKILL');
    await Promise.all(exits);
  }

  private run(job: VideoRecord) {
    const { queue, blobs } = this.o;
    const log = this.log;
    void (async () => {
      const dir = await blobs.staging(job.id);
      const request: RenderRequest = {
        plan: job.plan,
        quality: job.quality,
        outputs: {
          video: join(dir, VARIANT_FILES.video),
          thumbnail: join(dir, VARIANT_FILES.thumbnail),
          spritesheet: join(dir, VARIANT_FILES.spritesheet),
        },
      };
      const child = fork(ENTRY, [], {
        execArgv: fromSource ? ['--import', 'tsx'] : [],
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        serialization: 'advanced',
      });
      // Renders yield the CPU to the API (their ffmpeg inherits this), so polls stay quick on a busy server.
      try {
        if (child.pid) setPriority(child.pid, RENDER_NICENESS);
      } catch {
        // it already exited; the exit handler below reports why
      }
      this.running.set(job.id, child);
      log?.info({ video: job.id, attempt: job.attempts }, 'render started');
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
      let outcome: RenderReport | undefined;
      let lastWrite = 0;
      child.on('message', (m: RenderReport) => {
        if (m.type !== 'progress') return void (outcome = m);
        const now = Date.now();
        if (now - lastWrite < PROGRESS_INTERVAL_MS) return;
        lastWrite = now;
        void queue.setProgress(job.id, Math.min(99, Math.floor(m.fraction * 100))).catch(() => {});
      });
      child.send(request);
      const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
      this.running.delete(job.id);
      if (this.stopped) return; // interrupted by shutdown: the next start re-queues it
      if (this.cancelled.delete(job.id)) return void (await blobs.remove(job.id));
      if (outcome?.type === 'done' && code === 0) {
        await blobs.commit(job.id);
        const now = this.o.clock();
        await queue.complete(job.id, now, now + this.o.retentionSeconds);
        log?.info({ video: job.id }, 'render completed');
        this.o.onFinished?.(job, 'completed');
      } else {
        const message =
          outcome?.type === 'error'
            ? `rendering failed: ${outcome.message}`
            : `the render process stopped (exit ${code ?? 'by signal'})${stderr ? `: ${stderr.trim().split('\n').pop()}` : ''}`;
        await blobs.remove(job.id);
        await queue.fail(job.id, { code: 'internal_error', message });
        log?.error({ video: job.id, message }, 'render failed');
        this.o.onFinished?.(job, 'failed');
      }
    })()
      .catch((err: Error) => this.log?.error({ video: job.id, err: err.message }, 'job bookkeeping failed'))
      .finally(() => this.wake());
  }
}
