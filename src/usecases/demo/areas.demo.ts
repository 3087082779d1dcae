import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { saveAreaFacts, saveReferenceFacts } from "../../db/areas.repository.ts";
import { recordAudit } from "../../db/audit.ts";
import { countSpecialDwellings, insertSpecialDwelling } from "../../db/letting.repository.ts";
import { parseAreaFactsCsv, parseReferenceFactsCsv } from "../../formats/csv/area-facts-csv.ts";
import type { DemoSeeder } from "./demo-seeder.ts";

/** `data/demo/` at the root of the checkout: constructed facts, never official figures. */
export const DEMO_DATA_DIR = resolve(import.meta.dirname, "../../../data/demo");

/**
 * Constructed special-dwelling rows for 2007-2011 (the seed gives only the plan: 500 dwellings
 * with 100 % municipal referral). Each row says it is constructed.
 */
const SPECIAL_DWELLINGS = [
  { year: 2007, dwellings: 70, description: "Ungdomsboliger med kommunal anvisning" },
  { year: 2007, dwellings: 40, description: "Skæve boliger" },
  { year: 2008, dwellings: 95, description: "Ungdomsboliger med kommunal anvisning" },
  { year: 2009, dwellings: 60, description: "Familieboliger i nybyggeri" },
  { year: 2009, dwellings: 30, description: "Skæve boliger" },
  { year: 2010, dwellings: 100, description: "Familieboliger i nybyggeri" },
  { year: 2011, dwellings: 80, description: "Ungdomsboliger med kommunal anvisning" },
] as const;

/**
 * The constructed area facts and reference facts (rows already there are left alone, so a
 * user's import is never overwritten), and the special dwellings when the register is empty.
 */
export const areasDemo: DemoSeeder = {
  name: "boligområder",
  async seed(db, actor) {
    const read = (name: string) => readFileSync(resolve(DEMO_DATA_DIR, name), "utf8");
    const facts = parseAreaFactsCsv(read("area-facts.csv"), "data/demo/area-facts.csv");
    const reference = parseReferenceFactsCsv(read("reference-facts.csv"), "data/demo/reference-facts.csv");
    return db.transaction().execute(async (trx) => {
      const added: string[] = [];
      const savedFacts = await saveAreaFacts(trx, facts, { onlyMissing: true });
      const savedReference = await saveReferenceFacts(trx, reference, { onlyMissing: true });
      // With onlyMissing, `inserted` counts rows not there before the insert.
      if (savedFacts.inserted > 0)
        added.push(`${savedFacts.inserted} afdelingsrækker (konstruerede områdefakta)`);
      if (savedReference.inserted > 0) added.push(`${savedReference.inserted} referencefakta`);
      if ((await countSpecialDwellings(trx)) === 0) {
        for (const row of SPECIAL_DWELLINGS) {
          await insertSpecialDwelling(trx, {
            year: row.year,
            dwellings: row.dwellings,
            areaId: null,
            description: `${row.description} (konstrueret demodata)`,
            municipalReferralShare: 1,
            recordedBy: actor.name,
          });
        }
        added.push(`${SPECIAL_DWELLINGS.length} rækker særboliger 2007-2011 (konstruerede)`);
      }
      if (added.length > 0) {
        await recordAudit(trx, actor, {
          action: "area_fact.seed_demo",
          entity: "area_fact",
          details: { added },
        });
      }
      return added.join(", ");
    });
  },
};
