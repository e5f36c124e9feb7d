import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { LagebildRecord } from '@lagebild/schema';
import { runStoreConformance } from '../conformance.js';
import { policeRecord, werneRecord } from '../conformance-records.js';
import { openStore } from '../open.js';
import { createSqliteStore } from './sqlite.js';
import { createThreadedSqliteStore } from './sqlite-thread.js';

const dir = mkdtempSync(join(tmpdir(), 'lagebild-store-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
runStoreConformance('sqlite in a thread (file, WAL)', () => createThreadedSqliteStore(join(dir, `conformance-${n++}.db`)));
runStoreConformance('sqlite in a thread (memory)', () => createThreadedSqliteStore(':memory:'));

/** `count` copies of the Werne record under ids of their own. */
function copies(count: number): LagebildRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    ...werneRecord, document: { ...werneRecord.document, id: `${werneRecord.document.id.slice(0, 20)}${String(i).padStart(12, '0')}` },
  }));
}

describe('sqlite store in a thread', () => {
  it('writes the same file the in-thread driver reads', async () => {
    const path = join(dir, 'shared.db');
    const threaded = await openStore(path, { thread: true });
    expect(threaded.driver).toBe('sqlite');
    expect(await threaded.putRecords([werneRecord, policeRecord])).toStrictEqual(['inserted', 'inserted']);
    const direct = await openStore(path);
    expect(await direct.getRecord(policeRecord.document.id)).toStrictEqual(policeRecord);
    expect(await direct.putRecord(werneRecord)).toBe('unchanged');
    await threaded.close();
    await direct.close();
  });

  it('leaves the caller\'s event loop free while a batch is written', async () => {
    const store = await openStore(join(dir, 'free-loop.db'), { thread: true });
    let written = false;
    let loopRanDuringWrite = false;
    setImmediate(() => { loopRanDuringWrite = !written; });
    const outcomes = await store.putRecords(copies(300));
    written = true;
    expect(outcomes.filter((o) => o === 'inserted')).toHaveLength(300);
    expect(loopRanDuringWrite).toBe(true);
    await store.close();

    // The in-thread driver, for contrast: the batch is written before the caller can do anything else.
    const direct = createSqliteStore(join(dir, 'blocked-loop.db'));
    await direct.migrate();
    written = false;
    loopRanDuringWrite = false;
    setImmediate(() => { loopRanDuringWrite = !written; });
    await direct.putRecords(copies(300));
    written = true;
    expect(loopRanDuringWrite).toBe(false);
    await direct.close();
  });

  it('keeps the error\'s type and message, and the store goes on', async () => {
    const store = await openStore(join(dir, 'errors.db'), { thread: true });
    const bad = structuredClone(werneRecord);
    (bad.entities.municipalities[0] as { ags: string }).ags = 'not-an-ags';
    const failure = await store.putRecord(bad).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as Error).message).toMatch(/invalid record/);
    expect(await store.putRecord(werneRecord)).toBe('inserted');
    await store.close();
  });

  it('fails a call whose arguments cannot cross the thread, and only that call', async () => {
    const store = await openStore(join(dir, 'uncloneable.db'), { thread: true });
    const withFunction = { ...werneRecord, extra: () => 1 } as unknown as LagebildRecord;
    await expect(store.putRecord(withFunction)).rejects.toThrow(/could not be cloned/);
    expect(await store.putRecord(werneRecord)).toBe('inserted');
    await store.close();
  });

  it('says why a file cannot be opened when the store is opened', async () => {
    const blockedBy = join(dir, 'a-file');
    await (await openStore(blockedBy)).close();
    // A directory cannot be made below a file: both drivers fail at open with the file system's reason.
    const threaded = await openStore(join(blockedBy, 'store.db'), { thread: true }).catch((error: Error) => error);
    const direct = await openStore(join(blockedBy, 'store.db')).catch((error: Error) => error);
    expect((threaded as Error).message).toMatch(/^EEXIST: .*a-file/);
    expect((threaded as Error).message).toBe((direct as Error).message);
  });

  it('rejects calls after close with the reason', async () => {
    const store = await openStore(join(dir, 'closed.db'), { thread: true });
    await store.close();
    await store.close();
    await expect(store.stats()).rejects.toThrow(/closed/);
  });

  it('does not keep a process alive that forgot to close it', async () => {
    const module = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? '../../dist/index.js' : '../index.js', import.meta.url));
    const script = `const { openStore } = await import(${JSON.stringify(module)});
      const store = await openStore(${JSON.stringify(join(dir, 'forgotten.db'))}, { thread: true });
      await store.putRecord(${JSON.stringify(werneRecord)});
      console.log((await store.stats()).documents);`;
    const file = join(dir, 'forgetful.mjs');
    writeFileSync(file, script);
    const { stdout } = await promisify(execFile)(process.execPath, [file], { timeout: 20_000 });
    expect(stdout.trim()).toBe('1');
  });
});
