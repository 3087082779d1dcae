import { describe, expect, it } from "vitest";
import { application, designated, months } from "../../../test/support/letting.ts";
import { shippedRules, withParameterValue } from "../../../test/support/shipped-rules.ts";
import { DomainError } from "../errors.ts";
import { benefitCodes } from "./benefit-labels.ts";
import { type BenefitMonth, parseCombinedLettingInput } from "./combined-letting-application.ts";
import { decideCombinedLetting } from "./decide-combined-letting.ts";

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

const single = (benefitMonths: ReturnType<typeof months>, date = "2010-03-15") =>
  application({ applicationDate: date, household: { applicant: { pseudonym: "P-0001", benefitMonths } } });

describe("combined letting: the applicant's 6 consecutive calendar months", () => {
  it("rejects after 6 months of kontanthjælp through the application month", () => {
    const decision = decideCombinedLetting(single(months("2009-10", 6)), shippedRules, designated);
    expect(decision.result).toBe("rejected");
    expect(decision.ruleVersion.id).toBe("combined-letting-decision-2005");
    expect(decision.facts.persons[0]).toMatchObject({
      currentRun: { firstMonth: "2009-10", lastMonth: "2010-03", length: 6 },
      meetsRequirement: true,
    });
  });

  it("approves after 5 months", () => {
    expect(decideCombinedLetting(single(months("2009-11", 5)), shippedRules, designated).result).toBe(
      "approved",
    );
  });

  it("does not reject a run that ended the month before the application, with wages in the application month (stk. 1, 3. pkt.)", () => {
    const decision = decideCombinedLetting(
      single([...months("2009-09", 6), ...months("2010-03", 1, "loen")]),
      shippedRules,
      designated,
    );
    expect(decision.result).toBe("approved");
    expect(decision.facts.persons[0]).toMatchObject({
      currentRun: null,
      latestRun: { firstMonth: "2009-09", lastMonth: "2010-02", length: 6 },
    });
    expect(decision.justification.reasoning.join(" ")).toContain(
      "løbet skal nå ind i selve ansøgningsmåneden (marts 2010)",
    );
  });

  it("does not reject a run that ended before the application month even without other income recorded, nor with SU", () => {
    expect(decideCombinedLetting(single(months("2009-08", 7)), shippedRules, designated).result).toBe(
      "approved",
    );
    expect(
      decideCombinedLetting(
        single([...months("2009-03", 10), ...months("2010-01", 3, "su")]),
        shippedRules,
        designated,
      ).result,
    ).toBe("approved");
  });

  it("the parameter carries the reading: the literal alternative (false) would reject a finished run", () => {
    const literal = withParameterValue(
      shippedRules,
      "kombineret_udlejning.afgoerelse.modtager_ydelse_i_ansoegningsmaaneden",
      "2010-03-15",
      false,
    );
    const finished = single([...months("2009-09", 6), ...months("2010-03", 1, "loen")]);
    expect(decideCombinedLetting(finished, literal, designated).result).toBe("rejected");
    expect(decideCombinedLetting(finished, shippedRules, designated).result).toBe("approved");
  });

  it("mixes listed benefits in one run (starthjælp then kontanthjælp)", () => {
    const benefitMonths = [...months("2009-10", 3, "starthjaelp"), ...months("2010-01", 3)];
    expect(decideCombinedLetting(single(benefitMonths), shippedRules, designated).result).toBe("rejected");
  });
});

describe("combined letting: the benefit list is dated (RULES.md §10)", () => {
  /** 6 months of `benefit` through the month of `date`. */
  const sixUpTo = (date: string, benefit: string) => {
    const last = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
    const first = last - 5;
    return months(`${Math.floor(first / 12)}-${String((first % 12) + 1).padStart(2, "0")}`, 6, benefit);
  };
  const result = (date: string, benefit: string) =>
    decideCombinedLetting(single(sixUpTo(date, benefit), date), shippedRules, designated).result;

  it.each([
    // [benefit, last day of the old wording, first day of the new, counted before, counted after]
    ["starthjaelp", "2013-12-31", "2014-01-01", "rejected", "approved"],
    ["introduktionsydelse", "2013-12-31", "2014-01-01", "rejected", "approved"],
    ["uddannelseshjaelp", "2013-12-31", "2014-01-01", "approved", "rejected"],
    ["kontanthjaelp", "2013-12-31", "2014-01-01", "rejected", "rejected"],
    ["integrationsydelse", "2015-08-31", "2015-09-01", "approved", "rejected"],
    ["selvforsoergelses_og_hjemrejseydelse", "2015-08-31", "2015-09-01", "approved", "rejected"],
    ["uddannelseshjaelp", "2015-08-31", "2015-09-01", "rejected", "rejected"],
    ["integrationsydelse", "2021-11-29", "2021-11-30", "rejected", "approved"],
    ["selvforsoergelses_og_hjemrejseydelse", "2021-11-29", "2021-11-30", "rejected", "rejected"],
    ["overgangsydelse", "2021-11-29", "2021-11-30", "rejected", "rejected"],
    ["kontanthjaelp", "2021-11-29", "2021-11-30", "rejected", "rejected"],
  ])("%s: %s gives %s, %s gives %s", (benefit, before, after, resultBefore, resultAfter) => {
    expect(result(before, benefit)).toBe(resultBefore);
    expect(result(after, benefit)).toBe(resultAfter);
  });

  it("the wording in force on the application date is cited, with its amending act", () => {
    const decision = decideCombinedLetting(
      single(sixUpTo("2016-05-10", "integrationsydelse"), "2016-05-10"),
      shippedRules,
      designated,
    );
    expect(decision.result).toBe("rejected");
    const used = decision.parametersUsed.find((u) => u.id === "kombineret_udlejning.afgoerelse.ydelser");
    expect(used).toMatchObject({
      effectiveFrom: "2015-09-01",
      verify: false,
      source: { act: "Lov nr. 1000 af 30. august 2015 (indførelse af en integrationsydelse)" },
    });
    expect(decision.justification.reasoning[0]).toContain(
      "integrationsydelse, selvforsørgelses- og hjemrejseydelse, overgangsydelse, uddannelseshjælp eller kontanthjælp",
    );
  });

  it("a renamed benefit continues the run: starthjælp into kontanthjælp (2012), integrationsydelse into selvforsørgelses- og hjemrejseydelse (2019)", () => {
    const start = [...months("2011-08", 5, "starthjaelp"), ...months("2012-01", 1)];
    expect(decideCombinedLetting(single(start, "2012-01-20"), shippedRules, designated).result).toBe(
      "rejected",
    );
    const renamed = [
      ...months("2019-08", 5, "integrationsydelse"),
      ...months("2020-01", 1, "selvforsoergelses_og_hjemrejseydelse"),
    ];
    const decision = decideCombinedLetting(single(renamed, "2020-01-20"), shippedRules, designated);
    expect(decision.result).toBe("rejected");
    expect(decision.facts.persons[0]?.currentRun?.length).toBe(6);
  });

  it("the 2021 wording comes with the 2021 rule version", () => {
    expect(
      decideCombinedLetting(
        single(sixUpTo("2021-11-30", "kontanthjaelp"), "2021-11-30"),
        shippedRules,
        designated,
      ).ruleVersion.id,
    ).toBe("combined-letting-decision-2021");
  });
});

describe("combined letting: the optional benefits the municipality may choose (stk. 1, 2. pkt.)", () => {
  const date = "2022-03-15";
  const choose = (...benefits: string[]) =>
    withParameterValue(
      shippedRules,
      "kobenhavn.kombineret_udlejning.valgte_valgfrie_ydelser",
      date,
      benefits,
    );
  const decide = (benefitMonths: ReturnType<typeof months>, params = shippedRules) =>
    decideCombinedLetting(single(benefitMonths, date), params, designated);

  it("a recipient of førtidspension is rejected on receipt in the application month alone, without a 6-month run", () => {
    const decision = decide(months("2022-03", 1, "foertidspension"), choose("foertidspension"));
    expect(decision.result).toBe("rejected");
    expect(decision.facts.persons[0]).toMatchObject({
      receivedWithoutRun: { month: "2022-03", benefit: "foertidspension" },
      currentRun: null,
      meetsRequirement: true,
    });
    expect(decision.justification.reasoning.join(" ")).toContain(
      "Loven nævner modtagere af førtidspension uden krav om 6 måneder",
    );
    expect(decision.justification.facts.join(" ")).toContain(
      "Ansøgeren (P-0001): førtidspension i ansøgningsmåneden (marts 2022).",
    );
  });

  it("førtidspension that stopped before the application month does not reject, however long it lasted", () => {
    const stopped = [...months("2020-01", 26, "foertidspension"), ...months("2022-03", 1, "loen")];
    expect(decide(stopped, choose("foertidspension")).result).toBe("approved");
  });

  it("førtidspension does not count where the municipality has not chosen it (the shipped choice is none)", () => {
    expect(decide(months("2021-04", 12, "foertidspension")).result).toBe("approved");
    expect(decide(months("2021-04", 12, "foertidspension"), choose("sygedagpenge")).result).toBe("approved");
  });

  it("sygedagpenge, dagpenge and ressourceforløbsydelse still need 6 consecutive months: 5 do not reject, 6 do", () => {
    for (const benefit of ["sygedagpenge", "arbejdsloeshedsdagpenge", "ressourceforloebsydelse"]) {
      expect(decide(months("2021-11", 5, benefit), choose(benefit)).result).toBe("approved");
      expect(decide(months("2021-10", 6, benefit), choose(benefit)).result).toBe("rejected");
      expect(decide(months("2021-10", 6, benefit), choose("foertidspension")).result).toBe("approved");
    }
  });

  it("with the reading 'both', a spouse on kontanthjælp and an applicant receiving førtidspension are both covered", () => {
    const couple = application({
      applicationDate: date,
      household: {
        applicant: { pseudonym: "A", benefitMonths: months("2022-03", 1, "foertidspension") },
        spouse: { pseudonym: "B", relation: "married", benefitMonths: months("2021-10", 6) },
      },
    });
    expect(decideCombinedLetting(couple, choose("foertidspension"), designated).result).toBe("rejected");
    expect(decideCombinedLetting(couple, shippedRules, designated).result).toBe("approved");
  });
});

describe("combined letting: the spouse", () => {
  const couple = (
    spouse: Parameters<typeof application>[0] extends infer _ ? object : never,
    applicantMonths = months("2009-10", 6),
  ) =>
    application({
      household: {
        applicant: { pseudonym: "A", benefitMonths: applicantMonths },
        spouse: { pseudonym: "B", ...spouse } as never,
      },
    });

  it("with the default reading (both) a married couple is rejected only when both have 6 months", () => {
    expect(
      decideCombinedLetting(
        couple({ relation: "married", benefitMonths: months("2009-10", 6) }),
        shippedRules,
        designated,
      ).result,
    ).toBe("rejected");
    const oneOnly = decideCombinedLetting(
      couple({ relation: "married", benefitMonths: [] }),
      shippedRules,
      designated,
    );
    expect(oneOnly.result).toBe("approved");
    expect(oneOnly.justification.reasoning.join(" ")).toContain("begge skal opfylde kravet");
  });

  it("a (verify) parameter changes the result: with 'either' one spouse with 6 months is enough", () => {
    const either = withParameterValue(
      shippedRules,
      "kombineret_udlejning.afgoerelse.ansoeger_og_aegtefaelle",
      "2010-03-15",
      "either",
    );
    expect(
      decideCombinedLetting(couple({ relation: "married", benefitMonths: [] }), either, designated).result,
    ).toBe("rejected");
    expect(
      decideCombinedLetting(
        couple({ relation: "married", benefitMonths: months("2009-10", 6) }, []),
        either,
        designated,
      ).result,
    ).toBe("rejected");
  });

  it("a cohabitant counts as a spouse from exactly 2 years of living together", () => {
    const since = (date: string) =>
      couple({ relation: "cohabitant", cohabitingSinceDate: date, benefitMonths: [] });
    expect(decideCombinedLetting(since("2008-03-15"), shippedRules, designated)).toMatchObject({
      result: "approved",
      facts: { spouse: { countsAsSpouse: true } },
    });
    expect(decideCombinedLetting(since("2008-03-16"), shippedRules, designated)).toMatchObject({
      result: "rejected",
      facts: { spouse: { countsAsSpouse: false } },
    });
  });
});

describe("combined letting: when the scheme does not apply", () => {
  it("is not applicable in an area that is not designated on the application date", () => {
    const decision = decideCombinedLetting(single(months("2009-10", 6)), shippedRules, {
      designated: false,
      listReference: "Listen af 21. december 2009",
    });
    expect(decision).toMatchObject({ result: "not_applicable", replacementOffer: false, parametersUsed: [] });
  });

  it("approves an applicant who already lives in the department", () => {
    const decision = decideCombinedLetting(
      { ...single(months("2009-10", 6)), alreadyResidentInDepartment: true },
      shippedRules,
      designated,
    );
    expect(decision.result).toBe("approved");
  });

  it("is not covered before the municipality's scheme started (18 January 2006), whatever the benefit history", () => {
    const early = (benefitMonths: ReturnType<typeof months>, date: string) =>
      decideCombinedLetting(
        { ...single(benefitMonths, date), waitingList: { topOfList: true, registeredDate: "2005-01-01" } },
        shippedRules,
        { ...designated, designatedSince: "2005-06-01" },
      );
    for (const history of [months("2005-06", 8), [], months("2005-12", 2, "loen")]) {
      const decision = early(history, "2006-01-17");
      expect(decision).toMatchObject({
        result: "not_applicable",
        replacementOffer: false,
        facts: { notCoveredReason: "before_scheme_start", schemeInForceInArea: "2006-01-18", persons: [] },
      });
      expect(decision.justification.text).toContain("Ansøgningen er ikke omfattet");
    }
    expect(early(months("2005-08", 6), "2006-01-18").result).toBe("rejected");
    expect(early([], "2006-01-18").result).toBe("approved");
  });

  it("is not covered before the area's own designation when that is later than the scheme", () => {
    const before = decideCombinedLetting(
      single(months("2009-07", 6), "2009-12-31"),
      shippedRules,
      designated,
    );
    expect(before.result).toBe("not_applicable");
    expect(before.justification.reasoning[0]).toContain("gælder i området fra den 1. januar 2010");
    expect(
      decideCombinedLetting(single(months("2009-08", 6), "2010-01-01"), shippedRules, designated).result,
    ).toBe("rejected");
  });

  it("refuses an application date before the act (1 June 2005)", () => {
    const early = {
      ...single([], "2005-05-31"),
      waitingList: { topOfList: false, registeredDate: "2005-01-01" },
    };
    expect(refusal(() => decideCombinedLetting(early, shippedRules, designated)).code).toBe(
      "rule_not_in_force",
    );
  });
});

describe("combined letting: the replacement offer (the municipality's agreement)", () => {
  const rejected = (waitingList: { topOfList: boolean; registeredDate: string }) =>
    decideCombinedLetting({ ...single(months("2009-10", 6)), waitingList }, shippedRules, designated);

  it("offers a replacement dwelling to a rejected applicant at the top who registered before the scheme reached the area", () => {
    expect(rejected({ topOfList: true, registeredDate: "2009-12-31" })).toMatchObject({
      replacementOffer: true,
      facts: { schemeInForceInArea: "2010-01-01" },
    });
  });

  it("does not when registered on the day the scheme came into force, or when not at the top", () => {
    expect(rejected({ topOfList: true, registeredDate: "2010-01-01" }).replacementOffer).toBe(false);
    expect(rejected({ topOfList: false, registeredDate: "2009-12-31" }).replacementOffer).toBe(false);
  });

  it("uses the municipality's start date when the area was designated earlier", () => {
    const early = { ...designated, designatedSince: "2005-06-01" };
    const decision = decideCombinedLetting(
      { ...single(months("2009-10", 6)), waitingList: { topOfList: true, registeredDate: "2006-01-17" } },
      shippedRules,
      early,
    );
    expect(decision).toMatchObject({ replacementOffer: true, facts: { schemeInForceInArea: "2006-01-18" } });
  });
});

describe("combined letting: refused input names the field", () => {
  it("refuses a duplicate month, a malformed month and a month after the application, all at once", () => {
    const error = refusal(() =>
      decideCombinedLetting(
        single([
          { month: "2009-10", benefit: "kontanthjaelp" },
          { month: "2009-10", benefit: "starthjaelp" },
          { month: "2009-13", benefit: "kontanthjaelp" },
          { month: "2010-04", benefit: "kontanthjaelp" },
        ]),
        shippedRules,
        designated,
      ),
    );
    expect(error.code).toBe("invalid_input");
    expect(error.details.map((d) => d.field)).toEqual([
      "household.applicant.benefitMonths[1].month",
      "household.applicant.benefitMonths[2].month",
      "household.applicant.benefitMonths[3].month",
    ]);
  });

  it("refuses a benefit code that is not in the code list, naming the field and the allowed codes", () => {
    const typo = application({
      household: {
        applicant: {
          pseudonym: "A",
          benefitMonths: [
            ...months("2009-10", 2),
            { month: "2009-12", benefit: "kontanthjalp" },
            ...months("2010-01", 3),
          ],
        },
        spouse: {
          pseudonym: "B",
          relation: "married",
          benefitMonths: [{ month: "2010-03", benefit: "Loen" }],
        },
      },
    });
    const error = refusal(() => decideCombinedLetting(typo, shippedRules, designated));
    expect(error.code).toBe("invalid_input");
    expect(error.details.map((d) => d.field)).toEqual([
      "household.applicant.benefitMonths[2].benefit",
      "household.spouse.benefitMonths[0].benefit",
    ]);
    expect(error.details[0]?.message).toMatch(
      /^ukendt ydelseskode "kontanthjalp"; tilladte koder: kontanthjaelp, starthjaelp, /,
    );
    expect(error.details[0]?.message).toContain("foertidspension");
    expect(error.message).toContain("household.applicant.benefitMonths[2].benefit");
  });

  it("accepts every code of the code list, listed or not", () => {
    const all = benefitCodes.map(
      (benefit, i) => ({ ...months("2008-01", i + 1)[i], benefit }) as BenefitMonth,
    );
    expect(decideCombinedLetting(single(all), shippedRules, designated).result).toBe("approved");
  });

  it("requires the start of cohabitation for a cohabitant", () => {
    const error = refusal(() =>
      decideCombinedLetting(
        application({
          household: {
            applicant: { pseudonym: "A", benefitMonths: [] },
            spouse: { pseudonym: "B", relation: "cohabitant", benefitMonths: [] },
          },
        }),
        shippedRules,
        designated,
      ),
    );
    expect(error.details[0]?.field).toBe("household.spouse.cohabitingSinceDate");
  });

  it("validates raw input at the edge with the schema, naming each path", () => {
    const error = refusal(() =>
      parseCombinedLettingInput({
        application: {
          ...application(),
          applicationDate: "2010-02-30",
          household: { applicant: { pseudonym: "", benefitMonths: [{ month: "2009-10" }] } },
        },
        designation: designated,
      }),
    );
    expect(error.details.map((d) => d.field)).toEqual([
      "application.applicationDate",
      "application.household.applicant.pseudonym",
      "application.household.applicant.benefitMonths[0].benefit",
    ]);
  });
});

describe("combined letting: the justification a caseworker sends (golden)", () => {
  it("rejection of a married couple with a replacement offer", async () => {
    const decision = decideCombinedLetting(
      application({
        applicationDate: "2010-03-15",
        areaId: "mjoelnerparken",
        dwelling: { departmentId: "mjoelnerparken-1", dwellingId: "12B" },
        household: {
          applicant: { pseudonym: "P-0001", benefitMonths: months("2009-08", 8) },
          spouse: {
            pseudonym: "P-0002",
            relation: "married",
            benefitMonths: [...months("2009-06", 10, "starthjaelp"), ...months("2008-01", 2, "sygedagpenge")],
          },
        },
        waitingList: { topOfList: true, registeredDate: "2005-03-03", position: 1 },
      }),
      shippedRules,
      {
        designated: true,
        listReference: "Socialministeriets liste af 21. december 2009",
        designatedSince: "2006-01-18",
      },
    );
    await expect(decision.justification.text).toMatchFileSnapshot("./golden/combined-letting-rejected.txt");
    expect(decision.justification.legalBasis).toBe(
      "Almenboligloven § 51 b, stk. 1-2 (Lov nr. 328 af 18. maj 2005 (indsats mod ghettoisering), L 32 (2004-05)), regelversion combined-letting-decision-2005.",
    );
  });

  it("approval where a cohabitant of under 2 years does not count", async () => {
    const decision = decideCombinedLetting(
      application({
        household: {
          applicant: { pseudonym: "P-0003", benefitMonths: months("2009-11", 3) },
          spouse: {
            pseudonym: "P-0004",
            relation: "cohabitant",
            cohabitingSinceDate: "2009-01-01",
            benefitMonths: months("2009-02", 14),
          },
        },
      }),
      shippedRules,
      designated,
    );
    expect(decision.result).toBe("approved");
    await expect(decision.justification.text).toMatchFileSnapshot("./golden/combined-letting-approved.txt");
  });
});
