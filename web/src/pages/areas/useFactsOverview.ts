import { useApi } from "../../useApi.ts";
import type { FactsOverview } from "./types.ts";

export function useFactsOverview() {
  return useApi<FactsOverview>("/api/areas/facts/years");
}

/** The last day whose list is built on the newest facts year (facts of year Y feed the lists of Y+1), at most today. */
export function defaultListDate(overview: FactsOverview | undefined): string {
  const today = new Date().toISOString().slice(0, 10);
  const last = overview?.years.at(-1)?.year;
  if (last === undefined) return today;
  const latest = `${last + 1}-12-31`;
  return latest < today ? latest : today;
}
