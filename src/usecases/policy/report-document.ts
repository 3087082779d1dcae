import { listOrganisationUnits } from "../../db/policy.repository.ts";
import { findEvaluationBatch } from "../../db/register-evaluation.repository.ts";
import { AGGREGATE_READERS } from "../../domain/access.ts";
import { watchReportBlocks } from "../../domain/areas/watch/watch-table.ts";
import { DomainError } from "../../domain/errors.ts";
import { forecastRound } from "../../domain/policy/forecast/goal-forecast.ts";
import { organisationUnitOf } from "../../domain/policy/goals/organisation.ts";
import { areaGoalCode, buildFromRound } from "../../domain/policy/report/build-committee-report.ts";
import {
  evaluationReportBlocks,
  type ReportLettingEvaluation,
} from "../../domain/register/evaluation/evaluation-view.ts";
import type { Actor } from "../actor.ts";
import { evaluateLettingAgreement } from "../register/evaluate-letting-agreement.ts";
import { defineUseCase, type UseCaseContext } from "../use-case.ts";
import { CONTENT_TYPES, fileBaseName, type RenderedFile } from "./rendered-file.ts";
import { reportAreaWatch } from "./report-area-watch.ts";
import type { ReportFormat } from "./round-file-kinds.ts";
import { type RoundRef, requireVisibleRound } from "./round-lookup.ts";
import { studentT } from "./student-t.ts";

/**
 * The letting-agreement evaluation the report prints under the area goal: the newest register
 * batch, from four to two years before the round's year (the 2010 report evaluated 2006-2008:
 * register years are final about two years after). Nothing when no register data is imported;
 * a sentence when the batch cannot give those years.
 */
async function reportLettingEvaluation(
  ctx: UseCaseContext,
  actor: Actor,
  year: number,
): Promise<ReportLettingEvaluation | undefined> {
  if ((await findEvaluationBatch(ctx.db, undefined)) === undefined) return undefined;
  try {
    const evaluation = await evaluateLettingAgreement(ctx, actor, { from: year - 4, to: year - 2 });
    return { kind: "evaluation", evaluation };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { kind: "unavailable", reason: `evalueringen kan ikke beregnes: ${error.message}.` };
  }
}

const evaluationBlocks = (evaluation: ReportLettingEvaluation | undefined) =>
  evaluation === undefined ? [] : evaluationReportBlocks(evaluation);

export { REPORT_FORMATS, type ReportFormat } from "./round-file-kinds.ts";

type ReportModel = ReturnType<typeof buildFromRound>;

/**
 * Each format's renderer, loaded when a report in that format is asked for: pdfmake, docx and
 * Vega take seconds to load, and every CLI verb would pay for them at start-up otherwise.
 */
const RENDERERS: Readonly<Record<ReportFormat, (model: ReportModel) => Promise<Buffer>>> = {
  html: async (model) =>
    Buffer.from(await (await import("../../render/html/render-html.ts")).renderHtml(model), "utf8"),
  docx: async (model) => (await import("../../render/docx/render-docx.ts")).renderDocx(model),
  pdf: async (model) => (await import("../../render/pdf/render-pdf.ts")).renderPdf(model),
};

/** The committee report of a round, generated from its data with no manual step. */
export const reportDocument = defineUseCase(
  "danne en redegørelse",
  AGGREGATE_READERS,
  async (ctx, actor, input: RoundRef & { readonly format: ReportFormat }): Promise<RenderedFile> => {
    const round = await requireVisibleRound(ctx.db, actor, input);
    // The report names committees and administrations, so it needs the organisation besides the round.
    const organisations = (await listOrganisationUnits(ctx.db)).map(organisationUnitOf);
    const model = buildFromRound(
      { organisations, rounds: [round.content] },
      round.content,
      forecastRound(round.content, studentT),
      areaGoalCode(round.content) === undefined
        ? undefined
        : [
            ...watchReportBlocks(await reportAreaWatch(ctx, round.content.requestDate)),
            ...evaluationBlocks(await reportLettingEvaluation(ctx, actor, round.year)),
          ],
    );
    const body = await RENDERERS[input.format](model);
    return {
      fileName: `${fileBaseName(round)}.${input.format}`,
      contentType: CONTENT_TYPES[input.format],
      body,
    };
  },
);
