import { factsYears, knownAreas, referenceYears } from "../../db/areas.repository.ts";
import { defineUseCase } from "../use-case.ts";
import { AREA_READERS } from "./classify-areas.ts";

/** The years with area and reference facts in the database, and the areas known. */
export const areaFactsOverview = defineUseCase(
  "se områdefakta i databasen",
  AREA_READERS,
  async (ctx, _actor, _input: undefined) => {
    const [years, reference, areas] = await Promise.all([
      factsYears(ctx.db),
      referenceYears(ctx.db),
      knownAreas(ctx.db),
    ]);
    return { years, referenceYears: reference, areas };
  },
);
