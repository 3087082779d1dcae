import { DomainError } from "../errors.ts";
import type { Language } from "../language.ts";
import type { Comparator } from "./comparator.ts";
import { formatParameterValue } from "./format-parameter.ts";
import type { IsoDate } from "./iso-date.ts";
import type {
  LegalSource,
  Parameter,
  ParameterEntry,
  ParameterSet,
  ParameterValue,
  RawValue,
} from "./parameter.ts";

/** "The value of X on date D", with the dated entry it came from (its source, its note). */
export interface ValueOn {
  readonly parameter: Parameter;
  readonly entry: ParameterEntry;
  readonly value: ParameterValue;
}

export function parameterById(params: ParameterSet, id: string): Parameter {
  const parameter = params.parameters.get(id);
  if (!parameter)
    throw new DomainError(
      "not_found",
      { da: `Parameteren ${id} findes ikke`, en: `There is no parameter ${id}` },
      [{ field: id, message: "ukendt parameter", en: "unknown parameter" }],
    );
  return parameter;
}

export function entryOn(parameter: Parameter, date: IsoDate): ParameterEntry | undefined {
  return parameter.entries.find((e) => e.effectiveFrom <= date && (e.until === undefined || date <= e.until));
}

export function valueOn(params: ParameterSet, id: string, date: IsoDate): ValueOn {
  const parameter = parameterById(params, id);
  const entry = entryOn(parameter, date);
  if (!entry) {
    throw new DomainError(
      "rule_not_in_force",
      {
        da: `Parameteren ${id} har ingen værdi den ${date} (${parameter.file})`,
        en: `The parameter ${id} has no value on ${date} (${parameter.file})`,
      },
      [{ source: parameter.file, field: id, message: `ingen værdi den ${date}`, en: `no value on ${date}` }],
    );
  }
  if (entry.value === null) {
    throw new DomainError(
      "rule_not_in_force",
      {
        da: `Parameteren ${id} er ophævet fra ${entry.effectiveFrom} og gælder ikke den ${date}`,
        en: `The parameter ${id} is repealed from ${entry.effectiveFrom} and does not apply on ${date}`,
      },
      [
        {
          source: parameter.file,
          field: id,
          message: `ophævet fra ${entry.effectiveFrom}`,
          en: `repealed from ${entry.effectiveFrom}`,
        },
      ],
    );
  }
  return { parameter, entry, value: entry.value };
}

/**
 * What a decision or a list used: enough to cite it in a justification and to replay it later.
 * `value` is the value as written in the YAML file (JSON), so a stored decision can be compared.
 */
export interface ParameterUse {
  readonly id: string;
  readonly description: string;
  readonly unit: Parameter["unit"];
  readonly value: RawValue;
  readonly display: string;
  readonly comparator?: Comparator;
  readonly effectiveFrom: IsoDate;
  readonly until?: IsoDate;
  readonly source: LegalSource;
  readonly verify: boolean;
  readonly note?: string;
}

export function toParameterUse({ parameter, entry, value }: ValueOn): ParameterUse {
  return {
    id: parameter.id,
    description: parameter.description,
    unit: parameter.unit,
    value: entry.raw as RawValue,
    display: formatParameterValue(parameter, value),
    ...(entry.comparator === undefined ? {} : { comparator: entry.comparator }),
    effectiveFrom: entry.effectiveFrom,
    ...(entry.until === undefined ? {} : { until: entry.until }),
    source: entry.source,
    verify: entry.verify,
    ...((entry.note ?? parameter.note) === undefined ? {} : { note: entry.note ?? parameter.note }),
  };
}

/** Every parameter with a value on `date`, sorted by id: `udsyn rules list --date D`. */
export function parametersInForce(
  params: ParameterSet,
  date: IsoDate,
  language: Language = "da",
): readonly ParameterUse[] {
  return [...params.parameters.values()]
    .flatMap((parameter) => {
      const entry = entryOn(parameter, date);
      if (!entry?.value) return [];
      const use = toParameterUse({ parameter, entry, value: entry.value });
      if (language === "da") return [use];
      return [
        {
          ...use,
          description: parameter.descriptionEn ?? parameter.description,
          display: formatParameterValue(parameter, entry.value, language),
        },
      ];
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
