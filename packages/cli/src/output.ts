import Table from 'cli-table3';

/** Writes one JSON document to stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Renders rows as a terminal table; plain borders so logs and pipes stay readable. */
export function renderTable(head: string[], rows: (string | number)[][], options: { colWidths?: number[] } = {}): string {
  const table = new Table({
    head, style: { head: [], border: [] }, wordWrap: true,
    ...(options.colWidths ? { colWidths: options.colWidths } : {}),
  });
  for (const row of rows) table.push(row.map((cell) => String(cell)));
  return table.toString();
}

export function printTable(head: string[], rows: (string | number)[][], options: { colWidths?: number[] } = {}): void {
  process.stdout.write(`${renderTable(head, rows, options)}\n`);
}

/** Shortens text for a table cell. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
