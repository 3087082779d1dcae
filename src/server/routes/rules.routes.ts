import { z } from "zod";
import { listRulesInForce } from "../../usecases/rules/rules-in-force.ts";
import { actorOf } from "../access.ts";
import type { App, AppContext } from "../context.ts";
import { requestLanguage } from "../errors.ts";
import { isoDate } from "../schemas.ts";

const legalSource = z.object({
  act: z.string().optional(),
  section: z.string().optional(),
  bill: z.string().optional(),
  document: z.string().optional(),
  text: z.string().optional(),
  url: z.string().optional(),
});

export const parameterUse = z.object({
  id: z.string(),
  description: z.string(),
  unit: z.string(),
  value: z.unknown(),
  display: z.string(),
  comparator: z.enum(["gte", "gt", "lt", "lte"]).optional(),
  effectiveFrom: z.string(),
  until: z.string().optional(),
  source: legalSource,
  verify: z.boolean(),
  note: z.string().optional(),
});

export function rulesRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/rules",
    {
      config: { access: listRulesInForce.access },
      schema: {
        summary: "Lovparametre i kraft på en dato, med kilde",
        tags: ["regler"],
        querystring: z.strictObject({ date: isoDate.optional() }),
        response: { 200: z.object({ date: z.string(), parameters: z.array(parameterUse) }) },
      },
    },
    async (request) =>
      listRulesInForce(ctx.useCases, actorOf(request), {
        ...request.query,
        language: requestLanguage(request),
      }),
  );
}
