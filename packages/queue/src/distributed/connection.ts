import { Redis, type RedisOptions } from 'ioredis';

/** Default Redis for distributed mode: $REDIS_URL, else the local server. */
export function redisUrl(url?: string): string {
  return url ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
}

/**
 * A connection for workers: BullMQ's blocking commands must wait for Redis forever instead of
 * failing after a few retries, so `maxRetriesPerRequest` is null.
 */
export function workerConnection(url?: string, extra: RedisOptions = {}): Redis {
  return new Redis(redisUrl(url), { maxRetriesPerRequest: null, ...extra });
}

/**
 * A connection for producers (enqueue, CLI): with `enableOfflineQueue: false` an add fails fast
 * while Redis is down, so the caller learns that a job was not accepted instead of hanging.
 */
export function producerConnection(url?: string, extra: RedisOptions = {}): Redis {
  return new Redis(redisUrl(url), { enableOfflineQueue: false, maxRetriesPerRequest: 3, ...extra });
}

/** How long {@link connectProducer} waits for Redis before it gives up (ms). */
export const PRODUCER_CONNECT_TIMEOUT_MS = 5000;

/** Redis did not answer: commands that need it end with this message instead of waiting forever. */
export class RedisUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedisUnavailableError';
  }
}

/** The URL without its password, for messages. */
function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

/**
 * A {@link producerConnection} that has answered a PING. BullMQ's queues wait for their connection
 * to be ready without a deadline, so a command run while Redis is down would hang without a word;
 * this fails within `timeoutMs` with a {@link RedisUnavailableError} naming the URL. Later errors
 * (Redis lost mid-run) reach the caller through the failing commands (`enableOfflineQueue: false`).
 */
export async function connectProducer(url?: string, options: { timeoutMs?: number } = {}): Promise<Redis> {
  const timeoutMs = options.timeoutMs ?? PRODUCER_CONNECT_TIMEOUT_MS;
  const target = redisUrl(url);
  const connection = producerConnection(url, { lazyConnect: true, connectTimeout: timeoutMs });
  let lastError: Error | undefined;
  // Reported through the failing commands; without a listener ioredis logs every reconnect attempt.
  connection.on('error', (error: Error) => { lastError = error; });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      connection.connect().then(() => connection.ping()),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    connection.disconnect();
    const reason = lastError?.message ?? (error as Error).message;
    throw new RedisUnavailableError(`Redis at ${shownUrl(target)} is not reachable (${reason}); start it or pass --redis / REDIS_URL`);
  } finally {
    clearTimeout(timer);
  }
  return connection;
}

/** Redis is configured so that BullMQ could lose jobs. */
export class RedisConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedisConfigError';
  }
}

/**
 * Checks the Redis settings BullMQ depends on. Eviction would silently delete jobs, so any
 * `maxmemory-policy` but `noeviction` is refused; AOF off only warns (a restart loses queued jobs,
 * which re-ingesting from the sources recovers).
 */
export async function checkRedisForQueues(connection: Redis): Promise<{ warnings: string[] }> {
  if (connection.status === 'wait') await connection.connect();
  const [, policy] = (await connection.config('GET', 'maxmemory-policy')) as [string, string];
  if (policy !== 'noeviction') {
    throw new RedisConfigError(
      `Redis maxmemory-policy is "${policy}": BullMQ needs "noeviction", or Redis may evict queued jobs. ` +
      'Set it with: redis-cli CONFIG SET maxmemory-policy noeviction',
    );
  }
  const warnings: string[] = [];
  const [, aof] = (await connection.config('GET', 'appendonly')) as [string, string];
  if (aof !== 'yes') warnings.push('Redis AOF is off (appendonly no): queued jobs are lost if Redis restarts; re-ingest from the sources to recover.');
  return { warnings };
}
