import type { DecisionRecord } from "../../db/letting.repository.ts";
import { CASEWORK } from "../../domain/access.ts";
import { designationFromFacts } from "../../domain/areas/designation.ts";
import {
  type AreaDesignation,
  type CombinedLettingApplication,
  checkApplication,
} from "../../domain/letting/combined-letting-application.ts";
import {
  type CombinedLettingDecision,
  decideCombinedLetting as decideApplication,
} from "../../domain/letting/decide-combined-letting.ts";
import { decisionRuleVersionFor } from "../../domain/letting/decision-rule-versions.ts";
import { defineUseCase, type UseCaseContext } from "../use-case.ts";
import { lettingAreaFacts } from "./area-facts.ts";
import type { CaseRecord } from "./case-record.ts";
import { withFieldPrefix, withFieldRenamed } from "./letting-errors.ts";
import { storeDecision } from "./store-decision.ts";

/**
 * Combined-letting decisions (almenboligloven § 51 b): check the application, find the area's
 * designation on the application date (from the facts, unless given), decide, and store the
 * decision with everything needed to replay it.
 */
export interface CombinedLettingRequest {
  readonly application: CombinedLettingApplication;
  /** Given explicitly, or looked up from the classification of the area on the application date. */
  readonly designation?: AreaDesignation | undefined;
  /** Journal number, partshøring and the decision a correction replaces. */
  readonly case?: CaseRecord | undefined;
}

export interface DecidedCombinedLetting {
  readonly decision: CombinedLettingDecision;
  readonly designationSource: "given" | "facts";
}

async function decide(ctx: UseCaseContext, request: CombinedLettingRequest): Promise<DecidedCombinedLetting> {
  const { application } = request;
  const params = await ctx.parameters();
  // The domain names fields inside the application; the request nests it under "application".
  withFieldPrefix("application", () => checkApplication(application));
  withFieldRenamed("applicationDate", "application.applicationDate", () =>
    decisionRuleVersionFor("combined_letting", application.applicationDate),
  );
  const designation =
    request.designation ??
    designationFromFacts(
      application.areaId,
      application.applicationDate,
      await lettingAreaFacts(ctx, application.areaId),
      params,
      {
        date: "application.applicationDate",
        areaId: "application.areaId",
      },
    );
  const decision = withFieldPrefix("application", () => decideApplication(application, params, designation));
  return { decision, designationSource: request.designation === undefined ? "facts" : "given" };
}

/**
 * Decides without storing: the caseworker's trial run ("Se resultat", `udsyn letting decide`
 * without `--store`). Reads the database only when the designation must be looked up; writes
 * nothing, not even an audit row (nothing is stored or read from a person's record).
 */
export const previewCombinedLetting = defineUseCase(
  "afprøve afgørelser om kombineret udlejning",
  CASEWORK,
  (ctx, _actor, request: CombinedLettingRequest): Promise<DecidedCombinedLetting> => decide(ctx, request),
);

/** Decides and stores the decision and its audit row in one transaction. */
export const decideCombinedLetting = defineUseCase(
  "træffe afgørelser om kombineret udlejning",
  CASEWORK,
  async (
    ctx,
    actor,
    request: CombinedLettingRequest,
  ): Promise<DecidedCombinedLetting & { readonly record: DecisionRecord }> => {
    const decided = await decide(ctx, request);
    const record = await storeDecision(ctx.db, actor, decided.decision, request.case ?? {});
    return { ...decided, record };
  },
);
