import { recordAudit } from "../../db/audit.ts";
import { evaluationAggregates, findEvaluationBatch } from "../../db/register-evaluation.repository.ts";
import { AGGREGATE_READERS } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { evaluationDefinition } from "../../domain/register/evaluation/definition.ts";
import {
  assembleLettingEvaluation,
  checkEvaluationYears,
  type PublishedEvaluation,
  publishLettingEvaluation,
} from "../../domain/register/evaluation/letting-evaluation.ts";
import { minimumCellToday } from "../disclosure.ts";
import { defineUseCase, inTransaction } from "../use-case.ts";

export interface EvaluateLettingAgreementInput {
  readonly from: number;
  readonly to: number;
  /** The batch's name; the newest batch when absent. */
  readonly batch?: string | undefined;
}

/**
 * The letting-agreement evaluation for two years of one register batch (docs/REGISTER.md, "The
 * letting-agreement evaluation"): counted in the database, assembled and disclosure-controlled in
 * the domain. Only the published table leaves; the read is audited (it is computed from
 * person-level data) with the definition's parameters.
 */
export const evaluateLettingAgreement = defineUseCase(
  "se evalueringen af udlejningsaftalen",
  AGGREGATE_READERS,
  async (ctx, actor, input: EvaluateLettingAgreementInput): Promise<PublishedEvaluation> => {
    checkEvaluationYears(input.from, input.to);
    const definition = evaluationDefinition(await ctx.parameters(), input.from, input.to);
    return inTransaction(ctx, async (trx) => {
      const batch = await findEvaluationBatch(trx, input.batch);
      if (batch === undefined)
        throw input.batch === undefined
          ? new DomainError(
              "not_found",
              {
                da: "Der er ikke indlæst nogen registerdata (udsyn import)",
                en: "No register data has been imported (udsyn import)",
              },
              [{ field: "batch", message: "ingen batcher", en: "no batches" }],
            )
          : new DomainError(
              "not_found",
              {
                da: `Der er ingen batch ved navn »${input.batch}«`,
                en: `There is no batch named "${input.batch}"`,
              },
              [
                {
                  field: "batch",
                  message: `ukendt batch: ${input.batch}`,
                  en: `unknown batch: ${input.batch}`,
                },
              ],
            );
      for (const [field, year] of [
        ["from", input.from],
        ["to", input.to],
      ] as const) {
        if (!batch.years.includes(year)) {
          const covered =
            batch.years.length === 0
              ? "ingen år"
              : `${batch.years[0]}-${batch.years[batch.years.length - 1]}`;
          throw new DomainError(
            "invalid_input",
            {
              da: `Batch »${batch.name}« dækker ikke ${year} (den har områdetyper for ${covered})`,
              en: `Batch "${batch.name}" does not cover ${year} (it has area types for ${covered})`,
            },
            [{ field, message: `${year} findes ikke i batchen`, en: `${year} is not in the batch` }],
          );
        }
      }
      const aggregates = await evaluationAggregates(trx, batch.id, definition);
      const published = publishLettingEvaluation(
        assembleLettingEvaluation(aggregates.counts, aggregates.distinct),
        definition,
        batch,
        await minimumCellToday(ctx),
      );
      await recordAudit(trx, actor, {
        action: "register.evaluation.read",
        entity: "import_batch",
        entityId: batch.id,
        details: {
          from: input.from,
          to: input.to,
          batch: batch.name,
          parameters: definition.parametersUsed.map((p) => ({
            id: p.id,
            value: p.value,
            effectiveFrom: p.effectiveFrom,
          })),
        },
      });
      return published;
    });
  },
);
