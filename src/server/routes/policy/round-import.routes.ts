import { z } from "zod";
import { importRoundXlsx } from "../../../usecases/policy/import-round-xlsx.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { roundId, roundState, summary, tags } from "./shared.ts";

/** A filled-in XLSX template is larger than the API's default body limit allows. */
const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

/** The XLSX template filled in and sent back, merged into the round. */
export function roundImportRoutes(app: App, ctx: AppContext): void {
  app.post(
    "/api/policy/rounds/:id/import.xlsx",
    {
      config: { access: importRoundXlsx.access },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        summary:
          "Indlæs økonomi og statusskemaer fra XLSX-skabelonen (alt eller intet). `revision` er den udgave, filen indlæses i; er redegørelsen ændret siden, svares 409",
        tags,
        params: roundId,
        body: z.strictObject({
          revision: z.number().int().min(1),
          fileName: z.string().min(1).max(255),
          contentBase64: z.string().min(1),
        }),
        response: { 200: roundState },
      },
    },
    async (request) => {
      const file = Buffer.from(request.body.contentBase64, "base64");
      return summary(
        await importRoundXlsx(ctx.useCases, actorOf(request), {
          roundId: request.params.id,
          revision: request.body.revision,
          file,
          fileName: request.body.fileName,
        }),
      );
    },
  );
}
