#!/usr/bin/env node
// Runs the built extractor over Berlin police releases and prints what looks like a precision problem:
// municipalities other than Berlin (Berlin is one municipality), dates that sit on phone-like digit runs,
// and broken spans. Not a default test: the corpus lives outside the repository (../shared/corpus).
//
//   npx tsc -p tsconfig.build.json && node scripts/check-corpus.mjs [csv] [limit] [offset]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { spansInBounds } from '@lagebild/schema';
import { extractRecord } from '../dist/index.js';

const csvPath = process.argv[2] ?? fileURLToPath(new URL('../../../../shared/corpus/berlin-police/berlin_polizei_2024.csv', import.meta.url));
const limit = Number(process.argv[3] ?? 400);
const offset = Number(process.argv[4] ?? 0);

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; } else if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** "23.08.2024 14:01 Uhr" → ISO with the Berlin offset of that day (CEST from the last Sunday of March to October). */
function publishedAt(date) {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})\s+(\d{2}):(\d{2})/.exec(date ?? '');
  if (!m) return '2024-06-01T12:00:00+02:00';
  const [, d, mo, y, h, mi] = m;
  const probe = new Date(Date.UTC(+y, +mo - 1, +d, 12));
  const offset = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', timeZoneName: 'shortOffset' }).formatToParts(probe).find((p) => p.type === 'timeZoneName')?.value === 'GMT+2' ? '+02:00' : '+01:00';
  return `${y}-${mo}-${d}T${h}:${mi}:00${offset}`;
}

const rows = parseCsv(readFileSync(csvPath, 'utf8'));
const header = rows.shift();
const col = (name) => header.indexOf(name);
const releases = rows.filter((r) => r.length >= header.length).slice(offset, offset + limit);

const PHONE_LIKE = /\d{3,}[\s/-]\d{2,}|\(\d{3,}\)/;
const modes = [
  { label: 'no context', context: {} },
  { label: 'publisher = polizei-berlin', context: { sourceAgency: 'polizei-berlin' } },
];
for (const { label, context } of modes) {
  const others = new Map();
  const phoneDates = [];
  const broken = [];
  let dates = 0; let agencies = 0; let impacts = 0; let contacts = 0; let berlin = 0;
  const started = performance.now();
  for (const r of releases) {
    const title = r[col('title')] ?? '';
    const text = `${title}\n\n${r[col('description')] ?? ''}`;
    const document = { id: r[col('link')] || 'x', sourceId: 'berlin-police', url: r[col('link')] ?? '', title, publishedAt: publishedAt(r[col('date')]), fetchedAt: publishedAt(r[col('date')]), text, contentHash: 'x' };
    const record = extractRecord(document, context);
    broken.push(...spansInBounds(record));
    const e = record.entities;
    dates += e.dates.length; agencies += e.agencies.length; impacts += e.serviceImpacts.length; contacts += e.contacts.length;
    for (const m of e.municipalities) {
      if (m.ags === '11000000') { berlin++; continue; }
      const key = `${m.span.text} → ${m.name} (${m.ags})`;
      const entry = others.get(key) ?? { count: 0, sample: '' };
      entry.count++;
      entry.sample ||= text.slice(Math.max(0, m.span.start - 50), m.span.end + 30).replace(/\s+/g, ' ');
      others.set(key, entry);
    }
    for (const d of e.dates) {
      const around = text.slice(Math.max(0, d.span.start - 8), d.span.end + 8);
      if (PHONE_LIKE.test(d.span.text) || /(?:Tel|Telefon|Rufnummer)[.:]?\s*$/i.test(text.slice(Math.max(0, d.span.start - 15), d.span.start))) phoneDates.push(`${d.span.text} ← …${around}…`);
    }
  }
  const ms = performance.now() - started;
  console.log(`\n== ${releases.length} releases from ${csvPath.split('/').pop()} (offset ${offset}), ${label}: ${ms.toFixed(0)} ms (${(ms / releases.length).toFixed(1)} ms each)`);
  console.log(`   mentions: Berlin ${berlin}, dates ${dates}, agencies ${agencies}, impacts ${impacts}, contacts ${contacts}; broken spans: ${broken.length}`);
  console.log(`   municipalities other than Berlin: ${[...others.values()].reduce((a, b) => a + b.count, 0)} mentions, ${others.size} distinct`);
  for (const [key, { count, sample }] of [...others].sort((a, b) => b[1].count - a[1].count)) console.log(`     ${String(count).padStart(3)}× ${key}   …${sample}…`);
  console.log(`   dates that look like phone numbers: ${phoneDates.length}`);
  for (const p of phoneDates.slice(0, 20)) console.log(`     ${p}`);
}
