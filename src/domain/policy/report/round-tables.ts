import { computeTableTotals } from "../budget/budget-totals.ts";
import { richTextToText } from "../goals/rich-text-editable.ts";
import { statusField } from "../initiatives/status-report.ts";
import {
  type StatusFieldKey,
  statusFieldKeys,
  statusFieldLabel,
} from "../initiatives/status-report-layout.ts";
import type { ReportingRound } from "./reporting-round.ts";

/**
 * A round's content flattened into rows, one table each, for exports a spreadsheet reads
 * (the CSV files). Their columns and headers are presentation: src/render/tables/.
 */

type Goal = ReportingRound["goals"][number];
type Tracked = Goal["indicators"][number];
type Initiative = ReportingRound["initiatives"][number];

/** One cell of the overview, or a line's total: udsyn's computed total beside the one stated. */
export interface BudgetRow {
  readonly table: string;
  readonly line: string;
  readonly label: string;
  readonly year: number | "I alt";
  readonly amount: number | null;
  readonly stated: number | null;
}

/** Each line's year cells, then its total (computed) with the total the report states. */
export function budgetRows(content: ReportingRound): BudgetRow[] {
  return content.budget.tables.flatMap((t) => {
    const totals = computeTableTotals(t);
    return t.lines.flatMap((l): BudgetRow[] => [
      ...t.years.map((year) => {
        const cell = l.cells[String(year)];
        return {
          table: t.id,
          line: l.id,
          label: l.label,
          year,
          amount: cell?.kind === "amount" ? cell.amount : null,
          stated: null,
        };
      }),
      {
        table: t.id,
        line: l.id,
        label: l.label,
        year: "I alt",
        amount: totals.lineTotals[l.id] ?? null,
        stated: l.statedTotal?.amount ?? null,
      },
    ]);
  });
}

/** One field of one initiative's status schema, labelled as the schema prints it for `year`. */
export interface StatusSchemaRow {
  readonly initiative: Initiative;
  readonly key: StatusFieldKey;
  readonly label: string;
  readonly text: string;
}

export function statusSchemaRows(content: ReportingRound, year: number): StatusSchemaRow[] {
  return content.initiatives.flatMap((i) =>
    statusFieldKeys(i.statusReport.kind).map((key) => ({
      initiative: i,
      key,
      label: statusFieldLabel(i.statusReport.kind, key, year),
      text: richTextToText(statusField(i.statusReport, key) ?? []),
    })),
  );
}

/** One measurement of one goal's indicator; an indicator without measurements still has a row. */
export interface IndicatorRow {
  readonly goal: Goal;
  readonly tracked: Tracked;
  readonly measurement: Tracked["measurements"][number] | undefined;
}

export function indicatorRows(content: ReportingRound): IndicatorRow[] {
  return content.goals.flatMap((goal) =>
    goal.indicators.flatMap((tracked) =>
      (tracked.measurements.length === 0 ? [undefined] : tracked.measurements).map((measurement) => ({
        goal,
        tracked,
        measurement,
      })),
    ),
  );
}
