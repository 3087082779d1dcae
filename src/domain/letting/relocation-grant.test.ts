import { describe, expect, it } from "vitest";
import { shippedRules, withParameterValue } from "../../../test/support/shipped-rules.ts";
import { decideRelocationGrant, type RelocationGrantApplication } from "./relocation-grant.ts";

const eligible: RelocationGrantApplication = {
  applicationDate: "2009-06-01",
  household: { pseudonym: "H-0001", livesOnTransferIncome: true, transferIncomeDescription: "kontanthjælp" },
  from: { areaId: "tingbjerg", vulnerable: true, listReference: "Københavns udsatte områder 2009" },
  to: { inMunicipality: true, newDwelling: true, areaId: "bellahoej", vulnerable: false },
};

describe("relocation grant (flyttetilskud, the municipality's agreement)", () => {
  it("grants 15,000 kr. to a transfer-income household moving out of a vulnerable area into a new dwelling in the municipality", () => {
    const decision = decideRelocationGrant(eligible, shippedRules);
    expect(decision).toMatchObject({
      result: "granted",
      amount: 15000,
      ruleVersion: { id: "relocation-grant-2007" },
    });
    expect(decision.justification.text).toContain("Du får et flyttetilskud på 15.000 kr.");
  });

  it.each([
    [
      "not on transfer income",
      { household: { ...eligible.household, livesOnTransferIncome: false } },
      "transfer_income",
    ],
    [
      "not from a vulnerable area",
      { from: { ...eligible.from, vulnerable: false } },
      "moves_out_of_vulnerable_area",
    ],
    [
      "moving out of the municipality",
      { to: { ...eligible.to, inMunicipality: false } },
      "new_dwelling_in_municipality",
    ],
    [
      "into another vulnerable area",
      { to: { ...eligible.to, vulnerable: true } },
      "not_into_vulnerable_area",
    ],
  ] as const)("refuses a household %s", (_, change, failed) => {
    const decision = decideRelocationGrant({ ...eligible, ...change }, shippedRules);
    expect(decision).toMatchObject({ result: "refused", amount: 0 });
    expect(decision.facts.conditions.filter((c) => !c.met).map((c) => c.id)).toEqual([failed]);
  });

  it("a (verify) parameter changes the result: without the destination condition a move into another vulnerable area qualifies", () => {
    const params = withParameterValue(
      shippedRules,
      "kobenhavn.flyttetilskud.kraever_ikke_udsat_destination",
      "2009-06-01",
      false,
    );
    expect(
      decideRelocationGrant({ ...eligible, to: { ...eligible.to, vulnerable: true } }, params).result,
    ).toBe("granted");
  });

  it("is not in force before the agreement", () => {
    expect(() => decideRelocationGrant({ ...eligible, applicationDate: "2006-12-31" }, shippedRules)).toThrow(
      expect.objectContaining({ code: "rule_not_in_force" }),
    );
  });
});
