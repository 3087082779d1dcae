import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { application, designated, months } from "../../../test/support/letting.ts";
import { shippedRules, withParameterValue } from "../../../test/support/shipped-rules.ts";
import { currentRun } from "./benefit-run.ts";
import { formatCalendarMonth, monthOfDate } from "./calendar-month.ts";
import type { BenefitMonth } from "./combined-letting-application.ts";
import { decideCombinedLetting } from "./decide-combined-letting.ts";

const applicationDate = "2010-03-15";
const applicationMonth = monthOfDate(applicationDate);

/** `n` months of kontanthjælp ending `endsBefore` months before the application month, then other income. */
function history(n: number, endsBefore: number, otherIncome: "loen" | "su" | null): BenefitMonth[] {
  const last = applicationMonth - endsBefore;
  const run = months(formatCalendarMonth(last - n + 1), n);
  const after =
    otherIncome === null || endsBefore === 0
      ? []
      : months(formatCalendarMonth(last + 1), endsBefore, otherIncome);
  return [...run, ...after];
}

const decide = (benefitMonths: BenefitMonth[], params = shippedRules) =>
  decideCombinedLetting(
    application({ applicationDate, household: { applicant: { pseudonym: "P", benefitMonths } } }),
    params,
    designated,
  );

describe("the 6 consecutive calendar months and current receipt (property)", () => {
  it("a run of n months through the application month is exactly n long", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (n) => {
        const set = new Set(Array.from({ length: n }, (_, i) => applicationMonth - i));
        return currentRun(set, applicationMonth, true)?.length === n;
      }),
    );
  });

  it("a gap month breaks the run: only the months after the gap count", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }), fc.integer({ min: 1, max: 29 }), (n, gapAt) => {
        fc.pre(gapAt < n);
        const set = new Set(Array.from({ length: n }, (_, i) => applicationMonth - i));
        set.delete(applicationMonth - gapAt);
        return currentRun(set, applicationMonth, true)?.length === gapAt;
      }),
    );
  });

  it("rejects exactly when the run reaches the application month and is at least 6 long, whatever came after an earlier run", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom("loen" as const, "su" as const, null),
        (n, endsBefore, otherIncome) => {
          const decision = decide(history(n, endsBefore, otherIncome));
          const rejects = endsBefore === 0 && n >= 6;
          return decision.result === (rejects ? "rejected" : "approved");
        },
      ),
    );
  });

  it("the documented alternative reading (false) would count a finished run too: the parameter decides, not the code", () => {
    const literal = withParameterValue(
      shippedRules,
      "kombineret_udlejning.afgoerelse.modtager_ydelse_i_ansoegningsmaaneden",
      applicationDate,
      false,
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom("loen" as const, "su" as const, null),
        (n, endsBefore, otherIncome) =>
          decide(history(n, endsBefore, otherIncome), literal).result === (n >= 6 ? "rejected" : "approved"),
      ),
    );
  });

  it("counts each person separately: two halves of a run in two persons never make 6", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), (k) => {
        // Applicant: the k months up to the application month; spouse: the 6 - k months before those.
        const all = months("2009-10", 6);
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
      ...months("2009-09", 3),
      ...months("2009-12", 1, "sygedagpenge"),
      ...months("2010-01", 3),
    ];
    const decision = decide(benefitMonths);
    expect(decision.result).toBe("approved");
    expect(decision.facts.persons[0]?.currentRun).toEqual({
      firstMonth: "2010-01",
      lastMonth: "2010-03",
      length: 3,
    });
  });

  it("førtidspension, where chosen, rejects exactly when it is received in the application month, whatever the months before", () => {
    const date = "2022-03-15";
    const month = monthOfDate(date);
    const chosen = withParameterValue(
      shippedRules,
      "kobenhavn.kombineret_udlejning.valgte_valgfrie_ydelser",
      date,
      ["foertidspension"],
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { maxLength: 24 }), (monthsBack) => {
        const benefitMonths = monthsBack.map((back) => ({
          month: formatCalendarMonth(month - back),
          benefit: "foertidspension",
        }));
        const decision = decideCombinedLetting(
          application({ applicationDate: date, household: { applicant: { pseudonym: "P", benefitMonths } } }),
          chosen,
          designated,
        );
        return decision.result === (monthsBack.includes(0) ? "rejected" : "approved");
      }),
    );
  });

  it("before the municipality's scheme started, every application is not covered, whatever the benefit history", () => {
    const codes = ["kontanthjaelp", "starthjaelp", "introduktionsydelse", "loen", "su", "sygedagpenge"];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 230 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 30 }),
        fc.constantFrom(...codes),
        (day, monthsBack, benefit) => {
          const date = new Date(Date.UTC(2005, 5, 1 + day)).toISOString().slice(0, 10);
          fc.pre(date < "2006-01-18");
          const month = monthOfDate(date);
          const benefitMonths = monthsBack.map((back) => ({
            month: formatCalendarMonth(month - back),
            benefit,
          }));
          const decision = decideCombinedLetting(
            application({
              applicationDate: date,
              household: { applicant: { pseudonym: "P", benefitMonths } },
              waitingList: { topOfList: true, registeredDate: "2005-01-01" },
            }),
            shippedRules,
            { ...designated, designatedSince: "2005-06-01" },
          );
          return (
            decision.result === "not_applicable" && decision.facts.notCoveredReason === "before_scheme_start"
          );
        },
      ),
    );
  });
});
