import { formatDateTime } from "../format.ts";
import type { DepartmentYearFacts, ReferenceFacts } from "./department-year-facts.ts";
import type { PublishedListEntry } from "./published-list.ts";

/**
 * Where one department's facts of one year came from: a file given to this run, typed in
 * (the CSV import, the demo seeder: `computation_id` null), or computed from a register batch.
 */
export type FactsOrigin =
  | { readonly kind: "file"; readonly fileName: string }
  | { readonly kind: "typed" }
  | {
      readonly kind: "computed";
      readonly computationId: number;
      readonly batchName: string;
      /** ISO instant of the computation. */
      readonly computedAt: string;
    };

export interface DepartmentFactsOrigin {
  readonly year: number;
  readonly areaId: string;
  readonly departmentId: string;
  readonly origin: FactsOrigin;
}

/** Everything a classification reads: the departments' facts, the reference facts, the published lists. */
export interface AreaFactsSource {
  readonly facts: readonly DepartmentYearFacts[];
  readonly reference: ReferenceFacts;
  readonly published: readonly PublishedListEntry[];
  /** Where each (year, department) row of `facts` came from; absent when unknown. */
  readonly origins?: readonly DepartmentFactsOrigin[];
}

/** An origin with the sentence a user reads. */
export type FactsSourceSummary = FactsOrigin & { readonly text: string };

export function factsOriginText(origin: FactsOrigin): string {
  switch (origin.kind) {
    case "file":
      return `filen ${origin.fileName}`;
    case "typed":
      return "indtastet eller indlæst fra CSV";
    case "computed":
      return `batch »${origin.batchName}«, beregnet ${formatDateTime(new Date(origin.computedAt))} (beregning nr. ${origin.computationId})`;
  }
}

const originKey = (o: FactsOrigin) =>
  o.kind === "computed" ? `c${o.computationId}` : o.kind === "file" ? `f${o.fileName}` : "t";

/**
 * The distinct sources of each area's facts in the years `years` (all years without it), in
 * the order first met: an area whose departments or years came from different places lists each.
 */
export function factsSourcesByArea(
  origins: readonly DepartmentFactsOrigin[],
  years?: { readonly from: number; readonly to: number },
): ReadonlyMap<string, readonly FactsSourceSummary[]> {
  const byArea = new Map<string, Map<string, FactsSourceSummary>>();
  for (const o of origins) {
    if (years !== undefined && (o.year < years.from || o.year > years.to)) continue;
    const sources = byArea.get(o.areaId) ?? new Map<string, FactsSourceSummary>();
    byArea.set(o.areaId, sources);
    const key = originKey(o.origin);
    if (!sources.has(key)) sources.set(key, { ...o.origin, text: factsOriginText(o.origin) });
  }
  return new Map([...byArea].map(([area, sources]) => [area, [...sources.values()]]));
}
