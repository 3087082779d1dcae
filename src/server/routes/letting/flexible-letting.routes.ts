import { z } from "zod";
import { prioritiseFlexibleLetting } from "../../../usecases/letting/flexible-letting.ts";
import { flexibleLettingRequestSchema } from "../../../usecases/letting/letting-input.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { parameterUse } from "../rules.routes.ts";
import { arrayOf, justification, ruleVersionRef } from "./schemas.ts";

const flexibleResult = z.object({
  kind: z.literal("flexible_letting"),
  ruleVersion: ruleVersionRef,
  date: z.string(),
  reservedShare: z.object({ exact: z.string(), display: z.string() }),
  vacancyIsFlexible: z.boolean(),
  areaShareSource: z.enum(["given", "facts"]),
  order: arrayOf(
    z.object({
      rank: z.number(),
      pseudonym: z.string(),
      waitingListPosition: z.number(),
      priority: z.boolean(),
      categories: arrayOf(z.string()),
      reason: z.string(),
    }),
  ),
  parametersUsed: arrayOf(parameterUse),
  justification,
});

export function flexibleLettingRoute(app: App, ctx: AppContext): void {
  app.post(
    "/api/letting/flexible",
    {
      config: { access: prioritiseFlexibleLetting.access },
      schema: {
        summary:
          "Fleksibel udlejning (§ 60): rækkefølgen for én ledig bolig, den reserverede andel og begrundelsen",
        description:
          "Uden areaShareOutside bruges områdets andel af beboere 18-64 år uden for arbejdsmarkedet i det seneste faktaår før boligens år.",
        tags: ["udlejning"],
        body: flexibleLettingRequestSchema,
        response: { 200: flexibleResult },
      },
    },
    async (request) => prioritiseFlexibleLetting(ctx.useCases, actorOf(request), request.body),
  );
}
