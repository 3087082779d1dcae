import { describe, expect, it } from "vitest";
import { shippedRules } from "../../../test/support/shipped-rules.ts";
import { DomainError } from "../errors.ts";
import { addDays } from "./iso-date.ts";
import { ParameterReader } from "./parameter-reader.ts";
import { rational } from "./rational.ts";
import { entryOn, parametersInForce, valueOn } from "./value-on.ts";

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected a DomainError");
}

describe("the value of X on date D", () => {
  it("changes on each effective date, not the day before (every shipped parameter)", () => {
    for (const parameter of shippedRules.parameters.values()) {
      parameter.entries.forEach((entry, index) => {
        expect(entryOn(parameter, entry.effectiveFrom), `${parameter.id} on ${entry.effectiveFrom}`).toBe(
          entry,
        );
        const dayBefore = entryOn(parameter, addDays(entry.effectiveFrom, -1));
        expect(dayBefore, `${parameter.id} the day before ${entry.effectiveFrom}`).toBe(
          index === 0 ? undefined : parameter.entries[index - 1],
        );
      });
    }
  });

  it("gives 1,200 residents on 31 Dec 2009 and 1,000 on 1 Jan 2010, with the source of each", () => {
    const before = valueOn(shippedRules, "kombineret_udlejning.omraade.mindste_antal_beboere", "2009-12-31");
    const after = valueOn(shippedRules, "kombineret_udlejning.omraade.mindste_antal_beboere", "2010-01-01");
    expect(before.value).toEqual({ kind: "number", value: 1200 });
    expect(before.entry.source.act).toContain("Lov nr. 328 af 18. maj 2005");
    expect(after.value).toEqual({ kind: "number", value: 1000 });
    expect(after.entry.comparator).toBe("gte");
  });

  it("reads 270 per 10,000 as exactly 2.7 %", () => {
    expect(valueOn(shippedRules, "omraader.domfaeldte_andel", "2014-01-31").value).toEqual({
      kind: "rational",
      value: rational(27, 1000),
    });
    expect(valueOn(shippedRules, "omraader.domfaeldte_andel", "2014-02-01").value).toEqual({
      kind: "rational",
      value: rational(27, 1000),
    });
  });

  it("refuses a date before the first value, naming the parameter and the date", () => {
    const error = refusal(() =>
      valueOn(shippedRules, "kombineret_udlejning.omraade.mindste_antal_beboere", "2005-05-31"),
    );
    expect(error.code).toBe("rule_not_in_force");
    expect(error.message).toContain("kombineret_udlejning.omraade.mindste_antal_beboere");
    expect(error.message).toContain("2005-05-31");
  });

  it("refuses a repealed value: the one-department test ended with 2009", () => {
    expect(
      valueOn(
        shippedRules,
        "kombineret_udlejning.omraade.afdeling_andel_uden_for_arbejdsmarkedet",
        "2009-12-31",
      ).value.kind,
    ).toBe("rational");
    const error = refusal(() =>
      valueOn(
        shippedRules,
        "kombineret_udlejning.omraade.afdeling_andel_uden_for_arbejdsmarkedet",
        "2010-01-01",
      ),
    );
    expect(error.code).toBe("rule_not_in_force");
    expect(error.message).toContain("ophævet fra 2010-01-01");
  });

  it("refuses an unknown parameter as not_found", () => {
    expect(refusal(() => valueOn(shippedRules, "findes.ikke", "2010-01-01")).code).toBe("not_found");
  });
});

describe("parametersInForce (udsyn rules list --date D)", () => {
  it("lists what is in force on 1 Jan 2010 and leaves out the repealed and the not yet in force", () => {
    const ids = parametersInForce(shippedRules, "2010-01-01").map((p) => p.id);
    expect(ids).toContain("kombineret_udlejning.omraade.mindste_antal_beboere");
    expect(ids).toContain("kombineret_udlejning.omraade.stk4_mindste_antal_beboere");
    expect(ids).not.toContain("kombineret_udlejning.omraade.afdeling_andel_uden_for_arbejdsmarkedet");
    expect(ids).not.toContain("omraader.mindste_antal_beboere");
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    const residents = parametersInForce(shippedRules, "2010-01-01").find(
      (p) => p.id === "kombineret_udlejning.omraade.mindste_antal_beboere",
    );
    expect(residents).toMatchObject({
      value: 1000,
      display: "1.000",
      comparator: "gte",
      effectiveFrom: "2010-01-01",
      verify: true,
    });
  });
});

describe("ParameterReader", () => {
  it("records each parameter it reads once, as used", () => {
    const reader = new ParameterReader(shippedRules, "2010-01-01");
    reader.threshold("kombineret_udlejning.omraade.mindste_antal_beboere");
    reader.threshold("kombineret_udlejning.omraade.mindste_antal_beboere");
    expect(reader.used().map((u) => u.id)).toEqual(["kombineret_udlejning.omraade.mindste_antal_beboere"]);
  });

  it("refuses to read a value as the wrong unit, and a threshold without a comparator", () => {
    const reader = new ParameterReader(shippedRules, "2010-01-01");
    expect(refusal(() => reader.list("kombineret_udlejning.omraade.mindste_antal_beboere")).code).toBe(
      "invalid_input",
    );
    expect(refusal(() => reader.threshold("kombineret_udlejning.afgoerelse.ydelser")).code).toBe(
      "invalid_input",
    );
  });

  it("tryRead gives undefined (and records nothing) where a parameter has no value", () => {
    const reader = new ParameterReader(shippedRules, "2010-01-01");
    expect(reader.tryRead("kombineret_udlejning.afgoerelse.valgfrie_ydelser")).toBeUndefined();
    expect(reader.used()).toEqual([]);
  });
});

describe("the (verify) items of RULES.md are marked verify with a note", () => {
  it.each([
    ["kombineret_udlejning.omraade.samlet_andel_uden_for_arbejdsmarkedet", "2005-06-01"],
    ["kombineret_udlejning.omraade.alternativ_test_2005", "2005-06-01"],
    ["kombineret_udlejning.omraade.stk4_mindste_antal_beboere", "2010-01-01"],
    ["kombineret_udlejning.omraade.stk4_samlet_andel_uden_for_arbejdsmarkedet", "2010-01-01"],
    ["kombineret_udlejning.afgoerelse.ansoeger_og_aegtefaelle", "2005-06-01"],
    ["kombineret_udlejning.afgoerelse.valgfrie_ydelser", "2021-11-30"],
    ["kombineret_udlejning.afgoerelse.valgfrie_ydelser_uden_loeb", "2021-11-30"],
    ["omraader.mindste_antal_kriterier", "2010-10-26"],
    ["kobenhavn.fleksibel_udlejning.andel_af_ledige_boliger", "2007-01-01"],
  ])("%s on %s", (id, date) => {
    const { entry, parameter } = valueOn(shippedRules, id, date);
    expect(entry.verify).toBe(true);
    expect(entry.note ?? parameter.note).toBeTruthy();
  });
});

describe("the readings RULES.md §10 settles are not (verify) and cite RULES.md §10", () => {
  it.each([
    ["kombineret_udlejning.afgoerelse.modtager_ydelse_i_ansoegningsmaaneden", "2005-06-01"],
    ["kombineret_udlejning.afgoerelse.ydelser", "2005-06-01"],
    ["kombineret_udlejning.afgoerelse.ydelser", "2014-01-01"],
    ["kombineret_udlejning.afgoerelse.ydelser", "2015-09-01"],
    ["kombineret_udlejning.afgoerelse.ydelser", "2021-11-30"],
    ["omraader.foregaaende_aar_i_traek", "2018-12-01"],
    ["omraader.foregaaende_aar_i_traek", "2021-11-30"],
  ])("%s on %s", (id, date) => {
    const { entry } = valueOn(shippedRules, id, date);
    expect(entry.verify).toBe(false);
    expect(entry.source.document).toContain("RULES.md §10");
  });
});
