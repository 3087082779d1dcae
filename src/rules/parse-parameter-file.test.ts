import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rational } from "../domain/law/rational.ts";
import { loadParameters } from "./load-parameters.ts";
import { ParameterFileError, parameterFileErrorKinds } from "./parameter-file-error.ts";
import { parseParameterFile } from "./parse-parameter-file.ts";

const brokenDir = new URL("../../test/fixtures/rules-broken", import.meta.url).pathname;

function refusal(run: () => unknown): ParameterFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParameterFileError) return error;
    throw error;
  }
  throw new Error("expected a ParameterFileError");
}

const valid = `
id: omraader.eksempel
description: Et eksempel
unit: share
values:
  - effective_from: 2010-10-26
    value: "270/10000"
    comparator: gt
    source: { act: En lov, section: "§ 1" }
  - effective_from: 2014-02-01
    effective_to: 2018-11-30
    value: 0.027
    comparator: gt
    source: { bill: L 45 (2013-14) }
  - effective_from: 2018-12-01
    value: null
    source: { text: ophævet }
`;

describe("parseParameterFile", () => {
  it("reads dated values, fills in each entry's end and keeps the value as written", () => {
    const parameter = parseParameterFile(valid, "omraader/eksempel.yaml");
    expect(parameter.entries.map((e) => [e.effectiveFrom, e.until])).toEqual([
      ["2010-10-26", "2014-01-31"],
      ["2014-02-01", "2018-11-30"],
      ["2018-12-01", undefined],
    ]);
    expect(parameter.entries[0]?.value).toEqual({ kind: "rational", value: rational(27, 1000) });
    expect(parameter.entries[0]?.raw).toBe("270/10000");
    expect(parameter.entries[2]?.value).toBeNull();
  });

  it("reads a scale and a choice", () => {
    const scale = parseParameterFile(
      `id: a.skala\ndescription: d\nunit: scale\nvalues:\n  - effective_from: 2007-01-01\n    value: [{threshold: 0, value: "1/5"}, {threshold: 0.4, value: 1}]\n    source: {document: aftale}\n`,
      "skala.yaml",
    );
    expect(scale.entries[0]?.value?.kind).toBe("scale");
    const choice = () =>
      parseParameterFile(
        `id: a.valg\ndescription: d\nunit: choice\nchoices: [both, either]\nvalues:\n  - effective_from: 2005-06-01\n    value: neither\n    source: {text: t}\n`,
        "valg.yaml",
      );
    expect(refusal(choice).kind).toBe("value_type");
  });
});

describe("the loader refuses each broken fixture, naming file, key and date", () => {
  const fixtures = readdirSync(brokenDir).filter((name) => name.endsWith(".yaml"));

  it("has one broken fixture per error kind", () => {
    const kinds = [...fixtures.map((name) => name.replace(".yaml", "")), "duplicate_id"].sort();
    expect(kinds).toEqual([...parameterFileErrorKinds].sort());
  });

  it.each(fixtures)("%s", (name) => {
    const error = refusal(() => parseParameterFile(readFileSync(join(brokenDir, name), "utf8"), name));
    expect(error.kind).toBe(name.replace(".yaml", ""));
    expect(error.code).toBe("invalid_input");
    expect(error.message).toContain(name);
    expect(error.details[0]).toMatchObject({ source: name, field: error.key });
  });

  it("names the key and the date of a bad entry", () => {
    const error = refusal(() =>
      parseParameterFile(readFileSync(join(brokenDir, "invalid_date.yaml"), "utf8"), "invalid_date.yaml"),
    );
    expect(error.message).toBe(
      "Parameterfil invalid_date.yaml: values[1].effective_from (2010-02-30): ugyldig dato (ÅÅÅÅ-MM-DD)",
    );
    const overlap = refusal(() =>
      parseParameterFile(
        readFileSync(join(brokenDir, "overlapping_periods.yaml"), "utf8"),
        "overlapping_periods.yaml",
      ),
    );
    expect(overlap.key).toBe("values[1].effective_from");
    expect(overlap.date).toBe("2010-01-01");
    const value = refusal(() =>
      parseParameterFile(readFileSync(join(brokenDir, "value_type.yaml"), "utf8"), "value_type.yaml"),
    );
    expect(value.message).toContain("values[0].value (2010-01-01)");
    const yaml = refusal(() =>
      parseParameterFile(readFileSync(join(brokenDir, "yaml_syntax.yaml"), "utf8"), "yaml_syntax.yaml"),
    );
    expect(yaml.key).toMatch(/^linje \d+$/);
    const schema = refusal(() =>
      parseParameterFile(readFileSync(join(brokenDir, "schema.yaml"), "utf8"), "schema.yaml"),
    );
    expect(schema.key).toBe("unit");
  });

  it("refuses the same id in two files when loading a folder", async () => {
    const error = await loadParameters(join(brokenDir, "duplicate_id")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParameterFileError);
    expect((error as ParameterFileError).kind).toBe("duplicate_id");
    expect((error as ParameterFileError).message).toContain("one/same.yaml");
    expect((error as ParameterFileError).message).toContain("two/same.yaml");
  });
});
