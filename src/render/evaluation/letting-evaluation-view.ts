import { formatNumber } from "../../domain/format.ts";
import {
  columnLabels,
  type PublishedEvaluation,
  type PublishedRow,
} from "../../domain/register/evaluation/letting-evaluation.ts";

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
