import { listOrganisationUnits } from "../../db/policy.repository.ts";
import { AGGREGATE_READERS } from "../../domain/access.ts";
import { forecastRound } from "../../domain/policy/forecast/goal-forecast.ts";
import { organisationUnitOf } from "../../domain/policy/goals/organisation.ts";
import { buildFromRound } from "../../domain/policy/report/build-committee-report.ts";
import { renderDocx } from "../../render/docx/render-docx.ts";
import { renderHtml } from "../../render/html/render-html.ts";
import { renderPdf } from "../../render/pdf/render-pdf.ts";
import { defineUseCase } from "../use-case.ts";
import { CONTENT_TYPES, fileBaseName, type RenderedFile } from "./rendered-file.ts";
import { type RoundRef, requireVisibleRound } from "./round-lookup.ts";
import { studentT } from "./student-t.ts";

export const REPORT_FORMATS = ["html", "docx", "pdf"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

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
    );
    const body =
      input.format === "html"
        ? Buffer.from(await renderHtml(model), "utf8")
        : input.format === "docx"
          ? await renderDocx(model)
          : await renderPdf(model);
    return {
      fileName: `${fileBaseName(round)}.${input.format}`,
      contentType: CONTENT_TYPES[input.format],
      body,
    };
  },
);
