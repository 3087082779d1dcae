import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { department } from "../../test/support/area-facts.ts";
import { danishIn } from "../../test/support/danish.ts";
import { shippedRules } from "../../test/support/shipped-rules.ts";
import { classifyAreas } from "./areas/classify-areas.ts";
import { ruleVersionName } from "./areas/rule-version.ts";
import { ruleVersions } from "./areas/rule-versions.ts";
import { criterionTexts } from "./areas/texts.ts";
import { combinedLetting2005 } from "./areas/versions/combined-letting-2005.ts";
import { combinedLetting2010 } from "./areas/versions/combined-letting-2010.ts";
import { copenhagenTypology } from "./areas/versions/copenhagen-typology.ts";
import { listKindTexts, watchTexts } from "./areas/watch/watch-texts.ts";
import { DomainError, ERROR_CODE_TEXTS, type ErrorCode } from "./errors.ts";
import { parametersInForce } from "./law/value-on.ts";
import { decisionRuleVersions } from "./letting/decision-rule-versions.ts";
import { readMillionsInput } from "./policy/budget/millions-input.ts";

/**
 * "English means English": a reader who chose English meets no Danish in the texts udsyn writes
 * for them (`danishIn` recognises Danish by its letters and small words).
 */

const year = fc.integer({ min: 1990, max: 2100 });
const isoDay = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("English means English", () => {
  it("the criteria's words and the list kinds' names", () => {
    for (const texts of [...Object.values(criterionTexts), ...Object.values(listKindTexts)]) {
      expect(danishIn(texts.en), texts.en).toBeUndefined();
      expect(texts.en).not.toBe(texts.da);
    }
  });

  it("the Copenhagen typology's and combined letting's (2005, 2010) criteria, labels and notes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 1, max: 5000 }),
        (outside, residents) => {
          const facts = [
            department({
              year: 2008,
              department_id: "a-1",
              residents,
              outside_labour_market_18_plus: outside,
            }),
            department({
              year: 2008,
              department_id: "a-2",
              residents: 600,
              outside_labour_market_18_plus: 100,
            }),
          ];
          for (const [version, date] of [
            [copenhagenTypology, "2009-01-01"],
            [combinedLetting2005, "2009-12-31"],
            [combinedLetting2010, "2010-01-01"],
          ] as const) {
            const area = classifyAreas(version, facts, { date }, shippedRules, undefined, [], "en").areas[0];
            for (const c of area?.criteria ?? []) {
              expect(danishIn(c.label), c.label).toBeUndefined();
              if (c.note !== undefined) expect(danishIn(c.note), c.note).toBeUndefined();
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it("the watch list's reasons and notes", () => {
    fc.assert(
      fc.property(
        fc.array(year, { maxLength: 4 }),
        year,
        isoDay,
        isoDay,
        fc.constantFrom(...(Object.keys(listKindTexts) as (keyof typeof listKindTexts)[])),
        (years, known, date, nextDate, kind) => {
          const texts = [
            watchTexts.noNextList("en"),
            watchTexts.tooFewYears(years, { from: known - 4, to: known }, 3, "en"),
            watchTexts.noModel(years, 3, "en"),
            watchTexts.missingYear({ year: known, ruleVersionId: "revision-2018", yearsRead: years }, "en"),
            watchTexts.basis(known, date, "en"),
            watchTexts.noCurrentRule(kind, date, "reform-2021", nextDate, "en"),
            watchTexts.nextYearKnown(nextDate, known, "en"),
            watchTexts.anyCategory("en"),
            watchTexts.listLeftOut(kind, "no facts", "en"),
          ];
          for (const text of texts) expect(danishIn(text), text).toBeUndefined();
        },
      ),
    );
  });

  it("every rule parameter's description and value on the rules page, on any date", () => {
    for (const parameter of shippedRules.parameters.values()) {
      expect(parameter.descriptionEn, parameter.file).toBeDefined();
      expect(danishIn(parameter.descriptionEn ?? ""), parameter.file).toBeUndefined();
    }
    fc.assert(
      fc.property(isoDay, (date) => {
        for (const use of parametersInForce(shippedRules, date, "en")) {
          expect(danishIn(use.description), use.id).toBeUndefined();
          // Benefit codes and category names are the law's own words (lists); everything else is English.
          if (!Array.isArray(use.value))
            expect(danishIn(use.display), `${use.id}: ${use.display}`).toBeUndefined();
        }
      }),
      { numRuns: 30 },
    );
  });

  it("a refusal's message: its English text, or in English what its code means", () => {
    const codes = Object.keys(ERROR_CODE_TEXTS) as ErrorCode[];
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.string(), fc.string(), (code, danish, english) => {
        const untranslated = new DomainError(code, `Område ${danish} findes ikke`, [
          { field: "x", message: "ukendt område" },
        ]);
        expect(danishIn(untranslated.messageIn("en"))).toBeUndefined();
        expect(untranslated.messageIn("da")).toBe(untranslated.message);
        const translated = new DomainError(code, { da: `Område ${danish}`, en: english }, [
          { field: "x", message: "ukendt område", en: "unknown area" },
        ]);
        expect(translated.messageIn("en")).toBe(english);
        expect(translated.detailsIn("en")).toEqual([{ field: "x", message: "unknown area" }]);
        expect(translated.detailsIn("da")).toEqual([{ field: "x", message: "ukendt område" }]);
      }),
    );
  });

  it("the plausibility question on an amount in a table in millions, its readings and its refusal", () => {
    const typed = fc.oneof(
      fc
        .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }))
        .map(([a, b]) => `${a}.${String(b).padStart(3, "0")}`),
      fc.integer({ min: 1000, max: 100_000 }).map(String),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(typed, fc.integer({ min: 0, max: 50_000_000 }), (input, largest) => {
        const reading = readMillionsInput(input, largest, "en");
        if (reading.kind === "amount") return;
        const texts = [
          reading.message,
          ...(reading.kind === "question" ? reading.options.map((o) => o.wording) : []),
        ];
        for (const text of texts) expect(danishIn(text.replace(input.trim(), "")), text).toBeUndefined();
      }),
    );
    const question = readMillionsInput("950.000", 0, "en");
    expect(question).toEqual({
      kind: "question",
      message: 'The table is in DKK millions. Should "950.000" be read as one of these amounts?',
      options: [
        { kroner: 950_000_000, wording: "DKK 950.00m" },
        { kroner: 950_000, wording: "DKK 950,000 (DKK 0.95m)" },
      ],
    });
  });

  it("every rule version's name, for the lists and for the decisions", () => {
    for (const version of [...ruleVersions, ...decisionRuleVersions]) {
      const english = ruleVersionName(version, "en");
      expect(danishIn(english), version.id).toBeUndefined();
      expect(english).not.toBe(version.name);
    }
  });
});
