import { describe, expect, it } from "vitest";
import type { Actor } from "../access.ts";
import { caseAccess, listableCommittees } from "./case-access.ts";

const as = (role: Actor["role"]): Actor => ({ userId: 1, name: role, role, ip: null });

describe("access to SSP cases", () => {
  it("gives a caseworker their own committees' cases with person data, and nothing of others", () => {
    expect(caseAccess(as("caseworker"), ["norrebro"], "norrebro")).toBe("with_person");
    expect(caseAccess(as("caseworker"), ["norrebro"], "amager")).toBe("none");
    expect(listableCommittees(as("caseworker"), ["norrebro"])).toEqual(["norrebro"]);
  });

  it("gives an administrator cases without person data, and analysts and committees none", () => {
    expect(caseAccess(as("admin"), [], "amager")).toBe("without_person");
    expect(caseAccess(as("analyst"), ["amager"], "amager")).toBe("none");
    expect(caseAccess(as("committee"), ["amager"], "amager")).toBe("none");
    expect(listableCommittees(as("analyst"), ["amager"])).toEqual([]);
    expect(listableCommittees(as("admin"), [])).toBeUndefined();
  });
});
