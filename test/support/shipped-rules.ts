import type { Parameter, ParameterSet, ParameterValue, RawValue } from "../../src/domain/law/parameter.ts";
import { parseParameterFile } from "../../src/rules/parse-parameter-file.ts";
import { parseParameterFiles } from "../../src/rules/parse-parameter-files.ts";

/**
 * The shipped `rules/` folder as a parameter set, for tests only (it needs Vite's
 * import.meta.glob). Runtime code loads rules with `loadParameters`.
 */
const files = import.meta.glob("../../rules/**/*.yaml", { query: "?raw", import: "default", eager: true });

export const shippedRules: ParameterSet = parseParameterFiles(
  Object.entries(files).map(([path, text]) => ({ fileName: path.replace(/^.*?\/rules\//, ""), text })),
);

/**
 * A copy of `params` where the entry of `id` in force on `date` has another value (as if the
 * YAML file said `raw`): "changing a (verify) parameter changes the result" without touching
 * the shipped files.
 */
export function withParameterValue(
  params: ParameterSet,
  id: string,
  date: string,
  raw: RawValue,
): ParameterSet {
  const parameter = params.parameters.get(id);
  if (!parameter) throw new Error(`no parameter ${id}`);
  const value = valueOfRaw(parameter.unit, raw, parameter.choices);
  const entries = parameter.entries.map((e) =>
    e.effectiveFrom <= date && (e.until === undefined || date <= e.until) ? { ...e, value, raw } : e,
  );
  return { parameters: new Map([...params.parameters, [id, { ...parameter, entries }]]) };
}

function valueOfRaw(
  unit: Parameter["unit"],
  raw: RawValue,
  choices: readonly string[] | undefined,
): ParameterValue {
  const yaml = `id: x.y\ndescription: d\nunit: ${unit}\n${choices ? `choices: ${JSON.stringify(choices)}\n` : ""}values:\n  - effective_from: 2000-01-01\n    value: ${JSON.stringify(raw)}\n    source: {text: t}\n`;
  const entry = parseParameterFile(yaml, "y.yaml").entries[0];
  if (!entry?.value) throw new Error("bad value");
  return entry.value;
}
