import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../bin/lagebild.js', import.meta.url));

describe('the lagebild launcher', () => {
  it('runs by its shebang, with the V8 flags of its first line', async () => {
    // Executed as a program (as npx and the bin link do): env splits the line, node must accept the flags.
    const { stdout } = await run(bin, ['--version']);
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(stdout.trim()).toBe(version);
    const shebang = readFileSync(bin, 'utf8').split('\n', 1)[0];
    expect(shebang).toMatch(/^#!\/usr\/bin\/env -S node --max-semi-space-size=\d+$/);
  });

  it('gives a worker a small young generation', async () => {
    // Objects that survive a scavenge make V8 grow the young generation; with the launcher's flag
    // its new space stays within two 4 MiB semi-spaces, without it the same program reaches 32 MiB.
    const flags = readFileSync(bin, 'utf8').split('\n', 1)[0]!.replace(/^#!\/usr\/bin\/env -S node\s*/, '').split(/\s+/);
    const program = "let m=0;for(let r=0;r<20;r++){const a=[];for(let i=0;i<300000;i++)a.push({i});"
      + "m=Math.max(m,require('v8').getHeapSpaceStatistics().find(s=>s.space_name==='new_space').space_size)}console.log(m)";
    const newSpace = async (args: string[]) => Number((await run(process.execPath, [...args, '-e', program])).stdout.trim());
    const launched = await newSpace(flags);
    expect(launched).toBeLessThanOrEqual(8 * 1024 * 1024);
    expect(launched).toBeLessThan(await newSpace([]));
  });
});
