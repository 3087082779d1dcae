import type { ReportingRound } from "../../domain/policy/report/reporting-round.ts";
import { roundChecklist } from "../../domain/policy/report/round-checklist.ts";
import type { BudgetWorkbook } from "./template.ts";

/**
 * What of a round goes into the template: the letterhead, the overview's lines, its footnotes, the
 * status fields, and the roll-forward's checklist.
 */
export function workbookFromRound(round: ReportingRound): BudgetWorkbook {
  const years = [...new Set(round.budget.tables.flatMap((t) => t.years))].sort((a, b) => a - b);
  return {
    years,
    tables: round.budget.tables.map((t) => ({ id: t.id, lines: t.lines })),
    footnotes: round.budget.footnotes,
    statusReports: round.initiatives.map((i) => ({
      initiativeId: i.id,
      kind: i.statusReport.kind,
      fields: i.statusReport.fields,
    })),
    header: {
      title: round.title,
      requestDate: round.requestDate,
      caseNumber: round.caseNumber,
      documentNumber: round.documentNumber,
      caseworker: round.caseworker,
      requestedByCode: round.requestedByCode,
    },
    checklist: roundChecklist(round).map(({ label, message }) => ({ label, message })),
  };
}
