import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type {
  CommitteeReport,
  GoalAssessmentView,
  ReportSection,
  StatusSchemaView,
  TableView,
} from "../../domain/policy/report/committee-report.ts";
import { type ChartPng, chartPng } from "../charts/chart-png.ts";
import { renderChartSvg, renderForecastChartSvg } from "../charts/render-chart.ts";
import { dataTable, listReferences, richTextParagraphs, schemaTable } from "./docx-blocks.ts";
import { chartParagraphs } from "./docx-chart.ts";

type Block = Paragraph | Table;
/** Every chart of the report drawn as a PNG, by chart id. */
type ChartImages = ReadonlyMap<string, ChartPng>;

function widthsFor(table: TableView): readonly number[] {
  const n = table.columns.length;
  const first = n > 4 ? 40 : 34;
  return [first, ...Array.from({ length: n - 1 }, () => (100 - first) / (n - 1))];
}

function goalBlocks(goal: GoalAssessmentView, images: ChartImages): Block[] {
  return [
    new Paragraph({ text: goal.heading, heading: HeadingLevel.HEADING_2 }),
    new Paragraph({
      spacing: { after: 160 },
      children: goal.summary.flatMap((s, i) => [
        ...(i > 0 ? [new TextRun({ text: "    " })] : []),
        new TextRun({ text: `${s.label}: `, bold: true }),
        new TextRun({ text: s.value }),
      ]),
    }),
    // The forecast sentence beside the assessment, and its chart as an image.
    ...goal.forecasts.flatMap((f) => {
      const image = f.chart === null ? undefined : images.get(f.chart.id);
      return [
        new Paragraph({
          spacing: { after: 160 },
          children: [
            new TextRun({ text: `${f.label}: `, bold: true }),
            new TextRun({ text: f.sentence }),
            ...(f.targetExplanation === null ? [] : [new TextRun({ text: ` ${f.targetExplanation}` })]),
          ],
        }),
        ...(f.chart === null || image === undefined ? [] : chartParagraphs(f.chart, image)),
      ];
    }),
    ...goal.blocks.flatMap((b) =>
      b.kind === "table" ? dataTable(b.table, widthsFor(b.table)) : richTextParagraphs([b]),
    ),
    ...(goal.indicators === null ? [] : dataTable(goal.indicators, [28, 32, 20, 20])),
    // Each chart as an image, then its numbers as a table (the image's text alternative in full).
    ...goal.charts.flatMap((c) => {
      const image = images.get(c.id);
      return [
        ...(image === undefined ? [] : chartParagraphs(c, image)),
        ...dataTable({ ...c.table, caption: `Figur: ${c.title}` }, widthsFor(c.table)),
      ];
    }),
  ];
}

function schemaBlocks(schema: StatusSchemaView): Block[] {
  return [
    new Paragraph({ text: schema.heading, heading: HeadingLevel.HEADING_2, keepNext: true }),
    schemaTable(schema.rows),
    new Paragraph({ text: "", spacing: { after: 120 } }),
  ];
}

function sectionBlocks(section: ReportSection, images: ChartImages): Block[] {
  const heading = new Paragraph({
    text: section.heading,
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: true,
  });
  switch (section.kind) {
    case "goal_assessments":
      return [
        heading,
        ...richTextParagraphs(section.introduction),
        ...section.goals.flatMap((g) => goalBlocks(g, images)),
      ];
    case "status_schemas":
      return [heading, ...section.schemas.flatMap(schemaBlocks)];
    case "budget_overview":
      return [heading, ...section.tables.flatMap((t) => dataTable(t, widthsFor(t)))];
  }
}

const listLevel = (text: string) => ({
  level: 0,
  format: LevelFormat.BULLET,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 720, hanging: 360 } } },
});

/** Every chart of the report (goal charts and forecast charts) rendered to PNG once. */
async function chartImages(model: CommitteeReport): Promise<ChartImages> {
  const goals = model.sections.flatMap((s) => (s.kind === "goal_assessments" ? s.goals : []));
  const svgs = await Promise.all([
    ...goals.flatMap((g) => g.charts).map(async (c) => [c.id, await renderChartSvg(c)] as const),
    ...goals
      .flatMap((g) => g.forecasts.flatMap((f) => (f.chart === null ? [] : [f.chart])))
      .map(async (c) => [c.id, await renderForecastChartSvg(c)] as const),
  ]);
  return new Map(svgs.map(([id, svg]) => [id, chartPng(svg)]));
}

const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/**
 * The letterhead as the municipality writes it: the addressee on the left; on the right the sender
 * (administration and committee), the date, and the case and document numbers and caseworker.
 * A table without borders, so Word keeps the two columns side by side.
 */
function letterhead(model: CommitteeReport): Table {
  const lines = (texts: readonly Paragraph[]) =>
    new TableCell({
      children: [...texts],
      borders: noBorders,
      width: { size: 50, type: WidthType.PERCENTAGE },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          lines([new Paragraph({ text: model.recipient })]),
          lines([
            ...model.sender.map(
              (name, i) => new Paragraph({ children: [new TextRun({ text: name, bold: i === 0 })] }),
            ),
            new Paragraph({ text: model.date, spacing: { before: 120, after: 120 } }),
            ...model.meta.map(
              (m) =>
                new Paragraph({
                  children: [new TextRun({ text: `${m.label}: `, bold: true }), new TextRun(m.value)],
                }),
            ),
          ]),
        ],
      }),
    ],
  });
}

/** On every page: the sender and the report's title, and `Side 3 af 41`. */
function footer(model: CommitteeReport): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.LEFT,
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: "888888", space: 4 } },
        children: [new TextRun({ text: `${model.sender.join(", ")} · ${model.title}`, size: 16 })],
      }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ children: ["Side ", PageNumber.CURRENT, " af ", PageNumber.TOTAL_PAGES], size: 16 }),
        ],
      }),
    ],
  });
}

/**
 * The report as a Word document a secretary can file unchanged: the letterhead with the sender,
 * Title, Heading 1 per section, Heading 2 per goal and initiative, real tables, charts as images,
 * and a footer with the page number on every page.
 */
export async function renderDocx(model: CommitteeReport): Promise<Buffer> {
  const images = await chartImages(model);
  const document = new Document({
    title: model.title,
    creator: "udsyn",
    description: model.title,
    styles: {
      default: {
        document: { run: { font: "Arial", size: 21, language: { value: "da-DK" } } },
        title: {
          run: { font: "Arial", size: 32, bold: true, color: "000000" },
          paragraph: { spacing: { after: 240 } },
        },
        heading1: {
          run: { font: "Arial", size: 26, bold: true, color: "000000" },
          paragraph: { spacing: { before: 240, after: 160 } },
        },
        heading2: {
          run: { font: "Arial", size: 22, bold: true, color: "000000" },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
      },
    },
    numbering: {
      config: [
        { reference: listReferences.bullet, levels: [listLevel("•")] },
        { reference: listReferences.dash, levels: [listLevel("–")] },
      ],
    },
    sections: [
      {
        footers: { default: footer(model) },
        children: [
          letterhead(model),
          new Paragraph({ text: model.title, heading: HeadingLevel.TITLE, spacing: { before: 360 } }),
          ...richTextParagraphs(model.introduction),
          ...model.sections.flatMap((s) => sectionBlocks(s, images)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
