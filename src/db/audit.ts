import type { Kysely } from "kysely";
import type { Actor } from "../domain/access.ts";
import type { Database } from "./schema.ts";

export interface AuditEntry {
  readonly action: string;
  readonly entity: string;
  readonly entityId?: string | number | null;
  readonly details?: Record<string, unknown>;
}

/**
 * Call it with the transaction that makes the change, so the change and its audit row
 * commit or fail together.
 */
export async function recordAudit(db: Kysely<Database>, actor: Actor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      actor_id: actor.userId,
      actor_name: actor.name,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      ip: actor.ip,
      details: JSON.stringify(entry.details ?? {}) as unknown as Record<string, unknown>,
    })
    .execute();
}

export interface AuditQuery {
  readonly limit: number;
  readonly beforeId?: string | undefined;
  readonly entity?: string | undefined;
  readonly entityId?: string | undefined;
  readonly action?: string | undefined;
}

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
  let q = db.selectFrom("audit_log").selectAll().orderBy("id", "desc").limit(query.limit);
  if (query.beforeId !== undefined) q = q.where("id", "<", query.beforeId);
  if (query.entity !== undefined) q = q.where("entity", "=", query.entity);
  if (query.entityId !== undefined) q = q.where("entity_id", "=", query.entityId);
  if (query.action !== undefined) q = q.where("action", "=", query.action);
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
