import {
  type CaseSummary,
  listCases as listCaseRows,
  type OverdueAction,
  overdueActions as overdueActionRows,
} from "../../db/cases.repository.ts";
import { type AgeGroup, ageGroupOn } from "../../domain/cases/age-group.ts";
import { CASE_READERS, listableCommittees } from "../../domain/cases/case-access.ts";
import { todayOf } from "../../domain/law/clock.ts";
import { defineUseCase, inTransaction, recordAudit } from "../use-case.ts";
import { membershipsOf } from "./case-support.ts";

export interface CaseListItem extends Omit<CaseSummary, "personId" | "birthMonth" | "birthYear"> {
  readonly ageGroup: AgeGroup | null;
}

/**
 * The open cases the actor may see: a caseworker's committees, every committee for an
 * administrator. The audit row names the ids listed.
 */
export const listCases = defineUseCase(
  "se SSP-sager",
  CASE_READERS,
  (
    ctx,
    actor,
    filter: {
      readonly level?: number | undefined;
      readonly committee?: string | undefined;
      readonly includeClosed?: boolean | undefined;
    },
  ): Promise<CaseListItem[]> =>
    inTransaction(ctx, async (trx) => {
      const today = todayOf(ctx.clock);
      const committees = listableCommittees(actor, await membershipsOf(trx, actor));
      const rows = await listCaseRows(trx, { ...filter, committees }, today);
      await recordAudit(trx, actor, {
        action: "ssp_case.list",
        entity: "ssp_case",
        details: { ...filter, ids: rows.map((r) => r.id) },
      });
      return rows.map(({ personId: _p, birthYear, birthMonth, ...rest }) => ({
        ...rest,
        ageGroup: birthMonth === null ? null : ageGroupOn(birthYear, birthMonth, today),
      }));
    }),
);

/** Open actions due before today on the open cases the actor may see, oldest first. */
export const listOverdueActions = defineUseCase(
  "se overskredne handlinger i SSP-sager",
  CASE_READERS,
  (ctx, actor, filter: { readonly committee?: string | undefined }): Promise<OverdueAction[]> =>
    inTransaction(ctx, async (trx) => {
      const committees = listableCommittees(actor, await membershipsOf(trx, actor));
      const rows = (await overdueActionRows(trx, todayOf(ctx.clock), committees)).filter(
        (r) => filter.committee === undefined || r.committee === filter.committee,
      );
      await recordAudit(trx, actor, {
        action: "ssp_case.overdue",
        entity: "ssp_case",
        details: { ids: [...new Set(rows.map((r) => r.caseId))] },
      });
      return rows;
    }),
);
