#!/usr/bin/env node
// Runs the built extractor over the real Berlin police releases (all CSVs, 13,364 releases) and prints
// what looks like a robustness or precision problem:
//   - releases whose extraction throws, and spans that are out of bounds (must both be 0);
//   - releases that yield a municipality other than Berlin (Berlin is one municipality), with the top names;
//   - dates outside the release's year ± 1, with examples;
//   - dates that sit on phone-like digit runs.
// Not a default test: the corpus lives outside the repository (../shared/corpus).
//
//   npx tsc -p tsconfig.build.json && node scripts/check-corpus.mjs [--limit N] [--json] [--examples N] [csv ...]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { spansInBounds } from '@lagebild/schema';
import { extractRecord } from '../dist/index.js';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const limit = Number(option('--limit', Infinity));
const examples = Number(option('--examples', 12));
const json = flag('--json');
const optionValues = new Set([option('--limit', undefined), option('--examples', undefined)].filter(Boolean));
const files = args.filter((a) => !a.startsWith('--') && !optionValues.has(a));
const dir = fileURLToPath(new URL('../../../../shared/corpus/berlin-police/', import.meta.url));
const csvFiles = files.length > 0 ? files : readdirSync(dir).filter((f) => f.endsWith('.csv')).sort().map((f) => join(dir, f));

/** "23.08.2024 14:01 Uhr" (Berlin wall time) → ISO with the Berlin offset of that instant. */
function publishedAt(date) {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})(?:\s+(\d{2}):(\d{2}))?/.exec(date ?? '');
  if (!m) return undefined;
  const [, d, mo, y, h = '12', mi = '00'] = m;
  const probe = new Date(Date.UTC(+y, +mo - 1, +d, +h - 1, +mi));
  const name = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', timeZoneName: 'shortOffset' }).formatToParts(probe).find((p) => p.type === 'timeZoneName')?.value;
  return `${y}-${mo}-${d}T${h}:${mi}:00${name === 'GMT+2' ? '+02:00' : '+01:00'}`;
}

const releases = [];
for (const file of csvFiles) {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, relax_quotes: true });
  for (const row of rows) {
    if (releases.length >= limit) break;
    const published = publishedAt(row.date);
    if (!published) continue;
    const title = row.title ?? '';
    releases.push({ id: row.link || `row-${releases.length}`, title, text: `${title}\n\n${row.description ?? ''}`, published });
  }
}

const PHONE_LIKE = /\d{3,}[\s/-]\d{2,}|\(\d{3,}\)/;
const modes = [
  { label: 'publisher = polizei-berlin', context: { sourceAgency: 'polizei-berlin' } },
  { label: 'no context', context: {} },
];
const report = { releases: releases.length, bytes: releases.reduce((n, r) => n + Buffer.byteLength(r.text), 0), modes: [] };
for (const { label, context } of modes) {
  const throws = [];
  const broken = [];
  const others = new Map();
  let releasesWithOther = 0;
  const farDates = [];
  let releasesWithFarDate = 0;
  const phoneDates = [];
  const totals = { dates: 0, municipalities: 0, districts: 0, agencies: 0, impacts: 0, contacts: 0 };
  const cpu0 = process.cpuUsage();
  for (const r of releases) {
    const document = { id: r.id, sourceId: 'berlin-police', url: r.id, title: r.title, publishedAt: r.published, fetchedAt: r.published, text: r.text, contentHash: 'x' };
    let record;
    try {
      record = extractRecord(document, context);
    } catch (error) {
      throws.push({ id: r.id, error: String(error?.stack ?? error).split('\n').slice(0, 3).join(' | ') });
      continue;
    }
    for (const b of spansInBounds(record)) broken.push({ id: r.id, ...b });
    const e = record.entities;
    totals.dates += e.dates.length; totals.municipalities += e.municipalities.length; totals.districts += e.districts.length;
    totals.agencies += e.agencies.length; totals.impacts += e.serviceImpacts.length; totals.contacts += e.contacts.length;
    let other = false;
    for (const m of e.municipalities) {
      if (m.ags === '11000000') continue;
      other = true;
      const key = `${m.span.text} → ${m.name} (${m.ags})`;
      const entry = others.get(key) ?? { count: 0, sample: '' };
      entry.count++;
      entry.sample ||= r.text.slice(Math.max(0, m.span.start - 50), m.span.end + 30).replace(/\s+/g, ' ');
      others.set(key, entry);
    }
    if (other) releasesWithOther++;
    const year = Number(r.published.slice(0, 4));
    let far = false;
    for (const d of e.dates) {
      const around = r.text.slice(Math.max(0, d.span.start - 30), d.span.end + 20).replace(/\s+/g, ' ');
      for (const v of [d.value, d.end].filter(Boolean)) {
        const y = Number(v.slice(0, 4));
        if (Math.abs(y - year) > 1) {
          far = true;
          farDates.push(`${r.published.slice(0, 10)}: "${d.span.text}" → ${v}   …${around}…`);
          break;
        }
      }
      if (PHONE_LIKE.test(d.span.text) || /(?:Tel|Telefon|Rufnummer)[.:]?\s*$/i.test(r.text.slice(Math.max(0, d.span.start - 15), d.span.start))) {
        phoneDates.push(`${d.span.text} ← …${around}…`);
      }
    }
    if (far) releasesWithFarDate++;
  }
  const cpu = process.cpuUsage(cpu0);
  const top = [...others].sort((a, b) => b[1].count - a[1].count);
  report.modes.push({
    label, cpuSeconds: (cpu.user + cpu.system) / 1e6, throws: throws.length, brokenSpans: broken.length,
    releasesWithOtherMunicipality: releasesWithOther, otherMunicipalityMentions: top.reduce((n, [, v]) => n + v.count, 0),
    releasesWithDateOutsideYearPm1: releasesWithFarDate, datesOutsideYearPm1: farDates.length, phoneLikeDates: phoneDates.length, totals,
    topOtherMunicipalities: top.slice(0, json ? 400 : 25).map(([key, v]) => ({ key, count: v.count, sample: v.sample })),
    farDateExamples: farDates.slice(0, examples), throwExamples: throws.slice(0, 5), brokenExamples: broken.slice(0, 5), phoneDateExamples: phoneDates.slice(0, 10),
  });
}

if (json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  console.log(`${report.releases} releases, ${(report.bytes / 1e6).toFixed(1)} MB, from ${csvFiles.length} CSV file(s)`);
  for (const m of report.modes) {
    console.log(`\n== ${m.label}: ${m.cpuSeconds.toFixed(1)} s CPU`);
    console.log(`   throws ${m.throws}, broken spans ${m.brokenSpans}`);
    console.log(`   mentions: ${JSON.stringify(m.totals)}`);
    console.log(`   releases with a municipality other than Berlin: ${m.releasesWithOtherMunicipality} (${m.otherMunicipalityMentions} mentions)`);
    for (const t of m.topOtherMunicipalities) console.log(`     ${String(t.count).padStart(4)}× ${t.key}   …${t.sample}…`);
    console.log(`   releases with a date outside the release's year ± 1: ${m.releasesWithDateOutsideYearPm1} (${m.datesOutsideYearPm1} dates)`);
    for (const d of m.farDateExamples) console.log(`     ${d}`);
    console.log(`   dates that look like phone numbers: ${m.phoneLikeDates}`);
    for (const p of m.phoneDateExamples) console.log(`     ${p}`);
    for (const t of m.throwExamples) console.log(`   THROW ${t.id}: ${t.error}`);
    for (const b of m.brokenExamples) console.log(`   BROKEN ${JSON.stringify(b)}`);
  }
}
