import { formatDate, formatNumber } from "../../format.ts";
import type { GoalForecast } from "../forecast/forecast-schema.ts";
import { assessmentStatusLabels, type GoalAssessment } from "../goals/goal-assessment.ts";
import type { MovingPatternTable } from "../goals/moving-pattern-table.ts";
import { formatPeriod } from "../goals/period.ts";
import type { PolicyGoal } from "../goals/policy-goal.ts";
import type { Target } from "../goals/target.ts";
import { indicatorChart, movingPatternChart } from "./chart-view.ts";
import type { ChartView, GoalAssessmentView, TableView, ViewBlock } from "./committee-report.ts";
import { goalForecastViews } from "./forecast-view.ts";

function signed(value: number, decimals = 0): string {
  const text = formatNumber(value, decimals);
  return value > 0 ? `+${text}` : text;
}

/** The evaluation table as the report prints it: two header rows, signed numbers. */
export function movingPatternTableView(table: MovingPatternTable): TableView {
  return {
    id: table.id,
    caption: table.title,
    headerGroups: [
      { label: "Område", span: 1 },
      { label: "Antal personer", span: 3 },
      { label: "Andel", span: 1 },
    ],
    columns: [
      { label: "Områdetype", align: "left" },
      { label: "Netto-flytning", align: "right" },
      { label: "Ikke-tømte boliger", align: "right" },
      { label: "I alt", align: "right" },
      { label: "%-point", align: "right" },
    ],
    rows: table.rows.map((r) => ({
      cells: [
        { text: r.label },
        { text: signed(r.netMoving) },
        { text: signed(r.notFullyVacated) },
        { text: signed(r.total) },
        { text: signed(r.shareChangePp, 1) },
      ],
      ...(r.areaType === "all" ? { emphasis: "total" as const } : {}),
    })),
    footnotes: [],
  };
}

function targetText(target: Target | null, decimals: number): string {
  if (target === null) return "Intet mål fastsat";
  const unit =
    target.unit === "percentage_points"
      ? " %-point"
      : target.unit === "percent" || target.unit === "percent_of_baseline"
        ? " %"
        : "";
  const verb: Record<Target["comparison"], string> = {
    at_least: "mindst",
    at_most: "højst",
    equal: "",
    reduce_by: "reduceres med",
    increase_by: "øges med",
  };
  return `${verb[target.comparison]} ${formatNumber(target.value, target.value % 1 === 0 ? 0 : decimals)}${unit} senest ${formatDate(target.deadline)} (»${target.statedUnitText}«)`.trim();
}

function indicatorTable(goal: PolicyGoal): TableView | null {
  if (goal.indicators.length === 0) return null;
  return {
    id: `indikatorer-${goal.code}`,
    caption: `Indikatorer for mål ${goal.code}`,
    columns: [
      { label: "Indikator", align: "left" },
      { label: "Mål", align: "left" },
      { label: "Seneste måling", align: "left" },
      { label: "Kilde", align: "left" },
    ],
    rows: goal.indicators.map((t) => {
      const latest = t.measurements.at(-1);
      const latestText =
        latest === undefined
          ? "Ingen måling"
          : `${latest.statedText}${latest.period === null ? "" : ` (${formatPeriod(latest.period)})`}`;
      return {
        cells: [
          { text: t.indicator.name },
          { text: targetText(t.target, t.indicator.decimals) },
          { text: latestText },
          { text: latest?.source ?? t.indicator.source },
        ],
      };
    }),
    footnotes: [],
  };
}

/** A goal's assessment as the report shows it; with the goal's forecast when the caller computed one. */
export function assessmentView(
  assessment: GoalAssessment,
  goal: PolicyGoal,
  forecast?: GoalForecast,
): GoalAssessmentView {
  const tables = new Map(
    assessment.evidence.flatMap((e) => (e.kind === "moving_pattern_table" ? [[e.id, e.table] as const] : [])),
  );
  const blocks: ViewBlock[] = assessment.body.flatMap((block): ViewBlock[] => {
    if (block.kind !== "evidence") return [block];
    const table = tables.get(block.evidenceId);
    return table === undefined ? [] : [{ kind: "table", table: movingPatternTableView(table) }];
  });
  const charts: ChartView[] = [
    ...goal.indicators.flatMap((t) => {
      const chart = indicatorChart(t);
      return chart === null ? [] : [chart];
    }),
    ...[...tables.values()].map(movingPatternChart),
  ];
  return {
    goalCode: assessment.goalCode,
    heading: assessment.heading,
    summary: [
      { label: "Vurdering", value: assessmentStatusLabels[assessment.status] },
      {
        label: "Anbefaling",
        value: assessment.recommendation === "keep" ? "Målet fastholdes" : "Målet ændres",
      },
    ],
    blocks,
    indicators: indicatorTable(goal),
    charts,
    forecasts: forecast === undefined ? [] : goalForecastViews(forecast),
  };
}
