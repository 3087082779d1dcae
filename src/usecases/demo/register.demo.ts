import { synthesiseRegister } from "../../domain/register/synth/synthesise.ts";
import { importRegisterBatch } from "../register/import-register-batch.ts";
import { createUseCaseContext } from "../use-case.ts";
import type { DemoSeeder } from "./demo-seeder.ts";

/**
 * A synthetic register population for the demo: a small Copenhagen-like city (`udsyn synth`,
 * fixed seed), imported as one batch when the database holds no register data at all, so the
 * letting-agreement evaluation and "Mål fra registerdata" on the goal pages work out of the box.
 * Its size keeps the first start of `npm start` well under a minute on PGlite; `udsyn synth
 * --persons 60000` and `udsyn import` give the municipal scale. The demo's typed-in area facts
 * are left alone: computing facts from this batch is the user's choice (`udsyn register facts`).
 */
export const DEMO_REGISTER_BATCH = "demo-syntetisk-by";
const DEMO_REGISTER_PERSONS = 3_000;
const DEMO_REGISTER_SEED = 2010;

export const registerDemo: DemoSeeder = {
  name: "registerdata",
  async seed(db, actor) {
    const existing = await db.selectFrom("import_batch").select("id").limit(1).executeTakeFirst();
    if (existing !== undefined) return "";
    const files = synthesiseRegister({ persons: DEMO_REGISTER_PERSONS, seed: DEMO_REGISTER_SEED });
    const outcome = await importRegisterBatch(createUseCaseContext(db), actor, {
      name: DEMO_REGISTER_BATCH,
      files: Object.entries(files).map(([fileName, content]) => ({ fileName, content })),
    });
    const persons = outcome.rowCounts["persons.csv"] ?? 0;
    return `syntetisk registerudtræk »${outcome.name}« indlæst (${persons.toLocaleString("da-DK")} personer, konstrueret)`;
  },
};
