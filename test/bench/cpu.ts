import { readFileSync } from 'node:fs';

/**
 * CPU seconds of the main thread alone (Linux: /proc, clock ticks of 10 ms), or NaN elsewhere.
 * process.cpuUsage() counts V8's compiler and GC helper threads and worker threads too; this is the
 * thread that runs the event loop.
 */
export function mainThreadCpuSeconds(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}
