import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { extractBatch, ExtractUsageError, quarantineFileOf } from './extract.js';

const dir = mkdtempSync(join(tmpdir(), 'lagebild-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (name: string) => join(dir, `${n++}-${name}`);

const LINE = (id: string) => JSON.stringify({ id, title: 'Standesamt Werne geschlossen', text: 'Das Standesamt der Stadt Werne bleibt am Montag geschlossen.', published: '2023-11-06' });
const ids = (file: string) => readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { document: { id: string } }).document.id);
const quarantined = (file: string) => readFileSync(quarantineFileOf(file), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { line: number; id?: string; reason: string });

describe('lagebild extract: files (issue 15 #2)', () => {
  it('refuses --out equal to --in and leaves the file as it was', async () => {
    const file = fresh('same.ndjson');
    writeFileSync(file, `${LINE('a')}\n`);
    await expect(extractBatch(file, file)).rejects.toThrow(ExtractUsageError);
    await expect(extractBatch(file, join(dir, '.', file.slice(dir.length + 1)))).rejects.toThrow(/would overwrite the input/);
    expect(readFileSync(file, 'utf8')).toBe(`${LINE('a')}\n`);
  });

  it('a missing input leaves an existing output as it was, with a clear error', async () => {
    const out = fresh('out.ndjson');
    writeFileSync(out, 'earlier output\n');
    await expect(extractBatch(fresh('missing.ndjson'), out)).rejects.toThrow(/cannot read --in .*missing\.ndjson: ENOENT/);
    expect(readFileSync(out, 'utf8')).toBe('earlier output\n');
  });

  it('an output in a missing directory, or that is a directory, is a clear error and writes nothing', async () => {
    const input = fresh('in.ndjson');
    writeFileSync(input, `${LINE('a')}\n`);
    await expect(extractBatch(input, join(dir, 'no-such-dir', 'out.ndjson'))).rejects.toThrow(/directory of --out .* does not exist/);
    const asDir = fresh('a-directory');
    mkdirSync(asDir);
    await expect(extractBatch(input, asDir)).rejects.toThrow(/is a directory/);
    expect(readdirSync(asDir)).toEqual([]);
  });

  it('an earlier quarantine list is removed when the new run has none; no temporary files stay behind', async () => {
    const input = fresh('in.ndjson');
    const out = fresh('out.ndjson');
    writeFileSync(input, `${LINE('a')}\n{"id": "broken"\n`);
    expect((await extractBatch(input, out)).quarantined).toBe(1);
    expect(existsSync(quarantineFileOf(out))).toBe(true);
    writeFileSync(input, `${LINE('a')}\n${LINE('b')}\n`);
    const result = await extractBatch(input, out);
    expect(result).toMatchObject({ records: 2, quarantined: 0 });
    expect(existsSync(quarantineFileOf(out))).toBe(false);
    expect(ids(out)).toEqual(['a', 'b']);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('lagebild extract: input bytes (issue 15 #8)', () => {
  it('quarantines a line with invalid UTF-8 with its reason instead of rewriting it to U+FFFD', async () => {
    const input = fresh('latin1.ndjson');
    const bad = Buffer.concat([Buffer.from('{"id":"latin1","text":"Stra'), Buffer.from([0xdf]), Buffer.from('e in M'), Buffer.from([0xfc]), Buffer.from('nster"}')]);
    writeFileSync(input, Buffer.concat([Buffer.from(`${LINE('a')}\n`), bad, Buffer.from(`\n${LINE('c')}\n`)]));
    const out = fresh('out.ndjson');
    const result = await extractBatch(input, out);
    expect(ids(out)).toEqual(['a', 'c']);
    expect(result.quarantined).toBe(1);
    expect(quarantined(out)).toEqual([{ line: 2, reason: expect.stringMatching(/not valid UTF-8/) }]);
  });

  it('skips a byte-order mark instead of losing line 1; CRLF line ends are read like LF', async () => {
    const input = fresh('bom.ndjson');
    writeFileSync(input, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${LINE('first')}\r\n${LINE('second')}\r\n`)]));
    const out = fresh('out.ndjson');
    const result = await extractBatch(input, out);
    expect(result).toMatchObject({ records: 2, quarantined: 0 });
    expect(ids(out)).toEqual(['first', 'second']);
  });
});

describe('lagebild extract: memory (issue 15 #6)', () => {
  it('quarantines a line above the size cap unread; the list is streamed to its file, only a few kept to print', async () => {
    const input = fresh('big.ndjson');
    const lines = [LINE('a'), JSON.stringify({ id: 'huge', text: 'Werne '.repeat(2000) }), ...Array.from({ length: 100 }, (_, i) => `not json ${i}`), LINE('z')];
    writeFileSync(input, `${lines.join('\n')}\n`);
    const out = fresh('out.ndjson');
    const result = await extractBatch(input, out, { maxLineBytes: 4096 });
    expect(ids(out)).toEqual(['a', 'z']);
    expect(result.quarantined).toBe(101);
    expect(result.samples.length).toBeLessThanOrEqual(20);
    const list = quarantined(out);
    expect(list).toHaveLength(101);
    expect(list[0]).toEqual({ line: 2, reason: expect.stringMatching(/longer than the cap of 4096 bytes/) });
  });

  // The real command in a process with a small heap: a 20 MB document and 300,000 invalid lines used to
  // need several hundred MB (the text extracted, every quarantined line kept); now they are refused at
  // the cap and streamed, and the run completes within the heap a worker has for one ordinary release.
  it('a 20 MB line and 300,000 invalid lines run in a 96 MB heap', async () => {
    const input = fresh('hostile.ndjson');
    const stream = createWriteStream(input);
    stream.write(`${LINE('a')}\n`);
    stream.write(`${JSON.stringify({ id: 'twenty-mb', text: 'Das Standesamt der Stadt Werne bleibt geschlossen. '.repeat(400_000) })}\n`);
    const junk = `${'{"no": "id"}\n'.repeat(1000)}`;
    for (let i = 0; i < 300; i++) if (!stream.write(junk)) await once(stream, 'drain');
    stream.end(`${LINE('z')}\n`);
    await once(stream, 'finish');
    const out = fresh('out.ndjson');
    const bin = fileURLToPath(new URL('../../bin/lagebild.js', import.meta.url));
    const { stderr } = await promisify(execFile)(process.execPath, ['--max-old-space-size=96', bin, 'extract', '--in', input, '--out', out], { timeout: 300_000 });
    expect(stderr).toMatch(/300001 lines quarantined/);
    expect(ids(out)).toEqual(['a', 'z']);
  }, 320_000);
});
