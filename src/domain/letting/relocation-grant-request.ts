import type { AreaFactsSource } from "../areas/area-facts-source.ts";
import { designationFromFacts } from "../areas/designation.ts";
import { DomainError } from "../errors.ts";
import type { IsoDate } from "../law/iso-date.ts";
import type { ParameterSet } from "../law/parameter.ts";
import type { RelocationGrantApplication } from "./relocation-grant.ts";

/**
 * An application for a relocation grant as a caseworker gives it: whether the area moved out
 * of is "udsat" may be left out.
 */
export interface RelocationGrantRequest {
  readonly applicationDate: IsoDate;
  readonly household: RelocationGrantApplication["household"];
  readonly from: {
    readonly areaId: string;
    readonly vulnerable?: boolean | undefined;
    readonly listReference?: string | undefined;
  };
  readonly to: RelocationGrantApplication["to"];
}

/**
 * The application the rule decides. An area left out as "udsat" or not is read as "designated
 * for combined letting on the application date" (the areas the ministry called udsatte
 * områder), from `facts`; the caller reads the facts only when the request needs them.
 */
export function relocationGrantApplication(
  request: RelocationGrantRequest,
  params: ParameterSet,
  facts: AreaFactsSource | undefined,
): RelocationGrantApplication {
  const { applicationDate, household, to } = request;
  if (request.from.vulnerable !== undefined) {
    const from = {
      areaId: request.from.areaId,
      vulnerable: request.from.vulnerable,
      listReference: request.from.listReference ?? "oplyst af sagsbehandleren",
    };
    return { applicationDate, household, from, to };
  }
  if (facts === undefined) {
    throw new DomainError(
      "invalid_input",
      {
        da: "Det er ikke oplyst, om området er udsat",
        en: "It is not stated whether the area is vulnerable",
      },
      [
        {
          field: "from.vulnerable",
          message: "mangler (eller brug områdefakta i databasen)",
          en: "missing (or use the area facts in the database)",
        },
      ],
    );
  }
  const designation = designationFromFacts(request.from.areaId, applicationDate, facts, params, {
    date: "applicationDate",
    areaId: "from.areaId",
  });
  const from = {
    areaId: request.from.areaId,
    vulnerable: designation.designated,
    listReference: request.from.listReference ?? designation.listReference,
  };
  return { applicationDate, household, from, to };
}
