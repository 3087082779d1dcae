import {
  type CaseEvent,
  caseTimeline,
  listAssessments,
  listInterventions,
} from "../../db/cases.repository.ts";
import { CASE_READERS } from "../../domain/cases/case-access.ts";
import { todayOf } from "../../domain/law/clock.ts";
import { defineUseCase, inTransaction, recordAudit } from "../use-case.ts";
import { accessibleCase, type CaseView, caseCatalogue, caseView } from "./case-support.ts";

export interface CaseDetail extends CaseView {
  readonly timeline: readonly CaseEvent[];
  readonly assessments: readonly {
    readonly id: number;
    readonly assessedOn: string;
    readonly scores: Record<string, number>;
  }[];
  readonly interventions: readonly {
    readonly id: number;
    readonly type: string;
    readonly startedOn: string;
    readonly endedOn: string | null;
  }[];
}

/** One case with its timeline, assessments and interventions; every read is audited. */
export const showCase = defineUseCase(
  "læse SSP-sager",
  CASE_READERS,
  (ctx, actor, input: { readonly id: number }): Promise<CaseDetail> =>
    inTransaction(ctx, async (trx) => {
      const { record, access } = await accessibleCase(trx, actor, input.id);
      await recordAudit(trx, actor, {
        action: "ssp_case.read",
        entity: "ssp_case",
        entityId: record.id,
        details: { committee: record.committee, withPerson: access === "with_person" },
      });
      const catalogue = await caseCatalogue(trx);
      const [timeline, assessments, interventions] = [
        await caseTimeline(trx, record.id),
        await listAssessments(trx, [record.person.id]),
        await listInterventions(trx, [record.person.id]),
      ];
      return {
        ...caseView(record, access, catalogue, todayOf(ctx.clock)),
        timeline,
        assessments: assessments.map((a) => ({ id: a.id, assessedOn: a.assessedOn, scores: a.scores })),
        interventions: interventions.map((i) => ({
          id: i.id,
          type: i.type,
          startedOn: i.startedOn,
          endedOn: i.endedOn,
        })),
      };
    }),
);
