import type { Insertable, Kysely } from "kysely";
import type { Database } from "./schema.ts";

/**
 * Register microdata: batches and their rows (migration 0008, docs/REGISTER.md). Rows are only
 * ever inserted, a batch at a time, inside the caller's transaction.
 */

export interface StoredBatch {
  readonly id: number;
  readonly name: string;
  readonly contentHash: string;
  readonly importedAt: Date;
  readonly rowCounts: Record<string, number>;
}

function toStored(row: {
  id: number;
  name: string;
  content_hash: string;
  imported_at: Date;
  row_counts: Record<string, number>;
}): StoredBatch {
  return {
    id: row.id,
    name: row.name,
    contentHash: row.content_hash,
    importedAt: row.imported_at,
    rowCounts: row.row_counts,
  };
}

/** The batch with this content hash or this name, if any (locks nothing: the UNIQUE keys decide). */
export async function findBatch(
  db: Kysely<Database>,
  by: { readonly contentHash: string } | { readonly name: string },
): Promise<StoredBatch | undefined> {
  const row = await db
    .selectFrom("import_batch")
    .select(["id", "name", "content_hash", "imported_at", "row_counts"])
    .where("contentHash" in by ? "content_hash" : "name", "=", "contentHash" in by ? by.contentHash : by.name)
    .executeTakeFirst();
  return row === undefined ? undefined : toStored(row);
}

export async function insertBatch(
  db: Kysely<Database>,
  batch: Omit<Insertable<Database["import_batch"]>, "files" | "row_counts"> & {
    files: Record<string, unknown>;
    row_counts: Record<string, number>;
  },
): Promise<number> {
  const { id } = await db
    .insertInto("import_batch")
    .values({ ...batch, files: JSON.stringify(batch.files), row_counts: JSON.stringify(batch.row_counts) })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

type RegisterTable = Exclude<Extract<keyof Database, `register_${string}`>, never>;

/**
 * Inserts rows of one table for a batch, in statements of at most ~30,000 parameters (both
 * PostgreSQL and PGlite take 65,535).
 */
export async function insertRegisterRows<T extends RegisterTable>(
  db: Kysely<Database>,
  table: T,
  batchId: number,
  rows: readonly Omit<Insertable<Database[T]>, "batch_id">[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.keys(rows[0] as object).length + 1;
  const size = Math.max(1, Math.floor(30_000 / columns));
  for (let start = 0; start < rows.length; start += size) {
    const values = rows.slice(start, start + size).map((row) => ({ ...row, batch_id: batchId }));
    // One generic insert for every register table: the row type was checked at the call.
    await db
      .insertInto(table)
      .values(values as never)
      .execute();
  }
  return rows.length;
}

/** Rows of each register table for a batch (or all batches): for tests and the import summary. */
export async function countRegisterRows(db: Kysely<Database>): Promise<Record<string, number>> {
  const tables: RegisterTable[] = [
    "register_area",
    "register_area_year",
    "register_department",
    "register_dwelling",
    "register_household",
    "register_person",
    "register_residence",
    "register_benefit_month",
    "register_person_year",
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { n } = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    counts[table] = Number(n);
  }
  return counts;
}
