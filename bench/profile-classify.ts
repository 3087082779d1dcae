/**
 * Profiles classification at national scale, bundled as in bench/run.ts:
 * `node --cpu-prof --import tsx bench/profile-classify.ts [version] [date]`.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { IsoDate } from "../src/domain/law/iso-date.ts";
import { loadParameters } from "../src/rules/load-parameters.ts";
import { bundledClassification } from "./classify-bundle.ts";
import { nationalFacts } from "./national-facts.ts";

const [id = "reform-2021", date = "2022-12-01"] = process.argv.slice(2);
const { classifyAreas, ruleVersionById } = await bundledClassification(
  mkdtempSync(join(tmpdir(), "udsyn-profile-")),
);
const params = await loadParameters(resolve(import.meta.dirname, "../rules"));
const { facts, reference } = nationalFacts(1);
for (let i = 0; i < Number(process.env.ROUNDS ?? 10); i++) {
  const start = performance.now();
  classifyAreas(ruleVersionById(id), facts, { date: date as IsoDate }, params, reference);
  process.stdout.write(`${id}: ${(performance.now() - start).toFixed(0)} ms\n`);
}
