import Table from "cli-table3";

/** `--json` output: stable, indented, one document. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A readable table for people; wide text wraps instead of running off the terminal. */
export function printTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  widths?: readonly number[],
): void {
  const table = new Table({
    head: [...head],
    wordWrap: true,
    ...(widths === undefined ? {} : { colWidths: [...widths] }),
    style: { head: [], border: [] },
  });
  for (const row of rows) table.push([...row]);
  process.stdout.write(`${table.toString()}\n`);
}
