import { z } from "zod";
import { evaluateLettingAgreement } from "../../usecases/register/evaluate-letting-agreement.ts";
import { actorOf } from "../access.ts";
import type { App, AppContext } from "../context.ts";
import { arrayOf, year } from "../schemas.ts";

const shares = z.object({ from: z.number().nullable(), to: z.number().nullable() });

const row = z.object({
  areaType: z.string(),
  label: z.string(),
  fullyVacated: z.number().nullable(),
  notFullyVacated: z.number().nullable(),
  total: z.number().nullable(),
  shareChangePp: z.number().nullable(),
  share: shares,
  fullyVacatedShare: shares,
  notFullyVacatedShare: shares,
  moverInShare: z.number().nullable(),
  moverOutShare: z.number().nullable(),
  stayerShare: shares,
  /** Field name (a share: `share.from`, …) → why it is null. */
  suppressed: z.record(z.string(), z.string()),
});

export const lettingEvaluation = z.object({
  from: z.number(),
  to: z.number(),
  batch: z.object({ id: z.number(), name: z.string() }),
  definition: z.object({
    fromDay: z.string(),
    toDay: z.string(),
    benefitWindow: z.string(),
    benefitCodes: arrayOf(z.string()),
    minimumAge: z.number(),
    maximumAge: z.number(),
    text: arrayOf(z.string()),
  }),
  rows: arrayOf(row),
  all: row,
  minimumCellPersons: z.number(),
  notes: arrayOf(z.string()),
});

export function registerEvaluationRoutes(app: App, ctx: AppContext): void {
  const { useCases } = ctx;

  app.get(
    "/api/register/evaluation",
    {
      config: { access: evaluateLettingAgreement.access },
      schema: {
        summary:
          "Evalueringen af udlejningsaftalen fra registerdata (ændring i personer på overførselsindkomst)",
        description:
          "Ændringen i antal personer på overførselsindkomst mellem referencedagene i to år efter områdetype, delt på totaltømte boliger (netto-flytning) og ikke-totaltømte boliger, med andele blandt ind- og fraflyttere og fastboende. Celler med færre end 5 personer skjules (null) og markeres i suppressed sammen med de celler, der ellers kunne regne dem ud. batch: registerbatchens navn (standard: den senest indlæste).",
        tags: ["registerdata"],
        querystring: z.strictObject({
          from: year,
          to: year,
          batch: z.string().min(1).max(200).optional(),
        }),
        response: { 200: lettingEvaluation },
      },
    },
    async (request) =>
      evaluateLettingAgreement(useCases, actorOf(request), {
        from: request.query.from,
        to: request.query.to,
        batch: request.query.batch,
      }),
  );
}
