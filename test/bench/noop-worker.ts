/** A BullMQ worker that does nothing: the ceiling the real pipeline is compared with. */
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';

const [redisUrl = 'redis://127.0.0.1:6379', name = 'noop'] = process.argv.slice(2);
const worker = new Worker(name, async () => undefined, { connection: new Redis(redisUrl, { maxRetriesPerRequest: null }), concurrency: 8 });
worker.on('error', () => {});
const stop = () => void worker.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
