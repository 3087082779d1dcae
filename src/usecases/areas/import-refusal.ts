import { recordAudit } from "../../db/audit.ts";
import type { Actor } from "../../domain/access.ts";
import type { AuditAction, AuditEntity } from "../../domain/audit-actions.ts";
import { DomainError } from "../../domain/errors.ts";
import { inTransaction, type UseCaseContext } from "../use-case.ts";

/**
 * Runs an import and, when its file is refused, writes the refusal to the audit log in a
 * transaction of its own (the import's own wrote nothing): the import history shows a failed
 * import with who, when and why, so an administrator can answer "did my file arrive?".
 */
export async function auditingRefusal<T>(
  ctx: UseCaseContext,
  actor: Actor,
  refusal: { readonly action: AuditAction; readonly entity: AuditEntity; readonly fileName: string },
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError && error.code === "invalid_input") {
      await inTransaction(ctx, (trx) =>
        recordAudit(trx, actor, {
          action: refusal.action,
          entity: refusal.entity,
          details: {
            fileName: refusal.fileName,
            message: error.message,
            problems: error.details.length,
          },
        }),
      );
    }
    throw error;
  }
}
