import { DomainError, type Issue } from "../../domain/errors.ts";
import type { BudgetLine, BudgetTable } from "../../domain/policy/budget/budget-overview.ts";
import type { Initiative } from "../../domain/policy/initiatives/initiative.ts";
import type { StatusReport } from "../../domain/policy/initiatives/status-report.ts";
import type { ReportingRound } from "../../domain/policy/report/reporting-round.ts";
import type { BudgetWorkbook } from "./template.ts";

/** Keeps what the template does not carry (printed texts, funding sources) where the amount is unchanged. */
function mergeLine(imported: BudgetLine, existing: BudgetLine | undefined): BudgetLine {
  if (existing === undefined) return imported;
  // An empty cell and a missing one mean the same; keep the round's explicit blanks.
  const blanks = Object.entries(existing.cells).filter(
    ([year, cell]) => cell.kind === "blank" && !(year in imported.cells),
  );
  const cells = Object.fromEntries([
    ...blanks,
    ...Object.entries(imported.cells).map(([year, cell]) => {
      const before = existing.cells[year];
      return [
        year,
        cell.kind === "amount" && before?.kind === "amount" && before.amount === cell.amount ? before : cell,
      ] as const;
    }),
  ]);
  const statedTotal =
    imported.statedTotal !== null && existing.statedTotal?.amount === imported.statedTotal.amount
      ? existing.statedTotal
      : imported.statedTotal;
  return { ...imported, cells, statedTotal, fundingSources: existing.fundingSources };
}

/**
 * A round with an imported template applied: the overview's lines, the footnotes and the status
 * fields replaced by the workbook's. All or nothing: a table, initiative or layout the round does
 * not have refuses the whole workbook. Run `reportingRoundSchema` and `validateReport` after.
 */
export function mergeWorkbookIntoRound(round: ReportingRound, workbook: BudgetWorkbook): ReportingRound {
  const issues: Issue[] = [];
  const tables = new Map(round.budget.tables.map((t) => [t.id, t]));
  for (const table of workbook.tables) {
    if (!tables.has(table.id))
      issues.push({
        source: "Økonomi",
        field: "Tabel",
        message: `tabellen ${table.id} findes ikke i redegørelsen`,
        en: `the table ${table.id} is not in the report`,
      });
  }
  const initiatives = new Map(round.initiatives.map((i) => [i.id, i]));
  for (const report of workbook.statusReports) {
    const initiative = initiatives.get(report.initiativeId);
    if (initiative === undefined) {
      issues.push({
        source: "Statusskemaer",
        field: "Indsats-id",
        message: `indsatsen ${report.initiativeId} findes ikke i redegørelsen`,
        en: `the initiative ${report.initiativeId} is not in the report`,
      });
    } else if (initiative.statusReport.kind !== report.kind) {
      issues.push({
        source: "Statusskemaer",
        field: "Felt",
        message: `${report.initiativeId} har et andet statusskema i redegørelsen`,
        en: `${report.initiativeId} has another status form in the report`,
      });
    }
  }
  if (issues.length > 0)
    throw new DomainError(
      "invalid_input",
      {
        da: "Regnearket passer ikke til redegørelsen; intet er indlæst.",
        en: "The spreadsheet does not fit the report; nothing has been imported.",
      },
      issues,
    );

  const imported = new Map(workbook.tables.map((t) => [t.id, t]));
  const budgetTables = round.budget.tables.map((table): BudgetTable => {
    const replacement = imported.get(table.id);
    if (replacement === undefined) return table;
    const existing = new Map(table.lines.map((l) => [l.id, l]));
    return {
      ...table,
      years: workbook.years,
      lines: replacement.lines.map((l) => mergeLine(l, existing.get(l.id))),
    };
  });
  const reports = new Map(workbook.statusReports.map((r) => [r.initiativeId, r]));
  const mergedInitiatives = round.initiatives.map((initiative): Initiative => {
    const report = reports.get(initiative.id);
    if (report === undefined) return initiative;
    const statusReport = {
      ...initiative.statusReport,
      fields: { ...initiative.statusReport.fields, ...report.fields },
    } as StatusReport;
    return { ...initiative, statusReport };
  });
  return {
    ...round,
    // The letterhead as the secretary filled it in (a template without it leaves the round's).
    ...(workbook.header ?? {}),
    initiatives: mergedInitiatives,
    budget: { ...round.budget, tables: budgetTables, footnotes: workbook.footnotes },
  };
}
