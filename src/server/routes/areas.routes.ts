import { z } from "zod";
import { areaCategories } from "../../domain/areas/area-category.ts";
import { listKinds } from "../../domain/areas/rule-version.ts";
import { distanceUnits } from "../../domain/areas/watch/distance.ts";
import { areaFactsOverview } from "../../usecases/areas/area-facts-overview.ts";
import { listAreaRuleVersions } from "../../usecases/areas/area-rule-versions.ts";
import { attributeListChangeBetween } from "../../usecases/areas/attribute-list-change.ts";
import { classifyAreasOn } from "../../usecases/areas/classify-areas.ts";
import { importAreaFacts } from "../../usecases/areas/import-area-facts.ts";
import { actorOf } from "../access.ts";
import type { App, AppContext } from "../context.ts";
import { requestLanguage } from "../errors.ts";
import { arrayOf, isoDate, legalSource, year } from "../schemas.ts";
import { serializedOnce } from "../serialized-once.ts";
import { parameterUse } from "./rules.routes.ts";

export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

const criterion = z.object({
  id: z.string(),
  label: z.string(),
  /** null: withheld by disclosure control (fewer than 5 persons behind it), the reason in suppressed. */
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  unit: z.enum(distanceUnits),
  suppressed: z.string().optional(),
  threshold: z.number(),
  thresholdExact: z.string(),
  comparator: z.enum(["gte", "gt", "lt", "lte"]),
  comparatorSymbol: z.string(),
  met: z.boolean(),
  valueText: z.string(),
  thresholdText: z.string(),
  parameterId: z.string(),
  years: arrayOf(z.number()).optional(),
  departmentId: z.string().optional(),
  note: z.string().optional(),
});

const category = z.enum(areaCategories);

const factsSource = z.object({
  kind: z.enum(["computed", "typed", "file"]),
  text: z.string(),
  computationId: z.number().optional(),
  batchName: z.string().optional(),
  computedAt: z.string().optional(),
  fileName: z.string().optional(),
});
const listKind = z.enum(listKinds);

const classification = z.object({
  ruleVersion: z.object({ id: z.string(), name: z.string(), source: legalSource }),
  sourceText: z.string(),
  listKind,
  date: z.string(),
  listYear: z.number(),
  factsYear: z.number(),
  areas: arrayOf(
    z.object({
      areaId: z.string(),
      areaName: z.string(),
      municipality: z.string(),
      listed: z.boolean(),
      category: category.nullable(),
      categories: arrayOf(category),
      criteria: arrayOf(criterion),
      /** false: the area lacks a facts year a (multi-year) criterion reads; the others are still classified. */
      assessable: z.boolean(),
      notAssessable: z.object({ missingYear: z.number(), message: z.string() }).optional(),
      /** Where the area's facts came from: a register batch's computation, typed in, or a file. */
      factsSources: arrayOf(factsSource),
    }),
  ),
  /** Plain statements about the list, e.g. a category that did not exist yet on the date. */
  notes: arrayOf(z.string()),
  parametersUsed: arrayOf(parameterUse),
});

const side = z.object({
  date: z.string(),
  ruleVersionId: z.string(),
  factsYear: z.number(),
  listed: z.number(),
});
const effect = z.union([z.literal(-1), z.literal(0), z.literal(1)]);

const attribution = z.object({
  listKind,
  before: side,
  counterfactual: side,
  after: side,
  ruleChangeEffect: z.number(),
  realChangeEffect: z.number(),
  areas: arrayOf(
    z.object({
      areaId: z.string(),
      areaName: z.string(),
      oldRulesOldFacts: z.boolean(),
      newRulesOldFacts: z.boolean(),
      newRulesNewFacts: z.boolean(),
      ruleChangeEffect: effect,
      realChangeEffect: effect,
      explanation: z.string(),
    }),
  ),
  summary: z.string(),
});

const ruleVersion = z.object({
  id: z.string(),
  name: z.string(),
  listKind,
  effectiveFrom: z.string(),
  effectiveTo: z.string().optional(),
  source: legalSource,
  sourceText: z.string(),
});

const uploadedFile = z.strictObject({
  fileName: z.string().min(1).max(255),
  content: z.string().max(IMPORT_BODY_LIMIT),
});

export function areasRoutes(app: App, ctx: AppContext): void {
  const { useCases } = ctx;
  // The classification is served from a cache until the facts change: so is its JSON.
  const sendClassification = serializedOnce();

  app.get(
    "/api/areas/classification",
    {
      config: { access: classifyAreasOn.access },
      schema: {
        summary: "Udpegning af boligområder efter reglerne i kraft på en dato (områdefakta i databasen)",
        description:
          "Uden list: listen over områder med kombineret udlejning, når en sådan regel er i kraft på datoen, ellers listen over udsatte boligområder. year vælger et andet faktaår end konventionens.",
        tags: ["boligområder"],
        querystring: z.strictObject({
          date: isoDate.optional(),
          list: listKind.optional(),
          year: year.optional(),
        }),
        response: { 200: classification },
      },
    },
    async (request, reply) =>
      sendClassification(
        reply,
        await classifyAreasOn(useCases, actorOf(request), {
          date: request.query.date,
          listKind: request.query.list,
          factsYear: request.query.year,
          language: requestLanguage(request),
        }),
      ),
  );

  app.get(
    "/api/areas/attribution",
    {
      config: { access: attributeListChangeBetween.access },
      schema: {
        summary: "Ændringen i en liste mellem to datoer: regelændring vs. reel ændring, område for område",
        tags: ["boligområder"],
        querystring: z.strictObject({ from: isoDate, to: isoDate, list: listKind.optional() }),
        response: { 200: attribution },
      },
    },
    async (request) =>
      attributeListChangeBetween(useCases, actorOf(request), {
        fromDate: request.query.from,
        toDate: request.query.to,
        listKind: request.query.list,
      }),
  );

  app.get(
    "/api/areas/rule-versions",
    {
      config: { access: listAreaRuleVersions.access },
      schema: {
        summary: "Regelversionerne for områdelister (alle, eller dem i kraft på en dato), med kilde",
        tags: ["boligområder"],
        querystring: z.strictObject({ date: isoDate.optional() }),
        response: { 200: z.object({ date: z.string().nullable(), ruleVersions: arrayOf(ruleVersion) }) },
      },
    },
    async (request) => listAreaRuleVersions(useCases, actorOf(request), request.query),
  );

  app.get(
    "/api/areas/facts/years",
    {
      config: { access: areaFactsOverview.access },
      schema: {
        summary: "Årene med områdefakta og referencefakta i databasen, og områderne",
        tags: ["boligområder"],
        response: {
          200: z.object({
            years: arrayOf(
              z.object({
                year: z.number(),
                areas: z.number(),
                departments: z.number(),
                residents: z.number(),
              }),
            ),
            referenceYears: arrayOf(
              z.object({ year: z.number(), national: z.boolean(), regions: z.number() }),
            ),
            areas: arrayOf(
              z.object({
                areaId: z.string(),
                areaName: z.string(),
                firstYear: z.number(),
                lastYear: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => areaFactsOverview(useCases, actorOf(request), undefined),
  );

  app.post(
    "/api/areas/facts/import",
    {
      config: { access: importAreaFacts.access },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        summary: "Indlæs områdefakta fra CSV (alt eller intet; erstatter rækker med samme år og afdeling)",
        description:
          "content er CSV-filens tekst. Hver fejl i filen meldes med række og kolonne, og intet indlæses, hvis der er fejl.",
        tags: ["boligområder"],
        body: z.strictObject({
          fileName: uploadedFile.shape.fileName,
          content: uploadedFile.shape.content,
          reference: uploadedFile.optional(),
        }),
        response: {
          200: z.object({
            fileName: z.string(),
            rows: z.number(),
            inserted: z.number(),
            replaced: z.number(),
            years: arrayOf(z.number()),
            reference: z.object({ fileName: z.string(), rows: z.number(), replaced: z.number() }).optional(),
          }),
        },
      },
    },
    async (request) => {
      const { fileName, content, reference } = request.body;
      return importAreaFacts(useCases, actorOf(request), { facts: { fileName, content }, reference });
    },
  );
}
