import type { FastifyInstance } from 'fastify';
import { STAGES } from '../stages.js';
import type { StageQueues } from './queues.js';

/**
 * A Bull Board web page over the stage queues (jobs per state, failed jobs with their reason).
 * Bull Board and Fastify are loaded on first use: every `lagebild` command imports this package,
 * and only `queues --board` needs them (they cost a third of a second at each start).
 */
export async function startQueueBoard(queues: StageQueues, options: { host?: string; port?: number; basePath?: string } = {}): Promise<{ url: string; app: FastifyInstance }> {
  const [{ createBullBoard }, { BullMQAdapter }, { FastifyAdapter }, { default: Fastify }] = await Promise.all([
    import('@bull-board/api'), import('@bull-board/api/bullMQAdapter'), import('@bull-board/fastify'), import('fastify'),
  ]);
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
