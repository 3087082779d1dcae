import { z } from "zod";
import { type BudgetCell, cellOf } from "../budget/budget-overview.ts";
import { richTextToText } from "../goals/rich-text-editable.ts";
import { initiativeHeading } from "../initiatives/initiative.ts";
import { statusFieldKeySchema } from "../initiatives/status-field-key-schema.ts";
import { statusField } from "../initiatives/status-report.ts";
import { statusFieldKeys, statusFieldLabel } from "../initiatives/status-report-layout.ts";
import type { ReportingRound } from "./reporting-round.ts";

/** One difference between two rounds, located so a person can find it in both. */
export const roundChangeSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.enum(["initiative_added", "initiative_removed"]),
      initiativeId: z.string(),
      name: z.string(),
    }),
    z.object({
      kind: z.literal("status_field"),
      initiativeId: z.string(),
      name: z.string(),
      field: statusFieldKeySchema,
      label: z.string(),
      before: z.string(),
      after: z.string(),
    }),
    z.object({
      kind: z.literal("budget_cell"),
      tableId: z.string(),
      lineId: z.string(),
      label: z.string(),
      year: z.number(),
      before: z.string(),
      after: z.string(),
    }),
    z.object({
      kind: z.enum(["budget_line_added", "budget_line_removed"]),
      tableId: z.string(),
      lineId: z.string(),
      label: z.string(),
    }),
    z.object({
      kind: z.literal("assessment_status"),
      goalCode: z.string(),
      before: z.string(),
      after: z.string(),
    }),
    /** A total as the report states it: a line's I alt (lineId), a year's I alt (year) or the grand total. */
    z.object({
      kind: z.literal("stated_total"),
      tableId: z.string(),
      lineId: z.string().optional(),
      year: z.number().optional(),
      label: z.string(),
      before: z.string(),
      after: z.string(),
    }),
  ])
  .readonly();
export type RoundChange = z.infer<typeof roundChangeSchema>;

function cellText(cell: BudgetCell): string {
  switch (cell.kind) {
    case "amount":
      return String(cell.amount);
    case "dash":
      return "-";
    case "blank":
      return "";
  }
}

function statusChanges(before: ReportingRound, after: ReportingRound): RoundChange[] {
  const old = new Map(before.initiatives.map((i) => [i.id, i]));
  const changes: RoundChange[] = [];
  for (const initiative of after.initiatives) {
    const previous = old.get(initiative.id);
    if (previous === undefined) {
      changes.push({
        kind: "initiative_added",
        initiativeId: initiative.id,
        name: initiativeHeading(initiative),
      });
      continue;
    }
    const kind = initiative.statusReport.kind;
    for (const key of statusFieldKeys(kind)) {
      const was = richTextToText(statusField(previous.statusReport, key) ?? []);
      const now = richTextToText(statusField(initiative.statusReport, key) ?? []);
      if (was !== now) {
        changes.push({
          kind: "status_field",
          initiativeId: initiative.id,
          name: initiativeHeading(initiative),
          field: key,
          label: statusFieldLabel(kind, key, after.year),
          before: was,
          after: now,
        });
      }
    }
  }
  const current = new Set(after.initiatives.map((i) => i.id));
  for (const initiative of before.initiatives) {
    if (!current.has(initiative.id)) {
      changes.push({
        kind: "initiative_removed",
        initiativeId: initiative.id,
        name: initiativeHeading(initiative),
      });
    }
  }
  return changes;
}

function budgetChanges(before: ReportingRound, after: ReportingRound): RoundChange[] {
  const changes: RoundChange[] = [];
  const oldLines = new Map<
    string,
    {
      table: (typeof before.budget.tables)[number];
      line: (typeof before.budget.tables)[number]["lines"][number];
    }
  >(
    before.budget.tables.flatMap((t) =>
      t.lines.map((l) => [`${t.id}/${l.id}`, { table: t, line: l }] as const),
    ),
  );
  const seen = new Set<string>();
  for (const table of after.budget.tables) {
    for (const line of table.lines) {
      const key = `${table.id}/${line.id}`;
      seen.add(key);
      const previous = oldLines.get(key);
      if (previous === undefined) {
        changes.push({ kind: "budget_line_added", tableId: table.id, lineId: line.id, label: line.label });
        continue;
      }
      const years = [...new Set([...table.years, ...previous.table.years])].sort((a, b) => a - b);
      for (const year of years) {
        const was = cellText(cellOf(previous.line.cells, year));
        const now = cellText(cellOf(line.cells, year));
        if (was !== now) {
          changes.push({
            kind: "budget_cell",
            tableId: table.id,
            lineId: line.id,
            label: line.label,
            year,
            before: was,
            after: now,
          });
        }
      }
    }
  }
  for (const [key, { table, line }] of oldLines) {
    if (!seen.has(key))
      changes.push({ kind: "budget_line_removed", tableId: table.id, lineId: line.id, label: line.label });
  }
  return changes;
}

function statedText(stated: { readonly amount: number } | null | undefined): string {
  return stated === null || stated === undefined ? "" : String(stated.amount);
}

function statedTotalChanges(before: ReportingRound, after: ReportingRound): RoundChange[] {
  const changes: RoundChange[] = [];
  for (const table of after.budget.tables) {
    const previous = before.budget.tables.find((t) => t.id === table.id);
    if (previous === undefined) continue;
    for (const line of table.lines) {
      const was = statedText(previous.lines.find((l) => l.id === line.id)?.statedTotal);
      const now = statedText(line.statedTotal);
      if (was !== now)
        changes.push({
          kind: "stated_total",
          tableId: table.id,
          lineId: line.id,
          label: line.label,
          before: was,
          after: now,
        });
    }
    for (const year of table.years) {
      const was = statedText(previous.statedYearTotals[String(year)]);
      const now = statedText(table.statedYearTotals[String(year)]);
      if (was !== now)
        changes.push({
          kind: "stated_total",
          tableId: table.id,
          year,
          label: `I alt ${year}`,
          before: was,
          after: now,
        });
    }
    const was = statedText(previous.statedGrandTotal);
    const now = statedText(table.statedGrandTotal);
    if (was !== now)
      changes.push({ kind: "stated_total", tableId: table.id, label: "I alt", before: was, after: now });
  }
  return changes;
}

function assessmentChanges(before: ReportingRound, after: ReportingRound): RoundChange[] {
  const old = new Map(before.assessments.map((a) => [a.goalCode, a.status]));
  return after.assessments.flatMap((a) => {
    const was = old.get(a.goalCode);
    return was !== undefined && was !== a.status
      ? [{ kind: "assessment_status" as const, goalCode: a.goalCode, before: was, after: a.status }]
      : [];
  });
}

/**
 * Field by field, what changed from one round (or version) to the next: status schema texts,
 * budget cells and stated totals, initiatives and lines that came or went, and goal assessment statuses.
 */
export function diffRounds(before: ReportingRound, after: ReportingRound): readonly RoundChange[] {
  return [
    ...assessmentChanges(before, after),
    ...statusChanges(before, after),
    ...budgetChanges(before, after),
    ...statedTotalChanges(before, after),
  ];
}
