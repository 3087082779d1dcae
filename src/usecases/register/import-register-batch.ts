import { createHash } from "node:crypto";
import { recordAudit } from "../../db/audit.ts";
import { findBatch, insertBatch, insertRegisterRows } from "../../db/register.repository.ts";
import { STATISTICS_EDITORS } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { parseRegisterBatch, pseudonymiser, type RegisterFile } from "../../formats/register/register-csv.ts";
import { defineUseCase, inTransaction } from "../use-case.ts";

export interface ImportRegisterInput {
  /** The batch's name (the CLI's default: the folder's name). */
  readonly name: string;
  readonly files: readonly RegisterFile[];
  /** Replace person identifiers by a keyed hash; then `pseudonymKey` is required. */
  readonly pseudonymise?: boolean;
  /** UDSYN_PSEUDONYM_KEY: used for the hash, never stored. */
  readonly pseudonymKey?: string | undefined;
}

export interface ImportRegisterOutcome {
  /** `unchanged`: a batch with the same content was already imported; nothing was written. */
  readonly status: "imported" | "unchanged";
  readonly batchId: number;
  readonly name: string;
  readonly contentHash: string;
  readonly rowCounts: Readonly<Record<string, number>>;
}

const MIN_KEY_LENGTH = 16;

/** SHA-256 over the files, in name order, each as its name, its length and its bytes. */
export function batchContentHash(files: readonly RegisterFile[]): string {
  const hash = createHash("sha256");
  const baseName = (f: RegisterFile) => f.fileName.split(/[\\/]/).at(-1) ?? f.fileName;
  for (const file of [...files].sort((a, b) => (baseName(a) < baseName(b) ? -1 : 1))) {
    const bytes = typeof file.content === "string" ? Buffer.from(file.content, "utf8") : file.content;
    hash.update(`${baseName(file)}\n${bytes.length}\n`);
    hash.update(bytes);
  }
  return hash.digest("hex");
}

/**
 * Imports one batch of register files (docs/REGISTER.md) all or nothing: every file is checked
 * first (every problem reported, the database untouched), then one transaction writes the batch
 * row, all its rows and the audit row. The same content imported again changes nothing.
 */
export const importRegisterBatch = defineUseCase(
  "indlæse registerdata",
  STATISTICS_EDITORS,
  async (ctx, actor, input: ImportRegisterInput): Promise<ImportRegisterOutcome> => {
    const name = input.name.trim();
    if (name === "" || name.length > 200)
      throw new DomainError("invalid_input", "Batchens navn skal være 1-200 tegn", [
        { field: "batch", message: "ugyldigt navn" },
      ]);
    let pseudonymise: ((id: string) => string) | undefined;
    if (input.pseudonymise) {
      const key = input.pseudonymKey ?? "";
      if (key.length < MIN_KEY_LENGTH)
        throw new DomainError(
          "invalid_input",
          `--pseudonymise kræver en nøgle: sæt miljøvariablen UDSYN_PSEUDONYM_KEY til en hemmelig værdi på mindst ${MIN_KEY_LENGTH} tegn (den gemmes ikke i databasen; brug den samme nøgle ved hver indlæsning, så en person får samme pseudonym)`,
          [{ field: "UDSYN_PSEUDONYM_KEY", message: key === "" ? "ikke sat" : "for kort" }],
        );
      pseudonymise = pseudonymiser(key);
    }
    const contentHash = batchContentHash(input.files);
    const existing = await findBatch(ctx.db, { contentHash });
    if (existing) return unchanged(existing);
    const batch = parseRegisterBatch(input.files, pseudonymise ? { pseudonymise } : {});
    return inTransaction(ctx, async (trx) => {
      const again = await findBatch(trx, { contentHash });
      if (again) return unchanged(again);
      if (await findBatch(trx, { name }))
        throw new DomainError(
          "conflict",
          `Der er allerede indlæst en batch ved navn »${name}« med et andet indhold; giv den nye batch et andet navn (--batch)`,
          [{ field: "batch", message: name }],
        );
      const batchId = await insertBatch(trx, {
        name,
        imported_by: actor.name,
        files: Object.fromEntries(
          input.files.map((f) => {
            const bytes = typeof f.content === "string" ? Buffer.from(f.content, "utf8") : f.content;
            return [
              f.fileName.split(/[\\/]/).at(-1) ?? f.fileName,
              { bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") },
            ];
          }),
        ),
        row_counts: batch.rowCounts,
        content_hash: contentHash,
        pseudonymised: pseudonymise !== undefined,
      });
      await insertRegisterRows(trx, "register_area", batchId, batch.areas);
      await insertRegisterRows(trx, "register_area_year", batchId, batch.areaYears);
      await insertRegisterRows(trx, "register_department", batchId, batch.departments);
      await insertRegisterRows(trx, "register_dwelling", batchId, batch.dwellings);
      await insertRegisterRows(trx, "register_household", batchId, batch.households);
      await insertRegisterRows(trx, "register_person", batchId, batch.persons);
      await insertRegisterRows(trx, "register_residence", batchId, batch.residences);
      await insertRegisterRows(trx, "register_benefit_month", batchId, batch.benefits);
      await insertRegisterRows(trx, "register_person_year", batchId, batch.personYears);
      const outcome: ImportRegisterOutcome = {
        status: "imported",
        batchId,
        name,
        contentHash,
        rowCounts: batch.rowCounts,
      };
      await recordAudit(trx, actor, {
        action: "register.import",
        entity: "import_batch",
        entityId: String(batchId),
        details: { name, contentHash, rowCounts: batch.rowCounts, pseudonymised: pseudonymise !== undefined },
      });
      return outcome;
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
