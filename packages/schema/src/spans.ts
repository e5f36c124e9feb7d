import type { LagebildRecord, Span } from './record.js';

/**
 * Every span of a record, with the kind it belongs to, whose text is not exactly
 * `document.text.slice(start, end)` (a report's mentions also lie inside the report). An empty result means the record keeps the span contract.
 */
export function spansInBounds(record: LagebildRecord): { kind: string; span: Span }[] {
  const text = record.document.text;
  const broken: { kind: string; span: Span }[] = [];
  for (const [kind, mentions] of Object.entries(record.entities)) {
    for (const mention of mentions as { span: Span }[]) {
      const { start, end } = mention.span;
      if (start < 0 || end > text.length || end < start || text.slice(start, end) !== mention.span.text) {
        broken.push({ kind, span: mention.span });
      }
    }
  }
  for (const report of record.reports ?? []) {
    const { start, end } = report.span;
    if (start < 0 || end > text.length || end < start || text.slice(start, end) !== report.span.text) {
      broken.push({ kind: `reports[${report.index}]`, span: report.span });
    }
    for (const [kind, mentions] of Object.entries(report.entities)) {
      for (const mention of mentions as { span: Span }[]) {
        const s = mention.span;
        if (s.start < start || s.end > end || text.slice(s.start, s.end) !== s.text) broken.push({ kind: `reports[${report.index}].${kind}`, span: s });
      }
    }
  }
  return broken;
}
