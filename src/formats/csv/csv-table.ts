import { once } from "node:events";
import { setImmediate as nextTurn } from "node:timers/promises";
import { type Options, parse as parseStream } from "csv-parse";
import { parse } from "csv-parse/sync";
import { DomainError, type Issue } from "../../domain/errors.ts";
import type { Texts } from "../../domain/language.ts";
import { decodeText, hasReplacementCharacter, type TextEncodingName } from "./csv-encoding.ts";
import { lines } from "./csv-lines.ts";

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

/** Text read as UTF-8 that was not: refused, naming the file. */
function notUtf8(fileName: string): DomainError {
  return new DomainError(
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

/** The reading every CSV gets: values trimmed, empty lines skipped, each record with its line. */
function csvOptions(dialect: CsvDialect): Options {
  return {
    bom: true,
    info: true,
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
    delimiter: dialect === "semicolon" ? ";" : ",",
  };
}

function notCsv(fileName: string, error: unknown, lineOf: (counted: number) => number): DomainError {
  const counted = (error as { lines?: number }).lines;
  const lines = counted === undefined ? undefined : lineOf(counted);
  // csv-parse's message names its own count of lines: the corrected one is shown instead.
  const message = (error as Error).message.replace(
    /\bline (\d+)/g,
    (_, n: string) => `line ${lineOf(Number(n))}`,
  );
  return new DomainError(
    "invalid_input",
    { da: `${fileName}: filen kan ikke læses som CSV`, en: `${fileName}: the file cannot be read as CSV` },
    [
      {
        source: fileName,
        ...(lines === undefined ? {} : { row: lines }),
        message: `ugyldig CSV: ${message}`,
        en: `invalid CSV: ${message}`,
      },
    ],
  );
}

function emptyFile(fileName: string): DomainError {
  return new DomainError(
    "invalid_input",
    { da: `${fileName}: filen er tom`, en: `${fileName}: the file is empty` },
    [{ source: fileName, ...EMPTY_FILE }],
  );
}

/** A record as `streamTable` has the parser push it: the line it ends on, and its fields. */
type LinedRecord = [line: number, record: string[]];

export function readTable(input: string | Uint8Array, fileName: string): Table {
  const decoded = typeof input === "string" ? undefined : decodeText(input);
  const text = decoded?.text ?? (input as string);
  if (decoded === undefined && hasReplacementCharacter(text)) throw notUtf8(fileName);
  const dialect = dialectOf(text);
  let records: string[][];
  const counter = lines();
  const recordLines: number[] = [];
  try {
    records = parse(text, {
      ...csvOptions(dialect),
      info: false,
      on_record: (record: string[], context) => {
        recordLines.push(counter.line(record, context.lines));
        return record;
      },
    });
  } catch (error) {
    throw notCsv(fileName, error, counter.at);
  }
  const [first, ...rest] = records;
  if (!first) throw emptyFile(fileName);
  return {
    header: first,
    rows: rest.map((cells, i) => ({ cells, row: recordLines[i + 1] as number })),
    dialect,
    ...(decoded === undefined ? {} : { encoding: decoded.encoding }),
  };
}

/** A CSV file's text in pieces, as it is read (a file stream) or cut (an uploaded text). */
export type TextChunks = AsyncIterable<string> | Iterable<string>;

/** How much of an uploaded text the parser takes between two turns of the event loop. */
const TEXT_SLICE = 64 * 1024;

/** A text already in memory, in slices, so that reading it yields to the event loop between them. */
export function* slicesOf(text: string): Iterable<string> {
  for (let at = 0; at < text.length; at += TEXT_SLICE) yield text.slice(at, at + TEXT_SLICE);
}

/** What `streamTable` hands over: the header once, then each row with its line (header = row 1). */
export interface TableReader {
  /** Set before the header is handed over: the dialect the header line says. */
  dialect: CsvDialect;
  header(header: readonly string[]): void;
  /** May return a promise (a write that waits for the database): the next row waits for it. */
  row(cells: readonly string[], row: number): Promise<void> | undefined;
}

/**
 * Reads a CSV as it arrives, the same reading as `readTable`, and hands each row to `reader`
 * before the next piece is parsed: what is held at once is one piece of text and its rows, not
 * the file. The event loop gets a turn after every piece (the server answers meanwhile, on
 * PGlite the database too). The dialect is decided on the header line, as `readTable` does.
 */
export async function streamTable(chunks: TextChunks, fileName: string, reader: TableReader): Promise<void> {
  let parser: ReturnType<typeof parseStream> | undefined;
  let failure: unknown;
  let header = true;
  let pending = "";
  const counter = lines();
  const start = (text: string) => {
    const dialect = dialectOf(text);
    const started = parseStream({ ...csvOptions(dialect), info: false });
    // Each record's line without the `info` option, which copies the parser's state into an
    // object per record (a third of the parse): the parser pushes a record synchronously while
    // parsing, so its running `info.lines` at the push is the line the record ends on.
    const push = started.push.bind(started);
    started.push = (record: unknown) =>
      push(record === null ? null : [counter.line(record as string[], started.info.lines), record]);
    started.on("error", (error) => {
      failure = error;
    });
    reader.dialect = dialect;
    return started;
  };
  // Every record parsed so far, before more text is parsed: a chunk's rows at most are held.
  const drain = async (): Promise<void> => {
    if (failure !== undefined) throw notCsv(fileName, failure, counter.at);
    if (parser === undefined) return;
    for (
      let next = parser.read() as LinedRecord | null;
      next !== null;
      next = parser.read() as LinedRecord | null
    ) {
      if (header) {
        header = false;
        reader.header(next[1]);
        continue;
      }
      // Most rows are not awaited (the writer's buffer is not full): no promise and no turn per row.
      const written = reader.row(next[1], next[0]);
      if (written !== undefined) await written;
    }
  };
  for await (const chunk of chunks) {
    if (hasReplacementCharacter(chunk)) throw notUtf8(fileName);
    if (parser === undefined) {
      pending += chunk;
      // The dialect is read off the header line, so the parser starts when that line is whole.
      if (!/\S.*\r?\n/.test(pending)) continue;
      parser = start(pending);
      parser.write(pending);
      pending = "";
    } else parser.write(chunk);
    await drain();
    await nextTurn();
  }
  if (parser === undefined && pending.trim() !== "") {
    parser = start(pending);
    parser.write(pending);
  }
  if (parser === undefined) throw emptyFile(fileName);
  // A parser that failed on the last piece (a stray quote) after it was drained never finishes.
  if (failure !== undefined) throw notCsv(fileName, failure, counter.at);
  const flushed = once(parser, "finish").catch(() => undefined);
  parser.end();
  await flushed;
  await drain();
  if (header) throw emptyFile(fileName);
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
