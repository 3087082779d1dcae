import { z } from "zod";
import { DomainError } from "../../errors.ts";
import { budgetCellSchema } from "../budget/budget-overview.ts";
import {
  type AssessmentBlock,
  assessmentStatusSchema,
  caveatSchema,
  evidenceSchema,
  type GoalAssessment,
} from "../goals/goal-assessment.ts";
import { measurementSchema } from "../goals/measurement.ts";
import { isoDateSchema } from "../goals/period.ts";
import type { PolicyGoal } from "../goals/policy-goal.ts";
import { type RichText, richTextSchema } from "../goals/rich-text.ts";
import { richTextFromText, richTextToText } from "../goals/rich-text-editable.ts";
import { targetSchema } from "../goals/target.ts";
import type { TrackedIndicator } from "../goals/tracked-indicator.ts";
import type { Initiative } from "../initiatives/initiative.ts";
import { statusReportSchema } from "../initiatives/status-report.ts";
import { type StatusReportKind, statusFieldKeys } from "../initiatives/status-report-layout.ts";
import { notInRound } from "./not-in-round.ts";
import type { ReportingRound, SectionHeadings } from "./reporting-round.ts";
import {
  type RoundEdit,
  type StatedTotalTarget,
  withBudgetCell,
  withoutTouchedOf,
  withStatedTotal,
} from "./round-edits.ts";

/**
 * Every part of a round the secretary edits, as one tagged union: the header, the texts of the
 * report itself, a goal, an indicator, its target and baseline, a measurement (added, corrected,
 * deleted with a reason), an assessment, an initiative (added, retired), and "reviewed as it
 * stands" for a field a roll-forward flagged. `applyPartEdit` is pure; the use case stores the
 * result after validating the whole round.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const code = z.string().min(1).max(20);
const id = z.string().min(1).max(100);
const year = z.number().int().min(1900).max(2200);
/** Whole kroner; the web reads millions typed the Danish way before it sends them. */
const kroner = z.number().int().min(0).max(100_000_000_000);
/** Plain text of a rich-text field: paragraphs apart by a blank line, list items starting `• ` or `– `. */
const richText = z.string().max(50_000);

export const roundTextFields = [
  "introduction",
  "assessmentIntroduction",
  "sectionHeadings.assessments",
  "sectionHeadings.servingGoals",
  "sectionHeadings.beyondGoals",
  "sectionHeadings.budget",
] as const;
export type RoundTextField = (typeof roundTextFields)[number];

export const headerFields = [
  "title",
  "requestDate",
  "caseNumber",
  "documentNumber",
  "caseworker",
  "requestedByCode",
] as const;

export const roundPartEditSchema = z.discriminatedUnion("part", [
  z.strictObject({
    part: z.literal("header"),
    title: text(300).optional(),
    /** The report's date (Dato); the validation checks the report's dates against it. */
    requestDate: isoDateSchema.optional(),
    caseNumber: text(50).nullable().optional(),
    documentNumber: text(50).nullable().optional(),
    /** Sender: the caseworker who signs for the committee's administration. */
    caseworker: text(200).nullable().optional(),
    /** Addressee: the administration that asked for the report (its organisation code). */
    requestedByCode: z
      .string()
      .regex(/^[A-ZÆØÅ]{2,6}$/, "organisationskode, fx BIF")
      .optional(),
  }),
  z.strictObject({ part: z.literal("text"), field: z.enum(roundTextFields), text: richText }),
  z.strictObject({
    part: z.literal("goal"),
    goalCode: code,
    text: text(2000).optional(),
    deadline: isoDateSchema.optional(),
  }),
  z.strictObject({
    part: z.literal("indicator"),
    goalCode: code,
    indicatorId: id,
    name: text(300).optional(),
    definition: text(2000).optional(),
    unit: text(50).optional(),
    source: text(300).optional(),
  }),
  /** The target with its baseline; null: the indicator has no target. */
  z.strictObject({
    part: z.literal("target"),
    goalCode: code,
    indicatorId: id,
    target: targetSchema.nullable(),
  }),
  z.strictObject({
    part: z.literal("measurement"),
    action: z.enum(["add", "correct"]),
    goalCode: code,
    indicatorId: id,
    measurement: measurementSchema,
    reason: text(1000).optional(),
  }),
  z.strictObject({
    part: z.literal("measurement_delete"),
    goalCode: code,
    indicatorId: id,
    measurementId: id,
    /** Kept in the round's history (the audit log): why the figure went. */
    reason: text(1000),
  }),
  z.strictObject({
    part: z.literal("assessment"),
    goalCode: code,
    status: assessmentStatusSchema.optional(),
    statusBasis: text(2000).optional(),
    heading: text(500).optional(),
    /** The assessment's text; a line `[dokumentation: <id>]` keeps an evidence table in its place. */
    body: richText.optional(),
    evidence: z.array(evidenceSchema).max(50).optional(),
    caveats: z.array(caveatSchema).max(50).optional(),
    recommendation: z.enum(["keep", "change"]).optional(),
    recommendationText: text(2000).optional(),
  }),
  z.strictObject({
    part: z.literal("initiative_add"),
    initiativeId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "id skal være kebab-case, fx ny-indsats"),
    name: text(300),
    kind: z.enum(["serving_goals", "beyond_goals"]),
    goalCodes: z.array(code).max(20).default([]),
  }),
  z.strictObject({ part: z.literal("initiative_retire"), initiativeId: id, reason: text(1000) }),
  /** One year's cell of one line of the economic overview: an amount, a dash or blank. */
  z.strictObject({ part: z.literal("budget_cell"), tableId: id, lineId: id, year, cell: budgetCellSchema }),
  /**
   * A total as the report states it: a line's (lineId), a year's (year), or the table's grand total
   * (neither); null removes it.
   */
  z
    .strictObject({
      part: z.literal("stated_total"),
      tableId: id,
      lineId: id.optional(),
      year: year.optional(),
      amount: kroner.nullable(),
    })
    .refine((e) => e.lineId === undefined || e.year === undefined, {
      message: "angiv enten lineId eller year",
      path: ["year"],
    }),
  /** A field a roll-forward flagged, reviewed and kept as it stands. */
  z.strictObject({ part: z.literal("review"), key: text(200) }),
]);
export type RoundPartEdit = z.input<typeof roundPartEditSchema>;
export type RoundPart = RoundPartEdit["part"];

function goalOf(content: ReportingRound, goalCode: string): PolicyGoal {
  const goal = content.goals.find((g) => g.code === goalCode);
  if (goal === undefined) throw notInRound({ da: `Mål ${goalCode}`, en: `Goal ${goalCode}` }, "goalCode");
  return goal;
}

function trackedOf(goal: PolicyGoal, indicatorId: string): TrackedIndicator {
  const tracked = goal.indicators.find((t) => t.indicator.id === indicatorId);
  if (tracked === undefined)
    throw notInRound(
      {
        da: `Indikatoren ${indicatorId} under mål ${goal.code}`,
        en: `The indicator ${indicatorId} under goal ${goal.code}`,
      },
      "indicatorId",
    );
  return tracked;
}

function withGoal(content: ReportingRound, goal: PolicyGoal): ReportingRound {
  return { ...content, goals: content.goals.map((g) => (g.code === goal.code ? goal : g)) };
}

function withTracked(content: ReportingRound, goal: PolicyGoal, tracked: TrackedIndicator): ReportingRound {
  return withGoal(content, {
    ...goal,
    indicators: goal.indicators.map((t) => (t.indicator.id === tracked.indicator.id ? tracked : t)),
  });
}

/** Only the keys of `patch` that were given (`undefined` means "leave it"). */
function given<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function picked<T extends object>(from: T, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (from as Record<string, unknown>)[k]]));
}

const EVIDENCE_LINE = /^\[dokumentation: ([^\]]+)\]$/;

/** An assessment's body as one text: evidence tables stand as `[dokumentation: <id>]` lines. */
export function assessmentBodyToText(body: readonly AssessmentBlock[]): string {
  return body
    .map((block) =>
      block.kind === "evidence" ? `[dokumentation: ${block.evidenceId}]` : richTextToText([block]),
    )
    .join("\n\n");
}

export function assessmentBodyFromText(value: string): AssessmentBlock[] {
  return richTextFromText(value).map((block) => {
    const match = block.kind === "paragraph" ? EVIDENCE_LINE.exec(block.text) : null;
    return match?.[1] === undefined ? block : { kind: "evidence", evidenceId: match[1].trim() };
  });
}

function emptyStatusReport(kind: StatusReportKind): Initiative["statusReport"] {
  const fields = Object.fromEntries(statusFieldKeys(kind).map((k) => [k, [] as RichText]));
  return statusReportSchema.parse({ kind, fields, targetGroup: null, amountLines: [], datedStatements: [] });
}

/** The change itself, and the field keys it touched (they leave the roll-forward's list). */
interface PartChange {
  readonly content: ReportingRound;
  readonly details: Record<string, unknown>;
  readonly touched: readonly string[];
}

function applyHeader(content: ReportingRound, edit: Extract<RoundPartEdit, { part: "header" }>): PartChange {
  const { part: _part, ...rest } = edit;
  const patch = given(rest);
  const keys = Object.keys(patch);
  return {
    content: { ...content, ...patch },
    details: { before: picked(content, keys), after: patch },
    touched: keys,
  };
}

function applyText(content: ReportingRound, edit: Extract<RoundPartEdit, { part: "text" }>): PartChange {
  const [head, heading] = edit.field.split(".") as [string, keyof SectionHeadings | undefined];
  if (heading !== undefined) {
    const value = edit.text.trim();
    if (value === "") {
      throw new DomainError(
        "invalid_input",
        { da: "En overskrift kan ikke være tom.", en: "A heading cannot be empty." },
        [{ field: "text", message: "udfyld overskriften", en: "fill in the heading" }],
      );
    }
    return {
      content: { ...content, sectionHeadings: { ...content.sectionHeadings, [heading]: value } },
      details: { field: edit.field, before: content.sectionHeadings[heading], after: value },
      touched: [edit.field],
    };
  }
  const field = head as "introduction" | "assessmentIntroduction";
  return {
    content: { ...content, [field]: richTextSchema.parse(richTextFromText(edit.text)) },
    details: { field, before: richTextToText(content[field]), after: edit.text },
    touched: [field],
  };
}

function applyGoal(content: ReportingRound, edit: Extract<RoundPartEdit, { part: "goal" }>): PartChange {
  const goal = goalOf(content, edit.goalCode);
  const patch = given({ text: edit.text, deadline: edit.deadline });
  return {
    content: withGoal(content, { ...goal, ...patch }),
    details: { goalCode: goal.code, before: picked(goal, Object.keys(patch)), after: patch },
    touched: Object.keys(patch).map((k) => `goal.${goal.code}.${k}`),
  };
}

function applyIndicator(
  content: ReportingRound,
  edit: Extract<RoundPartEdit, { part: "indicator" }>,
): PartChange {
  const goal = goalOf(content, edit.goalCode);
  const tracked = trackedOf(goal, edit.indicatorId);
  const patch = given({ name: edit.name, definition: edit.definition, unit: edit.unit, source: edit.source });
  return {
    content: withTracked(content, goal, { ...tracked, indicator: { ...tracked.indicator, ...patch } }),
    details: {
      goalCode: goal.code,
      indicatorId: edit.indicatorId,
      before: picked(tracked.indicator, Object.keys(patch)),
      after: patch,
    },
    touched: [`goal.${goal.code}.indicator.${edit.indicatorId}`],
  };
}

function applyTarget(content: ReportingRound, edit: Extract<RoundPartEdit, { part: "target" }>): PartChange {
  const goal = goalOf(content, edit.goalCode);
  const tracked = trackedOf(goal, edit.indicatorId);
  return {
    content: withTracked(content, goal, { ...tracked, target: edit.target }),
    details: {
      goalCode: goal.code,
      indicatorId: edit.indicatorId,
      before: tracked.target,
      after: edit.target,
    },
    touched: [`goal.${goal.code}.indicator.${edit.indicatorId}`],
  };
}

function applyMeasurement(
  content: ReportingRound,
  edit: Extract<RoundPartEdit, { part: "measurement" }>,
): PartChange {
  const goal = goalOf(content, edit.goalCode);
  const tracked = trackedOf(goal, edit.indicatorId);
  const m = edit.measurement;
  const existing = tracked.measurements.find((x) => x.id === m.id);
  if (edit.action === "add" && existing !== undefined) {
    throw new DomainError(
      "conflict",
      {
        da: `Målingen ${m.id} findes allerede; ret den i stedet.`,
        en: `The measurement ${m.id} already exists; correct it instead.`,
      },
      [{ field: "measurement.id", message: "findes allerede", en: "already exists" }],
    );
  }
  if (edit.action === "correct" && existing === undefined) {
    throw notInRound({ da: `Målingen ${m.id}`, en: `The measurement ${m.id}` }, "measurement.id");
  }
  const measurements =
    edit.action === "add"
      ? [...tracked.measurements, m]
      : tracked.measurements.map((x) => (x.id === m.id ? m : x));
  return {
    content: withTracked(content, goal, { ...tracked, measurements }),
    details: {
      goalCode: goal.code,
      indicatorId: edit.indicatorId,
      action: edit.action,
      before: existing ?? null,
      after: m,
      ...(edit.reason === undefined ? {} : { reason: edit.reason }),
    },
    touched: [`goal.${goal.code}.indicator.${edit.indicatorId}`],
  };
}

function applyMeasurementDelete(
  content: ReportingRound,
  edit: Extract<RoundPartEdit, { part: "measurement_delete" }>,
): PartChange {
  const goal = goalOf(content, edit.goalCode);
  const tracked = trackedOf(goal, edit.indicatorId);
  const existing = tracked.measurements.find((x) => x.id === edit.measurementId);
  if (existing === undefined)
    throw notInRound(
      { da: `Målingen ${edit.measurementId}`, en: `The measurement ${edit.measurementId}` },
      "measurementId",
    );
  const cited = content.assessments.some((a) =>
    a.evidence.some((e) => e.kind === "measurement" && e.measurementId === edit.measurementId),
  );
  if (cited) {
    throw new DomainError(
      "conflict",
      {
        da: `Målingen ${edit.measurementId} bruges som dokumentation i en vurdering; fjern den dér først.`,
        en: `The measurement ${edit.measurementId} is cited as evidence in an assessment; remove it there first.`,
      },
      [{ field: "measurementId", message: "bruges i en vurdering", en: "cited in an assessment" }],
    );
  }
  return {
    content: withTracked(content, goal, {
      ...tracked,
      measurements: tracked.measurements.filter((x) => x.id !== edit.measurementId),
    }),
    details: {
      goalCode: goal.code,
      indicatorId: edit.indicatorId,
      action: "delete",
      before: existing,
      reason: edit.reason,
    },
    touched: [`goal.${goal.code}.indicator.${edit.indicatorId}`],
  };
}

function applyAssessment(
  content: ReportingRound,
  edit: Extract<RoundPartEdit, { part: "assessment" }>,
): PartChange {
  const assessment = content.assessments.find((a) => a.goalCode === edit.goalCode);
  if (assessment === undefined)
    throw notInRound(
      { da: `Vurderingen af mål ${edit.goalCode}`, en: `The assessment of goal ${edit.goalCode}` },
      "goalCode",
    );
  const { part: _part, goalCode: _code, body, ...rest } = edit;
  const patch: Partial<GoalAssessment> = {
    ...given(rest),
    ...(body === undefined ? {} : { body: assessmentBodyFromText(body) }),
  };
  const keys = Object.keys(patch);
  const before = picked(assessment, keys);
  if (body !== undefined) before.body = assessmentBodyToText(assessment.body);
  return {
    content: {
      ...content,
      assessments: content.assessments.map((a) => (a.goalCode === edit.goalCode ? { ...a, ...patch } : a)),
    },
    details: {
      goalCode: edit.goalCode,
      before,
      after: { ...given(rest), ...(body === undefined ? {} : { body }) },
    },
    touched: keys.map((k) => `assessment.${edit.goalCode}.${k}`),
  };
}

function applyInitiativeAdd(
  content: ReportingRound,
  edit: Extract<RoundPartEdit, { part: "initiative_add" }>,
): PartChange {
  if (content.initiatives.some((i) => i.id === edit.initiativeId)) {
    throw new DomainError(
      "conflict",
      {
        da: `Der findes allerede en indsats med id ${edit.initiativeId}.`,
        en: `There is already an initiative with id ${edit.initiativeId}.`,
      },
      [{ field: "initiativeId", message: "findes allerede", en: "already exists" }],
    );
  }
  const goalCodes = edit.goalCodes ?? [];
  if (edit.kind === "beyond_goals" && goalCodes.length > 0) {
    throw new DomainError(
      "invalid_input",
      {
        da: "En indsats ud over målene kan ikke knyttes til et mål.",
        en: "An initiative beyond the goals cannot be linked to a goal.",
      },
      [
        {
          field: "goalCodes",
          message: "skal være tom for en indsats ud over målene",
          en: "must be empty for an initiative beyond the goals",
        },
      ],
    );
  }
  for (const goalCode of goalCodes) goalOf(content, goalCode);
  const initiative: Initiative = {
    id: edit.initiativeId,
    name: edit.name,
    isNew: true,
    committeeCode: content.committeeCode,
    goalLinks: goalCodes.map((goalCode) => ({ goalCode, basis: "explicit", excerpt: edit.name })),
    successCriteria: [],
    statusReport: emptyStatusReport(edit.kind),
  };
  return {
    content: { ...content, initiatives: [...content.initiatives, initiative] },
    details: { initiativeId: edit.initiativeId, name: edit.name, kind: edit.kind, goalCodes },
    touched: [],
  };
}

function applyInitiativeRetire(
  content: ReportingRound,
  edit: Extract<RoundPartEdit, { part: "initiative_retire" }>,
): PartChange {
  const initiative = content.initiatives.find((i) => i.id === edit.initiativeId);
  if (initiative === undefined)
    throw notInRound(
      { da: `Indsatsen ${edit.initiativeId}`, en: `The initiative ${edit.initiativeId}` },
      "initiativeId",
    );
  // Its overview lines stay (their amounts are the record of earlier years), no longer tied to a schema.
  const tables = content.budget.tables.map((t) => ({
    ...t,
    lines: t.lines.map((l) => (l.initiativeId === edit.initiativeId ? { ...l, initiativeId: null } : l)),
  }));
  return {
    content: {
      ...content,
      initiatives: content.initiatives.filter((i) => i.id !== edit.initiativeId),
      budget: { ...content.budget, tables },
    },
    details: { initiativeId: edit.initiativeId, name: initiative.name, reason: edit.reason },
    touched: [`initiative.${edit.initiativeId}`],
  };
}

function applyReview(content: ReportingRound, edit: Extract<RoundPartEdit, { part: "review" }>): PartChange {
  if (!(content.pendingReview ?? []).some((p) => p.key === edit.key)) {
    throw notInRound(
      { da: `Punktet ${edit.key} på tjeklisten`, en: `The checklist item ${edit.key}` },
      "key",
    );
  }
  return { content, details: { key: edit.key }, touched: [edit.key] };
}

function applyBudgetCell(
  content: ReportingRound,
  edit: Extract<RoundPartEdit, { part: "budget_cell" }>,
): PartChange {
  const change = withBudgetCell(content, edit.tableId, edit.lineId, edit.year, edit.cell);
  return { ...change, touched: [] };
}

function applyStatedTotal(
  content: ReportingRound,
  edit: Extract<RoundPartEdit, { part: "stated_total" }>,
): PartChange {
  const target: StatedTotalTarget =
    edit.lineId !== undefined
      ? { kind: "line", lineId: edit.lineId }
      : edit.year !== undefined
        ? { kind: "year", year: edit.year }
        : { kind: "grand" };
  return { ...withStatedTotal(content, edit.tableId, target, edit.amount), touched: [] };
}

function changeOf(content: ReportingRound, edit: RoundPartEdit): PartChange {
  switch (edit.part) {
    case "header":
      return applyHeader(content, edit);
    case "text":
      return applyText(content, edit);
    case "goal":
      return applyGoal(content, edit);
    case "indicator":
      return applyIndicator(content, edit);
    case "target":
      return applyTarget(content, edit);
    case "measurement":
      return applyMeasurement(content, edit);
    case "measurement_delete":
      return applyMeasurementDelete(content, edit);
    case "assessment":
      return applyAssessment(content, edit);
    case "initiative_add":
      return applyInitiativeAdd(content, edit);
    case "initiative_retire":
      return applyInitiativeRetire(content, edit);
    case "budget_cell":
      return applyBudgetCell(content, edit);
    case "stated_total":
      return applyStatedTotal(content, edit);
    case "review":
      return applyReview(content, edit);
  }
}

/** One part of the round changed; a field a roll-forward flagged leaves the checklist once edited. */
export function applyPartEdit(content: ReportingRound, edit: RoundPartEdit): RoundEdit {
  const change = changeOf(content, edit);
  return {
    content: { ...change.content, ...withoutTouchedOf(change.content, change.touched) },
    details: { part: edit.part, ...change.details },
  };
}
