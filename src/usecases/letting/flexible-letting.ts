import { DomainError } from "../../domain/errors.ts";
import { covers, type IsoDate, yearOf } from "../../domain/law/iso-date.ts";
import type { ParameterSet } from "../../domain/law/parameter.ts";
import { decisionRuleVersions } from "../../domain/letting/decision-rule-versions.ts";
import {
  type AreaShareOutside,
  type FlexibleLettingApplicant,
  type FlexibleLettingResult,
  type FlexibleLettingVacancy,
  prioritiseFlexibleLetting,
} from "../../domain/letting/flexible-letting.ts";
import type { AreaFactsSource } from "../areas/areas.service.ts";
import type { FactsProvider } from "./decide-combined-letting.ts";

/**
 * Fleksibel udlejning: the priority order for one vacancy. The share of the area's residents
 * 18-64 outside the labour market may be given; when it is not, it is the area's latest facts
 * year before the vacancy's year (the same "facts of the year before" convention as the lists).
 */
export interface FlexibleLettingRequest {
  readonly date: IsoDate;
  readonly vacancy: FlexibleLettingVacancy;
  readonly applicants: readonly FlexibleLettingApplicant[];
  readonly areaShareOutside?: AreaShareOutside | undefined;
}

export function areaShareFromFacts(source: AreaFactsSource, areaId: string, date: IsoDate): AreaShareOutside {
  const rows = source.facts.filter((f) => f.area_id === areaId && f.year < yearOf(date));
  if (rows.length === 0) {
    const known = source.facts.some((f) => f.area_id === areaId);
    throw new DomainError(
      "invalid_input",
      known
        ? `Område ${areaId} har ingen fakta før ${yearOf(date)}`
        : `Område ${areaId} findes ikke i områdefakta`,
      [
        {
          field: "vacancy.areaId",
          message: known ? `ingen fakta før ${yearOf(date)}` : `ukendt område "${areaId}"`,
        },
      ],
    );
  }
  const factsYear = Math.max(...rows.map((r) => r.year));
  const inYear = rows.filter((r) => r.year === factsYear);
  const missing = inYear.find(
    (r) => r.outside_labour_market_18_64 === undefined || r.residents_18_64 === undefined,
  );
  if (missing) {
    throw new DomainError(
      "missing_fact",
      `Område ${areaId}: outside_labour_market_18_64 eller residents_18_64 mangler for ${factsYear}`,
      [
        {
          field: "outside_labour_market_18_64",
          message: `mangler for afdeling ${missing.department_id} i ${factsYear}`,
        },
      ],
    );
  }
  return {
    numerator: inYear.reduce((s, r) => s + (r.outside_labour_market_18_64 ?? 0), 0),
    denominator: inYear.reduce((s, r) => s + (r.residents_18_64 ?? 0), 0),
    factsYear,
  };
}

export async function prioritiseFlexibleLettingRequest(
  request: FlexibleLettingRequest,
  params: ParameterSet,
  facts: FactsProvider | undefined,
): Promise<FlexibleLettingResult & { readonly areaShareSource: "given" | "facts" }> {
  if (decisionRuleVersions.every((v) => v.decision !== "flexible_letting" || !covers(v, request.date))) {
    throw new DomainError(
      "rule_not_in_force",
      `Ingen regel om fleksibel udlejning er i kraft den ${request.date}`,
      [{ field: "date", message: `ingen regelversion for fleksibel udlejning den ${request.date}` }],
    );
  }
  let share = request.areaShareOutside;
  const areaShareSource = share === undefined ? "facts" : "given";
  if (share === undefined) {
    if (facts === undefined) {
      throw new DomainError("invalid_input", "Andelen uden for arbejdsmarkedet er ikke oplyst", [
        { field: "areaShareOutside", message: "mangler (eller brug områdefakta i databasen)" },
      ]);
    }
    share = areaShareFromFacts(await facts(), request.vacancy.areaId, request.date);
  }
  const result = prioritiseFlexibleLetting(request.vacancy, request.applicants, share, params, request.date);
  return { ...result, areaShareSource };
}
