import type { DecisionRecord } from "../../db/letting.repository.ts";
import { CASEWORK } from "../../domain/access.ts";
import { defineUseCase, inTransaction, recordAudit } from "../use-case.ts";
import { insertSuperseding, supersedable } from "./store-decision.ts";

/**
 * Annuls a stored decision by a new decision that names it, with the reason: the earlier row is
 * never changed (the table is append-only), the chain shows both, and the annulment has its own
 * letter. Audited in the same transaction.
 */
export const annulDecision = defineUseCase(
  "annullere afgørelser",
  CASEWORK,
  (ctx, actor, input: { readonly id: number; readonly reason: string }): Promise<DecisionRecord> =>
    inTransaction(ctx, async (trx) => {
      const earlier = await supersedable(trx, input.id, "any", "id");
      const reasoning = [input.reason];
      const record = await insertSuperseding(trx, {
        kind: earlier.kind,
        // The date the list shows beside the application's own: the annulment is dated by decided_at.
        decisionDate: earlier.decisionDate,
        areaId: earlier.areaId,
        subjectPseudonym: earlier.subjectPseudonym,
        result: "annulled",
        ruleVersion: earlier.ruleVersion,
        inputFacts: earlier.inputFacts,
        parametersUsed: [],
        justification: {
          legalBasis: earlier.justification.legalBasis,
          facts: [],
          reasoning,
          text: `Annullering af afgørelse nr. ${earlier.id}\n\nÅrsag: ${input.reason}\n`,
        },
        decision: { annuls: earlier.id },
        decidedBy: actor.name,
        journalNumber: earlier.journalNumber ?? undefined,
        supersedes: { id: earlier.id, kind: "annulment", reason: input.reason },
      });
      await recordAudit(trx, actor, {
        action: "letting_decision.annul",
        entity: "letting_decision",
        entityId: record.id,
        details: { kind: record.kind, annuls: earlier.id, reason: input.reason },
      });
      return record;
    }),
);
