import { z } from "zod";
import { decisionLetter } from "../../../usecases/letting/decision-letter.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { idParams } from "./schemas.ts";

/** The recipient travels in the body, never in the URL: a name and address must not reach a log. */
export const letterRequest = z.strictObject({
  language: z.enum(["da", "en"]).default("da"),
  format: z.enum(["pdf", "html"]).default("pdf"),
  recipient: z.strictObject({
    name: z.string().trim().min(1, "Udfyld modtagerens navn"),
    address: z.array(z.string().trim().min(1)).min(1, "Udfyld modtagerens adresse").max(6),
  }),
});

export function decisionLetterRoute(app: App, ctx: AppContext): void {
  app.post(
    "/api/letting/decisions/:id/letter",
    {
      config: { access: decisionLetter.access },
      schema: {
        summary: "Afgørelsen som brev til borgeren (PDF eller tilgængelig HTML); læsningen logges",
        description:
          "Brevet følger forvaltningsloven §§ 22-25: afsender, modtager, dato, journalnummer, afgørelsen, reglerne i ord, de oplysninger, der er lagt vægt på, begrundelsen, partshøring, klagevejledning og underskrift. Modtagerens navn og adresse gemmes ikke. Et afslag, der kræver partshøring, gives først, når partshøringen er registreret (409).",
        tags: ["udlejning"],
        params: idParams,
        body: letterRequest,
        produces: ["application/pdf", "text/html"],
      },
    },
    async (request, reply) => {
      const { record, body, contentType, extension } = await decisionLetter(ctx.useCases, actorOf(request), {
        ...request.params,
        ...request.body,
      });
      // The letter names a person: no cache may keep it.
      return reply
        .type(contentType)
        .header("content-disposition", `attachment; filename="afgoerelse-${record.id}.${extension}"`)
        .header("cache-control", "no-store")
        .send(body);
    },
  );
}
