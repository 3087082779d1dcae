import { planWatch } from "../../domain/areas/watch/plan.ts";
import { watchAreas } from "../../domain/areas/watch/watch-list.ts";
import type { ReportAreaWatch } from "../../domain/areas/watch/watch-table.ts";
import { DomainError } from "../../domain/errors.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import type { ParameterSet } from "../../domain/law/parameter.ts";
import { cachedForFactsVersion } from "../areas/facts-cache.ts";
import { rulesIdentity } from "../areas/persisted-result.ts";
import { loadWatchSource } from "../areas/watch-areas.ts";
import { minimumCellToday } from "../disclosure.ts";
import type { UseCaseContext } from "../use-case.ts";

/**
 * The early-warning watch list for the report. The rules date is the round's request date: the
 * report speaks as of the day it is dated, so it shows the lists in force then and the next list
 * (the 1 January of the round's year would show the same lists in force but hide a list published
 * between then and the request date). No area facts, or none the rules of that date can use, gives a
 * sentence instead of a table: the report must render without them.
 */
export async function reportAreaWatch(ctx: UseCaseContext, date: IsoDate): Promise<ReportAreaWatch> {
  const params = await ctx.parameters();
  const minimumCell = await minimumCellToday(ctx);
  // The watch list draws 1,000 simulated futures per area (seeded: the same every time), which
  // costs more than rendering the report. It depends only on the date, the facts, the rules and the
  // cell size, so it is computed once per facts version (facts-cache.ts) and every later render of
  // any round dated that day reuses it.
  return cachedForFactsVersion(ctx.db, `report-watch ${date} ${minimumCell} ${rulesIdentity(params)}`, () =>
    computeReportAreaWatch(ctx, date, params, minimumCell),
  );
}

async function computeReportAreaWatch(
  ctx: UseCaseContext,
  date: IsoDate,
  params: ParameterSet,
  minimumCell: number,
): Promise<ReportAreaWatch> {
  try {
    const plan = planWatch(date, undefined, params);
    const source = await loadWatchSource(ctx.db, plan);
    if (source.facts.length === 0) {
      return {
        kind: "unavailable",
        reason: `udsyn har ingen områdefakta for ${plan.factsYears.from}-${plan.factsYears.to}, så der er ingen overvågningsliste.`,
      };
    }
    const watch = watchAreas({ date, ...source, params, minimumCell });
    // Only the lists whose rules were in force on the date: a report speaks of the law it knew,
    // not of a list a later act created (the ghetto list did not exist in March 2010).
    const inForce = new Set(watch.lists.filter((l) => l.current !== null).map((l) => l.listKind));
    return {
      kind: "watch",
      watch: {
        ...watch,
        lists: watch.lists.filter((l) => inForce.has(l.listKind)),
        areas: watch.areas.filter((a) => inForce.has(a.listKind)),
      },
    };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { kind: "unavailable", reason: `overvågningslisten kan ikke beregnes: ${error.message}.` };
  }
}
