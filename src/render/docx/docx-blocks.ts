import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { RichText } from "../../domain/policy/goals/rich-text.ts";
import type { CellView, TableView } from "../../domain/policy/report/committee-report.ts";

export const listReferences = { bullet: "udsyn-bullet", dash: "udsyn-dash" } as const;

/** Paragraphs and lists; lists use the document's bullet and dash numbering. */
export function richTextParagraphs(text: RichText): Paragraph[] {
  return text.flatMap((block) =>
    block.kind === "paragraph"
      ? [new Paragraph({ text: block.text, spacing: { after: 120 } })]
      : block.items.map(
          (item) =>
            new Paragraph({ text: item, numbering: { reference: listReferences[block.marker], level: 0 } }),
        ),
  );
}

function cellRuns(cell: CellView, bold: boolean): TextRun[] {
  return [
    new TextRun({ text: cell.text, bold }),
    ...(cell.marker === undefined ? [] : [new TextRun({ text: cell.marker, superScript: true, bold })]),
  ];
}

/** Text width of an A4 page with Word's default margins, in twips. */
const textWidth = 9026;

function twips(percentages: readonly number[]): number[] {
  return percentages.map((p) => Math.round((p / 100) * textWidth));
}

const border = { style: BorderStyle.SINGLE, size: 4, color: "888888" };
const borders = { top: border, bottom: border, left: border, right: border };
const headerShading = { type: ShadingType.CLEAR, color: "auto", fill: "E8EDF2" };
const totalShading = { type: ShadingType.CLEAR, color: "auto", fill: "F3F3F3" };

function cell(
  children: Paragraph[],
  options: { width: number; shading?: typeof headerShading; columnSpan?: number },
): TableCell {
  return new TableCell({
    children,
    borders,
    width: { size: options.width, type: WidthType.PERCENTAGE },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(options.shading === undefined ? {} : { shading: options.shading }),
    ...(options.columnSpan === undefined ? {} : { columnSpan: options.columnSpan }),
  });
}

/** A caption paragraph (Word's Caption style) and the table, header rows repeated on every page. */
export function dataTable(table: TableView, widths: readonly number[]): (Paragraph | Table)[] {
  const align = (i: number) =>
    table.columns[i]?.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const headerRows: TableRow[] = [];
  if (table.headerGroups !== undefined) {
    let column = 0;
    headerRows.push(
      new TableRow({
        tableHeader: true,
        children: table.headerGroups.map((g) => {
          const width = widths.slice(column, column + g.span).reduce((a, b) => a + b, 0);
          column += g.span;
          return cell([new Paragraph({ children: [new TextRun({ text: g.label, bold: true })] })], {
            width,
            shading: headerShading,
            ...(g.span > 1 ? { columnSpan: g.span } : {}),
          });
        }),
      }),
    );
  }
  headerRows.push(
    new TableRow({
      tableHeader: true,
      children: table.columns.map((c, i) =>
        cell(
          [new Paragraph({ alignment: align(i), children: [new TextRun({ text: c.label, bold: true })] })],
          {
            width: widths[i] ?? 10,
            shading: headerShading,
          },
        ),
      ),
    }),
  );
  const bodyRows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map((c, i) =>
          cell(
            [
              new Paragraph({
                alignment: align(i),
                indent: i === 0 && row.emphasis === "sub" ? { left: 240 } : undefined,
                children: cellRuns(c, row.emphasis === "total" || (i === 0 && row.emphasis !== "sub")),
              }),
            ],
            { width: widths[i] ?? 10, ...(row.emphasis === "total" ? { shading: totalShading } : {}) },
          ),
        ),
      }),
  );
  const notes = table.footnotes.map(
    (f) =>
      new Paragraph({
        spacing: { after: 60 },
        children: [
          new TextRun({ text: f.marker, superScript: true, size: 18 }),
          new TextRun({ text: ` ${f.text}`, size: 18 }),
        ],
      }),
  );
  return [
    new Paragraph({ style: "Caption", text: table.caption, keepNext: true }),
    new Table({
      rows: [...headerRows, ...bodyRows],
      width: { size: 100, type: WidthType.PERCENTAGE },
      layout: TableLayoutType.FIXED,
      columnWidths: twips(widths),
    }),
    ...notes,
    new Paragraph({ text: "", spacing: { after: 120 } }),
  ];
}

/** The two-column status schema: field label left (shaded), the text right. */
export function schemaTable(rows: readonly { label: string; value: RichText }[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    rows: rows.map(
      (r) =>
        new TableRow({
          children: [
            cell([new Paragraph({ children: [new TextRun({ text: r.label, bold: true })] })], {
              width: 30,
              shading: headerShading,
            }),
            cell(richTextParagraphs(r.value), { width: 70 }),
          ],
        }),
    ),
    columnWidths: twips([30, 70]),
  });
}
