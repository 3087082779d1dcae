import { recordAudit } from "../../db/audit.ts";
import { findRound, insertRound, upsertOrganisationUnit } from "../../db/policy.repository.ts";
import { demoData } from "../../demo/report-2010/index.ts";
import type { DemoSeeder } from "./demo-seeder.ts";

/**
 * The seed's report: its organisation units and Socialudvalget's 2010 round, under review
 * (so validation and approval can be tried on it). A round that exists is left as it is.
 */
export const policyDemo: DemoSeeder = {
  name: "redegørelse 2010",
  async seed(db, actor) {
    return db.transaction().execute(async (trx) => {
      // Administrations first: committees refer to them.
      const units = [...demoData.organisations].sort((a, b) =>
        a.kind === b.kind ? 0 : a.kind === "administration" ? -1 : 1,
      );
      for (const unit of units) {
        await upsertOrganisationUnit(trx, {
          code: unit.code,
          name: unit.name,
          kind: unit.kind,
          administrationCode: unit.kind === "committee" ? unit.administrationCode : null,
        });
      }
      const added: string[] = [];
      for (const round of demoData.rounds) {
        if ((await findRound(trx, round.committeeCode, round.year)) !== undefined) continue;
        const id = await insertRound(trx, {
          committeeCode: round.committeeCode,
          year: round.year,
          version: 1,
          status: "review",
          deadline: round.requestDate,
          createdFromId: null,
          content: round,
        });
        await recordAudit(trx, actor, {
          action: "round.seed",
          entity: "reporting_round",
          entityId: id,
          details: { committee: round.committeeCode, year: round.year },
        });
        added.push(`${round.committeeCode} ${round.year}`);
      }
      return added.length === 0 ? "" : `redegørelse ${added.join(", ")} indlæst`;
    });
  },
};
