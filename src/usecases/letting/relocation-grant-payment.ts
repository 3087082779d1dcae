import {
  findDecision,
  insertPayment,
  isDuplicatePayment,
  type Payment,
  paymentFor,
} from "../../db/letting.repository.ts";
import { CASEWORK } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import { checkGrantPayable } from "../../domain/letting/relocation-grant-payment.ts";
import { defineUseCase, inTransaction, recordAudit } from "../use-case.ts";

/**
 * Registers the payment of a granted relocation grant: the amount is the granted amount, never
 * typed in. The check gives the readable refusal; the table's one payment per decision (UNIQUE)
 * is what stops a second payment racing this one: of parallel registrations the first to insert
 * wins, and each other one waits for it and is refused as a conflict (409), never an error.
 */
export const registerGrantPayment = defineUseCase(
  "registrere udbetalinger af flyttetilskud",
  CASEWORK,
  (ctx, actor, input: { readonly decisionId: number; readonly paidOn: IsoDate }): Promise<Payment> =>
    inTransaction(ctx, async (trx) => {
      const { decisionId, paidOn } = input;
      const record = await findDecision(trx, decisionId);
      if (record === undefined || record.kind !== "relocation_grant") {
        throw new DomainError(
          "not_found",
          { da: `Flyttetilskud ${decisionId} findes ikke`, en: `There is no relocation grant ${decisionId}` },
          [
            {
              field: "id",
              message: `ingen afgørelse om flyttetilskud med id ${decisionId}`,
              en: `no relocation grant decision with id ${decisionId}`,
            },
          ],
        );
      }
      checkGrantPayable(record, await paymentFor(trx, decisionId), paidOn);
      const amount = Number(record.decision.amount);
      const payment = await insertPayment(trx, {
        decisionId,
        amount,
        paidOn,
        recordedBy: actor.name,
      }).catch((error: unknown) => {
        if (!isDuplicatePayment(error)) throw error;
        throw new DomainError(
          "conflict",
          {
            da: `Flyttetilskud ${decisionId} er allerede udbetalt`,
            en: `Relocation grant ${decisionId} has already been paid`,
          },
          [
            {
              field: "id",
              message: "en anden registrering af samme udbetaling kom først",
              en: "another registration of the same payment came first",
            },
          ],
        );
      });
      await recordAudit(trx, actor, {
        action: "relocation_grant.payment",
        entity: "relocation_grant_payment",
        entityId: payment.id,
        details: { decisionId, amount, paidOn },
      });
      return payment;
    }),
);
