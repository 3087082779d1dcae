import { describe, expect, it } from "vitest";
import { type Actor, AGGREGATE_READERS, POLICY_EDITORS } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { contextWithoutDatabase, type UseCase } from "../use-case.ts";
import { correctRound } from "./correct-round.ts";
import { editBudgetCell } from "./edit-budget-cell.ts";
import { editStatedTotal } from "./edit-stated-total.ts";
import { editStatusField } from "./edit-status-field.ts";
import { importRoundXlsx } from "./import-round-xlsx.ts";
import { listOrganisations } from "./list-organisations.ts";
import { listRounds } from "./list-rounds.ts";
import { requestNextYearRound } from "./next-year-round.ts";
import { reportDocument } from "./report-document.ts";
import { showRoundBudget } from "./round-budget.ts";
import { roundChanges } from "./round-changes.ts";
import { exportRoundCsv } from "./round-csv.ts";
import { exportRoundXlsx } from "./round-xlsx.ts";
import { showRound } from "./show-round.ts";
import { transitionRound } from "./transition-round.ts";
import { validateRound } from "./validate-round.ts";

const actor = (role: Actor["role"]): Actor => ({ userId: 7, name: role, role, ip: null });
// No database: a use case that got past its role check would reach for one and fail differently.
const ctx = contextWithoutDatabase();
const NO_DATABASE = /ingen database/;

// biome-ignore lint/suspicious/noExplicitAny: the table mixes use cases of different inputs.
type AnyVerb = UseCase<any, unknown>;

const editors: readonly [string, AnyVerb, unknown][] = [
  ["transitionRound", transitionRound, { roundId: 1, to: "approved" }],
  ["correctRound", correctRound, { roundId: 1 }],
  [
    "requestNextYearRound",
    requestNextYearRound,
    { committee: "SUD", year: 2011, requestDate: "2011-03-01", deadline: null },
  ],
  [
    "editStatusField",
    editStatusField,
    { roundId: 1, revision: 1, initiativeId: "nexus", field: "status", text: "x" },
  ],
  [
    "editBudgetCell",
    editBudgetCell,
    { roundId: 1, revision: 1, tableId: "t", lineId: "l", year: 2010, cell: { kind: "dash" } },
  ],
  [
    "editStatedTotal",
    editStatedTotal,
    { roundId: 1, revision: 1, tableId: "t", target: { kind: "grand" }, amount: null },
  ],
  ["importRoundXlsx", importRoundXlsx, { roundId: 1, revision: 1, file: Buffer.from("") }],
];

const ref = { committee: "SUD", year: 2010 };
const readers: readonly [string, AnyVerb, unknown][] = [
  ["listOrganisations", listOrganisations, {}],
  ["listRounds", listRounds, {}],
  ["showRound", showRound, ref],
  ["validateRound", validateRound, ref],
  ["showRoundBudget", showRoundBudget, ref],
  ["roundChanges", roundChanges, ref],
  ["reportDocument", reportDocument, { ...ref, format: "pdf" }],
  ["exportRoundXlsx", exportRoundXlsx, ref],
  ["exportRoundCsv", exportRoundCsv, { ...ref, table: "budget" }],
];

async function refusal(verb: AnyVerb, role: Actor["role"], input: unknown): Promise<unknown> {
  return verb(ctx, actor(role), input).then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe("policy edits: administrators and analysts only, as the API has always allowed", () => {
  it.each(editors)("%s refuses the committee and caseworkers (forbidden)", async (_name, verb, input) => {
    for (const role of ["committee", "caseworker"] as const) {
      const error = await refusal(verb, role, input);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe("forbidden");
      expect((error as DomainError).details[0]?.message).toContain(`${role} må ikke ${verb.useCaseName}`);
    }
  });

  it.each(editors)(
    "%s lets an analyst past the role check (on to the database)",
    async (_name, verb, input) => {
      const error = await refusal(verb, "analyst", input);
      expect(error).not.toBeInstanceOf(DomainError);
      expect(String(error)).toMatch(NO_DATABASE);
    },
  );

  it.each(editors)("%s declares the editors' roles for its route", (_name, verb) => {
    expect(verb.access).toEqual(["admin", "analyst"]);
    expect(verb.access).toBe(POLICY_EDITORS);
  });
});

describe("policy reading: every signed-in role, nobody without a session", () => {
  it.each(readers)("%s refuses a request without a session (unauthenticated)", async (_name, verb, input) => {
    const error = await refusal(verb, "anonymous", input);
    expect((error as DomainError).code).toBe("unauthenticated");
  });

  it.each(readers)("%s lets the committee read", async (_name, verb, input) => {
    expect(String(await refusal(verb, "committee", input))).toMatch(NO_DATABASE);
  });

  it.each(readers)("%s declares the readers' roles for its route", (_name, verb) => {
    expect(verb.access).toEqual(["admin", "analyst", "caseworker", "committee"]);
    expect(verb.access).toBe(AGGREGATE_READERS);
  });
});
