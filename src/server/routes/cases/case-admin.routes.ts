import { z } from "zod";
import {
  listCaseCommittees,
  replaceCaseCatalogue,
  setUserCaseCommittees,
  showCaseCatalogue,
} from "../../../usecases/cases/case-admin.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { arrayOf, positiveInteger } from "../../schemas.ts";
import { catalogue, sspCommittee } from "./schemas.ts";

export function caseAdminRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/cases/committees",
    {
      config: { access: listCaseCommittees.access },
      schema: { summary: "SSP-lokaludvalgene", tags: ["sager"], response: { 200: arrayOf(sspCommittee) } },
    },
    async (request) => listCaseCommittees(ctx.useCases, actorOf(request), {}),
  );

  app.get(
    "/api/cases/catalogue",
    {
      config: { access: showCaseCatalogue.access },
      schema: {
        summary: "Sagskataloget: niveauer, handlinger og frister, parametre og indsatstyper",
        tags: ["sager"],
        response: { 200: catalogue },
      },
    },
    async (request) => showCaseCatalogue(ctx.useCases, actorOf(request), {}),
  );

  app.put(
    "/api/cases/catalogue",
    {
      config: { access: replaceCaseCatalogue.access },
      schema: {
        summary: "Gem en ny version af sagskataloget (administrator)",
        tags: ["sager"],
        // The domain's schema checks the whole document and names every problem's path.
        body: z.record(z.string(), z.unknown()),
        response: { 200: catalogue },
      },
    },
    async (request) => replaceCaseCatalogue(ctx.useCases, actorOf(request), request.body),
  );

  app.put(
    "/api/cases/members/:userId",
    {
      config: { access: setUserCaseCommittees.access },
      schema: {
        summary: "Sæt hvilke SSP-lokaludvalg en bruger er sagsbehandler i (administrator)",
        tags: ["sager"],
        params: z.strictObject({ userId: positiveInteger }),
        body: z.strictObject({ committees: z.array(z.string().min(2).max(40)).max(50) }),
        response: { 200: z.object({ committees: arrayOf(z.string()) }) },
      },
    },
    async (request) => ({
      committees: await setUserCaseCommittees(ctx.useCases, actorOf(request), {
        user: request.params.userId,
        committees: request.body.committees,
      }),
    }),
  );
}
