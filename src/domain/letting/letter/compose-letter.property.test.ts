import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { internalIdentifiers, shippedLetterSettings } from "../../../../test/support/letter-settings.ts";
import { shippedRules } from "../../../../test/support/shipped-rules.ts";
import type { IsoDate } from "../../law/iso-date.ts";
import { benefitCodes } from "../benefit-labels.ts";
import { formatCalendarMonth, monthOfDate } from "../calendar-month.ts";
import type { BenefitMonth, CombinedLettingApplication } from "../combined-letting-application.ts";
import { decideCombinedLetting } from "../decide-combined-letting.ts";
import { decisionRuleVersions } from "../decision-rule-versions.ts";
import { decideRelocationGrant } from "../relocation-grant.ts";
import {
  composeLetter,
  hearingRequired,
  type LetterDecision,
  type LetterRequest,
  letterPlainText,
} from "./compose-letter.ts";
import { legalBasisWords } from "./legal-basis-words.ts";

const areaNames: Record<string, string> = { akacieparken: "Akacieparken", mjoelnerparken: "Mjølnerparken" };

const date = fc
  .date({ min: new Date("2005-06-01T00:00:00Z"), max: new Date("2026-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as IsoDate);

/** Benefit months before or in the application month, each month once. */
const monthsBefore = (applicationDate: IsoDate) =>
  fc
    .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.constantFrom(...benefitCodes)), {
      selector: ([back]) => back,
      maxLength: 14,
    })
    .map((rows): BenefitMonth[] =>
      rows.map(([back, benefit]) => ({
        month: formatCalendarMonth(monthOfDate(applicationDate) - back),
        benefit,
      })),
    );

const combinedCase = date.chain((applicationDate) =>
  fc.record({
    applicationDate: fc.constant(applicationDate),
    areaId: fc.constantFrom("akacieparken", "mjoelnerparken", "ukendt-omraade-7"),
    applicantMonths: monthsBefore(applicationDate),
    spouse: fc.option(
      fc.record({
        relation: fc.constantFrom("married" as const, "cohabitant" as const),
        months: monthsBefore(applicationDate),
        yearsTogether: fc.integer({ min: 0, max: 5 }),
      }),
    ),
    designated: fc.boolean(),
    generatedReference: fc.boolean(),
    withAreaName: fc.boolean(),
    alreadyResident: fc.boolean(),
    topOfList: fc.boolean(),
    language: fc.constantFrom("da" as const, "en" as const),
  }),
);

function toApplication(c: {
  applicationDate: IsoDate;
  areaId: string;
  applicantMonths: BenefitMonth[];
  spouse: { relation: "married" | "cohabitant"; months: BenefitMonth[]; yearsTogether: number } | null;
  alreadyResident: boolean;
  topOfList: boolean;
}): CombinedLettingApplication {
  const year = Number(c.applicationDate.slice(0, 4));
  return {
    applicationDate: c.applicationDate,
    areaId: c.areaId,
    dwelling: { departmentId: `${c.areaId}-1`, dwellingId: "4 tv" },
    household: {
      applicant: { pseudonym: "P-0001", benefitMonths: c.applicantMonths },
      ...(c.spouse
        ? {
            spouse: {
              pseudonym: "P-0002",
              relation: c.spouse.relation,
              benefitMonths: c.spouse.months,
              ...(c.spouse.relation === "cohabitant"
                ? { cohabitingSinceDate: `${year - c.spouse.yearsTogether}-01-01` as IsoDate }
                : {}),
            },
          }
        : {}),
    },
    alreadyResidentInDepartment: c.alreadyResident,
    waitingList: { topOfList: c.topOfList, registeredDate: "2005-01-01", position: 3 },
  };
}

function request(language: "da" | "en", hearing: boolean): LetterRequest {
  return {
    language,
    recipient: { name: "Karen Hansen", address: ["Møllegade 3, 2. th.", "2200 København N"] },
    date: "2026-03-02",
    decisionId: 41,
    journalNumber: "27.39.00-G01-12-26",
    hearing: hearing ? { sentOn: "2026-02-01", answerBy: "2026-02-15" } : undefined,
    areaName: (id) => areaNames[id],
  };
}

/** The elements forvaltningsloven §§ 22-25 asks for, in the letter's own words. */
function expectSendable(text: string, language: "da" | "en"): void {
  const s = shippedLetterSettings;
  for (const part of [
    s.sender.municipality,
    s.sender.unit,
    ...s.sender.address,
    "Karen Hansen",
    "2200 København N",
    "27.39.00-G01-12-26",
    s.signature.name,
    ...(language === "da"
      ? [
          "Dato: 2. marts 2026",
          "Afgørelse nr. 41",
          "Begrundelse",
          "Regler",
          "Klagevejledning",
          "Med venlig hilsen",
        ]
      : ["Date: 2 March 2026", "Decision no. 41", "Reasons", "Rules", "How to complain", "Yours sincerely"]),
  ]) {
    expect(text).toContain(part);
  }
}

describe("a decision letter a citizen reads", () => {
  it("every decision rule version has its legal basis in words, in both languages", () => {
    for (const version of decisionRuleVersions) {
      expect(legalBasisWords[version.id]?.da).toMatch(/almenboligloven|aftale/);
      expect(legalBasisWords[version.id]?.en).toMatch(/Social Housing Act|agreement/);
    }
  });

  it("combined letting, any application under any rule version: every element, no internal identifier", () => {
    fc.assert(
      fc.property(combinedCase, (c) => {
        const designation = {
          designated: c.designated,
          designatedSince: "2005-06-01" as IsoDate,
          listReference: c.generatedReference
            ? "listen over områder med kombineret udlejning i kraft 1. januar 2010 (combined-letting-2010, offentliggjort 21. december 2009, fakta for 2008), beregnet af udsyn på områdefakta"
            : "Socialministeriets liste af 21. december 2009",
          ...(c.withAreaName ? { areaName: areaNames[c.areaId] ?? "Ukendt Område" } : {}),
        };
        const decision = decideCombinedLetting(toApplication(c), shippedRules, designation);
        const subject: LetterDecision = { kind: "combined_letting", decision };
        const needsHearing = hearingRequired("combined_letting", decision.result);
        const text = letterPlainText(
          composeLetter(subject, request(c.language, needsHearing), shippedLetterSettings),
        );
        expectSendable(text, c.language);
        expect(internalIdentifiers(text)).toEqual([]);
        expect(text).not.toContain(c.areaId);
        if (needsHearing) expect(text).toContain(c.language === "da" ? "Partshøring" : "Consultation");
      }),
      { numRuns: 150 },
    );
  });

  it("a refusal that rests on register facts is not put in a letter without the partshøring", () => {
    const application = toApplication({
      applicationDate: "2010-03-15",
      areaId: "akacieparken",
      applicantMonths: Array.from({ length: 6 }, (_, i) => ({
        month: formatCalendarMonth(monthOfDate("2010-03-15") - i),
        benefit: "kontanthjaelp",
      })),
      spouse: null,
      alreadyResident: false,
      topOfList: false,
    });
    const decision = decideCombinedLetting(application, shippedRules, {
      designated: true,
      listReference: "Socialministeriets liste af 21. december 2009",
      designatedSince: "2010-01-01",
    });
    expect(decision.result).toBe("rejected");
    expect(() =>
      composeLetter({ kind: "combined_letting", decision }, request("da", false), shippedLetterSettings),
    ).toThrow(/partshøringen/);
  });

  it("relocation grants and annulments, granted or refused, in both languages", () => {
    fc.assert(
      fc.property(
        date.filter((d) => d >= "2007-01-01"),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom("da" as const, "en" as const),
        (applicationDate, income, vulnerable, annul, language) => {
          const decision = decideRelocationGrant(
            {
              applicationDate,
              household: { pseudonym: "P-0003", livesOnTransferIncome: income },
              from: { areaId: "mjoelnerparken", vulnerable, listReference: "oplyst af sagsbehandleren" },
              to: { inMunicipality: true, newDwelling: true, vulnerable: false },
            },
            shippedRules,
          );
          const subject: LetterDecision = annul
            ? { kind: "annulment", of: "relocation_grant", ruleVersionId: decision.ruleVersion.id }
            : { kind: "relocation_grant", decision };
          const text = letterPlainText(
            composeLetter(
              subject,
              {
                ...request(language, false),
                ...(annul
                  ? {
                      supersedes: {
                        kind: "annulment",
                        decisionId: 40,
                        decidedOn: "2026-02-01",
                        reason: "Ansøgningen blev trukket tilbage.",
                      },
                    }
                  : {}),
              },
              shippedLetterSettings,
            ),
          );
          expectSendable(text, language);
          expect(internalIdentifiers(text)).toEqual([]);
          if (!annul && decision.result === "granted") expect(text).toMatch(/15\.000 kr\.|15,000 DKK/);
        },
      ),
      { numRuns: 60 },
    );
  });
});
