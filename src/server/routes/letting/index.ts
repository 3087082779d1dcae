import { z } from "zod";
import { prioritiseFlexibleLettingRequest } from "../../../usecases/letting/flexible-letting.ts";
import {
  databaseFacts,
  decideCombinedLettingRequest,
  decisionLetter,
  readDecision,
  readDecisionList,
  replayStoredDecision,
  storeDecision,
} from "../../../usecases/letting/decide-combined-letting.ts";
import {
  combinedLettingRequestSchema,
  flexibleLettingRequestSchema,
  relocationGrantRequestSchema,
} from "../../../usecases/letting/letting-input.ts";
import {
  decideAndStoreRelocationGrant,
  grantRegister,
  registerPayment,
} from "../../../usecases/letting/relocation-grant.ts";
import {
  addSpecialDwellings,
  specialDwellingsOverview,
} from "../../../usecases/letting/special-dwellings.ts";
import { ruleParameters } from "../../../usecases/rules/rules.service.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { isoDate, legalSource, year } from "../../schemas.ts";
import { parameterUse } from "../rules.routes.ts";

/** Decisions name a person (pseudonym, benefit months): caseworkers and administrators only, every read audited. */
const CASEWORK = ["admin", "caseworker"] as const;
/** The special-dwellings register and its progress are aggregates without persons. */
const AGGREGATE_READERS = ["admin", "analyst", "caseworker", "committee"] as const;

const arrayOf = <T extends z.ZodType>(item: T) => z.array(item).readonly();

const decisionKind = z.enum(["combined_letting", "relocation_grant", "flexible_letting"]);

const justification = z.object({
  legalBasis: z.string(),
  facts: arrayOf(z.string()),
  reasoning: arrayOf(z.string()),
  text: z.string(),
});

const decisionSummary = z.object({
  id: z.number(),
  kind: decisionKind,
  decisionDate: z.string(),
  areaId: z.string(),
  subjectPseudonym: z.string(),
  result: z.string(),
  ruleVersion: z.string(),
  decidedBy: z.string(),
  decidedAt: z.string(),
});

const decisionRecord = decisionSummary.extend({
  inputFacts: z.unknown(),
  parametersUsed: arrayOf(z.object({ id: z.string(), value: z.unknown() }).passthrough()),
  justification,
  decision: z.record(z.string(), z.unknown()),
});

const idParams = z.strictObject({ id: z.coerce.number().int().positive() });

const ruleVersionRef = z.object({
  id: z.string(),
  name: z.string(),
  source: legalSource,
});

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

const payment = z.object({
  id: z.number(),
  decisionId: z.number(),
  amount: z.number(),
  paidOn: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

const specialDwellingRow = z.object({
  id: z.number(),
  year: z.number(),
  dwellings: z.number(),
  areaId: z.string().nullable(),
  description: z.string(),
  municipalReferralShare: z.number(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

const today = () => new Date().toISOString().slice(0, 10);

export function lettingRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.database;

  app.post(
    "/api/letting/decisions",
    {
      config: { access: CASEWORK },
      schema: {
        summary: "Træf og gem en afgørelse om kombineret udlejning (§ 51 b)",
        description:
          "Uden designation slås områdets udpegning op i klassifikationen på ansøgningsdatoen (områdefakta i databasen). Afgørelsen gemmes med regelversion, input, anvendte parametre, resultat og begrundelse.",
        tags: ["udlejning"],
        body: combinedLettingRequestSchema,
        response: { 201: decisionRecord.extend({ designationSource: z.enum(["given", "facts"]) }) },
      },
    },
    async (request, reply) => {
      const params = await ruleParameters();
      const { decision, designationSource } = await decideCombinedLettingRequest(
        request.body,
        params,
        databaseFacts(db),
      );
      const record = await storeDecision(db, actorOf(request), decision);
      return reply.code(201).send({ ...record, designationSource });
    },
  );

  app.get(
    "/api/letting/decisions",
    {
      config: { access: CASEWORK },
      schema: {
        summary: "Gemte afgørelser, nyeste først (læsningen logges)",
        tags: ["udlejning"],
        querystring: z.strictObject({
          kind: decisionKind.optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ decisions: arrayOf(decisionSummary) }) },
      },
    },
    async (request) => ({
      decisions: await readDecisionList(db, actorOf(request), request.query),
    }),
  );

  app.get(
    "/api/letting/decisions/:id",
    {
      config: { access: CASEWORK },
      schema: {
        summary: "Én gemt afgørelse med input, parametre og begrundelse (læsningen logges)",
        tags: ["udlejning"],
        params: idParams,
        response: { 200: decisionRecord },
      },
    },
    async (request) => readDecision(db, actorOf(request), request.params.id),
  );

  app.get(
    "/api/letting/decisions/:id/replay",
    {
      config: { access: CASEWORK },
      schema: {
        summary:
          "Genafspil en gemt afgørelse med dagens parametre: identisk, eller hvilken parameter der ændrede den",
        tags: ["udlejning"],
        params: idParams,
        response: {
          200: z.object({
            id: z.number(),
            kind: z.enum(["identical", "different"]),
            storedResult: z.string(),
            newResult: z.string(),
            ruleVersionId: z.string(),
            ruleVersionChanged: z.boolean(),
            resultChanged: z.boolean(),
            changedParameters: arrayOf(
              z.object({ id: z.string(), storedValue: z.unknown(), currentValue: z.unknown() }),
            ),
            summary: z.string(),
            newJustificationText: z.string().optional(),
          }),
        },
      },
    },
    async (request) => replayStoredDecision(db, actorOf(request), request.params.id, await ruleParameters()),
  );

  app.get(
    "/api/letting/decisions/:id/letter.pdf",
    {
      config: { access: CASEWORK },
      schema: {
        summary: "Afgørelsen som brev (PDF); læsningen logges",
        tags: ["udlejning"],
        params: idParams,
        produces: ["application/pdf"],
      },
    },
    async (request, reply) => {
      const { record, pdf } = await decisionLetter(db, actorOf(request), request.params.id);
      return reply
        .type("application/pdf")
        .header("content-disposition", `inline; filename="afgoerelse-${record.id}.pdf"`)
        .header("cache-control", "no-store")
        .send(pdf);
    },
  );

  app.post(
    "/api/letting/flexible",
    {
      config: { access: CASEWORK },
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
    async (request) =>
      prioritiseFlexibleLettingRequest(request.body, await ruleParameters(), databaseFacts(db)),
  );

  app.post(
    "/api/letting/relocation-grants",
    {
      config: { access: CASEWORK },
      schema: {
        summary: "Træf og gem en afgørelse om flyttetilskud",
        description:
          "Uden from.vulnerable læses et udsat område som et område udpeget til kombineret udlejning på ansøgningsdatoen (områdefakta i databasen).",
        tags: ["udlejning"],
        body: relocationGrantRequestSchema,
        response: { 201: decisionRecord },
      },
    },
    async (request, reply) => {
      const record = await decideAndStoreRelocationGrant(
        db,
        actorOf(request),
        request.body,
        await ruleParameters(),
        databaseFacts(db),
      );
      return reply.code(201).send(record);
    },
  );

  app.get(
    "/api/letting/relocation-grants",
    {
      config: { access: CASEWORK },
      schema: {
        summary: "Registret over afgørelser om flyttetilskud og deres udbetalinger (læsningen logges)",
        tags: ["udlejning"],
        response: {
          200: z.object({
            grants: arrayOf(
              z.object({
                id: z.number(),
                decisionDate: z.string(),
                areaId: z.string(),
                subjectPseudonym: z.string(),
                result: z.string(),
                amount: z.number(),
                payment: payment.nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ grants: await grantRegister(db, actorOf(request)) }),
  );

  app.post(
    "/api/letting/relocation-grants/:id/payments",
    {
      config: { access: CASEWORK },
      schema: {
        summary: "Registrér udbetalingen af et bevilget flyttetilskud (det bevilgede beløb; kun én gang)",
        tags: ["udlejning"],
        params: idParams,
        body: z.strictObject({ paidOn: isoDate }),
        response: { 201: payment },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await registerPayment(db, actorOf(request), request.params.id, request.body.paidOn)),
  );

  app.get(
    "/api/letting/special-dwellings",
    {
      config: { access: AGGREGATE_READERS },
      schema: {
        summary: "Særboliger: registret og fremdriften i forhold til planen",
        tags: ["udlejning"],
        querystring: z.strictObject({ date: isoDate.optional() }),
        response: {
          200: z.object({
            asOf: z.string(),
            rows: arrayOf(specialDwellingRow),
            progress: z.object({
              target: z.number(),
              periodStart: z.string(),
              periodEnd: z.string(),
              years: arrayOf(
                z.object({
                  year: z.number(),
                  created: z.number(),
                  cumulative: z.number(),
                  plannedCumulative: z.number(),
                  onTrack: z.boolean(),
                }),
              ),
              createdTotal: z.number(),
              remaining: z.number(),
              onTrack: z.boolean(),
              parametersUsed: arrayOf(parameterUse),
            }),
          }),
        },
      },
    },
    async (request) => specialDwellingsOverview(db, await ruleParameters(), request.query.date ?? today()),
  );

  app.post(
    "/api/letting/special-dwellings",
    {
      config: { access: CASEWORK },
      schema: {
        summary: "Registrér særboliger oprettet i et år",
        tags: ["udlejning"],
        body: z.strictObject({
          year,
          dwellings: z.number().int().min(1).max(100_000),
          areaId: z.string().min(1).max(100).optional(),
          description: z.string().min(1).max(500),
          municipalReferralShare: z.number().gt(0).max(1).optional(),
        }),
        response: { 201: specialDwellingRow },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addSpecialDwellings(db, actorOf(request), request.body)),
  );
}
