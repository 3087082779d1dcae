import { z } from "zod";
import { caseOverview } from "../../../usecases/cases/case-admin.ts";
import { createCase } from "../../../usecases/cases/create-case.ts";
import { listCases, listOverdueActions } from "../../../usecases/cases/list-cases.ts";
import { showCase } from "../../../usecases/cases/show-case.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { arrayOf } from "../../schemas.ts";
import {
  caseDetail,
  caseIdParams,
  caseListItem,
  caseView,
  optionalDate,
  overdueAction,
  sspCommittee,
} from "./schemas.ts";

const committeeCode = z.string().min(2).max(40);

export function caseReadRoutes(app: App, ctx: AppContext): void {
  app.get(
    "/api/cases",
    {
      config: { access: listCases.access },
      schema: {
        summary: "De åbne SSP-sager, brugeren har adgang til (læsningen logges)",
        tags: ["sager"],
        querystring: z.strictObject({
          level: z.coerce.number().int().optional(),
          committee: committeeCode.optional(),
        }),
        response: { 200: arrayOf(caseListItem) },
      },
    },
    async (request) => listCases(ctx.useCases, actorOf(request), request.query),
  );

  app.get(
    "/api/cases/overdue",
    {
      config: { access: listOverdueActions.access },
      schema: {
        summary: "Handlinger med overskreden frist i brugerens SSP-sager (læsningen logges)",
        tags: ["sager"],
        querystring: z.strictObject({ committee: committeeCode.optional() }),
        response: { 200: arrayOf(overdueAction) },
      },
    },
    async (request) => listOverdueActions(ctx.useCases, actorOf(request), request.query),
  );

  app.get(
    "/api/cases/overview",
    {
      config: { access: caseOverview.access },
      schema: {
        summary: "Overblik for ledergrupperne: åbne sager pr. niveau og lokaludvalg, overskredne handlinger",
        tags: ["sager"],
        response: {
          200: z.object({
            asOf: z.string(),
            committees: arrayOf(sspCommittee),
            cells: arrayOf(
              z.object({
                committee: z.string(),
                level: z.number(),
                cases: z.number(),
                overdueActions: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => caseOverview(ctx.useCases, actorOf(request), {}),
  );

  app.post(
    "/api/cases",
    {
      config: { access: createCase.access },
      schema: {
        summary: "Opret en SSP-sag for en ung i et af brugerens lokaludvalg",
        tags: ["sager"],
        body: z.strictObject({
          committee: committeeCode,
          pseudonym: z.string().trim().min(1).max(60),
          birthYear: z.number().int().min(1950).max(2100),
          birthMonth: z.number().int().min(1).max(12),
          name: z.string().trim().min(1).max(200).optional(),
          contact: z.string().trim().min(1).max(500).optional(),
          level: z.number().int(),
          openedOn: optionalDate,
        }),
        response: { 201: caseView },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createCase(ctx.useCases, actorOf(request), request.body)),
  );

  app.get(
    "/api/cases/:id",
    {
      config: { access: showCase.access },
      schema: {
        summary: "Én SSP-sag med handlinger og tidslinje (læsningen logges)",
        tags: ["sager"],
        params: caseIdParams,
        response: { 200: caseDetail },
      },
    },
    async (request) => showCase(ctx.useCases, actorOf(request), request.params),
  );
}
