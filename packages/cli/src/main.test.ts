import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const mainModule = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../dist/main.js' : './main.js', import.meta.url));

/** npm packages (CommonJS ones, which the module cache shows) loaded after `script` ran in a fresh process. */
async function packagesLoadedBy(script: string): Promise<string[]> {
  const program = `import { createRequire } from 'node:module';
    const { buildProgram } = await import(${JSON.stringify(mainModule)});
    ${script}
    const require = createRequire(import.meta.url);
    const names = Object.keys(require.cache).map((p) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(p)?.[1]).filter(Boolean);
    console.log(JSON.stringify([...new Set(names)]));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', program]);
  return JSON.parse(stdout) as string[];
}

describe('the lagebild program', () => {
  it('builds without loading the pipeline or BullMQ, which only some commands need', async () => {
    // Every command builds the whole program first: `lagebild query` should not pay for fetching,
    // extraction and queues (half a second of loading).
    const heavy = ['bullmq', 'ioredis', 'rss-parser', 'iconv-lite'];
    expect((await packagesLoadedBy('buildProgram();')).filter((p) => heavy.includes(p))).toEqual([]);
    // The probe sees them once a command that needs them has loaded them.
    const afterPipeline = await packagesLoadedBy("buildProgram(); await import('@lagebild/press-releases'); await import('@lagebild/queue');");
    expect(afterPipeline).toEqual(expect.arrayContaining(heavy));
  });
});
