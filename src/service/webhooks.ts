/**
 * Outgoing webhooks for finished (or failed) videos.
 *
 * Events have the shape of OpenAI's video webhook events and are signed the Standard Webhooks way
 * (`webhook-id` / `webhook-timestamp` / `webhook-signature`), so a client can verify them with
 * `openai.webhooks.unwrap()` or any Standard Webhooks library instead of code of ours.
 */
import { createHmac, randomBytes } from 'node:crypto';

export interface WebhookEndpoint {
  url: string;
  /** `whsec_` + base64 of the key bytes. */
  secret: string;
}

export type VideoEventType = 'video.completed' | 'video.failed';

export interface VideoEvent {
  id: string;
  object: 'event';
  created_at: number;
  type: VideoEventType;
  data: { id: string };
}

export interface WebhookSenderOptions {
  endpoints: WebhookEndpoint[];
  fetch?: typeof fetch;
  /** Delay before each retry; its length is the number of retries. */
  retryDelaysMs?: number[];
  /** Per attempt, so a hung receiver cannot hold a delivery forever. */
  timeoutMs?: number;
  log?: { warn(obj: object, msg: string): void };
}

const PREFIX = 'whsec_';

function keyBytes(secret: string): Buffer {
  // Without the prefix, verifiers disagree on how to read the key (OpenAI's takes the raw text, the
  // Standard Webhooks libraries decode base64 anyway), so refuse rather than sign something unverifiable.
  const key = secret.startsWith(PREFIX) ? Buffer.from(secret.slice(PREFIX.length), 'base64') : undefined;
  if (!key?.length) throw new Error(`webhook secret must be ${PREFIX}<base64 key>`);
  return key;
}

/** The `webhook-signature` header value for one delivery attempt. */
export function signWebhook(secret: string, msgId: string, timestampSeconds: number, body: string): string {
  const key = keyBytes(secret);
  const mac = createHmac('sha256', key).update(`${msgId}.${timestampSeconds}.${body}`).digest('base64');
  return `v1,${mac}`;
}

export function newWebhookSecret(): string {
  return PREFIX + randomBytes(32).toString('base64');
}

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

const DEFAULT_RETRY_DELAYS_MS = [1000, 5000, 30000, 120000, 600000];

/** Delivers events to the configured endpoints, retrying failures in the background. */
export class WebhookSender {
  readonly #timers = new Set<NodeJS.Timeout>();
  #closed = false;

  constructor(private readonly options: WebhookSenderOptions) {
    // Fail at start-up on a bad secret, not with a warning on every delivery.
    for (const e of options.endpoints) keyBytes(e.secret);
  }

  /** Resolves once the first attempt to every endpoint has settled; never rejects. */
  async send(type: VideoEventType, videoId: string, extraUrl?: { url: string }): Promise<void> {
    const id = `evt_${randomBytes(16).toString('hex')}`;
    const event: VideoEvent = { id, object: 'event', created_at: nowSeconds(), type, data: { id: videoId } };
    // Serialised once: the signature covers these exact bytes, on every endpoint and every retry.
    const body = JSON.stringify(event);
    const targets = [...this.options.endpoints];
    // A per-request URL has no secret of its own; it borrows the first endpoint's, and is skipped
    // without one because an unsigned webhook would be unverifiable.
    const first = this.options.endpoints[0];
    if (extraUrl && first) targets.push({ url: extraUrl.url, secret: first.secret });
    await Promise.all(targets.map((t) => this.#deliver(t, id, body, 0)));
  }

  /** Cancels pending retries; no new ones are scheduled afterwards. */
  close(): void {
    this.#closed = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  async #deliver(endpoint: WebhookEndpoint, id: string, body: string, attempt: number): Promise<void> {
    const error = await this.#post(endpoint, id, body);
    if (error === undefined) return;
    const delay = (this.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS)[attempt];
    const retrying = delay !== undefined && !this.#closed;
    try {
      const context = { url: endpoint.url, webhookId: id, attempt: attempt + 1, error, retrying };
      this.options.log?.warn(context, 'webhook failed');
    } catch {
      // A throwing logger must not reject send() or crash the process from a retry timer.
    }
    if (!retrying) return;
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      void this.#deliver(endpoint, id, body, attempt + 1);
    }, delay);
    timer.unref(); // a pending retry must never keep the process alive
    this.#timers.add(timer);
  }

  /** One attempt: undefined on a 2xx, otherwise what went wrong. */
  async #post(endpoint: WebhookEndpoint, id: string, body: string): Promise<string | undefined> {
    try {
      // Fresh timestamp per attempt: receivers reject old ones, and retries can run minutes later.
      const timestamp = nowSeconds();
      const res = await (this.options.fetch ?? fetch)(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook(endpoint.secret, id, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10000),
      });
      // Discard the response body so the connection is released.
      await res.body?.cancel().catch(() => undefined);
      return res.ok ? undefined : `HTTP ${res.status}`;
    } catch (err) {
      // fetch's own message is just "fetch failed"; the cause says why (refused, DNS, ...).
      const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
      return err instanceof Error ? err.message + cause : String(err);
    }
  }
}
