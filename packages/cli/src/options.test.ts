import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from './main.js';
import { isoDay } from './options.js';

/** Parses `args` with the real program, commands' actions never reached: the option parser refuses first. */
async function refusal(args: string[]): Promise<string | undefined> {
  const program = buildProgram();
  let message: string | undefined;
  const quiet = (cmd: Command) => {
    cmd.exitOverride().configureOutput({ writeErr: (s) => { message = (message ?? '') + s; }, writeOut: () => {} });
    cmd.commands.forEach(quiet);
  };
  quiet(program);
  try {
    await program.parseAsync(['node', 'lagebild', ...args, '--db', ':memory:']);
  } catch {
    return message ?? 'refused';
  }
  return undefined;
}

describe('dates on the command line (issue 15 #9)', () => {
  it('accepts calendar days only', () => {
    expect(isoDay('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2023-02-30', '2023-13-45', '2023-02-29', '2023-04-31', '2023-00-10', '6.11.2023']) expect(() => isoDay(bad)).toThrow(/calendar date/);
  });

  it('status --as-of 2023-02-30 and query --from 2023-13-45 are refused as the API refuses them', async () => {
    expect(await refusal(['status', '--as-of', '2023-02-30'])).toMatch(/2023-02-30 is no day of the calendar/);
    expect(await refusal(['query', '--from', '2023-13-45'])).toMatch(/2023-13-45 is no day of the calendar/);
    expect(await refusal(['query', '--to', '2023-11-31'])).toMatch(/no day of the calendar/);
    expect(await refusal(['export', 'impacts', '--from', '2023-02-30'])).toMatch(/no day of the calendar/);
  });
});
