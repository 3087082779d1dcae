import type { Kysely } from "kysely";
import { recordAudit } from "../../db/audit.ts";
import {
  findRound,
  findRoundById,
  insertRound,
  listOrganisationUnits,
  type RoundRecord,
  updateRoundContent,
  updateRoundStatus,
} from "../../db/policy.repository.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { formatMillions } from "../../domain/format.ts";
import type { BudgetCell, BudgetTable } from "../../domain/policy/budget/budget-overview.ts";
import type { OrganisationUnit } from "../../domain/policy/goals/organisation.ts";
import { richTextFromText } from "../../domain/policy/goals/rich-text-editable.ts";
import type { Initiative } from "../../domain/policy/initiatives/initiative.ts";
import {
  type StatusFieldKey,
  statusFieldKeys,
} from "../../domain/policy/initiatives/status-report-layout.ts";
import type { PolicyFollowUpData, ReportingRound } from "../../domain/policy/report/reporting-round.ts";
import { reportingRoundSchema } from "../../domain/policy/report/reporting-round.ts";
import { diffRounds, type RoundChange } from "../../domain/policy/report/round-diff.ts";
import {
  assertEditable,
  checkTransition,
  type RoundStatus,
} from "../../domain/policy/report/round-workflow.ts";
import type { Finding } from "../../domain/policy/validation/finding.ts";
import { validateReport } from "../../domain/policy/validation/validate-report.ts";
import { importWorkbook } from "../../formats/xlsx/import-workbook.ts";
import { mergeWorkbookIntoRound } from "../../formats/xlsx/merge-workbook.ts";

export async function requireRound(
  db: Kysely<Database>,
  committee: string,
  year: number,
  version?: number,
): Promise<RoundRecord> {
  const round = await findRound(db, committee, year, version);
  if (round === undefined) {
    throw new DomainError(
      "not_found",
      `Der er ingen redegørelse for ${committee} ${year}${version === undefined ? "" : ` version ${version}`}.`,
      [{ field: "committee", message: `ingen runde for ${committee} ${year}` }],
    );
  }
  return round;
}

export async function requireRoundById(db: Kysely<Database>, id: number): Promise<RoundRecord> {
  const round = await findRoundById(db, id);
  if (round === undefined)
    throw new DomainError("not_found", `Redegørelse ${id} findes ikke.`, [
      { field: "id", message: "findes ikke" },
    ]);
  return round;
}

export function findingsOf(round: RoundRecord): readonly Finding[] {
  return validateReport(round.content);
}

/** The data the report model needs: the organisation names and the round itself. */
export async function reportData(db: Kysely<Database>, round: RoundRecord): Promise<PolicyFollowUpData> {
  const units = await listOrganisationUnits(db);
  const organisations: OrganisationUnit[] = units.map((u) =>
    u.kind === "committee"
      ? { kind: "committee", code: u.code, name: u.name, administrationCode: u.administrationCode ?? "" }
      : { kind: "administration", code: u.code, name: u.name },
  );
  return { organisations, rounds: [round.content] };
}

/** Validates a changed round whole before it is written: a half-valid round is never stored. */
function checked(content: ReportingRound): ReportingRound {
  const result = reportingRoundSchema.safeParse(content);
  if (!result.success) {
    throw new DomainError(
      "invalid_input",
      "Ændringen gør redegørelsen ugyldig.",
      result.error.issues.map((i) => ({ field: i.path.join("."), message: i.message })),
    );
  }
  return result.data as ReportingRound;
}

async function changeContent(
  db: Kysely<Database>,
  actor: Actor,
  roundId: number,
  action: string,
  change: (content: ReportingRound) => { content: ReportingRound; details: Record<string, unknown> },
): Promise<RoundRecord> {
  return db.transaction().execute(async (trx) => {
    const round = await requireRoundById(trx, roundId);
    assertEditable(round.status);
    const { content, details } = change(round.content);
    const next = checked(content);
    await updateRoundContent(trx, roundId, next);
    await recordAudit(trx, actor, { action, entity: "reporting_round", entityId: roundId, details });
    return { ...round, content: next };
  });
}

export function updateStatusField(
  db: Kysely<Database>,
  actor: Actor,
  roundId: number,
  initiativeId: string,
  field: string,
  text: string,
): Promise<RoundRecord> {
  return changeContent(db, actor, roundId, "round.status_field.update", (content) => {
    const initiative = content.initiatives.find((i) => i.id === initiativeId);
    if (initiative === undefined) {
      throw new DomainError("not_found", `Indsatsen ${initiativeId} findes ikke i redegørelsen.`, [
        { field: "initiativeId", message: "findes ikke" },
      ]);
    }
    const keys = statusFieldKeys(initiative.statusReport.kind) as readonly string[];
    if (!keys.includes(field)) {
      throw new DomainError("invalid_input", `Statusskemaet har ikke feltet ${field}.`, [
        { field: "field", message: `et af: ${keys.join(", ")}` },
      ]);
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
      },
      details: { initiativeId, field, before, after: text },
    };
  });
}

export function updateBudgetCell(
  db: Kysely<Database>,
  actor: Actor,
  roundId: number,
  tableId: string,
  lineId: string,
  year: number,
  cell: BudgetCell,
): Promise<RoundRecord> {
  return changeContent(db, actor, roundId, "round.budget_cell.update", (content) => {
    const table = content.budget.tables.find((t) => t.id === tableId);
    const line = table?.lines.find((l) => l.id === lineId);
    if (table === undefined || line === undefined) {
      throw new DomainError("not_found", `Budgetlinjen ${tableId}/${lineId} findes ikke.`, [
        { field: "lineId", message: "findes ikke" },
      ]);
    }
    if (!table.years.includes(year)) {
      throw new DomainError("invalid_input", `Tabellen har ikke året ${year}.`, [
        { field: "year", message: `et af ${table.years.join(", ")}` },
      ]);
    }
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
  });
}

/** Where a stated total stands: a line's I alt, a year's I alt, or the table's grand total. */
export type StatedTotalTarget =
  | { readonly kind: "line"; readonly lineId: string }
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "grand" };

/** A total as the report states it; null removes it. udsyn's own totals are always computed. */
export function updateStatedTotal(
  db: Kysely<Database>,
  actor: Actor,
  roundId: number,
  tableId: string,
  target: StatedTotalTarget,
  amount: number | null,
): Promise<RoundRecord> {
  return changeContent(db, actor, roundId, "round.stated_total.update", (content) => {
    const table = content.budget.tables.find((t) => t.id === tableId);
    if (table === undefined) {
      throw new DomainError("not_found", `Tabellen ${tableId} findes ikke.`, [
        { field: "tableId", message: "findes ikke" },
      ]);
    }
    const stated = amount === null ? null : { amount, statedText: formatMillions(amount) };
    let changed: BudgetTable;
    if (target.kind === "line") {
      if (!table.lines.some((l) => l.id === target.lineId)) {
        throw new DomainError("not_found", `Budgetlinjen ${tableId}/${target.lineId} findes ikke.`, [
          { field: "lineId", message: "findes ikke" },
        ]);
      }
      changed = {
        ...table,
        lines: table.lines.map((l) => (l.id !== target.lineId ? l : { ...l, statedTotal: stated })),
      };
    } else if (target.kind === "year") {
      if (!table.years.includes(target.year)) {
        throw new DomainError("invalid_input", `Tabellen har ikke året ${target.year}.`, [
          { field: "year", message: `et af ${table.years.join(", ")}` },
        ]);
      }
      changed = { ...table, statedYearTotals: { ...table.statedYearTotals, [String(target.year)]: stated } };
    } else {
      changed = { ...table, statedGrandTotal: stated };
    }
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
  });
}

/** Replaces the round's content whole (an XLSX import merged into it), validated and audited. */
export function replaceContent(
  db: Kysely<Database>,
  actor: Actor,
  roundId: number,
  content: ReportingRound,
  action: string,
): Promise<RoundRecord> {
  return changeContent(db, actor, roundId, action, (before) => ({
    content,
    details: { changes: diffRounds(before, content).length },
  }));
}

export async function transitionRound(
  db: Kysely<Database>,
  actor: Actor,
  roundId: number,
  to: RoundStatus,
): Promise<RoundRecord> {
  return db.transaction().execute(async (trx) => {
    const round = await requireRoundById(trx, roundId);
    checkTransition(round.status, to, findingsOf(round));
    await updateRoundStatus(trx, roundId, to);
    await recordAudit(trx, actor, {
      action: `round.${to}`,
      entity: "reporting_round",
      entityId: roundId,
      details: { from: round.status, to },
    });
    return requireRoundById(trx, roundId);
  });
}

/** A correction of a published round: a new version, as a draft copy of it. */
export async function createCorrection(
  db: Kysely<Database>,
  actor: Actor,
  roundId: number,
): Promise<RoundRecord> {
  return db.transaction().execute(async (trx) => {
    const round = await requireRoundById(trx, roundId);
    if (round.status !== "published") {
      throw new DomainError(
        "conflict",
        "Kun en offentliggjort redegørelse rettes med en ny version; ret denne direkte.",
      );
    }
    const newest = await requireRound(trx, round.committeeCode, round.year);
    const id = await insertRound(trx, {
      committeeCode: round.committeeCode,
      year: round.year,
      version: newest.version + 1,
      status: "draft",
      deadline: round.deadline,
      createdFromId: round.id,
      content: round.content,
    });
    await recordAudit(trx, actor, {
      action: "round.correction",
      entity: "reporting_round",
      entityId: id,
      details: { from: round.id, version: newest.version + 1 },
    });
    return requireRoundById(trx, id);
  });
}

export interface NextRoundRequest {
  readonly committee: string;
  readonly year: number;
  readonly requestDate: string;
  readonly deadline: string | null;
}

/** A new year's round starts as a copy of the committee's newest round before it. */
export async function startNextRound(
  db: Kysely<Database>,
  actor: Actor,
  request: NextRoundRequest,
): Promise<RoundRecord> {
  return db.transaction().execute(async (trx) => {
    if ((await findRound(trx, request.committee, request.year)) !== undefined) {
      throw new DomainError(
        "conflict",
        `Der findes allerede en redegørelse for ${request.committee} ${request.year}.`,
        [{ field: "year", message: "findes allerede" }],
      );
    }
    const previous = await trx
      .selectFrom("reporting_round")
      .select(["id", "year"])
      .where("committee_code", "=", request.committee)
      .where("year", "<", request.year)
      .orderBy("year", "desc")
      .orderBy("version", "desc")
      .executeTakeFirst();
    if (previous === undefined) {
      throw new DomainError("not_found", `${request.committee} har ingen tidligere redegørelse at kopiere.`, [
        { field: "committee", message: "ingen tidligere runde" },
      ]);
    }
    const source = await requireRoundById(trx, previous.id);
    const content = checked({
      ...source.content,
      id: `${request.committee.toLowerCase()}-${request.year}`,
      year: request.year,
      requestDate: request.requestDate,
      title: source.content.title.replaceAll(String(source.year), String(request.year)),
    });
    const id = await insertRound(trx, {
      committeeCode: request.committee,
      year: request.year,
      version: 1,
      status: "requested",
      deadline: request.deadline,
      createdFromId: source.id,
      content,
    });
    await recordAudit(trx, actor, {
      action: "round.request",
      entity: "reporting_round",
      entityId: id,
      details: { copiedFrom: source.id, ...request },
    });
    return requireRoundById(trx, id);
  });
}

/** What changed in each status schema and budget line since the round this one was copied from. */
export async function changesSinceSource(
  db: Kysely<Database>,
  round: RoundRecord,
): Promise<{ source: RoundRecord | null; changes: readonly RoundChange[] }> {
  if (round.createdFromId === null) return { source: null, changes: [] };
  const source = await requireRoundById(db, round.createdFromId);
  return { source, changes: diffRounds(source.content, round.content) };
}

/** Budget and status schemas from the XLSX template, merged into an editable round: all or nothing. */
export async function importRoundXlsx(
  db: Kysely<Database>,
  actor: Actor,
  roundId: number,
  file: Buffer,
): Promise<RoundRecord> {
  const round = await requireRoundById(db, roundId);
  assertEditable(round.status);
  const workbook = await importWorkbook(file, {
    year: round.year,
    years: { from: round.year - 10, to: round.year + 10 },
  });
  return replaceContent(
    db,
    actor,
    roundId,
    mergeWorkbookIntoRound(round.content, workbook),
    "round.import_xlsx",
  );
}
