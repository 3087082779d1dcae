import { type Kysely, sql } from "kysely";

/**
 * Failed logins are counted per user name, whether or not the account exists, so a locked
 * answer says nothing about existence; one atomic upsert counts each attempt before the
 * password is checked, so parallel guesses cannot all slip under the limit.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("login_throttle")
    .addColumn("username", "text", (c) => c.primaryKey().check(sql`length(username) between 1 and 64`))
    .addColumn("failures", "integer", (c) => c.notNull().defaultTo(0).check(sql`failures >= 0`))
    .addColumn("locked_until", "timestamptz")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // The per-user counters of migration 0001 are replaced by the table above.
  await db.schema.alterTable("app_user").dropColumn("failed_logins").execute();
  await db.schema.alterTable("app_user").dropColumn("locked_until").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("app_user")
    .addColumn("failed_logins", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("app_user").addColumn("locked_until", "timestamptz").execute();
  await db.schema.dropTable("login_throttle").execute();
}
