import { formatMillions } from "../../format.ts";
import type { BudgetCell, BudgetTable, Footnote } from "../budget/budget-overview.ts";
import { cellOf } from "../budget/budget-overview.ts";
import { computeTableTotals } from "../budget/budget-totals.ts";
import type { CellView, RowView, TableView } from "./committee-report.ts";

const discrepancyMarker = "†";
const exclusionMarker = "‡";

function cellText(cell: BudgetCell): string {
  switch (cell.kind) {
    case "amount":
      return formatMillions(cell.amount);
    case "dash":
      return "-";
    case "blank":
      return "";
  }
}

/**
 * One overview table in mio. kr. with two decimals (`85,35`). Line totals, year totals and the
 * grand total are computed; where the report stated something else, a note says what it stated.
 */
export function budgetTableView(
  table: BudgetTable,
  footnotes: readonly Footnote[],
  index: number,
): TableView {
  const totals = computeTableTotals(table);
  const notes: { marker: string; text: string }[] = [];
  const discrepancies: string[] = [];
  const exclusions: string[] = [];

  const rows: RowView[] = table.lines.flatMap((line): RowView[] => {
    const computed = totals.lineTotals[line.id] ?? 0;
    const excluded = line.distribution.kind === "not_distributed";
    let marker: string | undefined = line.footnoteMarkers.join("") || undefined;
    if (
      line.distribution.kind === "by_year" &&
      line.statedTotal !== null &&
      line.statedTotal.amount !== computed
    ) {
      marker = `${marker ?? ""}${discrepancyMarker}`;
      discrepancies.push(
        `${line.label}: beregnet ${formatMillions(computed)}, redegørelsen angav ${formatMillions(line.statedTotal.amount)}`,
      );
    }
    if (excluded) exclusions.push(`${line.label} (${formatMillions(computed)})`);
    const totalCell: CellView =
      marker === undefined ? { text: formatMillions(computed) } : { text: formatMillions(computed), marker };
    const main = {
      cells: [
        { text: line.label },
        ...table.years.map((y): CellView => ({ text: cellText(cellOf(line.cells, y)) })),
        totalCell,
      ],
    };
    // A sub-line the overview gives no amount for adds nothing to read.
    const subs = line.subLines
      .filter((sub) => Object.values(sub.cells).some((c) => c.kind === "amount"))
      .map(
        (sub): RowView => ({
          cells: [
            { text: `heraf ${sub.label}` },
            ...table.years.map((y): CellView => ({ text: cellText(cellOf(sub.cells, y)) })),
            { text: "" },
          ],
          emphasis: "sub",
        }),
      );
    return [main, ...subs];
  });

  const hasExclusions = exclusions.length > 0;
  const grand: CellView = hasExclusions
    ? { text: formatMillions(totals.grandTotal), marker: exclusionMarker }
    : { text: formatMillions(totals.grandTotal) };
  rows.push({
    cells: [
      { text: "I alt" },
      ...table.years.map((y): CellView => ({ text: formatMillions(totals.yearTotals[String(y)] ?? 0) })),
      grand,
    ],
    emphasis: "total",
  });

  const usedMarkers = new Set(table.lines.flatMap((l) => l.footnoteMarkers));
  for (const footnote of footnotes) if (usedMarkers.has(footnote.marker)) notes.push(footnote);
  if (discrepancies.length > 0) {
    notes.push({
      marker: discrepancyMarker,
      text: `I alt er beregnet som summen af årene. ${discrepancies.join("; ")}.`,
    });
  }
  if (hasExclusions) {
    notes.push({
      marker: exclusionMarker,
      text: `I alt er summen af årene; ${exclusions.join(", ")} er ikke fordelt på år og indgår derfor ikke.`,
    });
  }

  return {
    id: `oekonomi-${table.id}`,
    caption: `Tabel ${index}. ${table.title} (mio. kr.)`,
    columns: [
      { label: "Indsats", align: "left" },
      ...table.years.map((y) => ({ label: String(y), align: "right" as const })),
      { label: "I alt", align: "right" },
    ],
    rows,
    footnotes: notes,
  };
}
