import type { AreaFactsSource } from "../../domain/areas/area-facts-source.ts";
import { factsFromDatabase } from "../areas/area-facts-source.ts";
import type { UseCaseContext } from "../use-case.ts";

/**
 * The area facts a letting use case reads when the caseworker leaves a designation, a share or
 * "udsat" out: the database's, with the combined-letting lists (the list the letting schemes
 * use). Read only when needed, so a request that gives everything touches no facts.
 */
export function lettingAreaFacts(ctx: UseCaseContext): Promise<AreaFactsSource> {
  return factsFromDatabase(ctx.db, "combined_letting");
}
