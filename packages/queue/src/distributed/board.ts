import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { STAGES } from '../stages.js';
import type { StageQueues } from './queues.js';

/** A Bull Board web page over the stage queues (jobs per state, failed jobs with their reason). */
export async function startQueueBoard(queues: StageQueues, options: { host?: string; port?: number; basePath?: string } = {}): Promise<{ url: string; app: FastifyInstance }> {
  const basePath = options.basePath ?? '/queues';
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(basePath);
  createBullBoard({
    queues: STAGES.map((stage) => new BullMQAdapter(queues[stage], { readOnlyMode: true })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'lagebild queues' } },
  });
  const app = Fastify();
  await app.register(serverAdapter.registerPlugin(), { prefix: basePath });
  const host = options.host ?? '127.0.0.1';
  const address = await app.listen({ host, port: options.port ?? 0 });
  return { url: `${address}${basePath}`, app };
}
