import { sql } from "kysely";
import { recordAudit } from "../../db/audit.ts";
import {
  analyseRegisterTables,
  analyseStaging,
  type BulkPath,
  checkStagedBatch,
  createStagingTables,
  directBatchHasProblems,
  findBatch,
  insertBatch,
  registerWriter,
  STAGING,
  type StagedFile,
  type StagingWriter,
  stagingWriter,
  storeStagedBatch,
} from "../../db/register.repository.ts";
import { STATISTICS_EDITORS } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { type RegisterFileName, registerFileNames } from "../../domain/register/codes.ts";
import { pseudonymiser, type RegisterFile } from "../../formats/register/register-csv.ts";
import { ProblemLog } from "../../formats/register/register-problems.ts";
import { type RowCheckOptions, readRows, rowChecker } from "../../formats/register/register-rows.ts";
import {
  predictedRecords,
  type RegisterEncoding,
  type RegisterFileFormat,
  type ScannedFile,
  scanBatch,
} from "../../formats/register/register-source.ts";
import { defineUseCase, inTransaction } from "../use-case.ts";

export interface ImportProgress {
  /** `read`: rows of `file` staged so far; `check`: the checks across files; `store`: writing the batch. */
  readonly phase: "read" | "check" | "store";
  readonly file?: string;
  readonly rows?: number;
  /** About how many data rows the file has (CSV: its lines less the header; Parquet: exact). */
  readonly expectedRows?: number;
}

export interface ImportRegisterInput {
  /** The batch's name (the CLI's default: the folder's name). */
  readonly name: string;
  /** One file per table, CSV or Parquet (`areas.csv` or `areas.parquet`, …), in memory or on disk. */
  readonly files: readonly RegisterFile[];
  /** Replace person identifiers by a keyed hash; then `pseudonymKey` is required. */
  readonly pseudonymise?: boolean;
  /** UDSYN_PSEUDONYM_KEY: used for the hash, never stored. */
  readonly pseudonymKey?: string | undefined;
  /** `copy` (default): COPY on PostgreSQL, COPY from a blob on PGlite; `insert`: multi-row INSERT (for comparison). */
  readonly bulk?: BulkPath;
  readonly onProgress?: (progress: ImportProgress) => void;
}

export interface ImportedFile {
  readonly format: RegisterFileFormat;
  readonly bytes: number;
  readonly rows: number;
  /** CSV only. */
  readonly encoding?: RegisterEncoding;
  readonly delimiter?: "," | ";";
}

export interface ImportRegisterOutcome {
  /** `unchanged`: a batch with the same content was already imported; nothing was written. */
  readonly status: "imported" | "unchanged";
  readonly batchId: number;
  readonly name: string;
  readonly contentHash: string;
  readonly rowCounts: Readonly<Record<string, number>>;
  /** Per file as read (imported only). */
  readonly files?: Readonly<Record<string, ImportedFile>>;
  /** How the rows were loaded (imported only). */
  readonly bulkPath?: BulkPath;
  /**
   * Imported only: `direct` when the rows went straight into the register tables (nothing was
   * wrong), `staged` when they went through the staging tables (the `insert` path, Parquet, or a
   * direct load given up).
   */
  readonly loaded?: "direct" | "staged";
}

const MIN_KEY_LENGTH = 16;

/** UDSYN_IMPORT_TIMING=1: each phase's seconds on stderr (for measuring the bulk paths). */
const timing =
  process.env.UDSYN_IMPORT_TIMING === "1"
    ? (() => {
        let last = performance.now();
        return (what: string) => {
          const now = performance.now();
          process.stderr.write(`[import] ${what}: ${((now - last) / 1000).toFixed(2)} s\n`);
          last = now;
        };
      })()
    : () => undefined;
const PROGRESS_EVERY = 10_000;

/** The layout file a name stands for: `persons.csv` or `persons.parquet` → `persons.csv`. */
function layoutName(baseName: string): RegisterFileName | undefined {
  const csvName = baseName.replace(/\.parquet$/i, ".csv");
  return (registerFileNames as string[]).includes(csvName) ? (csvName as RegisterFileName) : undefined;
}

/**
 * Imports one batch of register files (docs/REGISTER.md) all or nothing. The files are read as
 * streams, once to hash them (the same content imported again changes nothing) and once to stage
 * their rows, checked row by row, into temporary tables inside one transaction; the checks
 * across files run in SQL there. Any problem rolls the transaction back and is reported (the
 * first 100 with file, row and column, all counted per kind); otherwise the staged rows are
 * copied into the register tables under the new batch, the tables analysed, the audit row
 * written, and committed.
 */
export const importRegisterBatch = defineUseCase(
  "indlæse registerdata",
  STATISTICS_EDITORS,
  async (ctx, actor, input: ImportRegisterInput): Promise<ImportRegisterOutcome> => {
    const name = input.name.trim();
    if (name === "" || name.length > 200)
      throw new DomainError(
        "invalid_input",
        { da: "Batchens navn skal være 1-200 tegn", en: "The batch's name must be 1-200 characters" },
        [{ field: "batch", message: "ugyldigt navn", en: "invalid name" }],
      );
    let pseudonymise: ((id: string) => string) | undefined;
    if (input.pseudonymise) {
      const key = input.pseudonymKey ?? "";
      if (key.length < MIN_KEY_LENGTH)
        throw new DomainError(
          "invalid_input",
          {
            da: `--pseudonymise kræver en nøgle: sæt miljøvariablen UDSYN_PSEUDONYM_KEY til en hemmelig værdi på mindst ${MIN_KEY_LENGTH} tegn (den gemmes ikke i databasen; brug den samme nøgle ved hver indlæsning, så en person får samme pseudonym)`,
            en: `--pseudonymise needs a key: set the environment variable UDSYN_PSEUDONYM_KEY to a secret value of at least ${MIN_KEY_LENGTH} characters (it is not stored in the database; use the same key for every import, so a person gets the same pseudonym)`,
          },
          [
            key === ""
              ? { field: "UDSYN_PSEUDONYM_KEY", message: "ikke sat", en: "not set" }
              : { field: "UDSYN_PSEUDONYM_KEY", message: "for kort", en: "too short" },
          ],
        );
      pseudonymise = pseudonymiser(key);
    }
    timing("start");
    const scan = await scanBatch(input.files);
    timing("scan");
    const { contentHash } = scan;
    const existing = await findBatch(ctx.db, { contentHash });
    if (existing) return unchanged(existing);

    const problems = new ProblemLog();
    const byLayout = new Map<RegisterFileName, ScannedFile>();
    for (const file of scan.files) {
      const layout = layoutName(file.baseName);
      if (layout === undefined)
        problems.add({
          source: file.baseName,
          kind: "ukendt fil",
          message: `forventede ${registerFileNames.join(", ")} (eller de samme navne med .parquet)`,
        });
      else if (byLayout.has(layout))
        problems.add({
          source: file.baseName,
          kind: "dublet fil",
          message: `tabellen står allerede i ${byLayout.get(layout)?.baseName}`,
        });
      else byLayout.set(layout, file);
    }
    for (const layout of registerFileNames)
      if (!byLayout.has(layout))
        problems.add({ source: layout, kind: "manglende fil", message: "filen mangler i mappen" });

    return inTransaction(ctx, async (trx) => {
      const again = await findBatch(trx, { contentHash });
      if (again) return unchanged(again);
      if (await findBatch(trx, { name }))
        throw new DomainError(
          "conflict",
          {
            da: `Der er allerede indlæst en batch ved navn »${name}« med et andet indhold; giv den nye batch et andet navn (--batch)`,
            en: `A batch named "${name}" with other content has already been imported; give the new batch another name (--batch)`,
          },
          [{ field: "batch", message: name }],
        );
      const batch = {
        name,
        imported_by: actor.name,
        files: Object.fromEntries(scan.files.map((f) => [f.baseName, { bytes: f.bytes, sha256: f.sha256 }])),
        content_hash: contentHash,
        pseudonymised: pseudonymise !== undefined,
      };
      const finish = async (
        batchId: number,
        read: ReadFiles,
        loaded: "direct" | "staged",
      ): Promise<ImportRegisterOutcome> => {
        await recordAudit(trx, actor, {
          action: "register.import",
          entity: "import_batch",
          entityId: String(batchId),
          details: {
            name,
            contentHash,
            rowCounts: read.rowCounts,
            pseudonymised: pseudonymise !== undefined,
          },
        });
        return {
          status: "imported",
          batchId,
          name,
          contentHash,
          rowCounts: read.rowCounts,
          files: read.files,
          bulkPath: read.bulkPath,
          loaded,
        };
      };

      // The direct load (register.repository.ts): every row written once, straight into the
      // register tables, when nothing is wrong; otherwise rolled back to the savepoint.
      const predicted = directRowCounts(byLayout);
      if (problems.total === 0 && (input.bulk ?? "copy") === "copy" && predicted !== undefined) {
        await sql`savepoint direct_load`.execute(trx);
        let batchId: number | undefined;
        let read: ReadFiles | undefined;
        let reason = "a problem in a row";
        try {
          batchId = await insertBatch(trx, { ...batch, row_counts: predicted });
          const id = batchId;
          read = await readFiles(
            byLayout,
            new ProblemLog(),
            { pseudonymise, cprStandIns: new Map() },
            {
              writer: (layout) => registerWriter(trx, layout, id),
              stopAtProblem: true,
              onProgress: input.onProgress,
            },
          );
          if (read !== undefined && !sameCounts(read.rowCounts, predicted)) {
            reason = "rows other than one a line";
            read = undefined;
          }
          if (read !== undefined) {
            input.onProgress?.({ phase: "check" });
            // Analysed first: the checks are planned on the batch's sizes (and the statistics roll
            // back with the savepoint if the batch is staged instead).
            await analyseRegisterTables(trx);
            timing("analyse register tables");
            if (await directBatchHasProblems(trx, batchId)) {
              reason = "overlapping spells or a benefit month without residence";
              read = undefined;
            }
            timing("direct checks");
          }
        } catch (error) {
          // Whatever failed (a key, a reference, a CHECK, a value), the staged path below meets it
          // again and reports it as it always has.
          reason = error instanceof Error ? error.message : String(error);
          read = undefined;
        }
        if (read !== undefined && batchId !== undefined) {
          await sql`release savepoint direct_load`.execute(trx);
          input.onProgress?.({ phase: "store" });
          return finish(batchId, read, "direct");
        }
        await sql`rollback to savepoint direct_load`.execute(trx);
        timing(`direct load given up (${reason})`);
      }

      await createStagingTables(trx);
      const read = (await readFiles(
        byLayout,
        problems,
        { pseudonymise, cprStandIns: new Map() },
        {
          writer: (layout) => stagingWriter(trx, layout, input.bulk ?? "copy"),
          stopAtProblem: false,
          onProgress: input.onProgress,
        },
      )) as ReadFiles;
      input.onProgress?.({ phase: "check" });
      await analyseStaging(trx);
      timing("analyse");
      const checked = await checkStagedBatch(trx, problems.room, timing);
      timing("checks");
      for (const { kind, n } of checked.counts)
        problems.addCounted(
          kind,
          n,
          checked.listed
            .filter((p) => p.kind === kind)
            .map((p) => ({
              source: byLayout.get(p.file)?.baseName ?? p.file,
              row: p.row,
              field: p.field,
              kind: p.kind,
              message: p.message,
            })),
        );
      if (problems.total > 0) problems.refuse();

      input.onProgress?.({ phase: "store" });
      const batchId = await insertBatch(trx, { ...batch, row_counts: read.rowCounts });
      await storeStagedBatch(trx, batchId, timing);
      timing("store");
      await analyseRegisterTables(trx);
      timing("analyse register tables");
      return finish(batchId, read, "staged");
    });
  },
);

interface ReadFiles {
  readonly rowCounts: Record<RegisterFileName, number>;
  readonly files: Record<string, ImportedFile>;
  readonly bulkPath: BulkPath;
}

/**
 * Reads, checks and writes every file in load order. With `stopAtProblem` (the direct load) the
 * first problem ends it: the load in progress is given up and the result is undefined.
 */
async function readFiles(
  byLayout: ReadonlyMap<RegisterFileName, ScannedFile>,
  problems: ProblemLog,
  options: RowCheckOptions,
  how: {
    readonly writer: (layout: StagedFile) => Promise<StagingWriter>;
    readonly stopAtProblem: boolean;
    readonly onProgress: ((progress: ImportProgress) => void) | undefined;
  },
): Promise<ReadFiles | undefined> {
  const rowCounts = {} as Record<RegisterFileName, number>;
  const files: Record<string, ImportedFile> = {};
  let bulkPath: BulkPath = "copy";
  for (const layout of Object.keys(STAGING) as StagedFile[]) {
    const file = byLayout.get(layout);
    rowCounts[layout] = 0;
    if (file === undefined) continue;
    const expectedRows = Math.max(0, file.lines - 1);
    const writer = await how.writer(layout);
    bulkPath = writer.path;
    const checker = rowChecker(layout, file.baseName, problems, options);
    let rows = 0;
    how.onProgress?.({ phase: "read", file: file.baseName, rows, expectedRows });
    let ended = false;
    try {
      reading: for await (const batch of readRows(file, layout, problems)) {
        for (const row of batch) {
          const values = checker.check(row);
          if (how.stopAtProblem && problems.total > 0) break reading;
          const pending = writer.write(row.row, values);
          if (pending) await pending;
          rows++;
          if (rows % PROGRESS_EVERY === 0)
            how.onProgress?.({ phase: "read", file: file.baseName, rows, expectedRows });
        }
      }
      if (how.stopAtProblem && problems.total > 0) return undefined;
      ended = true;
      await writer.end();
    } finally {
      if (!ended) await writer.abort();
    }
    checker.finish();
    if (how.stopAtProblem && problems.total > 0) return undefined;
    rowCounts[layout] = rows;
    files[file.baseName] = {
      format: file.format,
      bytes: file.bytes,
      rows,
      ...(file.encoding === undefined ? {} : { encoding: file.encoding }),
      ...(file.delimiter === undefined ? {} : { delimiter: file.delimiter }),
    };
    how.onProgress?.({ phase: "read", file: file.baseName, rows, expectedRows: rows });
    timing(`${how.stopAtProblem ? "load" : "stage"} ${file.baseName}`);
  }
  return { rowCounts, files, bulkPath };
}

/**
 * The batch's row counts before its rows are read, for the batch row the direct load must insert
 * first (its rows refer to it, and a batch is never changed): every file CSV, one record a line.
 * Undefined (stage instead) for a Parquet file; a file whose rows turn out otherwise is staged.
 */
function directRowCounts(
  byLayout: ReadonlyMap<RegisterFileName, ScannedFile>,
): Record<RegisterFileName, number> | undefined {
  const counts = {} as Record<RegisterFileName, number>;
  for (const layout of Object.keys(STAGING) as StagedFile[]) {
    const file = byLayout.get(layout);
    if (file === undefined || file.format !== "csv") return undefined;
    counts[layout] = predictedRecords(file);
  }
  return counts;
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  return Object.keys(b).every((k) => a[k] === b[k]) && Object.keys(a).length === Object.keys(b).length;
}

function unchanged(batch: {
  id: number;
  name: string;
  contentHash: string;
  rowCounts: Record<string, number>;
}): ImportRegisterOutcome {
  return {
    status: "unchanged",
    batchId: batch.id,
    name: batch.name,
    contentHash: batch.contentHash,
    rowCounts: batch.rowCounts,
  };
}
