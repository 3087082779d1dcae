import type { Kysely } from "kysely";
import { loadAreaFacts, loadPublishedLists, loadReferenceFacts } from "../../db/areas.repository.ts";
import type { Database } from "../../db/schema.ts";
import type { PublishedListEntry } from "../../domain/areas/published-list.ts";
import type { ListKind } from "../../domain/areas/rule-version.ts";
import { planWatch, type WatchPlan } from "../../domain/areas/watch/plan.ts";
import { type WatchList, watchAreas as watchAreasOn } from "../../domain/areas/watch/watch-list.ts";
import { DomainError } from "../../domain/errors.ts";
import type { Language } from "../../domain/language.ts";
import { todayOf } from "../../domain/law/clock.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import { MINIMUM_CELL_PERSONS } from "../../domain/statistics/disclosure.ts";
import { minimumCellToday } from "../disclosure.ts";
import { defineUseCase } from "../use-case.ts";
import { type AreaFactsFiles, factsFromFiles } from "./area-facts-source.ts";
import { AREA_READERS } from "./classify-areas.ts";

export interface WatchAreasInput {
  /** The date whose lists are watched; default today in Copenhagen. */
  readonly date?: IsoDate | undefined;
  /** One list kind; default every kind with a list in force or coming. */
  readonly listKind?: ListKind | undefined;
  /** Monte Carlo draws per area (default 1,000). */
  readonly draws?: number | undefined;
  readonly files?: AreaFactsFiles | undefined;
  /** The language of the reasons, notes and labels (default Danish). */
  readonly language?: Language | undefined;
}

export const MAX_WATCH_DRAWS = 20_000;

type Area = WatchList["areas"][number];
type Block = Area["distances"][number];
type Distance = Block["criteria"][number];
type Projected = NonNullable<Area["projection"]>["criteria"][number];

/** The watch list as it leaves udsyn: the numbers of a withheld criterion are null (disclosure control). */
export type PublishedWatchList = Omit<WatchList, "areas"> & {
  readonly areas: readonly (Omit<Area, "distances" | "projection"> & {
    readonly distances: readonly (Omit<Block, "criteria"> & {
      readonly criteria: readonly (Omit<Distance, "value" | "distance" | "relativeDistance"> & {
        readonly value: number | null;
        readonly distance: number | null;
        readonly relativeDistance: number | null;
      })[];
    })[];
    readonly projection:
      | (Omit<NonNullable<Area["projection"]>, "criteria"> & {
          readonly criteria: readonly (Omit<Projected, "observed"> & {
            readonly observed: readonly { readonly year: number; readonly value: number | null }[];
          })[];
        })
      | null;
  })[];
};

/**
 * Nulls what the domain kept for ranking: a withheld distance's numbers and a withheld year's
 * value. A criterion's projection with a withheld year in its trend window is left out whole, and
 * a note says so: its trend, median and 10-90 % band are drawn from the same small counts (with
 * the next list's facts known, the median is the withheld value itself), and the other years
 * with the trend would give the withheld year back.
 */
export function publishWatchList(
  watch: WatchList,
  minimum: number = MINIMUM_CELL_PERSONS,
  language: Language = "da",
): PublishedWatchList {
  const withheldNotes: string[] = [];
  const areas = watch.areas.map((a) => {
    const projected = a.projection?.criteria ?? [];
    const left = projected.filter((c) => c.observed.some((p) => p.withheld === true));
    if (left.length > 0) withheldNotes.push(projectionWithheldNote(a.areaName, left, minimum, language));
    return {
      ...a,
      distances: a.distances.map((b) => ({
        ...b,
        criteria: b.criteria.map((d) =>
          d.withheld === undefined ? d : { ...d, value: null, distance: null, relativeDistance: null },
        ),
      })),
      projection:
        a.projection === null
          ? null
          : {
              ...a.projection,
              criteria: projected
                .filter((c) => !left.includes(c))
                .map((c) => ({ ...c, observed: c.observed.map((p) => ({ year: p.year, value: p.value })) })),
            },
    };
  });
  return { ...watch, areas, notes: [...watch.notes, ...withheldNotes] };
}

function projectionWithheldNote(
  areaName: string,
  criteria: readonly Projected[],
  minimum: number,
  language: Language,
): string {
  const labels = criteria.map((c) => `»${c.label}«`).join(", ");
  return language === "en"
    ? `${areaName}: the projection of ${labels} is not shown (a year of it rests on fewer than ${minimum} persons).`
    : `${areaName}: fremskrivningen af ${labels} vises ikke (et af årene bygger på færre end ${minimum} personer).`;
}

/** What the watch list is computed from: the facts, the reference facts and the published lists. */
export type WatchSource = Pick<Parameters<typeof watchAreasOn>[0], "facts" | "reference" | "published">;

/**
 * The watch list's inputs from the database: only the facts years the plan needs, the reference
 * facts and each planned kind's published lists. Shared by the watch list and the committee report.
 */
export async function loadWatchSource(db: Kysely<Database>, plan: WatchPlan): Promise<WatchSource> {
  const [facts, reference, ...published] = await Promise.all([
    loadAreaFacts(db, plan.factsYears),
    loadReferenceFacts(db),
    ...plan.lists.map((l) => loadPublishedLists(db, l.listKind)),
  ]);
  const byKind: Partial<Record<ListKind, readonly PublishedListEntry[]>> = {};
  plan.lists.forEach((l, i) => {
    byKind[l.listKind] = published[i] ?? [];
  });
  return { facts, reference, published: byKind };
}

/**
 * The early-warning watch list: every area's distance to each threshold of the lists in force and
 * of the next list, its projected facts and its probability of being on the next list. Reads only
 * the facts years the plan needs (the trend window and the rules' look-back, up to the next
 * lists' facts years), like a classification.
 */
export const watchAreas = defineUseCase(
  "se overvågningslisten for boligområder",
  AREA_READERS,
  async (ctx, _actor, input: WatchAreasInput): Promise<PublishedWatchList> => {
    const date = input.date ?? todayOf(ctx.clock);
    if (
      input.draws !== undefined &&
      (!Number.isInteger(input.draws) || input.draws < 1 || input.draws > MAX_WATCH_DRAWS)
    ) {
      throw new DomainError(
        "invalid_input",
        {
          da: `Antal træk skal være et helt tal fra 1 til ${MAX_WATCH_DRAWS}`,
          en: `The number of draws must be a whole number from 1 to ${MAX_WATCH_DRAWS}`,
        },
        [
          {
            field: "draws",
            message: `${input.draws} er ikke et helt tal fra 1 til ${MAX_WATCH_DRAWS}`,
            en: `${input.draws} is not a whole number from 1 to ${MAX_WATCH_DRAWS}`,
          },
        ],
      );
    }
    const params = await ctx.parameters();
    const plan = planWatch(date, input.listKind, params);
    let source: WatchSource;
    if (input.files !== undefined) {
      const files = factsFromFiles(input.files);
      source = { facts: files.facts, reference: files.reference, published: {} };
    } else {
      source = await loadWatchSource(ctx.db, plan);
    }
    const minimum = await minimumCellToday(ctx);
    const watch = watchAreasOn({
      date,
      listKind: input.listKind,
      facts: source.facts,
      reference: source.reference,
      published: source.published,
      params,
      minimumCell: minimum,
      ...(input.draws === undefined ? {} : { draws: input.draws }),
      ...(input.language === undefined ? {} : { language: input.language }),
    });
    return publishWatchList(watch, minimum, input.language);
  },
);
