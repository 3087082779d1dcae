import { parseDocument } from "yaml";
import { addDays, isIsoDate } from "../domain/law/iso-date.ts";
import type {
  LegalSource,
  Parameter,
  ParameterEntry,
  ParameterUnit,
  ParameterValue,
  RawValue,
} from "../domain/law/parameter.ts";
import { compare, parseRational, type Rational } from "../domain/law/rational.ts";
import { ParameterFileError } from "./parameter-file-error.ts";
import { type ParameterFile, type ParameterFileEntry, parameterFileSchema } from "./parameter-schema.ts";

/**
 * Parses one YAML parameter file. Pure: the caller reads the file. Every refusal is a
 * ParameterFileError naming the file, the key and (inside a dated entry) the entry's date.
 */
export function parseParameterFile(text: string, fileName: string): Parameter {
  const file = validateShape(readYaml(text, fileName), fileName);
  checkIdMatchesFileName(file, fileName);
  checkVerifyNotes(file, fileName);
  const entries = file.values.map((entry, index) => toEntry(file, entry, index, fileName));
  checkPeriods(entries, fileName);
  return {
    id: file.id,
    description: file.description,
    ...(file.description_en === undefined ? {} : { descriptionEn: file.description_en }),
    unit: file.unit,
    ...(file.choices === undefined ? {} : { choices: file.choices }),
    verify: file.verify === true || entries.some((e) => e.verify),
    ...(file.note === undefined ? {} : { note: file.note }),
    file: fileName,
    entries: fillUntil(entries),
  };
}

function readYaml(text: string, fileName: string): unknown {
  const document = parseDocument(text);
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0]?.line;
    const detail = error.message.split("\n")[0] ?? error.code;
    throw new ParameterFileError(
      "yaml_syntax",
      fileName,
      line === undefined ? "(fil)" : `linje ${line}`,
      `YAML-fejl: ${detail}`,
    );
  }
  return document.toJS();
}

function pathToKey(path: readonly PropertyKey[]): string {
  return path.reduce<string>((key, part) => {
    if (typeof part === "number") return `${key}[${part}]`;
    return key === "" ? String(part) : `${key}.${String(part)}`;
  }, "");
}

function entryDate(raw: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== "values" || typeof path[1] !== "number") return undefined;
  const values = (raw as { values?: unknown })?.values;
  const entry = Array.isArray(values)
    ? (values[path[1]] as { effective_from?: unknown } | undefined)
    : undefined;
  return typeof entry?.effective_from === "string" ? entry.effective_from : undefined;
}

function validateShape(raw: unknown, fileName: string): ParameterFile {
  const result = parameterFileSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path ?? [];
  throw new ParameterFileError(
    "schema",
    fileName,
    path.length === 0 ? "(fil)" : pathToKey(path),
    issue?.message ?? "ugyldig struktur",
    entryDate(raw, path),
  );
}

function checkIdMatchesFileName(file: ParameterFile, fileName: string): void {
  const stem = fileName.replace(/^.*[\\/]/, "").replace(/\.ya?ml$/, "");
  const last = file.id.split(".").at(-1);
  if (last !== stem) {
    throw new ParameterFileError(
      "id_mismatch",
      fileName,
      "id",
      `id '${file.id}' skal ende på filens navn '${stem}'`,
    );
  }
}

function checkVerifyNotes(file: ParameterFile, fileName: string): void {
  // A (verify) mark without a note would hide what is uncertain: the note is the whole point.
  if (file.verify === true && file.note === undefined) {
    throw new ParameterFileError(
      "verify_without_note",
      fileName,
      "note",
      "verify: true kræver en note om hvad der skal efterprøves",
    );
  }
  file.values.forEach((entry, index) => {
    if (entry.verify === true && entry.note === undefined) {
      throw new ParameterFileError(
        "verify_without_note",
        fileName,
        `values[${index}].note`,
        "verify: true kræver en note om hvad der skal efterprøves",
        entry.effective_from,
      );
    }
  });
}

function toEntry(
  file: ParameterFile,
  entry: ParameterFileEntry,
  index: number,
  fileName: string,
): ParameterEntry {
  const key = `values[${index}]`;
  if (!isIsoDate(entry.effective_from)) {
    throw new ParameterFileError(
      "invalid_date",
      fileName,
      `${key}.effective_from`,
      "ugyldig dato (ÅÅÅÅ-MM-DD)",
      entry.effective_from,
    );
  }
  if (entry.effective_to !== undefined) {
    if (!isIsoDate(entry.effective_to)) {
      throw new ParameterFileError(
        "invalid_date",
        fileName,
        `${key}.effective_to`,
        "ugyldig dato (ÅÅÅÅ-MM-DD)",
        entry.effective_to,
      );
    }
    if (entry.effective_to < entry.effective_from) {
      throw new ParameterFileError(
        "period_order",
        fileName,
        `${key}.effective_to`,
        `slutdato ${entry.effective_to} ligger før startdatoen`,
        entry.effective_from,
      );
    }
  }
  const value =
    entry.value === null ? null : toValue(file, entry.value, `${key}.value`, entry.effective_from, fileName);
  const source: LegalSource = entry.source;
  return {
    effectiveFrom: entry.effective_from,
    ...(entry.effective_to === undefined ? {} : { effectiveTo: entry.effective_to }),
    value,
    raw: entry.value as RawValue | null,
    ...(entry.comparator === undefined ? {} : { comparator: entry.comparator }),
    source,
    ...(entry.note === undefined ? {} : { note: entry.note }),
    verify: entry.verify === true || file.verify === true,
  };
}

function toValue(
  file: ParameterFile,
  raw: unknown,
  key: string,
  date: string,
  fileName: string,
): ParameterValue {
  const fail = (expected: string): never => {
    throw new ParameterFileError(
      "value_type",
      fileName,
      key,
      `værdien ${JSON.stringify(raw)} passer ikke til enheden ${file.unit}: ${expected}`,
      date,
    );
  };
  return valueForUnit(file.unit, raw, file.choices, fail);
}

function share(raw: unknown): Rational | undefined {
  if (typeof raw !== "number" && typeof raw !== "string") return undefined;
  const r = parseRational(raw);
  return r !== undefined && r.num >= 0n && r.num <= r.den ? r : undefined;
}

function valueForUnit(
  unit: ParameterUnit,
  raw: unknown,
  choices: readonly string[] | undefined,
  fail: (expected: string) => never,
): ParameterValue {
  switch (unit) {
    case "count":
    case "months":
    case "years":
      return typeof raw === "number" && Number.isInteger(raw) && raw >= 0
        ? { kind: "number", value: raw }
        : fail("et helt tal ≥ 0");
    case "kroner":
      return typeof raw === "number" && Number.isFinite(raw) && raw >= 0
        ? { kind: "number", value: raw }
        : fail("et beløb ≥ 0");
    case "share": {
      const r = share(raw);
      return r ? { kind: "rational", value: r } : fail('en andel mellem 0 og 1, fx 0.4 eller "270/10000"');
    }
    case "ratio": {
      const r = typeof raw === "number" || typeof raw === "string" ? parseRational(raw) : undefined;
      return r && r.num > 0n
        ? { kind: "rational", value: r }
        : fail("et positivt forholdstal, fx 3 eller 0.55");
    }
    case "list":
      return Array.isArray(raw) &&
        raw.every((item) => typeof item === "string" && item !== "") &&
        new Set(raw).size === raw.length
        ? { kind: "list", value: raw as string[] }
        : fail("en liste af forskellige, ikke-tomme tekster");
    case "boolean":
      return typeof raw === "boolean" ? { kind: "boolean", value: raw } : fail("true eller false");
    case "date":
      return isIsoDate(raw) ? { kind: "text", value: raw } : fail("en dato ÅÅÅÅ-MM-DD");
    case "choice":
      return typeof raw === "string" && choices?.includes(raw)
        ? { kind: "text", value: raw }
        : fail(`en af ${choices?.join(", ")}`);
    case "month_day":
      return typeof raw === "string" && isIsoDate(`2001-${raw}`)
        ? { kind: "text", value: raw }
        : fail("en dag MM-DD (ikke 29. februar)");
    case "scale":
      return scaleValue(raw, fail);
  }
}

function scaleValue(raw: unknown, fail: (expected: string) => never): ParameterValue {
  const expected = "en liste af trin {threshold, value} med andele, stigende tærskler og første tærskel 0";
  if (!Array.isArray(raw) || raw.length === 0) return fail(expected);
  const brackets = raw.map((bracket: { threshold?: unknown; value?: unknown }) => {
    const threshold = share(bracket.threshold);
    const value = share(bracket.value);
    return threshold && value ? { threshold, value } : fail(expected);
  });
  const ascending = brackets.every(
    (b, i) => i === 0 || compare((brackets[i - 1] as typeof b).threshold, b.threshold) < 0,
  );
  if (!ascending || brackets[0]?.threshold.num !== 0n) return fail(expected);
  return { kind: "scale", value: brackets };
}

function checkPeriods(entries: readonly ParameterEntry[], fileName: string): void {
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    if (!previous) return;
    const previousEnd = previous.effectiveTo ?? previous.effectiveFrom;
    if (entry.effectiveFrom <= previousEnd) {
      throw new ParameterFileError(
        "overlapping_periods",
        fileName,
        `values[${index}].effective_from`,
        `perioden overlapper den forrige (fra ${previous.effectiveFrom}${previous.effectiveTo ? ` til ${previous.effectiveTo}` : ""}); værdierne skal stå i datoorden uden overlap`,
        entry.effectiveFrom,
      );
    }
  });
}

/** Fills in each entry's inclusive end: its own effective_to, else the day before the next starts. */
function fillUntil(entries: readonly ParameterEntry[]): ParameterEntry[] {
  return entries.map((entry, index) => {
    const next = entries[index + 1];
    const until = entry.effectiveTo ?? (next ? addDays(next.effectiveFrom, -1) : undefined);
    return until === undefined ? entry : { ...entry, until };
  });
}
