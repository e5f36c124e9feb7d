import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { ServiceStatus } from '@lagebild/schema';
import type { ImpactRow, Store } from '@lagebild/store';
import { allImpacts } from './queries.js';

/**
 * Alerts: watch an area in the store and POST a signed JSON event to a webhook when a new outage,
 * degradation or restoration is stored for it. At-least-once: an impact counts as delivered only
 * after the receiver answered 2xx, so receivers should deduplicate by the `id` of the event
 * (also sent as `X-Lagebild-Delivery`).
 */

/** The area to watch; at least one of the fields. */
export interface WatchArea {
  municipality?: string;
  district?: string;
  state?: string;
}

/** What the webhook receives. */
export interface AlertEvent {
  /** Stable per impact statement: receivers deduplicate by it. */
  id: string;
  type: 'outage' | 'degradation' | 'restoration';
  area: WatchArea;
  impact: {
    place?: { kind: string; ags: string; name: string };
    service: string;
    status: ServiceStatus;
    /** Absent when neither the text nor a publication date gives the day. */
    asOf?: string;
    since?: string;
    until?: string;
    evidence: string;
    /** `publishedAt` is absent for an undated document. */
    document: { id: string; sourceId: string; url: string; title: string; publishedAt?: string };
  };
  detectedAt: string;
}

/** Retry policy of webhook deliveries. */
export interface RetryPolicy {
  /** Attempts in all (default 5). */
  attempts?: number;
  /** First back-off (default 1000 ms), doubled per attempt, with jitter. */
  baseDelayMs?: number;
  /** Longest back-off, also the cap for Retry-After (default 60 s). */
  maxDelayMs?: number;
  /** Per-request timeout (default 10 s). */
  timeoutMs?: number;
}

/** Progress of a watcher, for logs. */
export type WatchEvent =
  | { type: 'baseline'; impacts: number }
  | { type: 'delivered'; id: string; attempts: number; status: number }
  | { type: 'retry'; id: string; attempt: number; reason: string; delayMs: number }
  | { type: 'failed'; id: string; attempts: number; reason: string }
  | { type: 'poll-error'; reason: string };

/** Options of {@link createWatcher}. */
export interface WatchOptions {
  store: Store;
  area: WatchArea;
  /** http(s) URL of the receiver. */
  webhook: string;
  /** HMAC-SHA256 key for the signature header. */
  secret: string;
  /** Statuses that raise an alert (default outage, degraded, restored). */
  statuses?: readonly ServiceStatus[];
  /** Alert impacts already stored when the watcher starts (default: they form the silent baseline). */
  includeExisting?: boolean;
  /** Event ids delivered earlier (e.g. persisted by the caller), never sent again. */
  delivered?: Iterable<string>;
  /** Called for every id recorded as done (delivered, or silently taken into the baseline), e.g. to persist it. */
  onRecorded?: (id: string) => void;
  retry?: RetryPolicy;
  onEvent?: (event: WatchEvent) => void;
  /** Injected for tests. */
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => Date;
}

/** Header names of a delivery. */
export const SIGNATURE_HEADER = 'x-lagebild-signature';
export const DELIVERY_HEADER = 'x-lagebild-delivery';
export const EVENT_HEADER = 'x-lagebild-event';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the timestamp is signed too, against replays. */
export function signPayload(secret: string, body: string, timestamp: number): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

/** Checks a signature header in constant time; `toleranceSeconds` bounds the age of the timestamp. */
export function verifySignature(secret: string, header: string | undefined, body: string, options: { now?: Date; toleranceSeconds?: number } = {}): boolean {
  const match = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header ?? '');
  if (!match) return false;
  const timestamp = Number(match[1]);
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signPayload(secret, body, timestamp).slice(-64), 'hex');
  return timingSafeEqual(expected, Buffer.from(match[2]!, 'hex'));
}

/** Stable id of an impact statement. */
export function alertId(row: ImpactRow): string {
  return createHash('sha256')
    .update(JSON.stringify([row.documentId, row.place?.ags ?? null, row.service, row.status, row.asOf ?? null]))
    .digest('hex').slice(0, 32);
}

const TYPES: Record<ServiceStatus, AlertEvent['type'] | undefined> = {
  outage: 'outage', degraded: 'degradation', restored: 'restoration', operational: undefined,
};

function toEvent(row: ImpactRow, area: WatchArea, detectedAt: string): AlertEvent {
  return {
    id: alertId(row),
    type: TYPES[row.status] ?? 'outage',
    area,
    impact: {
      ...(row.place ? { place: { ...row.place } } : {}),
      service: row.service, status: row.status, ...(row.asOf !== undefined ? { asOf: row.asOf } : {}),
      ...(row.since !== undefined ? { since: row.since } : {}),
      ...(row.until !== undefined ? { until: row.until } : {}),
      evidence: row.span.text,
      document: {
        id: row.documentId, sourceId: row.sourceId, url: row.url, title: row.title,
        ...(row.publishedAt !== undefined ? { publishedAt: row.publishedAt } : {}),
      },
    },
    detectedAt,
  };
}

/** Whether a failed delivery is worth repeating. */
function retryable(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/** Retry-After as milliseconds (seconds or HTTP date), if present. */
function retryAfterMs(value: string | null, now: Date): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** A watcher over one area. */
export interface Watcher {
  /** One round: reads the area's impacts and delivers what is new. Returns the events delivered. */
  poll(): Promise<AlertEvent[]>;
  /** Polls every `intervalMs` until the signal aborts. */
  run(intervalMs: number, signal?: AbortSignal): Promise<void>;
}

/** Creates a watcher; nothing happens until `poll` or `run`. */
export function createWatcher(options: WatchOptions): Watcher {
  const url = new URL(options.webhook);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RangeError(`webhook must be an http(s) URL, got ${url.protocol}`);
  if (!options.secret) throw new RangeError('a webhook secret is required to sign deliveries');
  const { area } = options;
  if (!area.municipality && !area.district && !area.state) throw new RangeError('watch needs a municipality, district or state');
  const statuses = options.statuses ?? ['outage', 'degraded', 'restored'];
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number, signal?: AbortSignal) => delay(ms, undefined, signal ? { signal } : {}));
  const now = options.now ?? (() => new Date());
  const emit = options.onEvent ?? (() => {});
  const attempts = Math.max(1, options.retry?.attempts ?? 5);
  const baseDelay = options.retry?.baseDelayMs ?? 1000;
  const maxDelay = options.retry?.maxDelayMs ?? 60_000;
  const timeoutMs = options.retry?.timeoutMs ?? 10_000;
  const delivered = new Set(options.delivered ?? []);
  let baselined = options.includeExisting ?? false;

  async function deliver(event: AlertEvent, signal?: AbortSignal): Promise<boolean> {
    const body = JSON.stringify(event);
    for (let attempt = 1; ; attempt++) {
      let reason: string;
      let wait: number | undefined;
      try {
        const response = await doFetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'lagebild-watch',
            [SIGNATURE_HEADER]: signPayload(options.secret, body, Math.floor(now().getTime() / 1000)),
            [DELIVERY_HEADER]: event.id,
            [EVENT_HEADER]: event.type,
          },
          body,
          redirect: 'manual',
          signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs),
        });
        await response.arrayBuffer().catch(() => undefined);
        if (response.status >= 200 && response.status < 300) {
          emit({ type: 'delivered', id: event.id, attempts: attempt, status: response.status });
          return true;
        }
        reason = `HTTP ${response.status}`;
        if (!retryable(response.status)) {
          emit({ type: 'failed', id: event.id, attempts: attempt, reason });
          return false;
        }
        wait = retryAfterMs(response.headers.get('retry-after'), now());
      } catch (error) {
        if (signal?.aborted) throw error;
        reason = error instanceof Error ? error.message : String(error);
      }
      if (attempt >= attempts) {
        emit({ type: 'failed', id: event.id, attempts: attempt, reason });
        return false;
      }
      // Exponential back-off with full jitter, so that many watchers do not retry in step.
      const backoff = Math.min(maxDelay, baseDelay * 2 ** (attempt - 1));
      const delayMs = Math.min(maxDelay, wait ?? Math.round(backoff / 2 + Math.random() * backoff / 2));
      emit({ type: 'retry', id: event.id, attempt, reason, delayMs });
      await sleep(delayMs, signal);
    }
  }

  async function poll(signal?: AbortSignal): Promise<AlertEvent[]> {
    const rows = await allImpacts(options.store, {
      status: statuses,
      ...(area.municipality ? { municipality: area.municipality } : {}),
      ...(area.district ? { district: area.district } : {}),
      ...(area.state ? { state: area.state } : {}),
    });
    const fresh = rows.filter((r) => !delivered.has(alertId(r)));
    if (!baselined) {
      baselined = true;
      for (const r of fresh) {
        const id = alertId(r);
        if (!delivered.has(id)) options.onRecorded?.(id);
        delivered.add(id);
      }
      emit({ type: 'baseline', impacts: fresh.length });
      return [];
    }
    const sent: AlertEvent[] = [];
    const detectedAt = now().toISOString();
    const seenNow = new Set<string>();
    for (const row of fresh) {
      const event = toEvent(row, area, detectedAt);
      if (seenNow.has(event.id)) continue;
      seenNow.add(event.id);
      if (await deliver(event, signal)) {
        delivered.add(event.id);
        options.onRecorded?.(event.id);
        sent.push(event);
      }
    }
    return sent;
  }

  return {
    poll: () => poll(),
    async run(intervalMs, signal) {
      while (!signal?.aborted) {
        try {
          await poll(signal);
        } catch (error) {
          if (signal?.aborted) return;
          emit({ type: 'poll-error', reason: error instanceof Error ? error.message : String(error) });
        }
        try {
          await sleep(intervalMs, signal);
        } catch {
          return;
        }
      }
    },
  };
}
