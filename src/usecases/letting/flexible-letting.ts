import { recordAudit } from "../../db/audit.ts";
import { CASEWORK } from "../../domain/access.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import {
  type AreaShareOutside,
  checkFlexibleLettingInForce,
  type FlexibleLettingApplicant,
  type FlexibleLettingResult,
  type FlexibleLettingVacancy,
  prioritiseFlexibleLetting as prioritiseApplicants,
} from "../../domain/letting/flexible-letting.ts";
import { areaShareFromFacts } from "../../domain/letting/flexible-letting-area-share.ts";
import { defineUseCase } from "../use-case.ts";
import { lettingAreaFacts } from "./area-facts.ts";

/**
 * Fleksibel udlejning: the priority order for one vacancy. The share of the area's residents
 * 18-64 outside the labour market may be given; when it is not, it comes from the area facts.
 */
export interface FlexibleLettingRequest {
  readonly date: IsoDate;
  readonly vacancy: FlexibleLettingVacancy;
  readonly applicants: readonly FlexibleLettingApplicant[];
  readonly areaShareOutside?: AreaShareOutside | undefined;
}

export type PrioritisedFlexibleLetting = FlexibleLettingResult & {
  readonly areaShareSource: "given" | "facts";
};

/**
 * The order is advice for one letting, given again on request, so it is not stored as a
 * decision; but it processes named applicants (pseudonyms), so every computation is audited with
 * the pseudonyms it ranked.
 */
export const prioritiseFlexibleLetting = defineUseCase(
  "prioritere ansøgere ved fleksibel udlejning",
  CASEWORK,
  async (ctx, actor, request: FlexibleLettingRequest): Promise<PrioritisedFlexibleLetting> => {
    checkFlexibleLettingInForce(request.date);
    const share =
      request.areaShareOutside ??
      areaShareFromFacts(await lettingAreaFacts(ctx), request.vacancy.areaId, request.date);
    const result = prioritiseApplicants(
      request.vacancy,
      request.applicants,
      share,
      await ctx.parameters(),
      request.date,
    );
    await recordAudit(ctx.db, actor, {
      action: "flexible_letting.prioritise",
      entity: "flexible_letting",
      entityId: request.vacancy.vacancyId,
      details: {
        areaId: request.vacancy.areaId,
        date: request.date,
        pseudonyms: result.order.map((o) => o.pseudonym),
      },
    });
    return { ...result, areaShareSource: request.areaShareOutside === undefined ? "facts" : "given" };
  },
);
