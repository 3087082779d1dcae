import { listSpecialDwellings, type SpecialDwellingRow } from "../../db/letting.repository.ts";
import { AGGREGATE_READERS } from "../../domain/access.ts";
import { todayOf } from "../../domain/law/clock.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import {
  type SpecialDwellingsProgress,
  specialDwellingsProgress,
} from "../../domain/letting/special-dwellings.ts";
import { createdPerYear } from "../../domain/letting/special-dwellings-per-year.ts";
import { defineUseCase } from "../use-case.ts";

/** Særboliger: the register of dwellings created, and progress against the plan (500 in 2007-2011). */
export interface SpecialDwellingsOverview {
  readonly asOf: IsoDate;
  readonly rows: readonly SpecialDwellingRow[];
  readonly progress: SpecialDwellingsProgress;
}

/** An aggregate without persons, so every role may read it, unaudited. */
export const specialDwellingsOverview = defineUseCase(
  "se særboligerne",
  AGGREGATE_READERS,
  async (ctx, _actor, input: { readonly date?: IsoDate | undefined }): Promise<SpecialDwellingsOverview> => {
    const asOf = input.date ?? todayOf(ctx.clock);
    const rows = await listSpecialDwellings(ctx.db);
    return {
      asOf,
      rows,
      progress: specialDwellingsProgress(createdPerYear(rows), await ctx.parameters(), asOf),
    };
  },
);
