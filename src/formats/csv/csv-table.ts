import { parse } from "csv-parse/sync";
import { DomainError, type Issue } from "../../domain/errors.ts";

/**
 * The shared reading of an uploaded CSV: a header and rows with their line numbers, every
 * problem an Issue naming file, row (header = row 1) and column, one DomainError for them all.
 */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly { readonly cells: readonly string[]; readonly row: number }[];
}

export function readTable(text: string, fileName: string): Table {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as typeof records;
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    throw new DomainError("invalid_input", `${fileName}: filen kan ikke læses som CSV`, [
      {
        source: fileName,
        ...(lines === undefined ? {} : { row: lines }),
        message: `ugyldig CSV: ${(error as Error).message}`,
      },
    ]);
  }
  const [first, ...rest] = records;
  if (!first)
    throw new DomainError("invalid_input", `${fileName}: filen er tom`, [
      { source: fileName, message: "filen er tom" },
    ]);
  return { header: first.record, rows: rest.map((r) => ({ cells: r.record, row: r.info.lines })) };
}

export function fail(fileName: string, issues: readonly Issue[]): never {
  throw new DomainError(
    "invalid_input",
    `${fileName}: ${issues.length} ${issues.length === 1 ? "fejl" : "fejl"} - intet er indlæst`,
    issues,
  );
}

export function checkHeader(
  table: Table,
  fileName: string,
  known: readonly string[],
  required: readonly string[],
): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const column of table.header) {
    if (seen.has(column))
      issues.push({
        source: fileName,
        row: 1,
        field: column,
        message: "kolonnen står to gange i overskriften",
      });
    else if (!known.includes(column))
      issues.push({ source: fileName, row: 1, field: column, message: "ukendt kolonne" });
    seen.add(column);
  }
  for (const column of required) {
    if (!seen.has(column))
      issues.push({
        source: fileName,
        row: 1,
        field: column,
        message: "påkrævet kolonne mangler i overskriften",
      });
  }
  return issues;
}
