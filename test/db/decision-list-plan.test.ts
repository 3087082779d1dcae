import { CompiledQuery, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shownDecisions } from "../../src/db/letting.repository.ts";
import { type TestHandle, testDatabases } from "../support/databases.ts";

/**
 * A decision list (one kind, newest first, at most N) reads the (kind, id) index in order and stops
 * after N rows (migration 0025), on PGlite and PostgreSQL alike. A kind that is rare among many
 * decisions is the case that needs it: without the index the database reads every decision to
 * find the rare kind's newest, or sorts them all.
 */
type PlanNode = { "Node Type": string; "Index Name"?: string; Plans?: PlanNode[] };
const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

for (const engine of testDatabases()) {
  describe(`the decision list's plan (${engine.name})`, () => {
    let handle: TestHandle;
    beforeAll(async () => {
      handle = await engine.open();
      const many = (kind: string, n: number) => sql`
        insert into letting_decision (kind, decision_date, area_id, subject_pseudonym, result, rule_version,
          input_facts, parameters_used, justification, decision, decided_by)
        select ${kind}, date '2020-01-01', 'A' || i, 'p' || i, 'x', 'v', '{}', '[]', '{}', '{}', 'test'
        from generate_series(1, ${n}) as i`;
      await many("relocation_grant", 40).execute(handle.db);
      await many("combined_letting", 6000).execute(handle.db);
      await sql`analyze letting_decision`.execute(handle.db);
    }, 60_000);
    afterAll(async () => handle?.close());

    it("reads the rare kind's newest from the (kind, id) index, without a scan of all or a sort", async () => {
      const query = shownDecisions(handle.db, { kind: "relocation_grant", limit: 25 }).compile();
      const { rows } = await handle.db.executeQuery<{ "QUERY PLAN": unknown }>(
        CompiledQuery.raw(`explain (format json) ${query.sql}`, [...query.parameters]),
      );
      const raw = rows[0]?.["QUERY PLAN"];
      const plan = (typeof raw === "string" ? JSON.parse(raw) : raw) as [{ Plan: PlanNode }];
      const all = nodes(plan[0].Plan);
      expect(all.some((n) => n["Index Name"] === "letting_decision_kind_id_idx")).toBe(true);
      expect(all.map((n) => n["Node Type"])).not.toContain("Sort");
      expect(all.map((n) => n["Node Type"])).not.toContain("Seq Scan");
      // And the list is what it says: that kind only, newest first.
      const listed = (await handle.db.executeQuery<{ id: number; kind: string }>(query)).rows;
      expect(listed).toHaveLength(25);
      expect(new Set(listed.map((r) => r.kind))).toEqual(new Set(["relocation_grant"]));
      expect(listed.map((r) => r.id)).toEqual([...listed.map((r) => r.id)].sort((a, b) => b - a));
    });
  });
}
