import { CASEWORK } from "../../domain/access.ts";
import {
  decideRelocationGrant as decideApplication,
  type RelocationGrantDecision,
} from "../../domain/letting/relocation-grant.ts";
import {
  type RelocationGrantRequest,
  relocationGrantApplication,
} from "../../domain/letting/relocation-grant-request.ts";
import { defineUseCase, type UseCaseContext } from "../use-case.ts";
import { lettingAreaFacts } from "./area-facts.ts";
import type { CaseRecord } from "./case-record.ts";
import { storeDecision } from "./store-decision.ts";

/**
 * Flyttetilskud: decided by the domain, stored as a letting decision of kind relocation_grant
 * (paid later, once: see relocation-grant-payment.ts).
 */
export const decideRelocationGrant = defineUseCase(
  "træffe afgørelser om flyttetilskud",
  CASEWORK,
  async (ctx, actor, request: RelocationGrantRequest & { readonly case?: CaseRecord | undefined }) => {
    const decision = await decide(ctx, request);
    return storeDecision(ctx.db, actor, decision, request.case ?? {});
  },
);

async function decide(
  ctx: UseCaseContext,
  request: RelocationGrantRequest,
): Promise<RelocationGrantDecision> {
  const params = await ctx.parameters();
  // The facts are read only when the caseworker has not said whether the area is "udsat".
  const facts = request.from.vulnerable === undefined ? await lettingAreaFacts(ctx) : undefined;
  return decideApplication(relocationGrantApplication(request, params, facts), params);
}

/** Decides without storing ("Se resultat"): nothing is written. */
export const previewRelocationGrant = defineUseCase(
  "afprøve afgørelser om flyttetilskud",
  CASEWORK,
  (ctx, _actor, request: RelocationGrantRequest): Promise<RelocationGrantDecision> => decide(ctx, request),
);
