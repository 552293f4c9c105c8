/**
 * The service's storage contracts. The embedded default implements them with PGlite and a local
 * folder; PostgreSQL, S3-compatible storage and BullMQ plug in behind the same interfaces.
 */
import type { Readable } from 'node:stream';
import type { ScenePlan } from '../../plan/schema.js';

/** The service's notion of now, in Unix seconds; injectable so expiry can be tested without waiting. */
export type Clock = () => number;
export const systemClock: Clock = () => Math.floor(Date.now() / 1000);

export type VideoStatus = 'queued' | 'in_progress' | 'completed' | 'failed';
export type Quality = 'standard' | 'pro';

/** A video as the API shows it: everything but its plan, which can be large. */
export interface VideoSummary {
  id: string;
  projectId: string;
  model: string;
  status: VideoStatus;
  /** 0–100. */
  progress: number;
  prompt: string | null;
  size: string;
  seconds: string;
  /** Unix seconds. */
  createdAt: number;
  completedAt: number | null;
  expiresAt: number | null;
  remixedFromVideoId: string | null;
  error: { code: string; message: string } | null;
  quality: Quality;
  /** How many times a worker has started this job. */
  attempts: number;
  webhookUrl: string | null;
}

/** A video with its plan: what a render needs. */
export interface VideoRecord extends VideoSummary {
  plan: ScenePlan;
}

export type NewVideo = Omit<
  VideoRecord,
  'status' | 'progress' | 'completedAt' | 'expiresAt' | 'error' | 'attempts'
>;

export interface CharacterRecord {
  id: string;
  projectId: string;
  /** Hash of the API key that created it: its owner, for consent and permissions. */
  ownerKeyHash: string;
  name: string;
  /** The catalog figure it is drawn as. */
  archetype: string;
  /** Dominant colours of the upload, "#rrggbb", most prominent first. */
  palette: string[];
  /** The speaking voice heard in the upload, when it has speech-like sound. */
  voice: { pitchHz: number } | null;
  createdAt: number;
}

export interface ListQuery {
  after?: string;
  limit: number;
  order: 'asc' | 'desc';
}

/**
 * The render queue. The embedded store is its own queue (jobs are rows, claimed with SKIP LOCKED);
 * a broker such as BullMQ can take this role by implementing it, with the store keeping the records.
 */
export interface JobQueue {
  /** Takes the oldest queued job, marking it in progress and counting the attempt. */
  claimNext(): Promise<VideoRecord | undefined>;
  setProgress(id: string, progress: number): Promise<void>;
  complete(id: string, completedAt: number, expiresAt: number): Promise<void>;
  fail(id: string, error: { code: string; message: string }): Promise<void>;
  /**
   * After a restart: jobs left in progress go back to the queue, or fail once they have been
   * started `maxAttempts` times. Returns the ids that failed.
   */
  recoverInterrupted(maxAttempts: number): Promise<string[]>;
}

export interface MetadataStore extends JobQueue {
  createProject(name: string): Promise<string>;
  addKey(projectId: string, hash: string): Promise<void>;
  projectForKey(hash: string): Promise<string | undefined>;

  /** With an idempotency key already used in the project, returns that video and `created: false`. */
  insertVideo(video: NewVideo, idempotencyKey?: string): Promise<{ video: VideoSummary; created: boolean }>;
  getVideo(projectId: string, id: string): Promise<VideoSummary | undefined>;
  getPlan(projectId: string, id: string): Promise<ScenePlan | undefined>;
  /** `undefined` when `after` names no video of the project. */
  listVideos(
    projectId: string,
    query: ListQuery,
  ): Promise<{ data: VideoSummary[]; hasMore: boolean } | undefined>;
  /** Hides the video from its project; returns it as it was. */
  deleteVideo(projectId: string, id: string): Promise<VideoSummary | undefined>;

  insertCharacter(character: CharacterRecord): Promise<void>;
  getCharacter(projectId: string, id: string): Promise<CharacterRecord | undefined>;
  /** The project's characters, oldest first (a prompt naming two with one name gets the first). */
  listCharacters(projectId: string): Promise<CharacterRecord[]>;

  /** Completed videos whose assets expired before `now` and still have them. */
  takeExpired(now: number): Promise<string[]>;
  /** Ids of deleted videos, for the blob sweeper. */
  takeDeleted(): Promise<string[]>;
  close(): Promise<void>;
}

export type Variant = 'video' | 'thumbnail' | 'spritesheet';

export interface BlobStore {
  /** A private folder where a render writes its files before they are committed. */
  staging(id: string): Promise<string>;
  /** Moves the staged files into place, atomically per file, and drops the staging folder. */
  commit(id: string): Promise<void>;
  /** Byte size, or undefined when absent. */
  size(id: string, variant: Variant): Promise<number | undefined>;
  read(id: string, variant: Variant, range?: { start: number; end: number }): Readable;
  /** Removes everything stored for the video, staged or committed. */
  remove(id: string): Promise<void>;
}

export const VARIANT_FILES: Record<Variant, string> = {
  video: 'video.mp4',
  thumbnail: 'thumbnail.webp',
  spritesheet: 'spritesheet.jpg',
};

export const VARIANT_TYPES: Record<Variant, string> = {
  video: 'video/mp4',
  thumbnail: 'image/webp',
  spritesheet: 'image/jpeg',
};
