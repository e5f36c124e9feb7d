import { describe, expect, it } from 'vitest';
import { createOutageReporter, isConnectionError } from './logger.js';

function recorder() {
  const lines: { level: 'warn' | 'info'; msg: string; obj: Record<string, unknown> }[] = [];
  return {
    lines,
    log: {
      warn: (obj: Record<string, unknown>, msg: string) => { lines.push({ level: 'warn', msg, obj }); },
      info: (obj: Record<string, unknown>, msg: string) => { lines.push({ level: 'info', msg, obj }); },
    } as never,
  };
}

describe('outage reporter (issue 15 #9)', () => {
  it('says a 10 s outage with 190 failures once when it starts and once when it ends', () => {
    let t = 0;
    const { lines, log } = recorder();
    const outage = createOutageReporter(log, 'Redis', { now: () => t });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6390'), { code: 'ECONNREFUSED' });
    for (let i = 0; i < 190; i++) {
      outage.failed(refused);
      t += 10_000 / 190;
    }
    outage.recovered();
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      ['warn', expect.stringMatching(/^Redis unavailable; retrying/)],
      ['info', 'Redis available again'],
    ]);
    expect(lines[1]!.obj).toMatchObject({ failures: 190 });
  });

  it('repeats at intervals while an outage lasts, with the failures in between; a new outage is said again', () => {
    let t = 0;
    const { lines, log } = recorder();
    const outage = createOutageReporter(log, 'Redis', { now: () => t, repeatMs: 30_000 });
    for (let i = 0; i <= 70; i++) {
      outage.failed(new Error('Connection is closed.'));
      t += 1000;
    }
    expect(lines.map((l) => l.msg)).toEqual([expect.stringMatching(/unavailable; retrying/), 'Redis still unavailable', 'Redis still unavailable']);
    expect(lines[1]!.obj).toMatchObject({ failuresSinceLastLog: 30 });
    outage.recovered();
    outage.recovered();
    outage.failed(new Error('Connection is closed.'));
    expect(lines.map((l) => l.msg).slice(3)).toEqual(['Redis available again', expect.stringMatching(/unavailable; retrying/)]);
  });

  it('tells connection errors from others', () => {
    expect(isConnectionError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isConnectionError(new Error('Connection is closed.'))).toBe(true);
    expect(isConnectionError(new Error('Missing lock for job 12. moveToFinished'))).toBe(false);
  });
});
