import { recordAudit } from "../../db/audit.ts";
import {
  analyseRegisterTables,
  analyseStaging,
  type BulkPath,
  checkStagedBatch,
  createStagingTables,
  findBatch,
  insertBatch,
  STAGING,
  type StagedFile,
  stagingWriter,
  storeStagedBatch,
} from "../../db/register.repository.ts";
import { STATISTICS_EDITORS } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { type RegisterFileName, registerFileNames } from "../../domain/register/codes.ts";
import { pseudonymiser, type RegisterFile } from "../../formats/register/register-csv.ts";
import { ProblemLog } from "../../formats/register/register-problems.ts";
import { readRows, rowChecker } from "../../formats/register/register-rows.ts";
import {
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
      await createStagingTables(trx);
      const rowCounts = {} as Record<RegisterFileName, number>;
      const files: Record<string, ImportedFile> = {};
      const cprStandIns = new Map<string, string>();
      let bulkPath: BulkPath = input.bulk ?? "copy";
      for (const layout of Object.keys(STAGING) as StagedFile[]) {
        const file = byLayout.get(layout);
        rowCounts[layout] = 0;
        if (file === undefined) continue;
        const expectedRows = Math.max(0, file.lines - 1);
        const writer = await stagingWriter(trx, layout, input.bulk ?? "copy");
        bulkPath = writer.path;
        const checker = rowChecker(layout, file.baseName, problems, { pseudonymise, cprStandIns });
        let rows = 0;
        input.onProgress?.({ phase: "read", file: file.baseName, rows, expectedRows });
        try {
          for await (const row of readRows(file, layout, problems)) {
            const pending = writer.write(row.row, checker.check(row));
            if (pending) await pending;
            rows++;
            if (rows % PROGRESS_EVERY === 0)
              input.onProgress?.({ phase: "read", file: file.baseName, rows, expectedRows });
          }
        } finally {
          await writer.end();
        }
        checker.finish();
        rowCounts[layout] = rows;
        files[file.baseName] = {
          format: file.format,
          bytes: file.bytes,
          rows,
          ...(file.encoding === undefined ? {} : { encoding: file.encoding }),
          ...(file.delimiter === undefined ? {} : { delimiter: file.delimiter }),
        };
        input.onProgress?.({ phase: "read", file: file.baseName, rows, expectedRows: rows });
        timing(`stage ${file.baseName}`);
      }
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
      const batchId = await insertBatch(trx, {
        name,
        imported_by: actor.name,
        files: Object.fromEntries(scan.files.map((f) => [f.baseName, { bytes: f.bytes, sha256: f.sha256 }])),
        row_counts: rowCounts,
        content_hash: contentHash,
        pseudonymised: pseudonymise !== undefined,
      });
      await storeStagedBatch(trx, batchId, timing);
      timing("store");
      await analyseRegisterTables(trx);
      timing("analyse register tables");
      await recordAudit(trx, actor, {
        action: "register.import",
        entity: "import_batch",
        entityId: String(batchId),
        details: { name, contentHash, rowCounts, pseudonymised: pseudonymise !== undefined },
      });
      return { status: "imported", batchId, name, contentHash, rowCounts, files, bulkPath };
    });
  },
);

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
