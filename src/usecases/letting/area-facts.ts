import { loadFactOrigins } from "../../db/areas.repository.ts";
import type { AreaFactsSource } from "../../domain/areas/area-facts-source.ts";
import { factsFromDatabase } from "../areas/area-facts-source.ts";
import type { UseCaseContext } from "../use-case.ts";

/**
 * The area facts a letting use case reads when the caseworker leaves a designation, a share or
 * "udsat" out: the database's, with the combined-letting lists (the list the letting schemes
 * use). Read only when needed, so a request that gives everything touches no facts.
 */
export async function lettingAreaFacts(ctx: UseCaseContext, areaId?: string): Promise<AreaFactsSource> {
  const source = await factsFromDatabase(ctx.db, "combined_letting");
  if (areaId === undefined || source.facts.length === 0) return source;
  // Where the area's facts came from (typed in, or computed from which register batch), so the
  // stored decision, and its replay, can say so.
  const years = source.facts.map((f) => f.year);
  const origins = await loadFactOrigins(ctx.db, { from: Math.min(...years), to: Math.max(...years) }, areaId);
  return { ...source, origins };
}
