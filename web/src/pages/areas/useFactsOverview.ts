import type { FactsOverview } from "../../api-types.ts";
import { today } from "../../today.ts";
import { useApi } from "../../useApi.ts";

export function useFactsOverview() {
  return useApi("/api/areas/facts/years");
}

/** The last day whose list is built on the newest facts year (facts of year Y feed the lists of Y+1), at most today. */
export function defaultListDate(overview: FactsOverview | undefined): string {
  const now = today();
  const last = overview?.years.at(-1)?.year;
  if (last === undefined) return now;
  const latest = `${last + 1}-12-31`;
  return latest < now ? latest : now;
}
