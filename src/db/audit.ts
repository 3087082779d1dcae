import { type Kysely, type RawBuilder, type Selectable, type SelectQueryBuilder, sql } from "kysely";
import type { Actor } from "../domain/access.ts";
import type { AuditAction, AuditEntity } from "../domain/audit-actions.ts";
import type { Database } from "./schema.ts";

export interface AuditEntry {
  /** A code of the one table of actions, so every action the log holds can be named in words. */
  readonly action: AuditAction;
  readonly entity: AuditEntity;
  readonly entityId?: string | number | null;
  readonly details?: Record<string, unknown>;
}

/**
 * Call it with the transaction that makes the change, so the change and its audit row
 * commit or fail together.
 */
export async function recordAudit(db: Kysely<Database>, actor: Actor, entry: AuditEntry): Promise<void> {
  const row = auditRow(actor, entry);
  await db
    .insertInto("audit_log")
    .values({ ...row, details: row.details as unknown as Record<string, unknown> })
    .execute();
}

/** The columns of an audit row as written (the chain trigger adds id, time and hashes). */
export interface AuditRowValues {
  readonly actor_id: number | null;
  readonly actor_name: string;
  readonly action: string;
  readonly entity: string;
  readonly entity_id: string | null;
  readonly ip: string | null;
  /** JSON text. */
  readonly details: string;
}

/** The audit columns an `insert into audit_log (…) select …` writes, in this order. */
export const AUDIT_COLUMNS = [
  "actor_id",
  "actor_name",
  "action",
  "entity",
  "entity_id",
  "ip",
  "details",
] as const;

/**
 * The select list of such an insert, for an audit row written by the same statement as the change
 * or read it records (a data-modifying CTE): the entity id and the details may be SQL over the
 * statement's own rows (the new decision's id, the ids a list shows).
 */
export function auditSelection(
  audit: AuditRowValues,
  entityId: RawBuilder<string | null> = sql`${audit.entity_id}::text`,
  details: RawBuilder<unknown> = sql`${audit.details}::jsonb`,
) {
  return [
    sql<number | null>`${audit.actor_id}::integer`.as("actor_id"),
    sql<string>`${audit.actor_name}::text`.as("actor_name"),
    sql<string>`${audit.action}::text`.as("action"),
    sql<string>`${audit.entity}::text`.as("entity"),
    entityId.as("entity_id"),
    sql<string | null>`${audit.ip}::text`.as("ip"),
    details.as("details"),
  ] as const;
}

export function auditRow(actor: Actor, entry: AuditEntry): AuditRowValues {
  return {
    actor_id: actor.userId,
    actor_name: actor.name,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
    ip: actor.ip,
    details: JSON.stringify(entry.details ?? {}),
  };
}

export interface AuditQuery {
  readonly limit: number;
  readonly beforeId?: string | undefined;
  readonly entity?: string | undefined;
  readonly entityId?: string | undefined;
  readonly action?: string | undefined;
  /** The actor's name as recorded (a user name, or the operating-system user of a CLI run). */
  readonly actor?: string | undefined;
  /** Copenhagen dates, both inclusive: the log is read by people who think in days, not in UTC. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** Midnight in Copenhagen at the start of `date` + `days`, as the database computes it (summer time included). */
const copenhagenMidnight = (date: string, days = 0) =>
  sql<Date>`((${date}::date + ${days}::integer)::timestamp at time zone 'Europe/Copenhagen')`;

export interface AuditRow {
  readonly id: string;
  readonly at: string;
  readonly actorId: number | null;
  readonly actorName: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string | null;
  readonly ip: string | null;
  readonly details: Record<string, unknown>;
}

export async function readAudit(db: Kysely<Database>, query: AuditQuery): Promise<AuditRow[]> {
  return readAuditWhere(db, query.limit, (q) => {
    let where = q;
    if (query.beforeId !== undefined) where = where.where("id", "<", query.beforeId);
    if (query.entity !== undefined) where = where.where("entity", "=", query.entity);
    if (query.entityId !== undefined) where = where.where("entity_id", "=", query.entityId);
    if (query.action !== undefined) where = where.where("action", "=", query.action);
    if (query.actor !== undefined) where = where.where("actor_name", "=", query.actor);
    if (query.from !== undefined) where = where.where("at", ">=", copenhagenMidnight(query.from));
    if (query.to !== undefined) where = where.where("at", "<", copenhagenMidnight(query.to, 1));
    return where;
  });
}

/** The rows with one of `actions`, newest first (the import history). */
export function readAuditByActions(
  db: Kysely<Database>,
  actions: readonly string[],
  page: { readonly limit: number; readonly beforeId?: string | undefined },
): Promise<AuditRow[]> {
  return readAuditWhere(db, page.limit, (q) => {
    const of = q.where("action", "in", actions);
    return page.beforeId === undefined ? of : of.where("id", "<", page.beforeId);
  });
}

type AuditSelect = SelectQueryBuilder<Database, "audit_log", Selectable<Database["audit_log"]>>;

async function readAuditWhere(
  db: Kysely<Database>,
  limit: number,
  filter: (q: AuditSelect) => AuditSelect,
): Promise<AuditRow[]> {
  const q = filter(db.selectFrom("audit_log").selectAll().orderBy("id", "desc").limit(limit));
  const rows = await q.execute();
  return rows.map((r) => ({
    id: String(r.id),
    at: new Date(r.at).toISOString(),
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    ip: r.ip,
    details: r.details,
  }));
}

/** The hash the first audit row of each lane points back to (migrations 0005, 0021). */
export const AUDIT_GENESIS_HASH = "0".repeat(64);

/**
 * How many independent hash chains ("lanes") the audit log has: the head rows migration 0021
 * created. The migration keeps its own copy (migrations are frozen snapshots and application code
 * does not import them); test/db/migration-constants.test.ts checks the two agree, so a migration
 * that adds lanes must change this too.
 */
export const AUDIT_CHAIN_LANES = 16;

/** One link of the chain as stored, with the hash the database computes from its content now. */
export interface AuditLink {
  readonly id: string;
  /** The lane (one of the independent hash chains, migration 0021) the row belongs to. */
  readonly lane: number;
  readonly prevHash: string;
  readonly hash: string;
  readonly recomputed: string;
}

/** The newest link of one lane, as its head row remembers it (no id: the lane is still empty). */
export interface AuditChainHead {
  readonly lane: number;
  readonly lastId: string | null;
  readonly lastHash: string;
}

/** Every lane's head, in lane order, read in one statement (one snapshot). */
export async function readAuditChainHeads(db: Kysely<Database>): Promise<AuditChainHead[]> {
  const rows = await db
    .selectFrom("audit_chain_head")
    .select(["lane", "last_id", "last_hash"])
    .orderBy("lane")
    .execute();
  // int8 is text from pg and a number from PGlite: ids are compared as text.
  return rows.map((row) => ({
    lane: Number(row.lane),
    lastId: row.last_id === null ? null : String(row.last_id),
    lastHash: row.last_hash,
  }));
}

/**
 * Up to `limit` links of every lane after `afterId` (exclusive), in id order: within a lane, id
 * order is chain order. The hash is recomputed by the same database function the insert trigger
 * uses.
 */
export async function readAuditLinks(
  db: Kysely<Database>,
  range: { readonly afterId: string | null; readonly limit: number },
): Promise<AuditLink[]> {
  const after = range.afterId ?? "-1";
  const { rows } = await sql<{
    id: string;
    lane: number;
    prev_hash: string;
    hash: string;
    recomputed: string;
  }>`
    select a.id, a.lane, a.prev_hash, a.hash, audit_log_row_hash(a.prev_hash, a) as recomputed
    from audit_log a
    where a.id > ${after}::bigint
    order by a.id
    limit ${range.limit}`.execute(db);
  return rows.map((r) => ({
    id: String(r.id),
    lane: Number(r.lane),
    prevHash: r.prev_hash,
    hash: r.hash,
    recomputed: r.recomputed,
  }));
}

/**
 * The ids after `afterId` up to `uptoId` (both exclusive) that no audit row has, in at most
 * `limit` runs of consecutive ids (a gap is a deleted row or an id a rolled-back insert took).
 * Ids that rows of other lanes hold are not gaps. Read only when a lane is broken, to name what
 * is missing.
 */
export async function readAuditIdGaps(
  db: Kysely<Database>,
  range: { readonly afterId: string; readonly uptoId: string; readonly limit: number },
): Promise<{ fromId: string; toId: string }[]> {
  const { rows } = await sql<{ from_id: string; to_id: string }>`
    select (id + 1)::text as from_id, (next_id - 1)::text as to_id
    from (
      select id, lead(id) over (order by id) as next_id
      from (
        select ${range.afterId}::bigint as id
        union all
        select id from audit_log where id > ${range.afterId}::bigint and id < ${range.uptoId}::bigint
        union all
        select ${range.uptoId}::bigint
      ) ids
    ) runs
    where next_id > id + 1
    order by id
    limit ${range.limit}`.execute(db);
  return rows.map((r) => ({ fromId: String(r.from_id), toId: String(r.to_id) }));
}
