import type { Issue } from "../../domain/errors.ts";
import { atRow, checkHeader, fail, MISSING, readTable } from "./csv-table.ts";

/** Aggregated counts for a standardisation: `stratum,group,convicted,persons` (more columns are allowed and ignored). */
export const stratifiedCountColumns = ["stratum", "group", "convicted", "persons"] as const;

export interface StratifiedCountRow {
  readonly stratum: string;
  readonly group: string;
  readonly convicted: number;
  readonly persons: number;
  /** 1-based line in the file (header = 1). */
  readonly row: number;
}

function count(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** All or nothing: every problem is named by row and column, in one refusal. */
export function parseStratifiedCountsCsv(
  input: string | Uint8Array,
  fileName: string,
): readonly StratifiedCountRow[] {
  const table = readTable(input, fileName);
  const known = [...new Set([...table.header, ...stratifiedCountColumns])];
  const issues: Issue[] = checkHeader(table, fileName, known, stratifiedCountColumns);
  if (issues.length > 0) fail(fileName, issues);
  const column = (name: string) => table.header.indexOf(name);
  const rows: StratifiedCountRow[] = [];
  const seen = new Map<string, number>();
  for (const { cells, row } of table.rows) {
    const cell = (name: string) => cells[column(name)] ?? "";
    const problem = atRow(issues, fileName, row);
    const stratum = cell("stratum");
    const group = cell("group");
    const convicted = count(cell("convicted"));
    const persons = count(cell("persons"));
    if (stratum === "") problem("stratum", MISSING);
    if (group === "") problem("group", MISSING);
    const notACount = (text: string) => ({
      da: `"${text}" er ikke et helt tal på 0 eller derover`,
      en: `"${text}" is not a whole number of 0 or more`,
    });
    if (convicted === undefined) problem("convicted", notACount(cell("convicted")));
    if (persons === undefined) problem("persons", notACount(cell("persons")));
    if (persons === 0 && convicted !== undefined && convicted > 0)
      problem("persons", {
        da: `0 personer, men ${convicted} dømte`,
        en: `0 persons, but ${convicted} convicted`,
      });
    const key = `${stratum}\u0000${group}`;
    const earlier = seen.get(key);
    if (stratum !== "" && group !== "" && earlier !== undefined)
      problem("stratum", {
        da: `stratum »${stratum}« for gruppen »${group}« står også i række ${earlier}`,
        en: `stratum "${stratum}" for the group "${group}" is also in row ${earlier}`,
      });
    seen.set(key, earlier ?? row);
    rows.push({ stratum, group, convicted: convicted ?? 0, persons: persons ?? 0, row });
  }
  if (rows.length === 0)
    issues.push({
      source: fileName,
      message: "filen har ingen rækker under overskriften",
      en: "the file has no rows below the header",
    });
  if (issues.length > 0) fail(fileName, issues);
  return rows;
}
