import { insertSpecialDwelling, type SpecialDwellingRow } from "../../db/letting.repository.ts";
import { CASEWORK } from "../../domain/access.ts";
import { defineUseCase, inTransaction, recordAudit } from "../use-case.ts";

export interface NewSpecialDwellings {
  readonly year: number;
  readonly dwellings: number;
  readonly areaId?: string | undefined;
  readonly description: string;
  /** Without it, the plan's 100 % municipal referral. */
  readonly municipalReferralShare?: number | undefined;
}

export const addSpecialDwellings = defineUseCase(
  "registrere særboliger",
  CASEWORK,
  (ctx, actor, input: NewSpecialDwellings): Promise<SpecialDwellingRow> =>
    inTransaction(ctx, async (trx) => {
      const row = await insertSpecialDwelling(trx, {
        year: input.year,
        dwellings: input.dwellings,
        areaId: input.areaId ?? null,
        description: input.description,
        municipalReferralShare: input.municipalReferralShare ?? 1,
        recordedBy: actor.name,
      });
      await recordAudit(trx, actor, {
        action: "special_dwelling.create",
        entity: "special_dwelling",
        entityId: row.id,
        details: { year: row.year, dwellings: row.dwellings, areaId: row.areaId },
      });
      return row;
    }),
);
