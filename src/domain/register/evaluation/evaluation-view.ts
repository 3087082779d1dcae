import { formatNumber } from "../../format.ts";
import type { TableView, ViewBlock } from "../../policy/report/committee-report.ts";
import { columnLabels, type PublishedEvaluation, type PublishedRow } from "./letting-evaluation.ts";

/** "–" for a withheld cell, as the table's note explains. */
export const WITHHELD = "–";

/** A change in persons, signed the way the seed writes it: +64, -69, 0. */
export function signedCount(value: number | null): string {
  if (value === null) return WITHHELD;
  return value > 0 ? `+${formatNumber(value)}` : formatNumber(value);
}

/** Percentage points with one decimal and the Danish comma: -3,9. */
export function signedPoints(value: number | null): string {
  if (value === null) return WITHHELD;
  return value > 0 ? `+${formatNumber(value, 1)}` : formatNumber(value, 1);
}

export function percentText(value: number | null): string {
  return value === null ? WITHHELD : `${formatNumber(value, 1)} %`;
}

export const changeTableHead = [
  "Område",
  columnLabels.fullyVacated,
  columnLabels.notFullyVacated,
  columnLabels.total,
  columnLabels.shareChangePp,
] as const;

export function changeTableRows(evaluation: PublishedEvaluation): string[][] {
  return [...evaluation.rows, evaluation.all].map((row) => [
    row.label,
    signedCount(row.fullyVacated),
    signedCount(row.notFullyVacated),
    signedCount(row.total),
    signedPoints(row.shareChangePp),
  ]);
}

export const shareTableHead = (e: PublishedEvaluation) =>
  [
    "Område",
    `Alle ${e.from}`,
    `Alle ${e.to}`,
    `Totaltømte ${e.from}`,
    `Totaltømte ${e.to}`,
    `Ikke-totaltømte ${e.from}`,
    `Ikke-totaltømte ${e.to}`,
    `Indflyttere ${e.to}`,
    `Fraflyttere ${e.from}`,
    `Fastboende ${e.from}`,
    `Fastboende ${e.to}`,
  ] as const;

export function shareTableRow(row: PublishedRow): string[] {
  return [
    row.label,
    percentText(row.share.from),
    percentText(row.share.to),
    percentText(row.fullyVacatedShare.from),
    percentText(row.fullyVacatedShare.to),
    percentText(row.notFullyVacatedShare.from),
    percentText(row.notFullyVacatedShare.to),
    percentText(row.moverInShare),
    percentText(row.moverOutShare),
    percentText(row.stayerShare.from),
    percentText(row.stayerShare.to),
  ];
}

export function evaluationTitle(e: PublishedEvaluation): string {
  return `Ændring i antal og andel personer på overførselsindkomst efter områdetype og flyttemønster ${e.from}-${e.to}`;
}

/** The evaluation as the committee report gets it: computed, or why it could not be. */
export type ReportLettingEvaluation =
  | { readonly kind: "evaluation"; readonly evaluation: PublishedEvaluation }
  | { readonly kind: "unavailable"; readonly reason: string };

/**
 * The seed's table (change in persons on transfer income by area type, split by dwelling class)
 * as the committee report prints it under the area goal, after the watch list: a sentence naming
 * the batch and the years, the table with "Alle" as its total row, the definitions and the
 * suppression notes as footnotes. Without an evaluation, one sentence saying why.
 */
export function evaluationReportBlocks(report: ReportLettingEvaluation): ViewBlock[] {
  if (report.kind === "unavailable")
    return [{ kind: "paragraph", text: `Evaluering af udlejningsaftalen: ${report.reason}` }];
  const e = report.evaluation;
  const rows = changeTableRows(e);
  const table: TableView = {
    id: "udlejningsevaluering",
    caption: evaluationTitle(e),
    headerGroups: [
      { label: "", span: 1 },
      { label: "Ændring i antal personer på overførselsindkomst", span: 3 },
      { label: "", span: 1 },
    ],
    columns: changeTableHead.map((label, i) => ({ label, align: i === 0 ? "left" : "right" })),
    rows: rows.map((cells, i) => ({
      cells: cells.map((text) => ({ text })),
      ...(i === rows.length - 1 ? { emphasis: "total" as const } : {}),
    })),
    footnotes: [...e.definition.text, ...e.notes].map((text) => ({ marker: "", text })),
  };
  return [
    {
      kind: "paragraph",
      text: `Evaluering af udlejningsaftalen ${e.from}-${e.to}, beregnet af udsyn fra registerudtrækket »${e.batch.name}«: ændringen i antallet af personer på overførselsindkomst efter områdetype, delt på netto-flytningen i totaltømte boliger og ændringen i boliger, der ikke blev totaltømt. Celler med under ${e.minimumCellPersons} personer er udeladt (–).`,
    },
    { kind: "table", table },
  ];
}
