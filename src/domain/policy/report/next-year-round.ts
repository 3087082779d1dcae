import type { IsoDate } from "../goals/period.ts";
import type { ReportingRound } from "./reporting-round.ts";

export interface NextRoundRequest {
  readonly committee: string;
  readonly year: number;
  readonly requestDate: IsoDate;
  readonly deadline: IsoDate | null;
}

/**
 * A new year's round starts as a copy of the committee's newest earlier round: same goals,
 * initiatives and overview, with the new year, request date and the year in its title.
 * `sourceYear` is the year the earlier round is stored under.
 */
export function nextYearContent(
  source: ReportingRound,
  sourceYear: number,
  request: NextRoundRequest,
): ReportingRound {
  return {
    ...source,
    id: `${request.committee.toLowerCase()}-${request.year}`,
    year: request.year,
    requestDate: request.requestDate,
    title: source.title.replaceAll(String(sourceYear), String(request.year)),
  };
}
