import { describe, expect, it } from "vitest";
import { shippedRules, withParameterValue } from "../../../test/support/shipped-rules.ts";
import { rational } from "../law/rational.ts";
import {
  type FlexibleLettingApplicant,
  isFlexibleVacancy,
  prioritiseFlexibleLetting,
} from "./flexible-letting.ts";

const vacancy = (n: number) => ({
  vacancyId: "V-1",
  areaId: "bispeparken",
  departmentId: "bispeparken-1",
  vacancyNumberInYear: n,
});
const applicants: FlexibleLettingApplicant[] = [
  { pseudonym: "ingen", waitingListPosition: 1 },
  { pseudonym: "studerende", waitingListPosition: 2, student: true },
  { pseudonym: "skilt-for-laenge-siden", waitingListPosition: 3, divorcedOrSeparatedOn: "2009-03-14" },
  { pseudonym: "i-arbejde", waitingListPosition: 4, inWork: true },
  { pseudonym: "skilt", waitingListPosition: 5, divorcedOrSeparatedOn: "2009-03-15" },
];

describe("flexible letting: the graduated share (the municipality's agreement)", () => {
  it.each([
    [199, "1/5"],
    [200, "1/3"],
    [399, "1/2"],
    [400, "2/3"],
    [500, "1"],
  ])("%i per mille outside the labour market reserves %s of the vacancies", (perMille, share) => {
    const result = prioritiseFlexibleLetting(
      vacancy(1),
      [],
      { numerator: perMille, denominator: 1000 },
      shippedRules,
      "2010-03-15",
    );
    expect(result.reservedShare.exact).toBe(share);
  });

  it("spreads the reserved share evenly over the year's vacancies", () => {
    const pattern = (share: ReturnType<typeof rational>) =>
      [1, 2, 3, 4, 5, 6].map((n) => isFlexibleVacancy(n, share));
    expect(pattern(rational(1, 2))).toEqual([false, true, false, true, false, true]);
    expect(pattern(rational(2, 3))).toEqual([false, true, true, false, true, true]);
    expect(pattern(rational(1))).toEqual([true, true, true, true, true, true]);
  });
});

describe("flexible letting: the order of applicants", () => {
  const run = (n: number, params = shippedRules) =>
    prioritiseFlexibleLetting(
      vacancy(n),
      applicants,
      { numerator: 350, denominator: 1000 },
      params,
      "2010-03-15",
    );

  it("puts the priority groups first, equal among themselves, in waiting-list order; a divorce counts within the last 12 months", () => {
    const result = run(2);
    expect(result.vacancyIsFlexible).toBe(true);
    expect(result.order.map((o) => o.pseudonym)).toEqual([
      "studerende",
      "i-arbejde",
      "skilt",
      "ingen",
      "skilt-for-laenge-siden",
    ]);
    expect(result.order[2]).toMatchObject({ priority: true, categories: ["skilt_eller_separeret"] });
    expect(result.order[0]?.reason).toBe("Fortrinsret som studerende; derefter ventelisteplads 2.");
  });

  it("keeps the ordinary waiting list for a vacancy that is not flexible", () => {
    const result = run(1);
    expect(result.vacancyIsFlexible).toBe(false);
    expect(result.order.map((o) => o.waitingListPosition)).toEqual([1, 2, 3, 4, 5]);
  });

  it("a (verify) parameter changes the order: ranked groups put those in work before students", () => {
    const ranked = withParameterValue(
      shippedRules,
      "kobenhavn.fleksibel_udlejning.rangorden_mellem_kategorier",
      "2010-03-15",
      true,
    );
    expect(
      run(2, ranked)
        .order.map((o) => o.pseudonym)
        .slice(0, 3),
    ).toEqual(["i-arbejde", "studerende", "skilt"]);
  });

  it("refuses duplicate waiting-list positions, naming the field", () => {
    expect(() =>
      prioritiseFlexibleLetting(
        vacancy(1),
        [applicants[0], { ...applicants[1], waitingListPosition: 1 }] as FlexibleLettingApplicant[],
        { numerator: 1, denominator: 2 },
        shippedRules,
        "2010-03-15",
      ),
    ).toThrow(
      expect.objectContaining({
        code: "invalid_input",
        details: [expect.objectContaining({ field: "applicants[1].waitingListPosition" })],
      }),
    );
  });

  it("writes a justification with the share and the order", () => {
    const text = run(2).justification.text;
    expect(text).toContain(
      "Efter aftalen udlejes 50 % af de ledige boliger fleksibelt, når andelen uden for arbejdsmarkedet er mindst 30 %",
    );
    expect(text).toContain("1. studerende: Fortrinsret som studerende; derefter ventelisteplads 2.");
  });
});
