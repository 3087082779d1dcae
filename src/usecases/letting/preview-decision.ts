import { CASEWORK } from "../../domain/access.ts";
import type { CombinedLettingDecision } from "../../domain/letting/decide-combined-letting.ts";
import type { SendableLetter } from "../../domain/letting/letter/compose-letter.ts";
import type { RelocationGrantDecision } from "../../domain/letting/relocation-grant.ts";
import type { RelocationGrantRequest } from "../../domain/letting/relocation-grant-request.ts";
import { defineUseCase } from "../use-case.ts";
import type { CaseRecord } from "./case-record.ts";
import { type CombinedLettingRequest, previewCombinedLetting } from "./decide-combined-letting.ts";
import { type PreviewWarning, previewLetter } from "./preview-letter.ts";
import { previewRelocationGrant } from "./relocation-grant.ts";

/**
 * "Se resultat": the decision computed and shown with its letter and the warnings that stand
 * before it can be sent, without storing anything. "Træf afgørelse" is the decide use case.
 */
export interface DecisionPreview<D> {
  readonly decision: D;
  readonly letter: SendableLetter | null;
  readonly warnings: readonly PreviewWarning[];
}

export const previewCombinedLettingDecision = defineUseCase(
  "se resultatet af en afgørelse om kombineret udlejning",
  CASEWORK,
  async (
    ctx,
    actor,
    request: CombinedLettingRequest,
  ): Promise<DecisionPreview<CombinedLettingDecision> & { designationSource: "given" | "facts" }> => {
    const { decision, designationSource } = await previewCombinedLetting(ctx, actor, request);
    const preview = await previewLetter(ctx, { kind: "combined_letting", decision }, request.case ?? {});
    return { decision, designationSource, ...preview };
  },
);

export const previewRelocationGrantDecision = defineUseCase(
  "se resultatet af en afgørelse om flyttetilskud",
  CASEWORK,
  async (
    ctx,
    actor,
    request: RelocationGrantRequest & { readonly case?: CaseRecord | undefined },
  ): Promise<DecisionPreview<RelocationGrantDecision>> => {
    const decision = await previewRelocationGrant(ctx, actor, request);
    const preview = await previewLetter(ctx, { kind: "relocation_grant", decision }, request.case ?? {});
    return { decision, ...preview };
  },
);
