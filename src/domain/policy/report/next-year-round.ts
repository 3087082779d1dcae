import type { BudgetTable, YearCells } from "../budget/budget-overview.ts";
import type { GoalAssessment } from "../goals/goal-assessment.ts";
import type { IsoDate } from "../goals/period.ts";
import { type RichText, richTextToPlain } from "../goals/rich-text.ts";
import { statusField } from "../initiatives/status-report.ts";
import { statusFieldKeys } from "../initiatives/status-report-layout.ts";
import type { PendingReview } from "./pending-review.ts";
import type { ReportingRound } from "./reporting-round.ts";
import { roundTextFields } from "./round-parts.ts";

export interface NextRoundRequest {
  readonly committee: string;
  readonly year: number;
  readonly requestDate: IsoDate;
  readonly deadline: IsoDate | null;
}

/** What an assessment says until the committee has assessed the goal this year. */
export const NOT_YET_ASSESSED = "Målet er endnu ikke vurderet i år.";

/** Cells of the years still in the table; the new year starts blank. */
function cellsIn(cells: YearCells, years: ReadonlySet<string>): YearCells {
  return Object.fromEntries(Object.entries(cells).filter(([year]) => years.has(year)));
}

/**
 * The overview a year on: every table's years move one year (2008–2010 becomes 2009–2011), the
 * amounts of the years still shown stay under their year, the new year is blank for entry, and
 * the totals last year's report printed are gone (this year's report prints the computed ones).
 */
export function shiftedTable(table: BudgetTable): BudgetTable {
  const years = table.years.map((y) => y + 1);
  const kept = new Set(years.map(String));
  return {
    ...table,
    years,
    lines: table.lines.map((line) => ({
      ...line,
      cells: cellsIn(line.cells, kept),
      // A sum the report never split by year stands for its period, not for the table's years.
      statedTotal: line.distribution.kind === "not_distributed" ? line.statedTotal : null,
      subLines: line.subLines.map((sub) => ({ ...sub, cells: cellsIn(sub.cells, kept) })),
    })),
    // Last year's printed totals are not this year's: the new report prints what udsyn computes.
    statedYearTotals: {},
    statedGrandTotal: null,
  };
}

/** The texts of a round a person wrote for one year, each with the key its checklist item names. */
export function yearBoundTexts(
  round: ReportingRound,
): readonly { readonly key: string; readonly text: string }[] {
  const rich = (key: string, value: RichText) => ({ key, text: richTextToPlain(value) });
  const assessmentTexts = (a: GoalAssessment) => [
    { key: `assessment.${a.goalCode}.heading`, text: a.heading },
    { key: `assessment.${a.goalCode}.statusBasis`, text: a.statusBasis },
    {
      key: `assessment.${a.goalCode}.body`,
      text: a.body.map((b) => (b.kind === "evidence" ? "" : richTextToPlain([b]))).join(" "),
    },
    { key: `assessment.${a.goalCode}.recommendationText`, text: a.recommendationText },
  ];
  return [
    ...roundTextFields.map((field) => {
      const [head, heading] = field.split(".") as [
        string,
        keyof ReportingRound["sectionHeadings"] | undefined,
      ];
      return heading === undefined
        ? rich(field, round[head as "introduction" | "assessmentIntroduction"])
        : { key: field, text: round.sectionHeadings[heading] };
    }),
    ...round.goals.map((g) => ({ key: `goal.${g.code}.text`, text: g.text })),
    ...round.assessments.flatMap(assessmentTexts),
    ...round.initiatives.flatMap((i) =>
      statusFieldKeys(i.statusReport.kind).map((field) =>
        rich(`initiative.${i.id}.${field}`, statusField(i.statusReport, field) ?? []),
      ),
    ),
  ];
}

/**
 * A new year's round starts from the committee's newest earlier round: the same goals,
 * indicators, measurements and initiatives, rolled forward. The title names the new year; the
 * overview's years move on; the case and document numbers are cleared for entry; every goal
 * starts "not yet assessed"; and every text that names the old year is flagged for review, one
 * item per field, on the round's checklist (`pendingReview`). `sourceYear` is the year the
 * earlier round is stored under.
 */
export function nextYearContent(
  source: ReportingRound,
  sourceYear: number,
  request: NextRoundRequest,
): ReportingRound {
  const rolled: ReportingRound = {
    ...source,
    id: `${request.committee.toLowerCase()}-${request.year}`,
    year: request.year,
    requestDate: request.requestDate,
    caseNumber: null,
    documentNumber: null,
    title: source.title.replaceAll(String(sourceYear), String(request.year)),
    assessments: source.assessments.map((a) => ({
      ...a,
      status: "not_yet_assessable",
      statusBasis: NOT_YET_ASSESSED,
    })),
    budget: { ...source.budget, tables: source.budget.tables.map(shiftedTable) },
  };
  const oldYear = new RegExp(`(^|\\D)${sourceYear}(\\D|$)`);
  const pendingReview: PendingReview[] = [
    { key: "caseNumber", reason: "entry" },
    { key: "documentNumber", reason: "entry" },
    ...source.assessments.map(
      (a): PendingReview => ({ key: `assessment.${a.goalCode}.status`, reason: "assessment" }),
    ),
    ...yearBoundTexts(rolled)
      .filter((t) => oldYear.test(t.text))
      .map((t): PendingReview => ({ key: t.key, reason: "old_year", year: sourceYear })),
  ];
  return { ...rolled, pendingReview };
}
