import { describe, expect, it } from "vitest";
import { shippedRules } from "../../test/support/shipped-rules.ts";
import { type Actor, CASEWORK } from "../domain/access.ts";
import { DomainError } from "../domain/errors.ts";
import { fixedClock } from "../domain/law/clock.ts";
import { listRulesInForce } from "./rules/rules-in-force.ts";
import { contextWithoutDatabase, defineUseCase } from "./use-case.ts";

const actor = (role: Actor["role"]): Actor => ({ userId: 1, name: role, role, ip: null });
const ctx = contextWithoutDatabase({
  clock: fixedClock("2009-12-31T23:30:00Z"),
  parameters: async () => shippedRules,
});

describe("a use case checks access itself, whichever face calls it", () => {
  const decide = defineUseCase("træffe afgørelser", CASEWORK, async () => "done");

  it("runs for a role it names and for udsyn itself", async () => {
    await expect(decide(ctx, actor("caseworker"), undefined)).resolves.toBe("done");
    await expect(decide(ctx, actor("system"), undefined)).resolves.toBe("done");
  });

  it("refuses another role (forbidden) and a request without a session (unauthenticated)", async () => {
    const refusal = await decide(ctx, actor("committee"), undefined).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe("forbidden");
    const anonymous = await decide(ctx, actor("anonymous"), undefined).catch((e: unknown) => e);
    expect((anonymous as DomainError).code).toBe("unauthenticated");
  });

  it("declares the access its route uses", () => {
    expect(decide.access).toBe(CASEWORK);
  });
});

describe("today comes from the one clock, in Copenhagen time", () => {
  it("00:30 on 1 January in Copenhagen reads the rules of 1 January, not of 31 December (UTC)", async () => {
    const { date } = await listRulesInForce(ctx, actor("committee"), {});
    expect(date).toBe("2010-01-01");
  });

  it("a context without a database says so when a use case reaches for it", () => {
    expect(() => ctx.db).toThrow(/ingen database/);
  });
});
