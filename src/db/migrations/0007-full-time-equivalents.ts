import { type Kysely, sql } from "kysely";

/**
 * The register measures "outside work or education" in full-time equivalents, with decimals;
 * the column kept whole numbers. numeric keeps them exactly (the classification compares exact
 * fractions), and the CHECKs of migration 0003 still hold.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table area_fact alter column outside_labour_or_education_18_64 type numeric(14, 4)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table area_fact alter column outside_labour_or_education_18_64 type integer using round(outside_labour_or_education_18_64)`.execute(
    db,
  );
}
