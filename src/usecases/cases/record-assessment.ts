import {
  appendCaseEvent,
  assessmentOn,
  insertAssessment,
  insertIntervention,
} from "../../db/cases.repository.ts";
import { checkInterventionType, checkScores } from "../../domain/cases/assessment.ts";
import { CASE_HANDLERS } from "../../domain/cases/case-access.ts";
import { notInFuture } from "../../domain/cases/case-lifecycle.ts";
import { DomainError } from "../../domain/errors.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import { defineUseCase } from "../use-case.ts";
import { changeCase } from "./change-case.ts";

/** An assessment of the young person on the ten parameters, put on the case's timeline. */
export const recordAssessment = defineUseCase(
  "registrere vurderinger i SSP-sager",
  CASE_HANDLERS,
  (
    ctx,
    actor,
    input: {
      readonly id: number;
      readonly assessedOn: IsoDate;
      readonly scores: Readonly<Record<string, number>>;
    },
  ) =>
    changeCase(ctx, actor, input.id, "ssp_case.assessment", async ({ trx, record, catalogue, today }) => {
      notInFuture(input.assessedOn, today, "assessedOn");
      const scores = checkScores(catalogue, input.scores);
      if (await assessmentOn(trx, record.person.id, input.assessedOn)) {
        throw new DomainError(
          "conflict",
          {
            da: `Der er allerede en vurdering den ${input.assessedOn}`,
            en: `There is already an assessment on ${input.assessedOn}`,
          },
          [{ field: "assessedOn", message: "én vurdering pr. dag", en: "one assessment per day" }],
        );
      }
      const assessmentId = await insertAssessment(trx, {
        personId: record.person.id,
        assessedOn: input.assessedOn,
        scores,
        recordedBy: actor.name,
      });
      await appendCaseEvent(trx, {
        caseId: record.id,
        onDate: input.assessedOn,
        kind: "assessment",
        level: record.level,
        details: { assessmentId },
        actorName: actor.name,
      });
      return { assessmentId };
    }),
);

/** An intervention the young person receives (type, start, optional end), put on the timeline. */
export const recordIntervention = defineUseCase(
  "registrere indsatser i SSP-sager",
  CASE_HANDLERS,
  (
    ctx,
    actor,
    input: {
      readonly id: number;
      readonly type: string;
      readonly startedOn: IsoDate;
      readonly endedOn?: IsoDate | undefined;
    },
  ) =>
    changeCase(ctx, actor, input.id, "ssp_case.intervention", async ({ trx, record, catalogue, today }) => {
      checkInterventionType(catalogue, input.type);
      notInFuture(input.startedOn, today, "startedOn");
      if (input.endedOn !== undefined && input.endedOn < input.startedOn) {
        throw new DomainError(
          "invalid_input",
          { da: "Indsatsen slutter før den starter", en: "The intervention ends before it starts" },
          [
            {
              field: "endedOn",
              message: `${input.endedOn} ligger før ${input.startedOn}`,
              en: `${input.endedOn} is before ${input.startedOn}`,
            },
          ],
        );
      }
      const interventionId = await insertIntervention(trx, {
        personId: record.person.id,
        type: input.type,
        startedOn: input.startedOn,
        endedOn: input.endedOn ?? null,
        recordedBy: actor.name,
      });
      await appendCaseEvent(trx, {
        caseId: record.id,
        onDate: input.startedOn,
        kind: "intervention",
        level: record.level,
        details: { interventionId, type: input.type, endedOn: input.endedOn ?? null },
        actorName: actor.name,
      });
      return { interventionId };
    }),
);
