import { z } from "zod";
import { closeCase, completeCaseAction, regradeCase } from "../../../usecases/cases/change-case.ts";
import { recordAssessment, recordIntervention } from "../../../usecases/cases/record-assessment.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { isoDate, positiveInteger } from "../../schemas.ts";
import { caseIdParams, caseView, optionalDate, reason } from "./schemas.ts";

export function caseChangeRoutes(app: App, ctx: AppContext): void {
  app.post(
    "/api/cases/:id/actions/:actionId/complete",
    {
      config: { access: completeCaseAction.access },
      schema: {
        summary: "Markér en handling som udført",
        tags: ["sager"],
        params: z.strictObject({ id: positiveInteger, actionId: positiveInteger }),
        body: z.strictObject({ completedOn: optionalDate }),
        response: { 200: caseView },
      },
    },
    async (request) =>
      completeCaseAction(ctx.useCases, actorOf(request), { ...request.params, ...request.body }),
  );

  app.post(
    "/api/cases/:id/regrade",
    {
      config: { access: regradeCase.access },
      schema: {
        summary: "Op- eller nedgradér sagen til et andet niveau, med begrundelse",
        tags: ["sager"],
        params: caseIdParams,
        body: z.strictObject({ level: z.number().int(), reason, on: optionalDate }),
        response: { 200: caseView },
      },
    },
    async (request) => regradeCase(ctx.useCases, actorOf(request), { ...request.params, ...request.body }),
  );

  app.post(
    "/api/cases/:id/close",
    {
      config: { access: closeCase.access },
      schema: {
        summary: "Luk sagen, med begrundelse",
        tags: ["sager"],
        params: caseIdParams,
        body: z.strictObject({ reason, closedOn: optionalDate }),
        response: { 200: caseView },
      },
    },
    async (request) => closeCase(ctx.useCases, actorOf(request), { ...request.params, ...request.body }),
  );

  app.post(
    "/api/cases/:id/assessments",
    {
      config: { access: recordAssessment.access },
      schema: {
        summary: "Registrér en vurdering af den unge på de ti parametre",
        tags: ["sager"],
        params: caseIdParams,
        body: z.strictObject({ assessedOn: isoDate, scores: z.record(z.string().max(60), z.number()) }),
        response: { 200: caseView },
      },
    },
    async (request) =>
      recordAssessment(ctx.useCases, actorOf(request), { ...request.params, ...request.body }),
  );

  app.post(
    "/api/cases/:id/interventions",
    {
      config: { access: recordIntervention.access },
      schema: {
        summary: "Registrér en indsats, den unge modtager",
        tags: ["sager"],
        params: caseIdParams,
        body: z.strictObject({ type: z.string().min(1).max(60), startedOn: isoDate, endedOn: optionalDate }),
        response: { 200: caseView },
      },
    },
    async (request) =>
      recordIntervention(ctx.useCases, actorOf(request), { ...request.params, ...request.body }),
  );
}
