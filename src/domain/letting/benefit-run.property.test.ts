import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { application, designated, months } from "../../../test/support/letting.ts";
import { shippedRules } from "../../../test/support/shipped-rules.ts";
import { currentRun } from "./benefit-run.ts";
import { monthOfDate } from "./calendar-month.ts";
import { decideCombinedLetting } from "./decide-combined-letting.ts";

const applicationMonth = monthOfDate("2010-03-15");

describe("the 6 consecutive calendar months (property)", () => {
  it("a run of n months ending in the month before the application is exactly n long", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (n) => {
        const set = new Set(Array.from({ length: n }, (_, i) => applicationMonth - 1 - i));
        return currentRun(set, applicationMonth, 1)?.length === n;
      }),
    );
  });

  it("a gap month breaks the run: only the months after the gap count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.integer({ min: 1, max: 29 }), (n, gapAt) => {
        fc.pre(gapAt < n);
        const set = new Set(Array.from({ length: n }, (_, i) => applicationMonth - 1 - i));
        set.delete(applicationMonth - 1 - gapAt);
        return currentRun(set, applicationMonth, 1)?.length === gapAt;
      }),
    );
  });

  it("rejects with 6 months and approves with 5, wherever the 5 or 6 months lie within the allowed end", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1 }), fc.boolean(), (endsBefore, six) => {
        const n = six ? 6 : 5;
        const last = applicationMonth - endsBefore;
        const first = last - n + 1;
        const firstText = `${Math.floor(first / 12)}-${String((first % 12) + 1).padStart(2, "0")}`;
        const decision = decideCombinedLetting(
          application({ household: { applicant: { pseudonym: "P", benefitMonths: months(firstText, n) } } }),
          shippedRules,
          designated,
        );
        return decision.result === (six ? "rejected" : "approved");
      }),
    );
  });

  it("counts each person separately: two halves of a run in two persons never make 6", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), (k) => {
        // Applicant: the k months before the application month; spouse: the 6 - k months before those.
        const all = months("2009-09", 6);
        const decision = decideCombinedLetting(
          application({
            household: {
              applicant: { pseudonym: "A", benefitMonths: all.slice(6 - k) },
              spouse: { pseudonym: "B", relation: "married", benefitMonths: all.slice(0, 6 - k) },
            },
          }),
          shippedRules,
          designated,
        );
        return decision.result === "approved";
      }),
    );
  });

  it("a month with a benefit that is not listed breaks the run like a month without benefit", () => {
    const benefitMonths = [
      ...months("2009-08", 3),
      ...months("2009-11", 1, "sygedagpenge"),
      ...months("2009-12", 3),
    ];
    const decision = decideCombinedLetting(
      application({ household: { applicant: { pseudonym: "P", benefitMonths } } }),
      shippedRules,
      designated,
    );
    expect(decision.result).toBe("approved");
    expect(decision.facts.persons[0]?.currentRun).toEqual({
      firstMonth: "2009-12",
      lastMonth: "2010-02",
      length: 3,
    });
  });
});
