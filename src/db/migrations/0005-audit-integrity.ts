import { type Kysely, sql } from "kysely";

/**
 * Tamper evidence for the records that must never change.
 *
 * - `audit_log`, `letting_decision` and `reporting_round` refuse TRUNCATE (the row triggers of
 *   0001–0003 do not fire on it).
 * - Every audit row is chained to the one before it: `hash = sha256(prev_hash || canonical row)`,
 *   computed by the database in a BEFORE INSERT trigger. The trigger locks the one-row
 *   `audit_chain_head` first and only then takes the row's id, so concurrent writers queue up
 *   and the chain in id order is one unbroken line. The head remembers the newest row, so
 *   deleting the newest rows is noticed too. `udsyn audit verify` walks the chain.
 *
 * The trigger function runs as the owner (SECURITY DEFINER): the server's own database role
 * needs only SELECT on the head, never UPDATE (see docs/OPERATIONS.md, "Database roles").
 */

/** The hash the first row points back to. */
export const AUDIT_GENESIS_HASH = "0".repeat(64);

const TRUNCATE_GUARDED = ["audit_log", "letting_decision", "reporting_round"] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema ?? "public";

  // TRUNCATE empties a table without firing row triggers: refused by a statement trigger.
  await sql`
    create function refuse_truncate() returns trigger language plpgsql as $$
    begin
      raise exception '% cannot be truncated: its rows are records', TG_TABLE_NAME;
    end $$`.execute(db);
  for (const table of TRUNCATE_GUARDED) {
    await sql`
      create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${sql.id(table)}
      for each statement execute function refuse_truncate()`.execute(db);
  }

  // The canonical content of a row, hashed with the hash of the row before it. The time is
  // written in UTC with microseconds and jsonb has one text form, so the result does not depend
  // on the session's time zone or date style.
  await sql`
    create function audit_log_row_hash(prev_hash text, entry audit_log) returns text
    language sql stable as $$
      select encode(sha256(convert_to(prev_hash || jsonb_build_object(
        'id', entry.id::text,
        'at', to_char(entry.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        'actor_id', entry.actor_id,
        'actor_name', entry.actor_name,
        'action', entry.action,
        'entity', entry.entity,
        'entity_id', entry.entity_id,
        'ip', entry.ip,
        'details', entry.details
      )::text, 'UTF8')), 'hex')
    $$`.execute(db);

  await db.schema.alterTable("audit_log").addColumn("prev_hash", "text").addColumn("hash", "text").execute();

  await db.schema
    .createTable("audit_chain_head")
    .addColumn("id", "boolean", (c) => c.primaryKey().defaultTo(true).check(sql`id`))
    .addColumn("last_id", "bigint")
    .addColumn("last_hash", "text", (c) => c.notNull())
    .execute();

  // Rows written before this migration join the chain in id order. Only the owner running the
  // migration can step past the append-only trigger, and only for this.
  await sql`alter table audit_log disable trigger audit_log_no_change`.execute(db);
  await sql`
    do $$
    declare
      entry audit_log;
      prev text := ${sql.lit(AUDIT_GENESIS_HASH)};
      last bigint := null;
    begin
      for entry in select * from audit_log order by id loop
        entry.prev_hash := prev;
        entry.hash := audit_log_row_hash(prev, entry);
        update audit_log set prev_hash = entry.prev_hash, hash = entry.hash where id = entry.id;
        prev := entry.hash;
        last := entry.id;
      end loop;
      insert into audit_chain_head (last_id, last_hash) values (last, prev);
    end $$`.execute(db);
  await sql`alter table audit_log enable trigger audit_log_no_change`.execute(db);

  await sql`alter table audit_log alter column prev_hash set not null`.execute(db);
  await sql`alter table audit_log alter column hash set not null`.execute(db);
  await sql`alter table audit_log add constraint audit_log_hash_form check (hash ~ '^[0-9a-f]{64}$' and prev_hash ~ '^[0-9a-f]{64}$')`.execute(
    db,
  );
  // The id is taken by the chain trigger, after the lock, so id order is chain order.
  await sql`alter table audit_log alter column id drop default`.execute(db);

  await sql`
    create function audit_log_chain() returns trigger language plpgsql
    security definer set search_path = ${sql.id(schema)}, pg_temp as $$
    declare
      head audit_chain_head;
    begin
      select * into head from audit_chain_head for update;
      if not found then
        raise exception 'audit_chain_head is missing: the audit chain cannot continue';
      end if;
      NEW.id := nextval('audit_log_id_seq');
      NEW.prev_hash := head.last_hash;
      NEW.hash := audit_log_row_hash(NEW.prev_hash, NEW);
      update audit_chain_head set last_id = NEW.id, last_hash = NEW.hash;
      return NEW;
    end $$`.execute(db);
  await sql`
    create trigger audit_log_chain before insert on audit_log
    for each row execute function audit_log_chain()`.execute(db);
  // Nobody but the owner and its trigger function touches the head.
  await sql`revoke all on audit_chain_head from public`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists audit_log_chain on audit_log`.execute(db);
  await sql`drop function if exists audit_log_chain()`.execute(db);
  await sql`alter table audit_log alter column id set default nextval('audit_log_id_seq')`.execute(db);
  await sql`alter table audit_log drop constraint if exists audit_log_hash_form`.execute(db);
  await db.schema.dropTable("audit_chain_head").execute();
  await sql`drop function if exists audit_log_row_hash(text, audit_log)`.execute(db);
  await db.schema.alterTable("audit_log").dropColumn("hash").dropColumn("prev_hash").execute();
  for (const table of TRUNCATE_GUARDED) {
    await sql`drop trigger if exists ${sql.id(`${table}_no_truncate`)} on ${sql.id(table)}`.execute(db);
  }
  await sql`drop function if exists refuse_truncate()`.execute(db);
}
