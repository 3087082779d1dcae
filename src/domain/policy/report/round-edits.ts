import { DomainError } from "../../errors.ts";
import { formatMillions } from "../../format.ts";
import { inEveryLanguage, issueTexts } from "../../validation-messages.ts";
import type { BudgetCell, BudgetTable } from "../budget/budget-overview.ts";
import { richTextFromText } from "../goals/rich-text-editable.ts";
import type { Initiative } from "../initiatives/initiative.ts";
import { type StatusFieldKey, statusFieldKeys } from "../initiatives/status-report-layout.ts";
import { notInRound, notInTable, yearNotInTable } from "./not-in-round.ts";
import { withoutTouched } from "./pending-review.ts";
import { type ReportingRound, reportingRoundSchema } from "./reporting-round.ts";
import { diffRounds } from "./round-diff.ts";

/**
 * One change to a round's content: the new content and what the audit log records about it
 * (what it was, what it became). Pure: the use case stores it and writes the audit row.
 */
export interface RoundEdit {
  readonly content: ReportingRound;
  readonly details: Record<string, unknown>;
}

/** Validates a changed round whole before it is written: a half-valid round is never stored. */
export function checkedRound(content: ReportingRound): ReportingRound {
  const result = reportingRoundSchema.safeParse(content, { error: inEveryLanguage });
  if (!result.success) {
    throw new DomainError(
      "invalid_input",
      { da: "Ændringen gør redegørelsen ugyldig.", en: "The change makes the report invalid." },
      result.error.issues.map((i) => ({ field: i.path.join("."), ...issueTexts(i.message) })),
    );
  }
  return result.data;
}

/** One status-schema field of one initiative, from plain text (paragraphs and `•` lists). */
export function withStatusField(
  content: ReportingRound,
  initiativeId: string,
  field: string,
  text: string,
): RoundEdit {
  const initiative = content.initiatives.find((i) => i.id === initiativeId);
  if (initiative === undefined) {
    throw notInRound(
      { da: `Indsatsen ${initiativeId}`, en: `The initiative ${initiativeId}` },
      "initiativeId",
    );
  }
  const keys = statusFieldKeys(initiative.statusReport.kind) as readonly string[];
  if (!keys.includes(field)) {
    throw new DomainError(
      "invalid_input",
      { da: `Statusskemaet har ikke feltet ${field}.`, en: `The status form has no field ${field}.` },
      [{ field: "field", message: `et af: ${keys.join(", ")}`, en: `one of: ${keys.join(", ")}` }],
    );
  }
  const before = (initiative.statusReport.fields as Record<string, unknown>)[field];
  const updated = {
    ...initiative,
    statusReport: {
      ...initiative.statusReport,
      fields: { ...initiative.statusReport.fields, [field as StatusFieldKey]: richTextFromText(text) },
    },
  } as Initiative;
  return {
    content: {
      ...content,
      initiatives: content.initiatives.map((i) => (i.id === initiativeId ? updated : i)),
      ...withoutTouchedOf(content, [`initiative.${initiativeId}.${field}`]),
    },
    details: { initiativeId, field, before, after: text },
  };
}

/** One year's cell of one overview line. */
export function withBudgetCell(
  content: ReportingRound,
  tableId: string,
  lineId: string,
  year: number,
  cell: BudgetCell,
): RoundEdit {
  const table = content.budget.tables.find((t) => t.id === tableId);
  const line = table?.lines.find((l) => l.id === lineId);
  if (table === undefined || line === undefined) {
    throw notInTable(
      { da: `Budgetlinjen ${tableId}/${lineId}`, en: `The budget line ${tableId}/${lineId}` },
      "lineId",
    );
  }
  if (!table.years.includes(year)) throw yearNotInTable(year, table.years);
  const tables: BudgetTable[] = content.budget.tables.map((t) =>
    t.id !== tableId
      ? t
      : {
          ...t,
          lines: t.lines.map((l) =>
            l.id !== lineId ? l : { ...l, cells: { ...l.cells, [String(year)]: cell } },
          ),
        },
  );
  return {
    content: { ...content, budget: { ...content.budget, tables } },
    details: { tableId, lineId, year, before: line.cells[String(year)] ?? { kind: "blank" }, after: cell },
  };
}

/** Where a stated total stands: a line's I alt, a year's I alt, or the table's grand total. */
export type StatedTotalTarget =
  | { readonly kind: "line"; readonly lineId: string }
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "grand" };

/** A total as the report states it; null removes it. udsyn's own totals are always computed. */
export function withStatedTotal(
  content: ReportingRound,
  tableId: string,
  target: StatedTotalTarget,
  amount: number | null,
): RoundEdit {
  const table = content.budget.tables.find((t) => t.id === tableId);
  if (table === undefined) {
    throw notInTable({ da: `Tabellen ${tableId}`, en: `The table ${tableId}` }, "tableId");
  }
  const stated = amount === null ? null : { amount, statedText: formatMillions(amount) };
  const changed = tableWithStatedTotal(table, target, stated);
  return {
    content: {
      ...content,
      budget: {
        ...content.budget,
        tables: content.budget.tables.map((t) => (t.id === tableId ? changed : t)),
      },
    },
    details: { tableId, target, after: stated },
  };
}

function tableWithStatedTotal(
  table: BudgetTable,
  target: StatedTotalTarget,
  stated: BudgetTable["statedGrandTotal"],
): BudgetTable {
  if (target.kind === "line") {
    if (!table.lines.some((l) => l.id === target.lineId)) {
      throw notInTable(
        {
          da: `Budgetlinjen ${table.id}/${target.lineId}`,
          en: `The budget line ${table.id}/${target.lineId}`,
        },
        "lineId",
      );
    }
    return {
      ...table,
      lines: table.lines.map((l) => (l.id !== target.lineId ? l : { ...l, statedTotal: stated })),
    };
  }
  if (target.kind === "year") {
    if (!table.years.includes(target.year)) throw yearNotInTable(target.year, table.years);
    return { ...table, statedYearTotals: { ...table.statedYearTotals, [String(target.year)]: stated } };
  }
  return { ...table, statedGrandTotal: stated };
}

/** The content replaced whole (an XLSX import merged into it); the audit records how many changes. */
export function withContent(before: ReportingRound, content: ReportingRound): RoundEdit {
  return { content, details: { changes: diffRounds(before, content).length } };
}

/** The checklist left once `touched` were edited, as a spread (absent stays absent). */
export function withoutTouchedOf(
  content: ReportingRound,
  touched: readonly string[],
): Pick<ReportingRound, "pendingReview"> {
  const pendingReview = withoutTouched(content.pendingReview, touched);
  return pendingReview === undefined ? {} : { pendingReview };
}
