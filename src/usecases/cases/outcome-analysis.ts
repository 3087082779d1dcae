import { listAssessments, listInterventions, personBirthYears } from "../../db/cases.repository.ts";
import { CASE_AGGREGATE_READERS } from "../../domain/cases/case-access.ts";
import { analyseOutcomes, MATCHING, type OutcomeCell } from "../../domain/cases/outcome-analysis.ts";
import { todayOf } from "../../domain/law/clock.ts";
import { toCsv } from "../../formats/csv/csv-export.ts";
import { studentT } from "../policy/student-t.ts";
import { defineUseCase } from "../use-case.ts";
import { caseCatalogue } from "./case-support.ts";

export interface OutcomeReport {
  readonly asOf: string;
  readonly matching: typeof MATCHING;
  readonly parameters: readonly {
    readonly key: string;
    readonly name: string;
    readonly higherIsBetter: boolean;
  }[];
  readonly interventionTypes: readonly { readonly key: string; readonly name: string }[];
  readonly cells: readonly OutcomeCell[];
}

/**
 * Outcome monitoring: change per parameter by intervention type, and the matched comparison
 * (method in src/domain/cases/outcome-analysis.ts). Aggregates only, cells under 5 suppressed,
 * so the leader groups and analysts may read it; not audited as a read of persons.
 */
export const analyseCaseOutcomes = defineUseCase(
  "se effektmålingen af indsatser for unge",
  CASE_AGGREGATE_READERS,
  async (ctx): Promise<OutcomeReport> => {
    const catalogue = await caseCatalogue(ctx.db);
    const [assessments, interventions, birthYears] = [
      await listAssessments(ctx.db),
      await listInterventions(ctx.db),
      await personBirthYears(ctx.db),
    ];
    const cells = analyseOutcomes(
      {
        parameters: catalogue.parameters,
        interventionTypes: catalogue.interventionTypes,
        birthYears,
        assessments,
        interventions,
      },
      studentT,
    );
    return {
      asOf: todayOf(ctx.clock),
      matching: MATCHING,
      parameters: catalogue.parameters.map((p) => ({
        key: p.key,
        name: p.name,
        higherIsBetter: p.higherIsBetter,
      })),
      interventionTypes: catalogue.interventionTypes,
      cells,
    };
  },
);

/** A withheld count as the CSV shows it (the cell's own "under 5"). */
const underMinimum = (n: number | "under_minimum") => (n === "under_minimum" ? "under 5" : n);

const round = (x: number | undefined) =>
  x === undefined || Number.isNaN(x) ? null : Math.round(x * 100) / 100;

/** The aggregates as CSV for Danish Excel: one row per intervention and parameter. */
export function outcomeCsv(report: OutcomeReport): string {
  const name = (list: readonly { key: string; name: string }[], key: string) =>
    list.find((i) => i.key === key)?.name ?? key;
  return toCsv(report.cells, [
    { header: "Indsats", value: (c) => name(report.interventionTypes, c.intervention) },
    { header: "Parameter", value: (c) => name(report.parameters, c.parameter) },
    { header: "Højere er bedre", value: (c) => (c.higherIsBetter ? "ja" : "nej") },
    { header: "Antal unge", value: (c) => (c.suppressed ? "under 5" : c.treated.n) },
    { header: "Gns. ændring", value: (c) => (c.suppressed ? null : round(c.treated.mean)) },
    { header: "95 % KI nedre", value: (c) => (c.suppressed ? null : round(c.treated.ciLow)) },
    { header: "95 % KI øvre", value: (c) => (c.suppressed ? null : round(c.treated.ciHigh)) },
    {
      header: "Matchede par",
      value: (c) => (c.suppressed || c.matched === null ? null : underMinimum(c.matched.n)),
    },
    { header: "Forskel mod matchede", value: (c) => (c.suppressed ? null : round(c.matched?.mean)) },
    { header: "Forskel 95 % KI nedre", value: (c) => (c.suppressed ? null : round(c.matched?.ciLow)) },
    { header: "Forskel 95 % KI øvre", value: (c) => (c.suppressed ? null : round(c.matched?.ciHigh)) },
    { header: "Uden match", value: (c) => (c.suppressed ? null : underMinimum(c.unmatched)) },
  ]);
}
