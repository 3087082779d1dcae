import { DomainError } from "../errors.ts";
import { formatDate } from "../format.ts";
import { addDays, type IsoDate, maxDate } from "../law/iso-date.ts";
import type { ParameterSet } from "../law/parameter.ts";
import { ParameterReader } from "../law/parameter-reader.ts";
import type { AreaDesignation } from "../letting/combined-letting-application.ts";
import { type AreaFactsSource, factsSourcesByArea } from "./area-facts-source.ts";
import { classifyAreas } from "./classify-areas.ts";
import { listInForce } from "./facts-year.ts";
import type { RuleVersion } from "./rule-version.ts";
import { ruleVersionOn } from "./rule-versions.ts";

/**
 * Whether an area is designated for combined letting on a date, from the classification of
 * the facts (the list in force on that date), and since when: the start of the earliest list
 * in an unbroken run of lists the area is on. When the run reaches back past the first facts
 * year or the first rule version, the start is not known and is left out, so the
 * municipality's own scheme start applies (the designation is then as old as the facts show).
 */

interface ListStatus {
  readonly version: RuleVersion;
  readonly publicationDate: IsoDate;
  readonly listYear: number;
  readonly factsYear: number;
  /** undefined: the area has no facts for the list's facts year. */
  readonly listed: boolean | undefined;
  readonly areaName: string | undefined;
}

const combinedLettingVersionOn = (date: IsoDate) => ruleVersionOn("combined_letting", date);

function statusOn(
  version: RuleVersion,
  areaId: string,
  date: IsoDate,
  source: AreaFactsSource,
  params: ParameterSet,
): ListStatus {
  const list = listInForce(new ParameterReader(params, date), version, date);
  const classification = classifyAreas(
    version,
    source.facts,
    { date },
    params,
    source.reference,
    source.published,
  );
  const area = classification.areas.find((a) => a.areaId === areaId);
  // An area that cannot be assessed on this list has no known status: the same as missing facts.
  if (area && !area.assessable) {
    const year = area.notAssessable?.missingYear ?? "?";
    throw new DomainError(
      "missing_fact",
      {
        da: area.notAssessable?.message ?? "Området kan ikke vurderes",
        en: `Area ${areaId} cannot be assessed under ${version.id}: area facts for ${year} are missing.`,
      },
      [
        {
          field: "year",
          message: `år ${year} mangler for ${areaId}`,
          en: `${year} is missing for ${areaId}`,
        },
      ],
    );
  }
  return {
    version,
    publicationDate: list.publicationDate,
    listYear: list.listYear,
    factsYear: list.factsYear,
    listed: area?.listed,
    areaName: area?.areaName,
  };
}

/** The field errors are named by, e.g. `application.areaId` in the API. */
export interface DesignationFields {
  readonly date: string;
  readonly areaId: string;
}

export function designationFromFacts(
  areaId: string,
  date: IsoDate,
  source: AreaFactsSource,
  params: ParameterSet,
  fields: DesignationFields = { date: "date", areaId: "areaId" },
): AreaDesignation {
  const version = combinedLettingVersionOn(date);
  if (!version) {
    throw new DomainError(
      "rule_not_in_force",
      {
        da: `Ingen regel om områder med kombineret udlejning er i kraft den ${date}`,
        en: `No rule on areas with combined letting is in force on ${date}`,
      },
      [
        {
          field: fields.date,
          message: `ingen regelversion for kombineret udlejning den ${date}`,
          en: `no rule version for combined letting on ${date}`,
        },
      ],
    );
  }
  if (source.facts.length === 0) {
    throw new DomainError(
      "missing_fact",
      {
        da: "Der er ingen områdefakta at slå udpegningen op i; indlæs dem (udsyn areas import, udsyn seed-demo) eller oplys udpegningen",
        en: "There are no area facts to look the designation up in; import them (udsyn areas import, udsyn seed-demo) or state the designation",
      },
      [{ field: fields.areaId, message: "ingen områdefakta", en: "no area facts" }],
    );
  }
  let current: ListStatus;
  try {
    current = statusOn(version, areaId, date, source, params);
  } catch (error) {
    if (error instanceof DomainError && error.code === "missing_fact") {
      throw new DomainError(error.code, error.texts ?? error.message, [
        ...error.details,
        {
          field: fields.date,
          message: "udpegningen kan ikke beregnes på denne dato",
          en: "the designation cannot be computed on this date",
        },
      ]);
    }
    throw error;
  }
  if (current.listed === undefined) {
    const known = source.facts.some((f) => f.area_id === areaId);
    throw new DomainError(
      "invalid_input",
      known
        ? {
            da: `Område ${areaId} har ingen fakta for ${current.factsYear}, som listen i kraft den ${date} bygger på`,
            en: `Area ${areaId} has no facts for ${current.factsYear}, which the list in force on ${date} builds on`,
          }
        : { da: `Område ${areaId} findes ikke i områdefakta`, en: `Area ${areaId} is not in the area facts` },
      [
        known
          ? {
              field: fields.areaId,
              message: `ingen fakta for ${current.factsYear}`,
              en: `no facts for ${current.factsYear}`,
            }
          : { field: fields.areaId, message: `ukendt område "${areaId}"`, en: `unknown area "${areaId}"` },
      ],
    );
  }
  const reference = `listen over områder med kombineret udlejning i kraft ${formatDate(date)} (${current.version.id}, offentliggjort ${formatDate(current.publicationDate)}, fakta for ${current.factsYear}), beregnet af udsyn på områdefakta`;
  const sources = factsSourcesByArea(source.origins ?? [], {
    from: current.factsYear,
    to: current.factsYear,
  }).get(areaId);
  const name = {
    ...(current.areaName === undefined ? {} : { areaName: current.areaName }),
    ...(sources === undefined || sources.length === 0 ? {} : { factsSources: sources.map((s) => s.text) }),
  };
  if (!current.listed) return { designated: false, listReference: reference, ...name };

  // Walk back list by list while the area stays on it.
  let since: IsoDate | undefined = maxDate(current.publicationDate, current.version.effectiveFrom);
  for (let step = 0; step < 50 && since !== undefined; step++) {
    const before = addDays(since, -1);
    const earlier = combinedLettingVersionOn(before);
    if (!earlier) {
      since = undefined;
      break;
    }
    let status: ListStatus;
    try {
      status = statusOn(earlier, areaId, before, source, params);
    } catch (error) {
      if (error instanceof DomainError && error.code === "missing_fact") {
        since = undefined;
        break;
      }
      throw error;
    }
    if (status.listed === undefined) {
      since = undefined;
      break;
    }
    if (!status.listed) break;
    since = maxDate(status.publicationDate, earlier.effectiveFrom);
  }
  return {
    designated: true,
    listReference: reference,
    ...name,
    ...(since === undefined ? {} : { designatedSince: since }),
  };
}
