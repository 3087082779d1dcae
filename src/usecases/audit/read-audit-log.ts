import { type AuditQuery, type AuditRow, readAudit, recordAudit } from "../../db/audit.ts";
import { ADMINISTRATION } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { defineUseCase, inTransaction } from "../use-case.ts";

/** The audit log, newest first. Reading it is itself audited: who looked, and for what. */
export const readAuditLog = defineUseCase(
  "læse revisionssporet",
  ADMINISTRATION,
  async (ctx, actor, query: AuditQuery): Promise<AuditRow[]> =>
    inTransaction(ctx, async (trx) => {
      if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
        throw new DomainError(
          "invalid_input",
          { da: "Datoen 'fra' ligger efter datoen 'til'.", en: "The 'from' date is after the 'to' date." },
          [
            {
              field: "to",
              message: "skal være samme dag som 'fra' eller senere",
              en: "must be the same day as 'from' or later",
            },
          ],
        );
      }
      const entries = await readAudit(trx, query);
      await recordAudit(trx, actor, { action: "audit.read", entity: "audit_log", details: { ...query } });
      return entries;
    }),
);
