import { type Kysely, sql } from "kysely";
import { from as copyFrom } from "pg-copy-streams";
import { rawClient } from "./raw-client.ts";
import type { Database } from "./schema.ts";

/** How rows reach a table: `copy` (COPY on PostgreSQL, COPY from a blob on PGlite) or multi-row INSERT. */
export type BulkPath = "copy" | "insert";

export interface BulkWriter {
  /** The bulk path actually used (`copy` needs the driver's client). */
  readonly path: BulkPath;
  /** Adds a row (text values in the table's column order, null for NULL); awaits when a buffer is full and written. */
  write(values: readonly (string | null)[]): Promise<void> | undefined;
  /** Writes what is buffered and closes the table's load. */
  end(): Promise<void>;
  /**
   * Gives up the load without writing what is buffered; the statement that was under way (COPY on
   * PostgreSQL) fails, so the caller must roll back (to a savepoint) before the next statement.
   */
  abort(): Promise<void>;
}

/** COPY text format: backslash, tab, newline and carriage return escaped; null is \N. */
function copyText(value: string | null): string {
  if (value === null) return "\\N";
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r")
    : value;
}

/** Whether COPY text must escape a character of `value`: a backslash, tab, newline or carriage return. */
function needsEscape(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 92 || c === 9 || c === 10 || c === 13) return true;
  }
  return false;
}

/**
 * A row as a line of COPY text. It runs for every row of an import: a loop over the values,
 * each scanned by character codes (almost none needs escaping), not a regular expression, a
 * closure and an array per row.
 */
export function copyLine(values: readonly (string | null)[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? null;
    if (i > 0) line += "\t";
    line += value === null ? "\\N" : needsEscape(value) ? copyText(value) : value;
  }
  return `${line}\n`;
}

const COPY_CHUNK = 1 << 18;
/**
 * PGlite runs on the server's own thread: one COPY blocks every request until it ends, so a
 * blob stays small (about 1,250 area-fact rows) and the event loop is given a turn after each.
 * 128 kB, not 256: with the CSV checks faster, the blob's COPY was most of a request's wait
 * (a health probe's 95th percentile 300-425 ms → 156-217 ms during a 50,000-row import, the
 * import itself no slower: test/server/limits.test.ts).
 */
const PGLITE_BLOB = 1 << 17;
const INSERT_PARAMETERS = 30_000;

/**
 * Streams rows into `table` inside the transaction `db` (which must be a transaction on
 * PostgreSQL: COPY runs on its connection), buffering at most a chunk. `table` and `columns` are
 * identifiers from the code, never from input. `insertValues` adapts a row for the INSERT path
 * (COPY reads text; a parameter of a boolean column wants a boolean).
 */
export async function bulkWriter(
  db: Kysely<Database>,
  table: string,
  columns: readonly string[],
  prefer: BulkPath = "copy",
  insertValues: (values: readonly (string | null)[]) => readonly unknown[] = (values) => values,
): Promise<BulkWriter> {
  const raw = prefer === "copy" ? await rawClient(db) : undefined;
  const columnList = columns.join(", ");
  if (raw?.kind === "postgres") {
    const stream = raw.client.query(copyFrom(`copy ${table} (${columnList}) from stdin`));
    let failed: Error | undefined;
    const done = new Promise<void>((resolve, reject) => {
      stream.on("finish", resolve);
      stream.on("error", (error) => {
        failed = error;
        reject(error);
      });
    });
    done.catch(() => undefined);
    let buffer = "";
    const flush = async (): Promise<void> => {
      if (failed) throw failed;
      const text = buffer;
      buffer = "";
      if (!stream.write(text))
        await new Promise<void>((resolve, reject) => {
          stream.once("drain", resolve);
          stream.once("error", reject);
        });
    };
    return {
      path: "copy",
      write(values) {
        buffer += copyLine(values);
        return buffer.length >= COPY_CHUNK ? flush() : undefined;
      },
      async end() {
        if (buffer.length > 0) await flush();
        stream.end();
        await done;
      },
      async abort() {
        buffer = "";
        // CopyFail: the server ends the COPY with an error at once, without checking what it has.
        if (!failed) stream.destroy(new Error("udsyn: indlæsningen blev afbrudt"));
        await done.catch(() => undefined);
      },
    };
  }
  if (raw?.kind === "pglite") {
    const client = raw.client;
    let parts: string[] = [];
    let length = 0;
    const flush = async (): Promise<void> => {
      const blob = new Blob(parts);
      parts = [];
      length = 0;
      await client.query(`copy ${table} (${columnList}) from '/dev/blob'`, [], { blob });
      await new Promise<void>((resolve) => setImmediate(resolve));
    };
    return {
      path: "copy",
      write(values) {
        const line = copyLine(values);
        parts.push(line);
        length += line.length;
        return length >= PGLITE_BLOB ? flush() : undefined;
      },
      async end() {
        if (length > 0) await flush();
      },
      async abort() {
        parts = [];
        length = 0;
      },
    };
  }
  const width = columns.length;
  const size = Math.max(1, Math.floor(INSERT_PARAMETERS / width));
  let rows: (readonly unknown[])[] = [];
  const flush = async (): Promise<void> => {
    const batch = rows;
    rows = [];
    await sql`insert into ${sql.table(table)} (${sql.raw(columnList)}) values ${sql.join(
      batch.map((row) => sql`(${sql.join(row)})`),
    )}`.execute(db);
  };
  return {
    path: "insert",
    write(values) {
      rows.push(insertValues(values));
      return rows.length >= size ? flush() : undefined;
    },
    async end() {
      if (rows.length > 0) await flush();
    },
    async abort() {
      rows = [];
    },
  };
}
