import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../../test/support/databases.ts";
import { shippedRules } from "../../../test/support/shipped-rules.ts";
import { upsertSspCommittee } from "../../db/cases.repository.ts";
import type { DatabaseHandle } from "../../db/database.ts";
import { insertUser } from "../../db/users.repository.ts";
import type { Actor } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { fixedClock } from "../../domain/law/clock.ts";
import { defaultCaseCatalogue } from "../../rules/load-case-catalogue.ts";
import { cliActor } from "../actor.ts";
import { createUseCaseContext, type UseCaseContext } from "../use-case.ts";
import { caseOverview, purgeCases, setUserCaseCommittees } from "./case-admin.ts";
import { closeCase, completeCaseAction, regradeCase } from "./change-case.ts";
import { createCase } from "./create-case.ts";
import { listCases, listOverdueActions } from "./list-cases.ts";
import { recordAssessment } from "./record-assessment.ts";
import { showCase } from "./show-case.ts";

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof DomainError) return error;
  throw new Error(`expected a refusal, got ${String(error)}`);
}

const scores = (value: number) =>
  Object.fromEntries(defaultCaseCatalogue().parameters.map((p) => [p.key, value]));

describe.each(testDatabases())("SSP cases on $name", (testDb) => {
  let database: DatabaseHandle;
  let ctx: UseCaseContext;
  let norrebro: Actor;
  let amager: Actor;
  const admin = cliActor();
  const analyst: Actor = { userId: null, name: "analytiker", role: "analyst", ip: null };

  beforeAll(async () => {
    database = await testDb.open();
    // Wednesday 2 December 2026, 00:30 in Copenhagen (still 1 December in UTC).
    ctx = createUseCaseContext(database.db, {
      clock: fixedClock("2026-12-01T23:30:00Z"),
      parameters: async () => shippedRules,
    });
    await upsertSspCommittee(database.db, { code: "norrebro", name: "Nørrebro", leaderGroup: "Nord" });
    await upsertSspCommittee(database.db, { code: "amager", name: "Amager", leaderGroup: "Syd" });
    const caseworker = (username: string) =>
      insertUser(database.db, { username, displayName: username, role: "caseworker", passwordHash: "x" });
    const n = await caseworker("cw-norrebro");
    const a = await caseworker("cw-amager");
    await setUserCaseCommittees(ctx, admin, { user: n.id, committees: ["norrebro"] });
    await setUserCaseCommittees(ctx, admin, { user: "cw-amager", committees: ["amager"] });
    norrebro = { userId: n.id, name: "cw-norrebro", role: "caseworker", ip: null };
    amager = { userId: a.id, name: "cw-amager", role: "caseworker", ip: null };
  });
  afterAll(async () => database.close());

  const newCase = {
    committee: "norrebro",
    pseudonym: "U-1001",
    birthYear: 2011,
    birthMonth: 3,
    name: "Ali Testesen",
    contact: "12 34 56 78",
    level: 2,
    openedOn: "2026-11-27",
  };

  it("creates a case at level 2 with its actions, completes one, escalates to 3, and keeps it all on the timeline", async () => {
    const created = await createCase(ctx, norrebro, newCase);
    expect(created).toMatchObject({
      level: 2,
      committee: "norrebro",
      ageGroup: "15_17",
      name: "Ali Testesen",
    });
    expect(created.actions.map((a) => [a.key, a.dueOn, a.overdue])).toEqual([
      ["samtale_foraeldre", "2026-12-04", false],
      ["underretning_vurderet", "2026-11-30", true],
      ["handleplan", "2026-12-18", false],
    ]);
    const overdue = await listOverdueActions(ctx, norrebro, {});
    expect(overdue.map((o) => [o.caseId, o.action, o.dueOn])).toEqual([
      [created.id, "underretning_vurderet", "2026-11-30"],
    ]);

    const actionId = created.actions[1]?.id ?? 0;
    const completed = await completeCaseAction(ctx, norrebro, {
      id: created.id,
      actionId,
      completedOn: "2026-12-01",
    });
    expect(completed.actions.find((a) => a.id === actionId)).toMatchObject({
      status: "completed",
      overdue: false,
    });

    const regraded = await regradeCase(ctx, norrebro, {
      id: created.id,
      level: 3,
      reason: "Ny sigtelse for indbrud",
    });
    expect(regraded.level).toBe(3);
    expect(regraded.actions.filter((a) => a.status === "open").map((a) => a.key)).toEqual([
      "netvaerksmoede",
      "indsats_ivaerksat",
      "ledergruppe_orienteret",
    ]);
    const detail = await showCase(ctx, norrebro, { id: created.id });
    expect(detail.timeline.map((e) => [e.kind, e.level])).toEqual([
      ["opened", 2],
      ["action_completed", 2],
      ["escalated", 3],
    ]);
    expect(detail.timeline[2]?.details).toMatchObject({ from: 2, to: 3, reason: "Ny sigtelse for indbrud" });
  });

  it("refuses the other committee's caseworker, and shows an administrator no name; analysts get aggregates only", async () => {
    const [listed] = await listCases(ctx, norrebro, {});
    const id = listed?.id ?? 0;
    expect((await refusal(showCase(ctx, amager, { id }))).code).toBe("forbidden");
    expect((await refusal(completeCaseAction(ctx, amager, { id, actionId: 1 }))).code).toBe("forbidden");
    expect(await listCases(ctx, amager, {})).toEqual([]);
    const asAdmin = await showCase(ctx, admin, { id });
    expect(asAdmin).toMatchObject({ pseudonym: "U-1001", name: null, contact: null });
    expect((await refusal(regradeCase(ctx, admin, { id, level: 4, reason: "x" }))).code).toBe("forbidden");
    expect((await refusal(listCases(ctx, analyst, {}))).code).toBe("forbidden");
    const overview = await caseOverview(ctx, analyst, {});
    expect(overview.cells).toEqual([{ committee: "norrebro", level: 3, cases: 1, overdueActions: 0 }]);
    const reads = await database.db
      .selectFrom("audit_log")
      .select(["actor_name", "action"])
      .where("action", "=", "ssp_case.read")
      .execute();
    expect(reads.map((r) => r.actor_name)).toEqual(["cw-norrebro", admin.name]);
  });

  it("refuses bad input naming the field and changes nothing", async () => {
    const [listed] = await listCases(ctx, norrebro, {});
    const id = listed?.id ?? 0;
    const before = await showCase(ctx, norrebro, { id });
    // Thunks, run one after the other: each refusal must leave the case as it was.
    const cases: [() => Promise<unknown>, string, string][] = [
      [() => regradeCase(ctx, norrebro, { id, level: 7, reason: "x" }), "invalid_input", "level"],
      [
        () =>
          recordAssessment(ctx, norrebro, {
            id,
            assessedOn: "2026-12-01",
            scores: { ...scores(5), venskaber: 11 },
          }),
        "invalid_input",
        "scores.venskaber",
      ],
      [
        () => recordAssessment(ctx, norrebro, { id, assessedOn: "2026-12-03", scores: scores(5) }),
        "invalid_input",
        "assessedOn",
      ],
      [
        () =>
          completeCaseAction(ctx, norrebro, {
            id,
            actionId: before.actions[3]?.id ?? 0,
            completedOn: "2026-11-26",
          }),
        "invalid_input",
        "completedOn",
      ],
      [() => createCase(ctx, norrebro, { ...newCase, level: 1 }), "conflict", "pseudonym"],
      [() => createCase(ctx, norrebro, { ...newCase, pseudonym: "U-2", level: 5 }), "invalid_input", "level"],
      [() => createCase(ctx, amager, { ...newCase, pseudonym: "U-3" }), "forbidden", "committee"],
      [() => closeCase(ctx, norrebro, { id, reason: " " }), "invalid_input", "reason"],
    ];
    for (const [run, code, field] of cases) {
      const error = await refusal(run());
      expect([error.code, error.details[0]?.field]).toEqual([code, field]);
    }
    const after = await showCase(ctx, norrebro, { id });
    expect({ ...after, timeline: after.timeline.length }).toEqual({
      ...before,
      timeline: before.timeline.length,
    });
    expect((await listCases(ctx, norrebro, {})).map((c) => c.pseudonym)).toEqual(["U-1001"]);
  });

  it("keeps the timeline append-only in the database", async () => {
    await expect(sql`update case_event set kind = 'closed'`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from case_event`.execute(database.db)).rejects.toThrow(/append-only/);
  });

  it("anonymises a closed case's young person once the retention period has run out", async () => {
    const [listed] = await listCases(ctx, norrebro, {});
    const id = listed?.id ?? 0;
    await recordAssessment(ctx, norrebro, { id, assessedOn: "2026-12-01", scores: scores(4) });
    await closeCase(ctx, norrebro, { id, reason: "Forløbet afsluttet", closedOn: "2026-12-01" });
    expect((await purgeCases(ctx, admin, {})).purged).toEqual([]);
    // Two years and a day later (kobenhavn.ssp.opbevaringsperiode: 2 years).
    const later = createUseCaseContext(database.db, {
      clock: fixedClock("2028-12-02T12:00:00Z"),
      parameters: async () => shippedRules,
    });
    expect((await purgeCases(later, admin, {})).purged).toEqual([id]);
    const person = await database.db.selectFrom("young_person").selectAll().executeTakeFirstOrThrow();
    expect(person).toMatchObject({
      name: null,
      contact: null,
      birth_month: null,
      pseudonym: `anonymiseret-${person.id}`,
    });
    const events = await database.db
      .selectFrom("case_event")
      .select("id")
      .where("case_id", "=", id)
      .execute();
    expect(events).toEqual([]);
    expect(await database.db.selectFrom("case_assessment").select("id").execute()).toHaveLength(1);
    expect((await purgeCases(later, admin, {})).purged).toEqual([]);
  });
});
