import { formatNumber } from "../../format.ts";
import { seriesOf } from "../goals/measurement.ts";
import type { MovingPatternTable } from "../goals/moving-pattern-table.ts";
import { formatPeriod } from "../goals/period.ts";
import { targetLevel } from "../goals/target.ts";
import type { TrackedIndicator } from "../goals/tracked-indicator.ts";
import type { ChartView, TableView } from "./committee-report.ts";

function dataTable(
  id: string,
  caption: string,
  valueLabel: string,
  points: ChartView["points"],
  decimals: number,
): TableView {
  return {
    id: `${id}-data`,
    caption,
    columns: [
      { label: "Periode", align: "left" },
      { label: "Opgørelse", align: "left" },
      { label: valueLabel, align: "right" },
    ],
    rows: points.map((p) => ({
      cells: [{ text: p.label }, { text: p.group }, { text: formatNumber(p.value, decimals) }],
    })),
    footnotes: [],
  };
}

/** A bar per measurement of an indicator, with its target level as a rule when it can be computed. */
export function indicatorChart(tracked: TrackedIndicator): ChartView | null {
  const { indicator } = tracked;
  const points = tracked.measurements.flatMap((m) =>
    m.value === null || m.period === null
      ? []
      : [{ label: formatPeriod(m.period), value: m.value, group: seriesOf(m) ?? m.source }],
  );
  if (points.length === 0) return null;
  const level = tracked.target === null ? null : targetLevel(tracked.target);
  const reference =
    level === null || tracked.target === null
      ? null
      : { value: level, label: `Mål: ${tracked.target.statedUnitText}` };
  const id = `chart-${indicator.id}`;
  const valueLabel = indicator.unit;
  const listed = points
    .map((p) => `${p.label}: ${formatNumber(p.value, indicator.decimals)} ${indicator.unit}`)
    .join("; ");
  return {
    id,
    title: indicator.name,
    description: `${indicator.name}. ${listed}.${reference === null ? "" : ` ${reference.label} (${formatNumber(reference.value, indicator.decimals)}).`}`,
    valueLabel,
    decimals: indicator.decimals,
    points,
    reference,
    table: dataTable(id, `Tal bag figuren: ${indicator.name}`, valueLabel, points, indicator.decimals),
  };
}

/** The share column (percentage points) of the letting agreement's evaluation, by area type. */
export function movingPatternChart(table: MovingPatternTable): ChartView {
  const id = `chart-${table.id}`;
  const group = `${table.fromYear}–${table.toYear}`;
  const points = table.rows.map((r) => ({ label: r.label, value: r.shareChangePp, group }));
  const valueLabel = "Ændring i andel, %-point";
  return {
    id,
    title: `Ændring i andel på overførselsindkomst ${group}, %-point`,
    description: `Ændring i andelen af beboere på overførselsindkomst ${group} efter områdetype: ${points
      .map((p) => `${p.label} ${formatNumber(p.value, 1)}`)
      .join("; ")} %-point.`,
    valueLabel,
    decimals: 1,
    points,
    reference: null,
    table: dataTable(id, "Tal bag figuren: ændring i andel efter områdetype", valueLabel, points, 1),
  };
}
