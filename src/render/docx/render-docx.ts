import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  type Table,
  TextRun,
} from "docx";
import type {
  CommitteeReport,
  GoalAssessmentView,
  ReportSection,
  StatusSchemaView,
  TableView,
} from "../../domain/policy/report/committee-report.ts";
import { dataTable, listReferences, richTextParagraphs, schemaTable } from "./docx-blocks.ts";

type Block = Paragraph | Table;

function widthsFor(table: TableView): readonly number[] {
  const n = table.columns.length;
  const first = n > 4 ? 40 : 34;
  return [first, ...Array.from({ length: n - 1 }, () => (100 - first) / (n - 1))];
}

function goalBlocks(goal: GoalAssessmentView): Block[] {
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
    // The forecast sentence beside the assessment; the chart is in the HTML and PDF versions.
    ...goal.forecasts.map(
      (f) =>
        new Paragraph({
          spacing: { after: 160 },
          children: [
            new TextRun({ text: `${f.label}: `, bold: true }),
            new TextRun({ text: f.sentence }),
            ...(f.targetExplanation === null ? [] : [new TextRun({ text: ` ${f.targetExplanation}` })]),
          ],
        }),
    ),
    ...goal.blocks.flatMap((b) =>
      b.kind === "table" ? dataTable(b.table, widthsFor(b.table)) : richTextParagraphs([b]),
    ),
    ...(goal.indicators === null ? [] : dataTable(goal.indicators, [28, 32, 20, 20])),
    // Charts need a PNG fallback in Word; the figure's numbers go in as a table instead.
    ...goal.charts.flatMap((c) =>
      dataTable({ ...c.table, caption: `Figur: ${c.title}` }, widthsFor(c.table)),
    ),
  ];
}

function schemaBlocks(schema: StatusSchemaView): Block[] {
  return [
    new Paragraph({ text: schema.heading, heading: HeadingLevel.HEADING_2, keepNext: true }),
    schemaTable(schema.rows),
    new Paragraph({ text: "", spacing: { after: 120 } }),
  ];
}

function sectionBlocks(section: ReportSection): Block[] {
  const heading = new Paragraph({
    text: section.heading,
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: true,
  });
  switch (section.kind) {
    case "goal_assessments":
      return [heading, ...richTextParagraphs(section.introduction), ...section.goals.flatMap(goalBlocks)];
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

/** The report as a Word document: Title, Heading 1 per section, Heading 2 per goal and initiative, real tables. */
export async function renderDocx(model: CommitteeReport): Promise<Buffer> {
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
        children: [
          new Paragraph({ text: model.recipient }),
          new Paragraph({ text: model.date, alignment: AlignmentType.RIGHT }),
          ...model.meta.map(
            (m) =>
              new Paragraph({
                children: [new TextRun({ text: `${m.label}: `, bold: true }), new TextRun(m.value)],
              }),
          ),
          new Paragraph({ text: model.title, heading: HeadingLevel.TITLE, spacing: { before: 360 } }),
          ...richTextParagraphs(model.introduction),
          ...model.sections.flatMap(sectionBlocks),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
