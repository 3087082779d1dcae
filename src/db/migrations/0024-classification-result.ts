import { type Kysely, sql } from "kysely";

/**
 * A classification as computed, kept in the database and shared by every process: a command-line
 * call is a new process with no memory of the last, and at national scale most of its seconds are
 * the cold computation, not the read (bench B1). A row is valid only for the area-facts version
 * (migration 0019) it was computed at: a reader looks it up by the current version, so any write
 * of the facts, by whichever process, makes it unreachable at once; the next writer of a result
 * removes it. The key names everything else the result depends on (src/usecases/areas/
 * persisted-result.ts): the rule version, the date, the facts year, the language, the smallest
 * cell shown, the rules' content and the code that computed it.
 *
 * Not a record: a derived value the application may replace and delete, and storage EXTERNAL (no
 * compression): a national list is megabytes of JSON read whole, and compressing it on every
 * write and inflating it on every read costs more than the bytes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table classification_result (
      key text primary key,
      facts_version bigint not null,
      code_identity text not null,
      body text not null,
      computed_at timestamptz not null default now()
    )`.execute(db);
  await sql`alter table classification_result alter column body set storage external`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table classification_result`.execute(db);
}
