import { parse } from "csv-parse/sync";
import { DomainError, type Issue } from "../../domain/errors.ts";
import type { Texts } from "../../domain/language.ts";
import { decodeText, hasReplacementCharacter, type TextEncodingName } from "./csv-encoding.ts";

/**
 * The shared reading of an uploaded CSV: a header and rows with their line numbers, every
 * problem an Issue naming file, row (header = row 1) and column, one DomainError for them all.
 * Two dialects are read: the comma-separated file with a decimal point, and what Danish Excel
 * exports, semicolon-separated with a decimal comma; the header line decides which.
 */
export type CsvDialect = "comma" | "semicolon";

export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly { readonly cells: readonly string[]; readonly row: number }[];
  /** `semicolon`: Danish Excel, where a decimal is written with a comma. */
  readonly dialect: CsvDialect;
  /** How the bytes were decoded, when bytes were given (text is taken as it is). */
  readonly encoding?: TextEncodingName;
}

/** The header line has only identifiers, so a semicolon in it and no comma means Danish Excel. */
function dialectOf(text: string): CsvDialect {
  const firstLine =
    text
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)
      .find((line) => line.trim() !== "") ?? "";
  const semicolons = firstLine.split(";").length - 1;
  const commas = firstLine.split(",").length - 1;
  return semicolons > commas ? "semicolon" : "comma";
}

export function readTable(input: string | Uint8Array, fileName: string): Table {
  const decoded = typeof input === "string" ? undefined : decodeText(input);
  const text = decoded?.text ?? (input as string);
  if (decoded === undefined && hasReplacementCharacter(text)) {
    throw new DomainError(
      "invalid_input",
      {
        da: `${fileName}: filen er ikke læst rigtigt som UTF-8 - den er formentlig gemt som Latin-1 af dansk Excel; gem den som »CSV UTF-8«, eller brug kommandolinjen (udsyn areas import / areas classify --input), som genkender Latin-1`,
        en: `${fileName}: the file was not read correctly as UTF-8 - it was probably saved as Latin-1 by a Danish Excel; save it as "CSV UTF-8", or use the command line (udsyn areas import / areas classify --input), which recognises Latin-1`,
      },
      [
        {
          source: fileName,
          message: "tegn, der ikke kunne læses (U+FFFD): filen er ikke UTF-8",
          en: "characters that could not be read (U+FFFD): the file is not UTF-8",
        },
      ],
    );
  }
  const dialect = dialectOf(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      delimiter: dialect === "semicolon" ? ";" : ",",
    }) as unknown as typeof records;
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    throw new DomainError(
      "invalid_input",
      { da: `${fileName}: filen kan ikke læses som CSV`, en: `${fileName}: the file cannot be read as CSV` },
      [
        {
          source: fileName,
          ...(lines === undefined ? {} : { row: lines }),
          message: `ugyldig CSV: ${(error as Error).message}`,
          en: `invalid CSV: ${(error as Error).message}`,
        },
      ],
    );
  }
  const [first, ...rest] = records;
  if (!first)
    throw new DomainError(
      "invalid_input",
      { da: `${fileName}: filen er tom`, en: `${fileName}: the file is empty` },
      [{ source: fileName, ...EMPTY_FILE }],
    );
  return {
    header: first.record,
    rows: rest.map((r) => ({ cells: r.record, row: r.info.lines })),
    dialect,
    ...(decoded === undefined ? {} : { encoding: decoded.encoding }),
  };
}

/** The function a row's checks report a problem with: the field and the message in every language. */
export function atRow(issues: Issue[], source: string, row: number): (field: string, message: Texts) => void {
  return (field, message) => issues.push({ source, row, field, message: message.da, en: message.en });
}

/** A value that is missing, as a row's check says it. */
export const MISSING: Texts = { da: "mangler", en: "missing" };

/** A file with nothing in it, as an issue's message. */
export const EMPTY_FILE = { message: "filen er tom", en: "the file is empty" } as const;

/** What can be wrong with a header's columns (CSV and register files alike). */
export const HEADER_ISSUES = {
  duplicate: {
    message: "kolonnen står to gange i overskriften",
    en: "the column appears twice in the header",
  },
  unknown: { message: "ukendt kolonne", en: "unknown column" },
  missing: {
    message: "påkrævet kolonne mangler i overskriften",
    en: "a required column is missing in the header",
  },
} as const;

export function fail(fileName: string, issues: readonly Issue[]): never {
  throw new DomainError(
    "invalid_input",
    {
      da: `${fileName}: ${issues.length} fejl - intet er indlæst`,
      en: `${fileName}: ${issues.length} ${issues.length === 1 ? "error" : "errors"} - nothing has been imported`,
    },
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
        ...HEADER_ISSUES.duplicate,
      });
    else if (!known.includes(column))
      issues.push({ source: fileName, row: 1, field: column, ...HEADER_ISSUES.unknown });
    seen.add(column);
  }
  for (const column of required) {
    if (!seen.has(column))
      issues.push({
        source: fileName,
        row: 1,
        field: column,
        ...HEADER_ISSUES.missing,
      });
  }
  return issues;
}
