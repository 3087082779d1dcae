import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { type LevelCatalogue, parseLevelCatalogue } from "../domain/cases/levels.ts";

/**
 * The municipality's default case catalogue (SSP levels, outcome parameters, intervention
 * types), used until an administrator stores an edited version. It is not a dated legal
 * quantity, so it lives in `catalogues/`, beside `rules/` rather than in it.
 */
export const DEFAULT_CASE_CATALOGUE_FILE = new URL(
  "../../catalogues/kobenhavn/ssp/sagskatalog.yaml",
  import.meta.url,
).pathname;

let cached: LevelCatalogue | undefined;

export function defaultCaseCatalogue(): LevelCatalogue {
  cached ??= parseLevelCatalogue(
    parse(readFileSync(DEFAULT_CASE_CATALOGUE_FILE, "utf8")),
    "sagskatalog.yaml",
  );
  return cached;
}
