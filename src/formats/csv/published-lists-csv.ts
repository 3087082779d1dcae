import { type AreaCategory, areaCategories } from "../../domain/areas/area-category.ts";
import type { PublishedListRow } from "../../domain/areas/published-list.ts";
import { type ListKind, listKinds } from "../../domain/areas/rule-version.ts";
import type { Issue } from "../../domain/errors.ts";
import { atRow, checkHeader, fail, MISSING, readTable } from "./csv-table.ts";

export type { PublishedListRow };

export const publishedListColumns = ["list_kind", "year", "area_id", "category", "source"] as const;

/**
 * Published lists from CSV (`list_kind,year,area_id,category,source`): all or nothing, each
 * problem named by row and column. `year` is the list's year, not the facts year.
 */
export function parsePublishedListsCsv(text: string, fileName: string): readonly PublishedListRow[] {
  const table = readTable(text, fileName);
  const issues: Issue[] = checkHeader(table, fileName, publishedListColumns, publishedListColumns);
  if (issues.length > 0) fail(fileName, issues);
  const column = (name: string) => table.header.indexOf(name);
  const rows: PublishedListRow[] = [];
  const seen = new Set<string>();
  for (const { cells, row } of table.rows) {
    const cell = (name: string) => cells[column(name)] ?? "";
    const problem = atRow(issues, fileName, row);
    const listKind = cell("list_kind");
    const yearText = cell("year");
    const areaId = cell("area_id");
    const category = cell("category");
    const source = cell("source");
    if (!(listKinds as readonly string[]).includes(listKind))
      problem("list_kind", {
        da: `ukendt liste "${listKind}" (en af ${listKinds.join(", ")})`,
        en: `unknown list "${listKind}" (one of ${listKinds.join(", ")})`,
      });
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
    if (!(year >= 1990 && year <= 2100))
      problem("year", { da: `"${yearText}" er ikke et årstal`, en: `"${yearText}" is not a year` });
    if (areaId === "") problem("area_id", MISSING);
    if (!(areaCategories as readonly string[]).includes(category))
      problem("category", { da: `ukendt kategori "${category}"`, en: `unknown category "${category}"` });
    if (source === "")
      problem("source", {
        da: "kilden skal angives (fx ministeriets liste og dato)",
        en: "the source must be given (e.g. the ministry's list and date)",
      });
    const key = `${listKind}|${yearText}|${areaId}|${category}`;
    if (seen.has(key))
      problem("area_id", {
        da: `området står to gange på ${listKind} ${yearText} som ${category}`,
        en: `the area appears twice on ${listKind} ${yearText} as ${category}`,
      });
    seen.add(key);
    rows.push({ listKind: listKind as ListKind, year, areaId, category: category as AreaCategory, source });
  }
  if (issues.length > 0) fail(fileName, issues);
  return rows;
}
