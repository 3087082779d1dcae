import { formatPeriod } from "../../domain/policy/goals/period.ts";
import type { ReportingRound } from "../../domain/policy/report/reporting-round.ts";
import type { BudgetRow, IndicatorRow, StatusSchemaRow } from "../../domain/policy/report/round-tables.ts";

/**
 * The headed columns of a round's tables as people read them in a spreadsheet, in Danish. A
 * column is a header and a value per row; the CSV writer (src/formats/csv) takes them as they are.
 */
export interface TableColumn<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | null | undefined;
}

export const budgetColumns: readonly TableColumn<BudgetRow>[] = [
  { header: "Tabel", value: (r) => r.table },
  { header: "Linje-id", value: (r) => r.line },
  { header: "Linje", value: (r) => r.label },
  { header: "År", value: (r) => r.year },
  { header: "Beløb (kr.)", value: (r) => r.amount },
  { header: "Angivet i alt (kr.)", value: (r) => r.stated },
];

export const statusSchemaColumns: readonly TableColumn<StatusSchemaRow>[] = [
  { header: "Indsats-id", value: (r) => r.initiative.id },
  { header: "Indsats", value: (r) => r.initiative.name },
  { header: "Felt", value: (r) => r.label },
  { header: "Tekst", value: (r) => r.text },
];

export const indicatorColumns: readonly TableColumn<IndicatorRow>[] = [
  { header: "Mål", value: (r) => r.goal.code },
  { header: "Indikator-id", value: (r) => r.tracked.indicator.id },
  { header: "Indikator", value: (r) => r.tracked.indicator.name },
  { header: "Enhed", value: (r) => r.tracked.indicator.unit },
  { header: "Måltal", value: (r) => r.tracked.target?.value },
  { header: "Måltallets enhed", value: (r) => r.tracked.target?.unit },
  { header: "Frist", value: (r) => r.tracked.target?.deadline ?? r.goal.deadline },
  {
    header: "Periode",
    value: (r) => (r.measurement?.period ? formatPeriod(r.measurement.period) : undefined),
  },
  { header: "Værdi", value: (r) => r.measurement?.value },
  { header: "Kilde", value: (r) => r.measurement?.source },
];

export const initiativeColumns: readonly TableColumn<ReportingRound["initiatives"][number]>[] = [
  { header: "Indsats-id", value: (i) => i.id },
  { header: "Indsats", value: (i) => i.name },
  {
    header: "Skema",
    value: (i) => (i.statusReport.kind === "serving_goals" ? "bidrager til målene" : "ud over målene"),
  },
  { header: "Mål", value: (i) => i.goalLinks.map((g) => g.goalCode).join(", ") },
  { header: "Ny", value: (i) => (i.isNew ? "ja" : "nej") },
];
