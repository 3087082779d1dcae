import { z } from "zod";
import type { RichText, RichTextBlock } from "../goals/rich-text.ts";

/**
 * The report as the renderers see it: every number already formatted the Danish way, every
 * total computed. One model → HTML, DOCX and PDF, so the three always say the same.
 */
export interface CommitteeReport {
  readonly kind: "committee_report";
  readonly lang: "da";
  readonly title: string;
  /** `Til Beskæftigelses- og Integrationsforvaltningen` */
  readonly recipient: string;
  /** ISO date of the round, for `<time datetime>`. */
  readonly isoDate: string;
  /** The same date the Danish way: `4. marts 2010`. */
  readonly date: string;
  /**
   * Who sends the report, as the letterhead names it: the committee's administration, then the
   * committee (`Socialforvaltningen`, `Socialudvalget`).
   */
  readonly sender: readonly string[];
  /** Label/value pairs of the letterhead: Sagsnr., Dokumentnr., Sagsbehandler … */
  readonly meta: readonly { readonly label: string; readonly value: string }[];
  readonly introduction: RichText;
  readonly sections: readonly ReportSection[];
}

export type ReportSection = AssessmentsSection | StatusSchemasSection | BudgetSection;

export interface AssessmentsSection {
  readonly kind: "goal_assessments";
  readonly heading: string;
  readonly introduction: RichText;
  readonly goals: readonly GoalAssessmentView[];
}

export interface StatusSchemasSection {
  readonly kind: "status_schemas";
  readonly layout: "serving_goals" | "beyond_goals";
  readonly heading: string;
  readonly schemas: readonly StatusSchemaView[];
}

export interface BudgetSection {
  readonly kind: "budget_overview";
  readonly heading: string;
  readonly tables: readonly TableView[];
}

export interface GoalAssessmentView {
  readonly goalCode: string;
  readonly heading: string;
  /** `Vurdering: Målet forventes nået`, `Anbefaling: Målet fastholdes` */
  readonly summary: readonly { readonly label: string; readonly value: string }[];
  readonly blocks: readonly ViewBlock[];
  readonly indicators: TableView | null;
  readonly charts: readonly ChartView[];
  /** The goal forecast beside the assessment: one sentence per indicator with a target. */
  readonly forecasts: readonly GoalForecastView[];
}

/** One indicator's forecast as the report shows it: the sentence, and the chart when there is a forecast. */
export interface GoalForecastView {
  /** `Fremskrivning` or, for a goal with several targets, `Fremskrivning, <indicator>`. */
  readonly label: string;
  readonly sentence: string;
  /** How the target became a level, e.g. `… 40,0 % − 10 % af 40,0 % = 36,0 %.` */
  readonly targetExplanation: string | null;
  readonly chart: ForecastChartView | null;
}

/** History, trend, prediction band, target and deadline of one indicator. Times in decimal years. */
export interface ForecastChartView {
  readonly id: string;
  readonly title: string;
  /** Text alternative: what the chart shows, in a sentence or two. */
  readonly description: string;
  readonly valueLabel: string;
  readonly decimals: number;
  readonly points: readonly { readonly time: number; readonly value: number; readonly label: string }[];
  readonly trend: readonly { readonly time: number; readonly fitted: number }[];
  /** From the last measurement to the deadline. */
  readonly band: readonly {
    readonly time: number;
    readonly lower80: number;
    readonly upper80: number;
    readonly lower95: number;
    readonly upper95: number;
  }[];
  readonly projection: { readonly time: number; readonly value: number; readonly label: string };
  readonly target: { readonly value: number; readonly label: string } | null;
  readonly deadline: { readonly time: number; readonly label: string };
  /** The whole years the time axis labels. */
  readonly years: readonly number[];
}

export type ViewBlock = RichTextBlock | { readonly kind: "table"; readonly table: TableView };

export interface StatusSchemaView {
  readonly initiativeId: string;
  readonly heading: string;
  readonly rows: readonly { readonly label: string; readonly value: RichText }[];
}

export const cellViewSchema = z
  .object({
    text: z.string(),
    /** Footnote or note marker shown after the text, e.g. `*` or `†`. */
    marker: z.string().optional(),
  })
  .readonly();
export type CellView = z.infer<typeof cellViewSchema>;

export const rowViewSchema = z
  .object({
    cells: z.array(cellViewSchema).readonly(),
    /** `total`: the I alt row; `sub`: a sub-line under the row above. */
    emphasis: z.enum(["total", "sub"]).optional(),
  })
  .readonly();
export type RowView = z.infer<typeof rowViewSchema>;

/** A table as the report shows it (and as `GET …/budget` answers it beside the stored table). */
export const tableViewSchema = z
  .object({
    id: z.string(),
    caption: z.string(),
    /** Optional first header row spanning columns, e.g. `Antal personer` over three columns. */
    headerGroups: z
      .array(z.object({ label: z.string(), span: z.number() }).readonly())
      .readonly()
      .optional(),
    columns: z.array(z.object({ label: z.string(), align: z.enum(["left", "right"]) }).readonly()).readonly(),
    /** The first cell of every row is its header. */
    rows: z.array(rowViewSchema).readonly(),
    footnotes: z.array(z.object({ marker: z.string(), text: z.string() }).readonly()).readonly(),
  })
  .readonly();
export type TableView = z.infer<typeof tableViewSchema>;

/** Data of one chart; the renderers turn it into a Vega-Lite spec and SVG. */
export interface ChartView {
  readonly id: string;
  readonly title: string;
  /** Text alternative: what the chart shows, in a sentence. */
  readonly description: string;
  readonly valueLabel: string;
  /** Decimals to show values with. */
  readonly decimals: number;
  readonly points: readonly { readonly label: string; readonly value: number; readonly group: string }[];
  readonly reference: { readonly value: number; readonly label: string } | null;
  /** The same numbers as a table, for readers who cannot see the chart. */
  readonly table: TableView;
}
