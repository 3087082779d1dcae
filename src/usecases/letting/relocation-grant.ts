import type { DecisionRecord } from "../../db/letting.repository.ts";
import { CASEWORK } from "../../domain/access.ts";
import { decideRelocationGrant as decideApplication } from "../../domain/letting/relocation-grant.ts";
import {
  type RelocationGrantRequest,
  relocationGrantApplication,
} from "../../domain/letting/relocation-grant-request.ts";
import { defineUseCase, inTransaction } from "../use-case.ts";
import { lettingAreaFacts } from "./area-facts.ts";
import { storeDecision } from "./store-decision.ts";

/**
 * Flyttetilskud: decided by the domain, stored as a letting decision of kind relocation_grant
 * (paid later, once: see relocation-grant-payment.ts).
 */
export const decideRelocationGrant = defineUseCase(
  "træffe afgørelser om flyttetilskud",
  CASEWORK,
  async (ctx, actor, request: RelocationGrantRequest): Promise<DecisionRecord> => {
    const params = await ctx.parameters();
    // The facts are read only when the caseworker has not said whether the area is "udsat".
    const facts = request.from.vulnerable === undefined ? await lettingAreaFacts(ctx) : undefined;
    const decision = decideApplication(relocationGrantApplication(request, params, facts), params);
    return inTransaction(ctx, (trx) => storeDecision(trx, actor, decision));
  },
);
