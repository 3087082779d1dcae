import { createRequire } from "node:module";

// cli-table3 (and its string-width dependencies) is required when a boxed table is printed, not
// at every start of the command line.
const require = createRequire(import.meta.url);

/** `--json` output: stable, indented, one document. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Above this many rows a table is printed as plain aligned columns: cli-table3's word wrapping
 * costs tens of seconds on a national list (thousands of rows), and nobody reads such a table
 * boxed on a terminal; it goes to a pager or a file.
 */
export const PLAIN_TABLE_ROWS = 200;

/** A readable table for people; wide text wraps instead of running off the terminal. */
export function printTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  widths?: readonly number[],
): void {
  if (rows.length > PLAIN_TABLE_ROWS) {
    printPlainTable(head, rows);
    return;
  }
  const Table: typeof import("cli-table3") = require("cli-table3");
  const table = new Table({
    head: [...head],
    wordWrap: true,
    ...(widths === undefined ? {} : { colWidths: [...widths] }),
    style: { head: [], border: [] },
  });
  for (const row of rows) table.push([...row]);
  process.stdout.write(`${table.toString()}\n`);
}

/** Columns padded to their widest cell, two spaces apart, the head underlined; no wrapping. */
function printPlainTable(head: readonly string[], rows: readonly (readonly string[])[]): void {
  const flat = (cell: string | undefined) => (cell ?? "").replace(/\s*\n\s*/g, " ");
  const widths = head.map((h, column) =>
    rows.reduce((widest, row) => Math.max(widest, flat(row[column]).length), h.length),
  );
  const line = (cells: readonly string[]) =>
    widths
      .map((width, column) => flat(cells[column]).padEnd(width))
      .join("  ")
      .trimEnd();
  const out = [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
  process.stdout.write(`${out.join("\n")}\n`);
}
