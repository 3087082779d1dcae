import { z } from "zod";
import { areaCategories } from "../../domain/areas/area-category.ts";
import { listKinds } from "../../domain/areas/rule-version.ts";
import { distanceUnits } from "../../domain/areas/watch/distance.ts";
import { watchAreas } from "../../usecases/areas/watch-areas.ts";
import { actorOf } from "../access.ts";
import type { App, AppContext } from "../context.ts";
import { requestLanguage } from "../errors.ts";
import { arrayOf, isoDate } from "../schemas.ts";

const listKind = z.enum(listKinds);
const unit = z.enum(distanceUnits);

const distance = z.object({
  criterionId: z.string(),
  label: z.string(),
  /** value, distance and relativeDistance are null when withheld (disclosure control; text and withheld say so). */
  value: z.number().nullable(),
  threshold: z.number(),
  comparator: z.enum(["gte", "gt", "lt", "lte"]),
  met: z.boolean(),
  distance: z.number().nullable(),
  unit,
  text: z.string(),
  relativeDistance: z.number().nullable(),
  derived: z.boolean(),
  withheld: z.string().optional(),
});

const listSummary = z.object({
  ruleVersionId: z.string(),
  ruleVersionName: z.string(),
  effectiveDate: z.string(),
  publicationDate: z.string(),
  listYear: z.number(),
  factsYear: z.number(),
});

const watchList = z.object({
  date: z.string(),
  draws: z.number(),
  seed: z.number(),
  lists: arrayOf(
    z.object({
      listKind,
      listName: z.string(),
      knownFactsYear: z.number(),
      current: listSummary.nullable(),
      next: listSummary.nullable(),
      notes: arrayOf(z.string()),
    }),
  ),
  areas: arrayOf(
    z.object({
      areaId: z.string(),
      areaName: z.string(),
      municipality: z.string(),
      listKind,
      listedNow: z.boolean().nullable(),
      categoryNow: z.enum(areaCategories).nullable(),
      question: z.enum(["listing", "leaving"]),
      probability: z.number().nullable(),
      reason: z.string().optional(),
      distances: arrayOf(
        z.object({
          role: z.enum(["current", "next"]),
          ruleVersionId: z.string(),
          listDate: z.string(),
          factsYear: z.number(),
          criteria: arrayOf(distance),
        }),
      ),
      nearest: z
        .object({
          criterionId: z.string(),
          label: z.string(),
          text: z.string(),
          relativeDistance: z.number(),
        })
        .optional(),
      projection: z
        .object({
          factsYear: z.number(),
          projectedYears: arrayOf(z.number()),
          trendYears: arrayOf(z.number()),
          draws: z.number(),
          criteria: arrayOf(
            z.object({
              criterionId: z.string(),
              label: z.string(),
              unit,
              observed: arrayOf(z.object({ year: z.number(), value: z.number().nullable() })),
              trendPerYear: z.number().nullable(),
              projected: z.number(),
              low: z.number(),
              high: z.number(),
              threshold: z.number(),
              probabilityMet: z.number(),
            }),
          ),
        })
        .nullable(),
      outcome: z.object({ listed: z.boolean(), category: z.enum(areaCategories).nullable() }).optional(),
    }),
  ),
  notes: arrayOf(z.string()),
});

/** The early-warning watch list of housing areas (issue 12). */
export function areasWatchRoutes(app: App, ctx: AppContext): void {
  const { useCases } = ctx;
  app.get(
    "/api/areas/watch",
    {
      config: { access: watchAreas.access },
      schema: {
        summary:
          "Overvågning: afstand til listernes grænser og sandsynligheden for at være på den næste liste",
        description:
          "For hver liste (eller kun list): listen i kraft på datoen rules og den næste liste. For hvert område afstanden til hver grænse i kriteriets egen enhed, de fremskrevne nøgletal ved den næste listes faktaår (lineær tendens pr. afdeling) og sandsynligheden for at være på den næste liste (Monte Carlo med de gældende regler, fast frø). Områder, der ikke er på en liste, kommer først, rangeret efter sandsynlighed.",
        tags: ["boligområder"],
        querystring: z.strictObject({ rules: isoDate.optional(), list: listKind.optional() }),
        response: { 200: watchList },
      },
    },
    async (request) =>
      watchAreas(useCases, actorOf(request), {
        date: request.query.rules,
        listKind: request.query.list,
        language: requestLanguage(request),
      }),
  );
}
