import type { Content } from "pdfmake";
import type {
  CommitteeReport,
  GoalAssessmentView,
  ReportSection,
  StatusSchemaView,
  TableView,
} from "../../domain/policy/report/committee-report.ts";
import { renderChartSvg, renderForecastChartSvg } from "../charts/render-chart.ts";
import { colours, dataTableContent, richTextContent, thinLines } from "./pdf-blocks.ts";
import { pdfmakeWithFonts } from "./pdf-fonts.ts";

type DocumentDefinition = Parameters<ReturnType<typeof pdfmakeWithFonts>["createPdf"]>[0];

function widthsFor(table: TableView): (number | string)[] {
  const n = table.columns.length;
  return n > 4
    ? ["*", ...Array.from({ length: n - 1 }, () => 52)]
    : ["*", ...Array.from({ length: n - 1 }, () => "auto")];
}

/**
 * A table in an assessment's text: the evaluation table (two header rows) keeps its fixed widths;
 * any other (the area watch list) shares the page between its text columns and fits its number
 * columns to their content, so a header like `Sandsynlighed` is not broken.
 */
function blockWidths(table: TableView): (number | string)[] {
  return table.headerGroups !== undefined
    ? ["*", 60, 80, 50, 50]
    : table.columns.map((c) => (c.align === "right" ? "auto" : "*"));
}

/** The chart at the size Vega drew it (its fonts then match the text), narrowed only to fit the page. */
function svgAtNaturalSize(svg: string): Content {
  const width = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 400);
  return { svg, width: Math.min(width, 480) };
}

async function goalContent(goal: GoalAssessmentView): Promise<Content[]> {
  const charts = await Promise.all(
    goal.charts.map(
      async (chart): Promise<Content> => ({
        stack: [{ text: chart.title, style: "caption" }, svgAtNaturalSize(await renderChartSvg(chart))],
        unbreakable: true,
        margin: [0, 4, 0, 10],
      }),
    ),
  );
  const forecasts = await Promise.all(
    goal.forecasts.map(
      async (f): Promise<Content> => ({
        stack: [
          { text: [{ text: `${f.label}: `, bold: true }, f.sentence], margin: [0, 0, 0, 2] },
          ...(f.targetExplanation === null ? [] : [{ text: f.targetExplanation, style: "caption" }]),
          ...(f.chart === null
            ? []
            : [
                svgAtNaturalSize(await renderForecastChartSvg(f.chart)),
                {
                  text: `${f.chart.title}. Mørkt bånd: 80 %-interval, lyst bånd: 95 %-interval.`,
                  style: "caption",
                },
              ]),
        ],
        unbreakable: true,
        margin: [0, 0, 0, 8],
      }),
    ),
  );
  return [
    { text: goal.heading, style: "h3", headlineLevel: 3 },
    {
      text: goal.summary.flatMap((s, i) => [
        ...(i > 0 ? ["      "] : []),
        { text: `${s.label}: `, bold: true },
        s.value,
      ]),
      style: "summary",
    },
    ...forecasts,
    ...goal.blocks.flatMap((b): Content[] =>
      b.kind === "table" ? [dataTableContent(b.table, blockWidths(b.table))] : richTextContent([b]),
    ),
    ...(goal.indicators === null ? [] : [dataTableContent(goal.indicators, ["25%", "32%", "20%", "23%"])]),
    ...charts,
  ];
}

function schemaContent(schema: StatusSchemaView): Content {
  return {
    stack: [
      { text: schema.heading, style: "h3", headlineLevel: 3 },
      {
        table: {
          widths: ["30%", "70%"],
          body: schema.rows.map((r) => [
            { text: r.label, bold: true, fillColor: colours.label },
            { stack: richTextContent(r.value) },
          ]),
        },
        layout: thinLines,
      },
    ],
    margin: [0, 0, 0, 12],
  };
}

async function sectionContent(section: ReportSection): Promise<Content[]> {
  const heading: Content = { text: section.heading, style: "h2", headlineLevel: 2 };
  switch (section.kind) {
    case "goal_assessments":
      return [
        heading,
        ...richTextContent(section.introduction),
        ...(await Promise.all(section.goals.map(goalContent))).flat(),
      ];
    case "status_schemas":
      return [{ ...heading, pageBreak: "before" }, ...section.schemas.map(schemaContent)];
    case "budget_overview":
      return [
        { ...heading, pageBreak: "before" },
        ...section.tables.map((t) => dataTableContent(t, widthsFor(t))),
      ];
  }
}

/** The report as PDF (pdfmake, no browser): title block, numbered sections, two-column schemas, overview tables. */
export async function renderPdf(model: CommitteeReport): Promise<Buffer> {
  const sections = (await Promise.all(model.sections.map(sectionContent))).flat();
  const definition: DocumentDefinition = {
    pageSize: "A4",
    pageMargins: [56, 56, 56, 60],
    language: "da-DK",
    info: {
      title: model.title,
      author: model.meta.find((m) => m.label === "Udvalg")?.value ?? "udsyn",
      creator: "udsyn",
    },
    defaultStyle: { font: "Roboto", fontSize: 9.5, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 14, bold: true, margin: [0, 14, 0, 10] },
      h2: { fontSize: 12, bold: true, margin: [0, 14, 0, 8] },
      h3: { fontSize: 10.5, bold: true, margin: [0, 10, 0, 5] },
      caption: { fontSize: 9, italics: true, margin: [0, 2, 0, 3] },
      footnote: { fontSize: 8, margin: [0, 2, 0, 0] },
      summary: { fillColor: colours.label, margin: [0, 0, 0, 8] },
      meta: { fontSize: 8.5, color: "#333333" },
    },
    // A heading in the last eighth of a page moves to the next, so it is never left alone.
    pageBreakBefore: (node) => node.headlineLevel !== undefined && node.startPosition.verticalRatio > 0.875,
    footer: (current: number, total: number) => ({
      text: `Side ${current} af ${total}`,
      alignment: "right",
      fontSize: 8,
      margin: [56, 20, 56, 0],
      color: "#555555",
    }),
    content: [
      {
        columns: [
          { text: model.recipient, bold: true, width: "*" },
          {
            width: 170,
            stack: [
              { text: model.date, alignment: "right", margin: [0, 0, 0, 8] },
              ...model.meta.map(
                (m): Content => ({
                  text: [{ text: `${m.label}\n`, bold: true }, m.value],
                  style: "meta",
                  alignment: "right",
                  margin: [0, 0, 0, 4],
                }),
              ),
            ],
          },
        ],
      },
      { text: model.title, style: "h1", headlineLevel: 1 },
      ...richTextContent(model.introduction),
      ...sections,
    ],
  };
  return pdfmakeWithFonts().createPdf(definition).getBuffer();
}
