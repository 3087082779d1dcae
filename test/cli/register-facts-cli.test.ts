import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { synthesiseRegister } from "../../src/domain/register/synth/synthesise.ts";

const BIN = resolve(import.meta.dirname, "../../bin/udsyn.js");
const SLOW = 240_000;

/** The embedded database only; nothing may leak in from the environment. */
function env(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, UDSYN_DATA: _data, UDSYN_NOW: _now, ...rest } = process.env;
  return rest;
}

function run(args: readonly string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: env() });
}

interface ClassifiedArea {
  readonly areaName: string;
  readonly listed: boolean;
  readonly factsSources: readonly { kind: string; batchName?: string; text: string }[];
}

describe("udsyn register facts, then udsyn areas classify", () => {
  const root = mkdtempSync(join(tmpdir(), "udsyn-facts-"));
  const data = join(root, "data");
  const batch = join(root, "by-300");
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(
    "computes facts from a synthesised batch once, and the classification names the batch as each area's source",
    () => {
      // Synthesised in process (`udsyn synth` has its own CLI test): a spawn costs seconds of start-up.
      mkdirSync(batch);
      for (const [name, text] of Object.entries(synthesiseRegister({ persons: 300, seed: 5 })))
        writeFileSync(join(batch, name), text);
      const imported = run(["--data", data, "import", "--dir", batch]);
      expect(imported.stderr).toBe("");
      expect(imported.status).toBe(0);
      const first = run(["--data", data, "register", "facts", "--batch", "by-300"]);
      expect(first.stderr).toBe("");
      expect(first.stdout).toMatch(
        /^Beregnet områdefakta fra batch »by-300« for 2006-2012: \d+ afdelinger og år/,
      );
      const again = run(["--data", data, "register", "facts", "--batch", "by-300", "--json"]);
      expect(JSON.parse(again.stdout)).toMatchObject({ status: "unchanged", batch: { name: "by-300" } });

      // The default list on 2010-01-01 (combined letting): every area is classified from the batch.
      const json = run(["--data", data, "areas", "classify", "--rules", "2010-01-01", "--json"]);
      expect(json.stderr).toBe("");
      const classification = JSON.parse(json.stdout) as { areas: ClassifiedArea[]; factsYear: number };
      expect(classification.factsYear).toBe(2008);
      expect(classification.areas.length).toBe(28);
      for (const area of classification.areas)
        expect(area.factsSources).toEqual([
          expect.objectContaining({ kind: "computed", batchName: "by-300" }),
        ]);

      // The municipality's typology lists areas at this size: each listed area names the batch.
      const text = run([
        "--data",
        data,
        "areas",
        "classify",
        "--rules",
        "2010-01-01",
        "--list",
        "copenhagen_typology",
      ]);
      expect(text.stderr).toBe("");
      const [, sources = ""] = text.stdout.split("Kilde til områdernes fakta (områder på listen):\n");
      const lines = sources.trimEnd().split("\n");
      const listed = Number(/: (\d+) af \d+ områder på listen/.exec(text.stdout)?.[1]);
      expect(listed).toBeGreaterThan(0);
      expect(lines).toHaveLength(listed);
      for (const line of lines)
        expect(line).toMatch(/^ {2}.+: batch »by-300«, beregnet .+ \(beregning nr\. 1\)$/);
    },
    SLOW,
  );
});
