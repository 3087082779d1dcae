import { type Kysely, sql } from "kysely";

const COUNT_COLUMNS = [
  "residents_18_plus",
  "outside_labour_market_18_plus",
  "residents_18_64",
  "outside_labour_market_18_64",
  "outside_labour_or_education_18_64",
  "non_western_immigrants_descendants",
  "convicted_18_plus",
  "residents_30_59",
  "basic_education_only_30_59",
  "taxpayers_15_64_excl_students",
] as const;

/** Each count within its base, as the CSV import checks it; the database keeps it so. */
const BASES: readonly (readonly [string, string])[] = [
  ["residents_18_plus", "residents"],
  ["outside_labour_market_18_plus", "residents_18_plus"],
  ["residents_18_64", "residents_18_plus"],
  ["outside_labour_market_18_64", "residents_18_64"],
  ["outside_labour_or_education_18_64", "residents_18_64"],
  ["non_western_immigrants_descendants", "residents"],
  ["convicted_18_plus", "residents_18_plus"],
  ["residents_30_59", "residents_18_64"],
  ["basic_education_only_30_59", "residents_30_59"],
  ["taxpayers_15_64_excl_students", "residents"],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  let facts = db.schema
    .createTable("area_fact")
    .addColumn("year", "integer", (c) => c.notNull().check(sql`year between 1900 and 2200`))
    .addColumn("department_id", "text", (c) => c.notNull())
    .addColumn("area_id", "text", (c) => c.notNull())
    .addColumn("area_name", "text", (c) => c.notNull())
    .addColumn("municipality", "text", (c) => c.notNull())
    .addColumn("region", "text")
    .addColumn("residents", "integer", (c) => c.notNull().check(sql`residents >= 0`))
    .addColumn("gross_income_sum_15_64_excl_students", "bigint", (c) =>
      c.check(sql`gross_income_sum_15_64_excl_students >= 0`),
    )
    .addPrimaryKeyConstraint("area_fact_pk", ["year", "department_id"]);
  for (const column of COUNT_COLUMNS) {
    facts = facts.addColumn(column, "integer", (c) => c.check(sql`${sql.ref(column)} >= 0`));
  }
  for (const [count, base] of BASES) {
    facts = facts.addCheckConstraint(
      `area_fact_${count}_within_base`,
      sql`${sql.ref(count)} <= ${sql.ref(base)}`,
    );
  }
  await facts.execute();
  await db.schema.createIndex("area_fact_area_idx").on("area_fact").columns(["area_id", "year"]).execute();

  await db.schema
    .createTable("area_reference_fact")
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('national_conviction_share_18_plus', 'region_mean_gross_income_15_64_excl_students')`,
        ),
    )
    .addColumn("region", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("numerator", "numeric", (c) => c.notNull())
    .addColumn("denominator", "numeric", (c) => c.notNull().check(sql`denominator > 0`))
    .addPrimaryKeyConstraint("area_reference_fact_pk", ["year", "kind", "region"])
    .execute();

  await db.schema
    .createTable("published_area_list")
    .addColumn("list_kind", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("area_id", "text", (c) => c.notNull())
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("published_area_list_pk", ["list_kind", "year", "area_id", "category"])
    .execute();

  // Decisions are records: a correction is a new decision, so the table only grows.
  await db.schema
    .createTable("letting_decision")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('combined_letting', 'relocation_grant', 'flexible_letting')`),
    )
    .addColumn("decision_date", "date", (c) => c.notNull())
    .addColumn("area_id", "text", (c) => c.notNull())
    .addColumn("subject_pseudonym", "text", (c) => c.notNull())
    .addColumn("result", "text", (c) => c.notNull())
    .addColumn("rule_version", "text", (c) => c.notNull())
    .addColumn("input_facts", "jsonb", (c) => c.notNull())
    .addColumn("parameters_used", "jsonb", (c) => c.notNull())
    .addColumn("justification", "jsonb", (c) => c.notNull())
    .addColumn("decision", "jsonb", (c) => c.notNull())
    .addColumn("decided_by", "text", (c) => c.notNull())
    .addColumn("decided_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`
    create function letting_decision_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'letting_decision is append-only';
    end $$`.execute(db);
  await sql`
    create trigger letting_decision_no_change before update or delete on letting_decision
    for each row execute function letting_decision_append_only()`.execute(db);

  await db.schema
    .createTable("relocation_grant_payment")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("decision_id", "integer", (c) => c.notNull().unique().references("letting_decision.id"))
    .addColumn("amount", "integer", (c) => c.notNull().check(sql`amount > 0`))
    .addColumn("paid_on", "date", (c) => c.notNull())
    .addColumn("recorded_by", "text", (c) => c.notNull())
    .addColumn("recorded_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable("special_dwelling")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("year", "integer", (c) => c.notNull().check(sql`year between 1900 and 2200`))
    .addColumn("dwellings", "integer", (c) => c.notNull().check(sql`dwellings > 0`))
    .addColumn("area_id", "text")
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("municipal_referral_share", "numeric", (c) =>
      c.notNull().defaultTo(1).check(sql`municipal_referral_share > 0 and municipal_referral_share <= 1`),
    )
    .addColumn("recorded_by", "text", (c) => c.notNull())
    .addColumn("recorded_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "special_dwelling",
    "relocation_grant_payment",
    "letting_decision",
    "published_area_list",
    "area_reference_fact",
    "area_fact",
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop function if exists letting_decision_append_only()`.execute(db);
}
