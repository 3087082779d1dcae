import type { Kysely } from "kysely";
import {
  appendCaseEvent,
  type CaseRecord,
  findCase,
  insertActions,
  lapseActions,
  markActionCompleted,
  setCaseClosed,
  setCaseLevel,
} from "../../db/cases.repository.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import type { AuditAction } from "../../domain/audit-actions.ts";
import { CASE_HANDLERS } from "../../domain/cases/case-access.ts";
import {
  closeCase as closeRule,
  completeAction as completeRule,
  regradeCase as regradeRule,
} from "../../domain/cases/case-lifecycle.ts";
import type { LevelCatalogue } from "../../domain/cases/levels.ts";
import { todayOf } from "../../domain/law/clock.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import type { ParameterSet } from "../../domain/law/parameter.ts";
import { defineUseCase, inTransaction, recordAudit, type UseCaseContext } from "../use-case.ts";
import {
  accessibleCase,
  type CaseView,
  caseCatalogue,
  caseView,
  stateOf,
  workingDaysOf,
} from "./case-support.ts";

interface ChangeContext {
  readonly trx: Kysely<Database>;
  readonly record: CaseRecord;
  readonly catalogue: LevelCatalogue;
  readonly params: ParameterSet;
  readonly today: IsoDate;
}

/**
 * The frame of every change to a case: the case locked, the actor a caseworker of its
 * committee, the change and its timeline event and audit row in one transaction, the case
 * read back as the caseworker sees it.
 */
async function changeCase(
  ctx: UseCaseContext,
  actor: Actor,
  id: number,
  action: AuditAction,
  change: (c: ChangeContext) => Promise<Record<string, unknown>>,
): Promise<CaseView> {
  const today = todayOf(ctx.clock);
  const params = await ctx.parameters();
  return inTransaction(ctx, async (trx) => {
    const { record } = await accessibleCase(trx, actor, id, { lock: true, needPerson: true });
    const catalogue = await caseCatalogue(trx);
    const details = await change({ trx, record, catalogue, params, today });
    await recordAudit(trx, actor, { action, entity: "ssp_case", entityId: id, details });
    const after = await findCase(trx, id);
    if (after === undefined) throw new Error(`sag ${id} forsvandt`);
    return caseView(after, "with_person", catalogue, today);
  });
}

export const completeCaseAction = defineUseCase(
  "udføre handlinger i SSP-sager",
  CASE_HANDLERS,
  (
    ctx,
    actor,
    input: { readonly id: number; readonly actionId: number; readonly completedOn?: IsoDate | undefined },
  ): Promise<CaseView> =>
    changeCase(ctx, actor, input.id, "ssp_case.complete_action", async ({ trx, record, today }) => {
      const completedOn = input.completedOn ?? today;
      const done = completeRule(stateOf(record), input.actionId, completedOn, today);
      await markActionCompleted(trx, done.id, completedOn, actor.name);
      await appendCaseEvent(trx, {
        caseId: record.id,
        onDate: completedOn,
        kind: "action_completed",
        level: record.level,
        details: { actionId: done.id, action: done.key, title: done.title, dueOn: done.dueOn },
        actorName: actor.name,
      });
      return { actionId: done.id };
    }),
);

export const regradeCase = defineUseCase(
  "omgradere SSP-sager",
  CASE_HANDLERS,
  (
    ctx,
    actor,
    input: {
      readonly id: number;
      readonly level: number;
      readonly reason: string;
      readonly on?: IsoDate | undefined;
    },
  ): Promise<CaseView> =>
    changeCase(
      ctx,
      actor,
      input.id,
      "ssp_case.regrade",
      async ({ trx, record, catalogue, params, today }) => {
        const regrade = regradeRule(
          stateOf(record),
          { level: input.level, reason: input.reason, on: input.on ?? today },
          catalogue,
          workingDaysOf(params, today),
          today,
        );
        await lapseActions(trx, regrade.lapsedActionIds);
        await setCaseLevel(trx, record.id, regrade.to);
        await insertActions(trx, record.id, regrade.actions);
        await appendCaseEvent(trx, {
          caseId: record.id,
          onDate: regrade.on,
          kind: regrade.direction === "escalation" ? "escalated" : "de-escalated",
          level: regrade.to,
          details: {
            from: regrade.from,
            to: regrade.to,
            reason: regrade.reason,
            lapsedActionIds: regrade.lapsedActionIds,
            actions: regrade.actions.map((a) => ({ key: a.key, dueOn: a.dueOn })),
          },
          actorName: actor.name,
        });
        return { from: regrade.from, to: regrade.to };
      },
    ),
);

export const closeCase = defineUseCase(
  "lukke SSP-sager",
  CASE_HANDLERS,
  (
    ctx,
    actor,
    input: { readonly id: number; readonly reason: string; readonly closedOn?: IsoDate | undefined },
  ): Promise<CaseView> =>
    changeCase(ctx, actor, input.id, "ssp_case.close", async ({ trx, record, today }) => {
      const closing = closeRule(
        stateOf(record),
        { reason: input.reason, closedOn: input.closedOn ?? today },
        today,
      );
      await lapseActions(trx, closing.lapsedActionIds);
      await setCaseClosed(trx, record.id, closing.closedOn, closing.reason);
      await appendCaseEvent(trx, {
        caseId: record.id,
        onDate: closing.closedOn,
        kind: "closed",
        level: record.level,
        details: { reason: closing.reason, lapsedActionIds: closing.lapsedActionIds },
        actorName: actor.name,
      });
      return { closedOn: closing.closedOn };
    }),
);

export { changeCase };
