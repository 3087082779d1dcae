import { type AuditQuery, type AuditRow, readAudit, recordAudit } from "../../db/audit.ts";
import { ADMINISTRATION } from "../../domain/access.ts";
import { defineUseCase, inTransaction } from "../use-case.ts";

/** The audit log, newest first. Reading it is itself audited: who looked, and for what. */
export const readAuditLog = defineUseCase(
  "læse revisionssporet",
  ADMINISTRATION,
  async (ctx, actor, query: AuditQuery): Promise<AuditRow[]> =>
    inTransaction(ctx, async (trx) => {
      const entries = await readAudit(trx, query);
      await recordAudit(trx, actor, { action: "audit.read", entity: "audit_log", details: { ...query } });
      return entries;
    }),
);
