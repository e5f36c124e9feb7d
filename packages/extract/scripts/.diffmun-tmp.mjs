import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
const [dist, out] = process.argv.slice(2);
const { extractRecord } = await import(dist);
const dir = '/work/shared/corpus/berlin-police/';
const lines = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
  for (const row of parse(readFileSync(join(dir, f), 'utf8'), { columns: true, skip_empty_lines: true, relax_quotes: true })) {
    const m = /^(\d{2})\.(\d{2})\.(\d{4})/.exec(row.date ?? ''); if (!m) continue;
    const text = `${row.title ?? ''}\n\n${row.description ?? ''}`;
    const published = `${m[3]}-${m[2]}-${m[1]}T12:00:00+01:00`;
    const rec = extractRecord({ id: row.link, sourceId: 'b', url: row.link, title: row.title, publishedAt: published, fetchedAt: published, text, contentHash: 'x' }, { sourceAgency: 'polizei-berlin' });
    for (const x of rec.entities.municipalities) lines.push(`M ${row.link} ${x.span.start} ${x.ags} ${x.name} | ${text.slice(Math.max(0, x.span.start - 50), x.span.end + 30).replace(/\s+/g, ' ')}`);
    for (const x of rec.entities.districts) lines.push(`D ${row.link} ${x.span.start} ${x.ags} ${x.name} | ${text.slice(Math.max(0, x.span.start - 50), x.span.end + 30).replace(/\s+/g, ' ')}`);
  }
}
writeFileSync(out, lines.join('\n') + '\n');
