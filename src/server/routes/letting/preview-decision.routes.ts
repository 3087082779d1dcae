import { z } from "zod";
import {
  combinedLettingRequestSchema,
  relocationGrantRequestSchema,
} from "../../../usecases/letting/letting-input.ts";
import {
  previewCombinedLettingDecision,
  previewRelocationGrantDecision,
} from "../../../usecases/letting/preview-decision.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { decisionPreview } from "./schemas.ts";

/** "Se resultat": both answer 200 and store nothing; "Træf afgørelse" is the POST beside them. */
export function previewDecisionRoutes(app: App, ctx: AppContext): void {
  app.post(
    "/api/letting/decisions/preview",
    {
      config: { access: previewCombinedLettingDecision.access },
      schema: {
        summary: "Se resultatet af en afgørelse om kombineret udlejning uden at gemme den",
        tags: ["udlejning"],
        body: combinedLettingRequestSchema,
        response: {
          200: decisionPreview.extend({
            replacementOffer: z.boolean(),
            designationSource: z.enum(["given", "facts"]),
          }),
        },
      },
    },
    async (request) => {
      const p = await previewCombinedLettingDecision(ctx.useCases, actorOf(request), request.body);
      const { result, replacementOffer, ruleVersion, justification } = p.decision;
      return {
        result,
        replacementOffer,
        ruleVersion,
        justification,
        designationSource: p.designationSource,
        letter: p.letter,
        warnings: p.warnings,
      };
    },
  );

  app.post(
    "/api/letting/relocation-grants/preview",
    {
      config: { access: previewRelocationGrantDecision.access },
      schema: {
        summary: "Se resultatet af en afgørelse om flyttetilskud uden at gemme den",
        tags: ["udlejning"],
        body: relocationGrantRequestSchema,
        response: { 200: decisionPreview.extend({ amount: z.number() }) },
      },
    },
    async (request) => {
      const p = await previewRelocationGrantDecision(ctx.useCases, actorOf(request), request.body);
      const { result, amount, ruleVersion, justification } = p.decision;
      return { result, amount, ruleVersion, justification, letter: p.letter, warnings: p.warnings };
    },
  );
}
