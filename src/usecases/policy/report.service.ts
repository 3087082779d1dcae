import type { Kysely } from "kysely";
import type { RoundRecord } from "../../db/policy.repository.ts";
import type { Database } from "../../db/schema.ts";
import { computeTableTotals } from "../../domain/policy/budget/budget-totals.ts";
import { formatPeriod } from "../../domain/policy/goals/period.ts";
import { richTextToText } from "../../domain/policy/goals/rich-text-editable.ts";
import { statusField } from "../../domain/policy/initiatives/status-report.ts";
import { statusFieldKeys, statusFieldLabel } from "../../domain/policy/initiatives/status-report-layout.ts";
import { buildFromRound } from "../../domain/policy/report/build-committee-report.ts";
import { type CsvColumn, findingColumns, toCsv } from "../../formats/csv/csv-export.ts";
import { exportWorkbook } from "../../formats/xlsx/export-workbook.ts";
import { workbookFromRound } from "../../formats/xlsx/workbook-from-round.ts";
import { renderDocx } from "../../render/docx/render-docx.ts";
import { renderHtml } from "../../render/html/render-html.ts";
import { renderPdf } from "../../render/pdf/render-pdf.ts";
import { findingsOf, reportData } from "./round.service.ts";

export const REPORT_FORMATS = ["html", "docx", "pdf"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderedFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Buffer;
}

const CONTENT_TYPES: Readonly<Record<ReportFormat | "xlsx" | "csv", string>> = {
  html: "text/html; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

function baseName(round: RoundRecord): string {
  return `redegoerelse-${round.committeeCode.toLowerCase()}-${round.year}-v${round.version}`;
}

/** The committee report of a round, generated from its data with no manual step. */
export async function renderReport(
  db: Kysely<Database>,
  round: RoundRecord,
  format: ReportFormat,
): Promise<RenderedFile> {
  const model = buildFromRound(await reportData(db, round), round.content);
  const body =
    format === "html"
      ? Buffer.from(await renderHtml(model), "utf8")
      : format === "docx"
        ? await renderDocx(model)
        : await renderPdf(model);
  return { fileName: `${baseName(round)}.${format}`, contentType: CONTENT_TYPES[format], body };
}

export async function exportRoundXlsx(round: RoundRecord): Promise<RenderedFile> {
  const body = await exportWorkbook(workbookFromRound(round.content), { year: round.year });
  return { fileName: `${baseName(round)}.xlsx`, contentType: CONTENT_TYPES.xlsx, body };
}

export const CSV_TABLES = ["budget", "findings", "initiatives", "status-schemas", "indicators"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

interface BudgetRow {
  readonly table: string;
  readonly line: string;
  readonly label: string;
  readonly year: number | "I alt";
  readonly amount: number | null;
  readonly stated: number | null;
}

/** Every table of a round as CSV for Danish Excel: the overview (computed totals), the findings, the initiatives. */
export function exportRoundCsv(round: RoundRecord, table: CsvTable): RenderedFile {
  let text: string;
  if (table === "findings") {
    text = toCsv(findingsOf(round), findingColumns);
  } else if (table === "status-schemas") {
    const rows = round.content.initiatives.flatMap((i) =>
      statusFieldKeys(i.statusReport.kind).map((key) => ({
        initiative: i,
        key,
        label: statusFieldLabel(i.statusReport.kind, key, round.year),
        text: richTextToText(statusField(i.statusReport, key) ?? []),
      })),
    );
    text = toCsv(rows, [
      { header: "Indsats-id", value: (r) => r.initiative.id },
      { header: "Indsats", value: (r) => r.initiative.name },
      { header: "Felt", value: (r) => r.label },
      { header: "Tekst", value: (r) => r.text },
    ]);
  } else if (table === "indicators") {
    const rows = round.content.goals.flatMap((goal) =>
      goal.indicators.flatMap((tracked) =>
        (tracked.measurements.length === 0 ? [undefined] : tracked.measurements).map((measurement) => ({
          goal,
          tracked,
          measurement,
        })),
      ),
    );
    text = toCsv(rows, [
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
    ]);
  } else if (table === "initiatives") {
    const columns: CsvColumn<RoundRecord["content"]["initiatives"][number]>[] = [
      { header: "Indsats-id", value: (i) => i.id },
      { header: "Indsats", value: (i) => i.name },
      {
        header: "Skema",
        value: (i) => (i.statusReport.kind === "serving_goals" ? "bidrager til målene" : "ud over målene"),
      },
      { header: "Mål", value: (i) => i.goalLinks.map((g) => g.goalCode).join(", ") },
      { header: "Ny", value: (i) => (i.isNew ? "ja" : "nej") },
    ];
    text = toCsv(round.content.initiatives, columns);
  } else {
    const rows: BudgetRow[] = round.content.budget.tables.flatMap((t) => {
      const totals = computeTableTotals(t);
      return t.lines.flatMap((l) => [
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
          year: "I alt" as const,
          amount: totals.lineTotals[l.id] ?? null,
          stated: l.statedTotal?.amount ?? null,
        },
      ]);
    });
    text = toCsv(rows, [
      { header: "Tabel", value: (r) => r.table },
      { header: "Linje-id", value: (r) => r.line },
      { header: "Linje", value: (r) => r.label },
      { header: "År", value: (r) => r.year },
      { header: "Beløb (kr.)", value: (r) => r.amount },
      { header: "Angivet i alt (kr.)", value: (r) => r.stated },
    ]);
  }
  return {
    fileName: `${baseName(round)}-${table}.csv`,
    contentType: CONTENT_TYPES.csv,
    body: Buffer.from(text, "utf8"),
  };
}
