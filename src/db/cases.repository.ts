import { type Kysely, sql } from "kysely";
import type { CaseAction, NewCaseAction } from "../domain/cases/case-lifecycle.ts";
import type { CaseLevel } from "../domain/cases/levels.ts";
import type { CaseEventTable, Database } from "./schema.ts";

/**
 * SSP cases (migration 0010): committees and memberships, the catalogue versions, young persons,
 * cases with their actions and timeline, assessments and interventions. Per-record access and
 * the audit of reads are the use cases' job, in the transaction that reads.
 */

export interface SspCommittee {
  readonly code: string;
  readonly name: string;
  readonly leaderGroup: string;
}

export async function listSspCommittees(db: Kysely<Database>): Promise<SspCommittee[]> {
  const rows = await db.selectFrom("ssp_committee").selectAll().orderBy("code").execute();
  return rows.map((r) => ({ code: r.code, name: r.name, leaderGroup: r.leader_group }));
}

export async function upsertSspCommittee(db: Kysely<Database>, committee: SspCommittee): Promise<void> {
  await db
    .insertInto("ssp_committee")
    .values({ code: committee.code, name: committee.name, leader_group: committee.leaderGroup })
    .onConflict((oc) =>
      oc.column("code").doUpdateSet({ name: committee.name, leader_group: committee.leaderGroup }),
    )
    .execute();
}

export async function committeesOfUser(db: Kysely<Database>, userId: number): Promise<string[]> {
  const rows = await db
    .selectFrom("user_ssp_committee")
    .select("committee_code")
    .where("user_id", "=", userId)
    .orderBy("committee_code")
    .execute();
  return rows.map((r) => r.committee_code);
}

/** Replaces the user's memberships with `codes`. */
export async function setCommitteesOfUser(
  trx: Kysely<Database>,
  userId: number,
  codes: readonly string[],
): Promise<void> {
  await trx.deleteFrom("user_ssp_committee").where("user_id", "=", userId).execute();
  if (codes.length > 0) {
    await trx
      .insertInto("user_ssp_committee")
      .values(codes.map((code) => ({ user_id: userId, committee_code: code })))
      .execute();
  }
}

export async function latestCatalogue(
  db: Kysely<Database>,
): Promise<{ readonly id: number; readonly content: unknown; readonly createdBy: string } | undefined> {
  const row = await db
    .selectFrom("case_catalogue")
    .selectAll()
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : { id: row.id, content: row.content, createdBy: row.created_by };
}

export async function insertCatalogue(
  trx: Kysely<Database>,
  content: unknown,
  createdBy: string,
): Promise<number> {
  const row = await trx
    .insertInto("case_catalogue")
    .values({ content: JSON.stringify(content), created_by: createdBy })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface YoungPerson {
  readonly id: number;
  readonly committeeCode: string;
  readonly pseudonym: string;
  readonly birthYear: number;
  readonly birthMonth: number | null;
  readonly name: string | null;
  readonly contact: string | null;
  readonly anonymised: boolean;
}

export async function findPersonByPseudonym(
  db: Kysely<Database>,
  committeeCode: string,
  pseudonym: string,
): Promise<number | undefined> {
  const row = await db
    .selectFrom("young_person")
    .select("id")
    .where("committee_code", "=", committeeCode)
    .where("pseudonym", "=", pseudonym)
    .executeTakeFirst();
  return row?.id;
}

export async function insertPerson(
  trx: Kysely<Database>,
  person: Omit<YoungPerson, "id" | "anonymised">,
): Promise<number> {
  const row = await trx
    .insertInto("young_person")
    .values({
      committee_code: person.committeeCode,
      pseudonym: person.pseudonym,
      birth_year: person.birthYear,
      birth_month: person.birthMonth,
      name: person.name,
      contact: person.contact,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The unique (committee, pseudonym) constraint: a second registration racing the first. */
export function isDuplicatePerson(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === "23505" && constraint === "young_person_committee_pseudonym";
}

export interface CaseSummary {
  readonly id: number;
  readonly personId: number;
  readonly pseudonym: string;
  readonly birthYear: number;
  readonly birthMonth: number | null;
  readonly committee: string;
  readonly level: CaseLevel;
  readonly openedOn: string;
  readonly closedOn: string | null;
  readonly openActions: number;
  readonly overdueActions: number;
  readonly nextDueOn: string | null;
}

export interface CaseFilter {
  /** Only these committees; undefined: all. */
  readonly committees?: readonly string[] | undefined;
  readonly committee?: string | undefined;
  readonly level?: number | undefined;
  readonly includeClosed?: boolean | undefined;
}

export async function listCases(
  db: Kysely<Database>,
  filter: CaseFilter,
  today: string,
): Promise<CaseSummary[]> {
  if (filter.committees !== undefined && filter.committees.length === 0) return [];
  let q = db
    .selectFrom("ssp_case as c")
    .innerJoin("young_person as p", "p.id", "c.person_id")
    .select([
      "c.id",
      "c.person_id",
      "p.pseudonym",
      "p.birth_year",
      "p.birth_month",
      "c.committee_code",
      "c.level",
      "c.opened_on",
      "c.closed_on",
      sql<number>`(select count(*)::int from case_action a where a.case_id = c.id and a.status = 'open')`.as(
        "open_actions",
      ),
      sql<number>`(select count(*)::int from case_action a where a.case_id = c.id and a.status = 'open' and a.due_on < ${today}::date)`.as(
        "overdue_actions",
      ),
      sql<
        string | null
      >`(select min(a.due_on) from case_action a where a.case_id = c.id and a.status = 'open')`.as(
        "next_due_on",
      ),
    ])
    .orderBy("c.id");
  if (filter.committees !== undefined) q = q.where("c.committee_code", "in", [...filter.committees]);
  if (filter.committee !== undefined) q = q.where("c.committee_code", "=", filter.committee);
  if (filter.level !== undefined) q = q.where("c.level", "=", filter.level);
  if (filter.includeClosed !== true) q = q.where("c.closed_on", "is", null);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    pseudonym: r.pseudonym,
    birthYear: r.birth_year,
    birthMonth: r.birth_month,
    committee: r.committee_code,
    level: r.level as CaseLevel,
    openedOn: r.opened_on,
    closedOn: r.closed_on,
    openActions: Number(r.open_actions),
    overdueActions: Number(r.overdue_actions),
    nextDueOn: r.next_due_on === null ? null : String(r.next_due_on).slice(0, 10),
  }));
}

export interface CaseRecord {
  readonly id: number;
  readonly person: YoungPerson;
  readonly committee: string;
  readonly level: CaseLevel;
  readonly openedOn: string;
  readonly closedOn: string | null;
  readonly closeReason: string | null;
  readonly createdBy: string;
  readonly actions: readonly CaseAction[];
}

/** One case with its person and actions; `lock` takes the case row FOR UPDATE first. */
export async function findCase(
  db: Kysely<Database>,
  id: number,
  options: { readonly lock?: boolean } = {},
): Promise<CaseRecord | undefined> {
  let q = db.selectFrom("ssp_case").selectAll().where("id", "=", id);
  if (options.lock === true) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (row === undefined) return undefined;
  const person = await db
    .selectFrom("young_person")
    .selectAll()
    .where("id", "=", row.person_id)
    .executeTakeFirstOrThrow();
  const actions = await db
    .selectFrom("case_action")
    .selectAll()
    .where("case_id", "=", id)
    .orderBy("id")
    .execute();
  return {
    id: row.id,
    person: {
      id: person.id,
      committeeCode: person.committee_code,
      pseudonym: person.pseudonym,
      birthYear: person.birth_year,
      birthMonth: person.birth_month,
      name: person.name,
      contact: person.contact,
      anonymised: person.anonymised_at !== null,
    },
    committee: row.committee_code,
    level: row.level as CaseLevel,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    closeReason: row.close_reason,
    createdBy: row.created_by,
    actions: actions.map((a) => ({
      id: a.id,
      key: a.key,
      title: a.title,
      responsible: a.responsible,
      level: a.level as CaseLevel,
      createdOn: a.created_on,
      dueOn: a.due_on,
      status: a.status,
      completedOn: a.completed_on,
    })),
  };
}

export async function insertCase(
  trx: Kysely<Database>,
  c: { personId: number; committee: string; level: CaseLevel; openedOn: string; createdBy: string },
): Promise<number> {
  const row = await trx
    .insertInto("ssp_case")
    .values({
      person_id: c.personId,
      committee_code: c.committee,
      level: c.level,
      opened_on: c.openedOn,
      created_by: c.createdBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setCaseLevel(trx: Kysely<Database>, id: number, level: CaseLevel): Promise<void> {
  await trx.updateTable("ssp_case").set({ level }).where("id", "=", id).execute();
}

export async function setCaseClosed(
  trx: Kysely<Database>,
  id: number,
  closedOn: string,
  reason: string,
): Promise<void> {
  await trx
    .updateTable("ssp_case")
    .set({ closed_on: closedOn, close_reason: reason })
    .where("id", "=", id)
    .execute();
}

export async function insertActions(
  trx: Kysely<Database>,
  caseId: number,
  actions: readonly NewCaseAction[],
): Promise<void> {
  if (actions.length === 0) return;
  await trx
    .insertInto("case_action")
    .values(
      actions.map((a) => ({
        case_id: caseId,
        key: a.key,
        title: a.title,
        responsible: a.responsible,
        level: a.level,
        created_on: a.createdOn,
        due_on: a.dueOn,
        status: "open" as const,
      })),
    )
    .execute();
}

export async function lapseActions(trx: Kysely<Database>, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .updateTable("case_action")
    .set({ status: "lapsed" })
    .where("id", "in", [...ids])
    .execute();
}

export async function markActionCompleted(
  trx: Kysely<Database>,
  id: number,
  completedOn: string,
  completedBy: string,
): Promise<void> {
  await trx
    .updateTable("case_action")
    .set({ status: "completed", completed_on: completedOn, completed_by: completedBy })
    .where("id", "=", id)
    .execute();
}

export interface CaseEvent {
  readonly id: string;
  readonly at: string;
  readonly onDate: string;
  readonly kind: CaseEventTable["kind"];
  readonly level: CaseLevel;
  readonly details: Record<string, unknown>;
  readonly actorName: string;
}

export async function appendCaseEvent(
  trx: Kysely<Database>,
  event: Omit<CaseEvent, "id" | "at"> & { readonly caseId: number },
): Promise<void> {
  await trx
    .insertInto("case_event")
    .values({
      case_id: event.caseId,
      on_date: event.onDate,
      kind: event.kind,
      level: event.level,
      details: JSON.stringify(event.details),
      actor_name: event.actorName,
    })
    .execute();
}

export async function caseTimeline(db: Kysely<Database>, caseId: number): Promise<CaseEvent[]> {
  const rows = await db
    .selectFrom("case_event")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    at: new Date(r.at).toISOString(),
    onDate: r.on_date,
    kind: r.kind,
    level: r.level as CaseLevel,
    details: r.details,
    actorName: r.actor_name,
  }));
}

export interface OverdueAction {
  readonly caseId: number;
  readonly committee: string;
  readonly level: CaseLevel;
  readonly actionId: number;
  readonly action: string;
  readonly title: string;
  readonly responsible: string;
  readonly dueOn: string;
}

/** Open actions due before `today` on open cases, oldest first. */
export async function overdueActions(
  db: Kysely<Database>,
  today: string,
  committees: readonly string[] | undefined,
): Promise<OverdueAction[]> {
  if (committees !== undefined && committees.length === 0) return [];
  let q = db
    .selectFrom("case_action as a")
    .innerJoin("ssp_case as c", "c.id", "a.case_id")
    .select([
      "c.id as case_id",
      "c.committee_code",
      "c.level",
      "a.id",
      "a.key",
      "a.title",
      "a.responsible",
      "a.due_on",
    ])
    .where("a.status", "=", "open")
    .where("c.closed_on", "is", null)
    .where(sql<boolean>`a.due_on < ${today}::date`)
    .orderBy("a.due_on")
    .orderBy("a.id");
  if (committees !== undefined) q = q.where("c.committee_code", "in", [...committees]);
  const rows = await q.execute();
  return rows.map((r) => ({
    caseId: r.case_id,
    committee: r.committee_code,
    level: r.level as CaseLevel,
    actionId: r.id,
    action: r.key,
    title: r.title,
    responsible: r.responsible,
    dueOn: r.due_on,
  }));
}

export interface Assessment {
  readonly id: number;
  readonly personId: number;
  readonly assessedOn: string;
  readonly scores: Record<string, number>;
}

export async function insertAssessment(
  trx: Kysely<Database>,
  a: { personId: number; assessedOn: string; scores: Record<string, number>; recordedBy: string },
): Promise<number> {
  const row = await trx
    .insertInto("case_assessment")
    .values({
      person_id: a.personId,
      assessed_on: a.assessedOn,
      scores: JSON.stringify(a.scores),
      recorded_by: a.recordedBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function assessmentOn(db: Kysely<Database>, personId: number, date: string): Promise<boolean> {
  const row = await db
    .selectFrom("case_assessment")
    .select("id")
    .where("person_id", "=", personId)
    .where("assessed_on", "=", date)
    .executeTakeFirst();
  return row !== undefined;
}

/** Assessments of the given persons (all when undefined), by person and date. */
export async function listAssessments(
  db: Kysely<Database>,
  personIds?: readonly number[],
): Promise<Assessment[]> {
  if (personIds !== undefined && personIds.length === 0) return [];
  let q = db.selectFrom("case_assessment").selectAll().orderBy("person_id").orderBy("assessed_on");
  if (personIds !== undefined) q = q.where("person_id", "in", [...personIds]);
  const rows = await q.execute();
  return rows.map((r) => ({ id: r.id, personId: r.person_id, assessedOn: r.assessed_on, scores: r.scores }));
}

export interface Intervention {
  readonly id: number;
  readonly personId: number;
  readonly type: string;
  readonly startedOn: string;
  readonly endedOn: string | null;
}

export async function insertIntervention(
  trx: Kysely<Database>,
  i: { personId: number; type: string; startedOn: string; endedOn: string | null; recordedBy: string },
): Promise<number> {
  const row = await trx
    .insertInto("case_intervention")
    .values({
      person_id: i.personId,
      type: i.type,
      started_on: i.startedOn,
      ended_on: i.endedOn,
      recorded_by: i.recordedBy,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listInterventions(
  db: Kysely<Database>,
  personIds?: readonly number[],
): Promise<Intervention[]> {
  if (personIds !== undefined && personIds.length === 0) return [];
  let q = db.selectFrom("case_intervention").selectAll().orderBy("person_id").orderBy("started_on");
  if (personIds !== undefined) q = q.where("person_id", "in", [...personIds]);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    type: r.type,
    startedOn: r.started_on,
    endedOn: r.ended_on,
  }));
}

/** Birth year of every young person with an assessment (for age in the outcome analysis). */
export async function personBirthYears(db: Kysely<Database>): Promise<Map<number, number>> {
  const rows = await db.selectFrom("young_person").select(["id", "birth_year"]).execute();
  return new Map(rows.map((r) => [r.id, r.birth_year]));
}

/** Cases per committee and level (open cases), and their overdue actions. */
export async function caseCounts(
  db: Kysely<Database>,
  today: string,
): Promise<{ committee: string; level: CaseLevel; cases: number; overdueActions: number }[]> {
  const { rows } = await sql<{ committee_code: string; level: number; cases: number; overdue: number }>`
    select c.committee_code, c.level, count(*)::int as cases,
      coalesce(sum((select count(*) from case_action a
        where a.case_id = c.id and a.status = 'open' and a.due_on < ${today}::date)), 0)::int as overdue
    from ssp_case c
    where c.closed_on is null
    group by c.committee_code, c.level
    order by c.committee_code, c.level`.execute(db);
  return rows.map((r) => ({
    committee: r.committee_code,
    level: r.level as CaseLevel,
    cases: Number(r.cases),
    overdueActions: Number(r.overdue),
  }));
}

/** Cases closed on or before `closedBy` whose person is not yet anonymised. */
export async function casesToPurge(
  db: Kysely<Database>,
  closedBy: string,
): Promise<{ id: number; personId: number }[]> {
  const rows = await db
    .selectFrom("ssp_case as c")
    .innerJoin("young_person as p", "p.id", "c.person_id")
    .select(["c.id", "c.person_id"])
    .where("c.closed_on", "<=", closedBy)
    .where("p.anonymised_at", "is", null)
    // A person with another case still open (or closed too recently) keeps their data.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("ssp_case as o")
            .select("o.id")
            .whereRef("o.person_id", "=", "c.person_id")
            .where((eb) => eb.or([eb("o.closed_on", "is", null), eb("o.closed_on", ">", closedBy)])),
        ),
      ),
    )
    .orderBy("c.id")
    .execute();
  return rows.map((r) => ({ id: r.id, personId: r.person_id }));
}

/**
 * Deletes the timeline and actions of the cases (free text: reasons, titles) and anonymises
 * their persons: name, contact and birth month go, the pseudonym becomes `anonymiseret-<id>`.
 * Level, committee, dates, assessments and interventions stay for the aggregates.
 */
export async function purgeCases(
  trx: Kysely<Database>,
  cases: readonly { id: number; personId: number }[],
): Promise<void> {
  if (cases.length === 0) return;
  const caseIds = cases.map((c) => c.id);
  const personIds = [...new Set(cases.map((c) => c.personId))];
  await sql`select set_config('udsyn.case_purge', 'on', true)`.execute(trx);
  await trx.deleteFrom("case_event").where("case_id", "in", caseIds).execute();
  await sql`select set_config('udsyn.case_purge', 'off', true)`.execute(trx);
  await trx.deleteFrom("case_action").where("case_id", "in", caseIds).execute();
  await trx.updateTable("ssp_case").set({ close_reason: null }).where("id", "in", caseIds).execute();
  await trx
    .updateTable("young_person")
    .set({
      name: null,
      contact: null,
      birth_month: null,
      anonymised_at: sql`now()`,
      pseudonym: sql`'anonymiseret-' || id::text`,
    })
    .where("id", "in", personIds)
    .execute();
}

export async function userExists(db: Kysely<Database>, userId: number): Promise<boolean> {
  const row = await db.selectFrom("app_user").select("id").where("id", "=", userId).executeTakeFirst();
  return row !== undefined;
}
