import { pino, type Logger } from 'pino';

/** JSON logs on stderr for long-running processes (workers); level from LAGEBILD_LOG_LEVEL. */
export function createLogger(name: string): Logger {
  return pino({ name, level: process.env.LAGEBILD_LOG_LEVEL ?? 'info' }, pino.destination(2));
}

/** How often an outage that goes on is logged again (ms). */
export const OUTAGE_REPEAT_MS = 30_000;

/** Errors of a lost or refused connection, as ioredis and BullMQ report them while Redis is away. */
export function isConnectionError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | undefined;
  if (typeof e?.code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'].includes(e.code)) return true;
  return typeof e?.message === 'string' && /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection is closed|Stream isn't writeable|connect E[A-Z]+/.test(e.message);
}

/** Logs an outage once when it starts, then at most every {@link OUTAGE_REPEAT_MS}, and once when it ends. */
export interface OutageReporter {
  /** One failure of the outage (every reconnect attempt of every connection reports one). */
  failed(error: unknown, context?: Record<string, unknown>): void;
  /** The service answered again. */
  recovered(): void;
}

/**
 * A Redis outage makes every connection of a worker report every reconnect attempt: about 190
 * log lines per worker for 10 s. This says it once, then at intervals with the number of failures
 * in between, and once more when the connection is back.
 */
export function createOutageReporter(log: Pick<Logger, 'warn' | 'info'>, what: string, options: { repeatMs?: number; now?: () => number } = {}): OutageReporter {
  const repeatMs = options.repeatMs ?? OUTAGE_REPEAT_MS;
  const now = options.now ?? Date.now;
  let since: number | undefined;
  let lastLogged = 0;
  let failures = 0;
  let unlogged = 0;
  return {
    failed(error, context = {}) {
      const t = now();
      failures++;
      if (since === undefined) {
        since = t;
        lastLogged = t;
        log.warn({ ...context, err: error }, `${what} unavailable; retrying (logged again every ${Math.round(repeatMs / 1000)} s while it lasts)`);
        return;
      }
      if (t - lastLogged >= repeatMs) {
        log.warn({ ...context, err: error, downForMs: t - since, failuresSinceLastLog: unlogged + 1 }, `${what} still unavailable`);
        lastLogged = t;
        unlogged = 0;
        return;
      }
      unlogged++;
    },
    recovered() {
      if (since === undefined) return;
      log.info({ downForMs: now() - since, failures }, `${what} available again`);
      since = undefined;
      failures = 0;
      unlogged = 0;
    },
  };
}
