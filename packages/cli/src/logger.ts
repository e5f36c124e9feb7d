import { pino, type Logger } from 'pino';

/** JSON logs on stderr for long-running processes (workers); level from LAGEBILD_LOG_LEVEL. */
export function createLogger(name: string): Logger {
  return pino({ name, level: process.env.LAGEBILD_LOG_LEVEL ?? 'info' }, pino.destination(2));
}
