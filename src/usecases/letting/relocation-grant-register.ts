import { listDecisionRecords, listPayments, type Payment } from "../../db/letting.repository.ts";
import { CASEWORK } from "../../domain/access.ts";
import { defineUseCase, inTransaction, recordAudit } from "../use-case.ts";

export interface GrantRegisterEntry {
  readonly id: number;
  readonly decisionDate: string;
  readonly areaId: string;
  readonly subjectPseudonym: string;
  readonly result: string;
  readonly amount: number;
  readonly payment: Payment | null;
}

/** The register of relocation-grant decisions and their payments; the read is audited with the ids. */
export const listRelocationGrants = defineUseCase(
  "se registret over flyttetilskud",
  CASEWORK,
  (ctx, actor, _input: undefined): Promise<GrantRegisterEntry[]> =>
    inTransaction(ctx, async (trx) => {
      const decisions = await listDecisionRecords(trx, "relocation_grant", 1000);
      const payments = new Map((await listPayments(trx)).map((p) => [p.decisionId, p]));
      const entries: GrantRegisterEntry[] = decisions.map((d) => ({
        id: d.id,
        decisionDate: d.decisionDate,
        areaId: d.areaId,
        subjectPseudonym: d.subjectPseudonym,
        result: d.result,
        amount: Number(d.decision.amount ?? 0),
        payment: payments.get(d.id) ?? null,
      }));
      await recordAudit(trx, actor, {
        action: "relocation_grant.list",
        entity: "letting_decision",
        details: { ids: entries.map((e) => e.id) },
      });
      return entries;
    }),
);
