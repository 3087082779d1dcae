import { type Kysely, sql } from "kysely";
import { AUDIT_GENESIS_HASH } from "./0005-audit-integrity.ts";

/**
 * The audit log becomes `AUDIT_CHAIN_LANES` independent hash chains ("lanes").
 *
 * Why: with one chain, every audited insert locked the one head row until its transaction
 * committed (fsync included), so every writer of the whole system queued behind every other and
 * PostgreSQL could not batch their commits. With lanes, a writer takes any lane no other
 * transaction holds and waits only when all are busy.
 *
 * - `audit_chain_head` has one row per lane. The chain written so far becomes lane 0, unchanged;
 *   lanes 1.. start at the genesis hash.
 * - `audit_log.lane` says which chain a row belongs to. The row hash (`audit_log_row_hash`) is
 *   unchanged, so every existing row still verifies. The lane is not hashed and need not be:
 *   moving a row to another lane breaks the `prev_hash` links in both lanes (the row after it in
 *   the old lane points to a hash the old lane no longer has, and the moved row points to a hash
 *   its new lane never had), and a moved newest row no longer matches its old lane's head.
 * - The trigger keeps the lane its transaction already holds (remembered in the transaction-local
 *   setting `udsyn.audit_lane`), so a transaction that writes several audit rows uses one lane.
 *   Otherwise it prefers lane `pg_backend_pid() % AUDIT_CHAIN_LANES` (a connection keeps its
 *   lane, so lanes are spread over the pool's connections), else the first lane no other
 *   transaction holds (`for update skip locked`), and only when every lane is busy waits on its
 *   preferred lane. A transaction that waits holds no lane, so lanes alone cannot deadlock.
 * - Within a lane the id is still taken after the lane's lock: id order within a lane is that
 *   lane's chain order. Across lanes, rows are ordered by id and time, not by hash.
 */

/**
 * How many chains. 16 is well above the number of transactions that audit at the same time here
 * (the server's pool has 10 connections, plus the CLI), so a writer practically never waits,
 * while `udsyn audit verify` still reports the heads of a handful of chains. Changing it later
 * is a migration that adds head rows (never removes lanes that have rows).
 */
export const AUDIT_CHAIN_LANES = 16;

export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema ?? "public";

  // A constant default fills the existing rows without rewriting them (and without firing the
  // append-only row trigger); new rows get their lane from the chain trigger, so no default.
  await sql`alter table audit_log add column lane smallint not null default 0`.execute(db);
  await sql`alter table audit_log alter column lane drop default`.execute(db);
  await sql`alter table audit_log add constraint audit_log_lane_range
    check (lane >= 0 and lane < ${sql.lit(AUDIT_CHAIN_LANES)})`.execute(db);

  await sql`alter table audit_chain_head add column lane smallint not null default 0`.execute(db);
  await sql`alter table audit_chain_head drop column id`.execute(db);
  await sql`alter table audit_chain_head alter column lane drop default`.execute(db);
  await sql`alter table audit_chain_head add primary key (lane)`.execute(db);
  await sql`alter table audit_chain_head add constraint audit_chain_head_lane_range
    check (lane >= 0 and lane < ${sql.lit(AUDIT_CHAIN_LANES)})`.execute(db);
  await sql`
    insert into audit_chain_head (lane, last_id, last_hash)
    select lane, null, ${AUDIT_GENESIS_HASH}
    from generate_series(1, ${sql.lit(AUDIT_CHAIN_LANES - 1)}) as lane`.execute(db);

  await sql`
    create or replace function audit_log_chain() returns trigger language plpgsql
    security definer set search_path = ${sql.id(schema)}, pg_temp as $$
    declare
      preferred smallint := pg_backend_pid() % ${sql.lit(AUDIT_CHAIN_LANES)};
      held text := nullif(current_setting('udsyn.audit_lane', true), '');
      head audit_chain_head;
    begin
      -- The lane this transaction already holds: its own lock, so no wait, and no second lane.
      if held is not null then
        select * into head from audit_chain_head where lane = held::smallint for update;
      end if;
      if not found then
        select * into head from audit_chain_head where lane = preferred for update skip locked;
      end if;
      if not found then
        select * into head from audit_chain_head
        order by (lane - preferred + ${sql.lit(AUDIT_CHAIN_LANES)}) % ${sql.lit(AUDIT_CHAIN_LANES)}
        limit 1 for update skip locked;
      end if;
      if not found then
        select * into head from audit_chain_head where lane = preferred for update;
      end if;
      if not found then
        raise exception 'audit_chain_head has no lane %: the audit chain cannot continue', preferred;
      end if;
      -- Remembered until the transaction ends (or the savepoint that took the lane is rolled
      -- back, which releases the lane's lock as well).
      perform set_config('udsyn.audit_lane', head.lane::text, true);
      NEW.lane := head.lane;
      NEW.id := nextval('audit_log_id_seq');
      NEW.prev_hash := head.last_hash;
      NEW.hash := audit_log_row_hash(NEW.prev_hash, NEW);
      update audit_chain_head set last_id = NEW.id, last_hash = NEW.hash where lane = head.lane;
      return NEW;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Lanes cannot be merged back into one chain without re-hashing records: refuse instead.
  await sql`
    do $$
    begin
      if exists (select 1 from audit_log where lane <> 0) then
        raise exception 'audit rows in lanes other than 0 exist: the lanes cannot be merged into one chain';
      end if;
    end $$`.execute(db);
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema ?? "public";
  await sql`delete from audit_chain_head where lane <> 0`.execute(db);
  await sql`alter table audit_chain_head drop constraint audit_chain_head_lane_range`.execute(db);
  await sql`alter table audit_chain_head drop constraint audit_chain_head_pkey`.execute(db);
  await sql`alter table audit_chain_head add column id boolean not null default true check (id)`.execute(db);
  await sql`alter table audit_chain_head add primary key (id)`.execute(db);
  await sql`alter table audit_chain_head drop column lane`.execute(db);
  await sql`alter table audit_log drop constraint audit_log_lane_range`.execute(db);
  await sql`alter table audit_log drop column lane`.execute(db);
  await sql`
    create or replace function audit_log_chain() returns trigger language plpgsql
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
}
