/** Profiles classification at national scale: `node --cpu-prof --import tsx bench/profile-classify.ts [version] [date]`. */
import { resolve } from "node:path";
import { classifyAreas } from "../src/domain/areas/classify-areas.ts";
import { ruleVersionById } from "../src/domain/areas/rule-versions.ts";
import type { IsoDate } from "../src/domain/law/iso-date.ts";
import { loadParameters } from "../src/rules/load-parameters.ts";
import { nationalFacts } from "./national-facts.ts";

const [id = "reform-2021", date = "2022-12-01"] = process.argv.slice(2);
const params = await loadParameters(resolve(import.meta.dirname, "../rules"));
const { facts, reference } = nationalFacts(1);
for (let i = 0; i < 4; i++) {
  const start = performance.now();
  classifyAreas(ruleVersionById(id), facts, { date: date as IsoDate }, params, reference);
  process.stdout.write(`${id}: ${(performance.now() - start).toFixed(0)} ms\n`);
}
