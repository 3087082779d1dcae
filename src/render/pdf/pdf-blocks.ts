import type { Content, TableCell } from "pdfmake";
import type { RichText } from "../../domain/policy/goals/rich-text.ts";
import type { CellView, TableView } from "../../domain/policy/report/committee-report.ts";

export const colours = { header: "#e8edf2", label: "#f3f5f7", total: "#f3f3f3", rule: "#888888" } as const;

/** Paragraphs and lists. pdfmake has no dash marker, so a dash list is drawn as two columns. */
export function richTextContent(text: RichText): Content[] {
  return text.map((block): Content => {
    if (block.kind === "paragraph") return { text: block.text, margin: [0, 0, 0, 5] };
    if (block.marker === "bullet") return { ul: [...block.items], margin: [4, 0, 0, 5] };
    return {
      stack: block.items.map(
        (item): Content => ({
          columns: [
            { text: "–", width: 10 },
            { text: item, width: "*" },
          ],
        }),
      ),
      margin: [4, 0, 0, 5],
    };
  });
}

function cellContent(cell: CellView): Content {
  return cell.marker === undefined ? cell.text : { text: [cell.text, { text: cell.marker, sup: true }] };
}

export const thinLines = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => colours.rule,
  vLineColor: () => colours.rule,
  paddingTop: () => 3,
  paddingBottom: () => 3,
  paddingLeft: () => 4,
  paddingRight: () => 4,
};

/** Caption, table (header rows repeat on each page) and footnotes, kept together where they fit. */
export function dataTableContent(table: TableView, widths: (number | string)[]): Content {
  const align = (i: number) => (table.columns[i]?.align === "right" ? "right" : "left");
  const header: TableCell[][] = [];
  if (table.headerGroups !== undefined) {
    header.push(
      table.headerGroups.flatMap((g): TableCell[] => [
        { text: g.label, bold: true, fillColor: colours.header, colSpan: g.span },
        ...Array.from({ length: g.span - 1 }, (): TableCell => ""),
      ]),
    );
  }
  header.push(
    table.columns.map(
      (c, i): TableCell => ({ text: c.label, bold: true, fillColor: colours.header, alignment: align(i) }),
    ),
  );
  const body = table.rows.map((row) =>
    row.cells.map(
      (c, i): TableCell => ({
        text: [cellContent(c)],
        alignment: align(i),
        bold: row.emphasis === "total",
        ...(row.emphasis === "total" ? { fillColor: colours.total } : {}),
        ...(i === 0 && row.emphasis === "sub"
          ? { margin: [8, 0, 0, 0] as [number, number, number, number] }
          : {}),
      }),
    ),
  );
  return {
    stack: [
      { text: table.caption, style: "caption" },
      {
        table: { headerRows: header.length, widths, body: [...header, ...body], dontBreakRows: true },
        layout: thinLines,
      },
      ...table.footnotes.map(
        (f): Content => ({ text: [{ text: f.marker, sup: true }, ` ${f.text}`], style: "footnote" }),
      ),
    ],
    margin: [0, 4, 0, 10],
  };
}
