import { describe, expect, it } from "vitest";
import { application, designated, months } from "../../../test/support/letting.ts";
import { shippedRules, withParameterValue } from "../../../test/support/shipped-rules.ts";
import { decideCombinedLetting } from "./decide-combined-letting.ts";
import { decideRelocationGrant } from "./relocation-grant.ts";
import { replayDecision, toStoredDecision } from "./replay-decision.ts";

const decision = decideCombinedLetting(
  application({ household: { applicant: { pseudonym: "P", benefitMonths: months("2009-10", 6) } } }),
  shippedRules,
  designated,
);
// Stored as the lead's database would: through JSON.
const stored = JSON.parse(JSON.stringify(toStoredDecision(decision)));

describe("replaying a stored decision", () => {
  it("reproduces it with the same parameters", () => {
    expect(replayDecision(stored, shippedRules)).toEqual({
      kind: "identical",
      result: "rejected",
      ruleVersionId: "combined-letting-decision-2005",
    });
  });

  it("lists the parameter whose value changed and the new result", () => {
    const seven = withParameterValue(
      shippedRules,
      "kombineret_udlejning.afgoerelse.sammenhaengende_kalendermaaneder",
      "2010-03-15",
      7,
    );
    const outcome = replayDecision(stored, seven);
    expect(outcome).toMatchObject({
      kind: "different",
      changedParameters: [
        {
          id: "kombineret_udlejning.afgoerelse.sammenhaengende_kalendermaaneder",
          storedValue: 6,
          currentValue: 7,
        },
      ],
      ruleVersionChanged: false,
      storedResult: "rejected",
      newResult: "approved",
      resultChanged: true,
    });
  });

  it("reports a changed value that does not change the result", () => {
    const either = withParameterValue(
      shippedRules,
      "kombineret_udlejning.afgoerelse.ansoeger_og_aegtefaelle",
      "2010-03-15",
      "either",
    );
    expect(replayDecision(stored, either)).toMatchObject({
      kind: "different",
      resultChanged: false,
      changedParameters: [{ id: "kombineret_udlejning.afgoerelse.ansoeger_og_aegtefaelle" }],
    });
  });

  it("replays a relocation grant too", () => {
    const grant = decideRelocationGrant(
      {
        applicationDate: "2009-06-01",
        household: { pseudonym: "H", livesOnTransferIncome: true },
        from: { areaId: "tingbjerg", vulnerable: true, listReference: "udsatte områder 2009" },
        to: { inMunicipality: true, newDwelling: true, vulnerable: false },
      },
      shippedRules,
    );
    const lower = withParameterValue(shippedRules, "kobenhavn.flyttetilskud.beloeb", "2009-06-01", 10000);
    expect(replayDecision(toStoredDecision(grant), lower)).toMatchObject({
      kind: "different",
      changedParameters: [{ id: "kobenhavn.flyttetilskud.beloeb", storedValue: 15000, currentValue: 10000 }],
      resultChanged: false,
    });
  });
});
