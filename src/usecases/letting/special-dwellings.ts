import type { Kysely } from "kysely";
import { recordAudit } from "../../db/audit.ts";
import {
  insertSpecialDwelling,
  listSpecialDwellings,
  type SpecialDwellingRow,
} from "../../db/letting.repository.ts";
import type { Database } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";
import type { IsoDate } from "../../domain/law/iso-date.ts";
import type { ParameterSet } from "../../domain/law/parameter.ts";
import {
  type SpecialDwellingsProgress,
  specialDwellingsProgress,
} from "../../domain/letting/special-dwellings.ts";

/** Særboliger: the register of dwellings created, and progress against the plan (500 in 2007-2011). */
export interface SpecialDwellingsOverview {
  readonly asOf: IsoDate;
  readonly rows: readonly SpecialDwellingRow[];
  readonly progress: SpecialDwellingsProgress;
}

export async function specialDwellingsOverview(
  db: Kysely<Database>,
  params: ParameterSet,
  asOf: IsoDate,
): Promise<SpecialDwellingsOverview> {
  const rows = await listSpecialDwellings(db);
  const byYear = new Map<number, number>();
  for (const r of rows) byYear.set(r.year, (byYear.get(r.year) ?? 0) + r.dwellings);
  const created = [...byYear].map(([year, n]) => ({ year, created: n }));
  return { asOf, rows, progress: specialDwellingsProgress(created, params, asOf) };
}

export interface NewSpecialDwellings {
  readonly year: number;
  readonly dwellings: number;
  readonly areaId?: string | undefined;
  readonly description: string;
  readonly municipalReferralShare?: number | undefined;
}

export async function addSpecialDwellings(
  db: Kysely<Database>,
  actor: Actor,
  input: NewSpecialDwellings,
): Promise<SpecialDwellingRow> {
  return db.transaction().execute(async (trx) => {
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
  });
}
