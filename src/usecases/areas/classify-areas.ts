import { AGGREGATE_READERS } from "../../domain/access.ts";
import { type FactsSourceSummary, factsSourcesByArea } from "../../domain/areas/area-facts-source.ts";
import { classifyAreas } from "../../domain/areas/classify-areas.ts";
import { type PublishedCriterion, publishCriteria } from "../../domain/areas/criterion-disclosure.ts";
import { defaultListKind } from "../../domain/areas/default-list.ts";
import { factsYearsRead } from "../../domain/areas/facts-year.ts";
import type { ListKind } from "../../domain/areas/rule-version.ts";
import { ruleVersionFor } from "../../domain/areas/rule-versions.ts";
import type { Language } from "../../domain/language.ts";
import { todayOf } from "../../domain/law/clock.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import { ParameterReader } from "../../domain/law/parameter-reader.ts";
import {
  type DisplayedArea,
  type DisplayedClassification,
  displayClassification,
} from "../../render/areas/criterion-display.ts";
import { minimumCellToday } from "../disclosure.ts";
import { defineUseCase } from "../use-case.ts";
import { type AreaFactsFiles, factsFrom } from "./area-facts-source.ts";
import { cachedForFactsVersion } from "./facts-cache.ts";
import { persistedForFactsVersion, rulesIdentity } from "./persisted-result.ts";

/** Area statistics are aggregates of areas with at least 1,000 residents: every role may read them. */
export const AREA_READERS = AGGREGATE_READERS;

export interface ClassifyAreasInput {
  /** The date whose rules (and list) apply; default today in Copenhagen. */
  readonly date?: IsoDate | undefined;
  readonly listKind?: ListKind | undefined;
  /** Another facts year than the convention's (the year before the list's year). */
  readonly factsYear?: number | undefined;
  /** Facts from files instead of the database. */
  readonly files?: AreaFactsFiles | undefined;
  /** The language of the criteria's labels, notes and explanations (the user's; Danish unless given). */
  readonly language?: Language | undefined;
}

type DisplayedCriterion = DisplayedArea["criteria"][number];

/**
 * Each area with where its facts came from (batch and computation, typed in, or a file), and its
 * criteria as published: small cells withheld, and a department's share when the departments
 * not shown would be a small group (`publishCriteria`).
 */
export type ClassificationWithSources = Omit<DisplayedClassification, "areas"> & {
  readonly areas: readonly (Omit<DisplayedArea, "criteria"> & {
    readonly criteria: readonly PublishedCriterion<DisplayedCriterion>[];
    readonly factsSources: readonly FactsSourceSummary[];
  })[];
};

/** Designates the housing areas under the rules in force on a date, each criterion against its threshold. */
export const classifyAreasOn = defineUseCase(
  "se udpegningen af boligområder",
  AREA_READERS,
  async (ctx, _actor, input: ClassifyAreasInput): Promise<ClassificationWithSources> => {
    const date = input.date ?? todayOf(ctx.clock);
    const listKind = input.listKind ?? defaultListKind(date);
    const version = ruleVersionFor(listKind, date);
    const params = await ctx.parameters();
    // Only the years the rule reads: the facts table grows by a year of every department each year.
    const years = factsYearsRead(new ParameterReader(params, date), version, date, input.factsYear);
    const minimum = await minimumCellToday(ctx);
    const classify = async (): Promise<ClassificationWithSources> => {
      const source = await factsFrom(() => ctx.db, listKind, input.files, years);
      const classification = classifyAreas(
        version,
        source.facts,
        input.factsYear === undefined ? { date } : { date, factsYear: input.factsYear },
        params,
        source.reference,
        source.published,
        input.language,
      );
      const displayed = displayClassification(classification, input.language);
      const sources = factsSourcesByArea(source.origins ?? [], years);
      return {
        ...displayed,
        areas: displayed.areas.map((a) => ({
          ...a,
          criteria: publishCriteria(a.criteria, minimum, input.language),
          factsSources: sources.get(a.areaId) ?? [],
        })),
      };
    };
    if (input.files !== undefined) return classify();
    // The same list on the same date is the same until the facts change: computed once per facts
    // version, rules and cell size, kept in this process's memory (facts-cache.ts) and in the
    // database for every other process (persisted-result.ts), and served to every reader after.
    const key = [
      "classification",
      version.id,
      date,
      input.factsYear ?? "",
      input.language ?? "da",
      minimum,
      rulesIdentity(params),
    ].join(" ");
    return cachedForFactsVersion(ctx.db, key, (factsVersion) =>
      persistedForFactsVersion(ctx.db, factsVersion, key, classify),
    );
  },
);
