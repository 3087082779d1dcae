import { z } from "zod";
import { computeAreaFacts } from "../../usecases/register/compute-area-facts.ts";
import { actorOf } from "../access.ts";
import type { App, AppContext } from "../context.ts";
import { arrayOf, isoDate, year } from "../schemas.ts";
import { parameterUse } from "./rules.routes.ts";

const rowSource = z.object({
  year: z.number(),
  departmentId: z.string().optional(),
  kind: z.string().optional(),
  region: z.string().optional(),
  source: z.string(),
});

const outcome = z.object({
  status: z.enum(["computed", "unchanged"]),
  computationId: z.number(),
  batch: z.object({ id: z.number(), name: z.string() }),
  years: z.object({ from: z.number(), to: z.number() }),
  computedAt: z.string(),
  departmentYears: z.number(),
  referenceFacts: z.number(),
  replaced: arrayOf(rowSource),
  superseded: z.number(),
  referenceKept: arrayOf(rowSource),
  parameters: z.object({
    method: z.string(),
    rulesDate: z.string(),
    municipality: z.string(),
    region: z.string(),
    parameters: arrayOf(parameterUse),
  }),
});

/** Area facts computed from an imported register batch (docs/REGISTER.md, "Facts from microdata"). */
export function registerFactsRoutes(app: App, ctx: AppContext): void {
  const { useCases } = ctx;
  app.post(
    "/api/register/batches/:batchName/facts",
    {
      config: { access: computeAreaFacts.access },
      schema: {
        summary: "Beregn områdefakta og referencefakta fra en indlæst registerbatch",
        description:
          "Én række pr. afdeling pr. år, beregnet i databasen med definitionerne i rules/register/fakta. Områdefakta for samme år og afdeling fra en anden kilde afvises (409), medmindre replace er sand; samme beregning igen ændrer intet (status unchanged).",
        tags: ["registerdata"],
        params: z.strictObject({ batchName: z.string().min(1).max(200) }),
        body: z
          .strictObject({
            from: year.optional(),
            to: year.optional(),
            replace: z.boolean().optional(),
            rulesDate: isoDate.optional(),
            municipality: z.string().min(1).max(100).optional(),
            region: z.string().min(1).max(100).optional(),
          })
          .optional(),
        response: { 200: outcome },
      },
    },
    async (request) => {
      const body = request.body ?? {};
      return computeAreaFacts(useCases, actorOf(request), {
        batch: request.params.batchName,
        fromYear: body.from,
        toYear: body.to,
        replace: body.replace,
        rulesDate: body.rulesDate,
        municipality: body.municipality,
        region: body.region,
      });
    },
  );
}
