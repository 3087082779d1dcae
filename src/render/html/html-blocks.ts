import type { RichText } from "../../domain/policy/goals/rich-text.ts";
import type { CellView, TableView } from "../../domain/policy/report/committee-report.ts";
import { escapeXml as esc } from "../escape.ts";

export function richTextHtml(text: RichText): string {
  return text
    .map((block) =>
      block.kind === "paragraph"
        ? `<p>${esc(block.text)}</p>`
        : `<ul class="${block.marker}">${block.items.map((item) => `<li>${esc(item)}</li>`).join("")}</ul>`,
    )
    .join("\n");
}

function cellHtml(cell: CellView): string {
  return `${esc(cell.text)}${cell.marker === undefined ? "" : `<span class="marker">${esc(cell.marker)}</span>`}`;
}

/** A data table with caption, column headers (scope=col/colgroup) and row headers (scope=row). */
export function tableHtml(table: TableView, options: { readonly hiddenCaption?: boolean } = {}): string {
  const align = (index: number) => (table.columns[index]?.align === "right" ? ' class="num"' : "");
  const groups =
    table.headerGroups === undefined
      ? ""
      : `<tr>${table.headerGroups
          .map((g) =>
            g.span > 1
              ? `<th scope="colgroup" colspan="${g.span}">${esc(g.label)}</th>`
              : `<th scope="col">${esc(g.label)}</th>`,
          )
          .join("")}</tr>`;
  const head = `<tr>${table.columns.map((c, i) => `<th scope="col"${align(i)}>${esc(c.label)}</th>`).join("")}</tr>`;
  const body = table.rows
    .map((row) => {
      const [first, ...rest] = row.cells;
      const cls = row.emphasis === undefined ? "" : ` class="${row.emphasis}"`;
      return `<tr${cls}><th scope="row">${first === undefined ? "" : cellHtml(first)}</th>${rest
        .map((c, i) => `<td${align(i + 1)}>${cellHtml(c)}</td>`)
        .join("")}</tr>`;
    })
    .join("\n");
  const caption =
    options.hiddenCaption === true
      ? `<caption class="visually-hidden">${esc(table.caption)}</caption>`
      : `<caption>${esc(table.caption)}</caption>`;
  const notes =
    table.footnotes.length === 0
      ? ""
      : `<div class="footnotes">${table.footnotes
          .map((f) => `<p><span class="marker">${esc(f.marker)}</span> ${esc(f.text)}</p>`)
          .join("")}</div>`;
  return `<table id="${esc(table.id)}">${caption}<thead>${groups}${head}</thead><tbody>${body}</tbody></table>${notes}`;
}
