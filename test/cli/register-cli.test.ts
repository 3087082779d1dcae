import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const BIN = resolve(import.meta.dirname, "../../bin/udsyn.js");
const SLOW = 240_000;

/** The embedded database only; no key or database may leak in from the environment. */
function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, UDSYN_DATA: _data, UDSYN_PSEUDONYM_KEY: _key, ...rest } = process.env;
  return { ...rest, ...extra };
}

function run(args: readonly string[], extra: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: env(extra) });
}

describe("udsyn synth and udsyn import", () => {
  const root = mkdtempSync(join(tmpdir(), "udsyn-register-"));
  const data = join(root, "data");
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(
    "writes the same files for the same seed, and other files for another seed",
    () => {
      for (const [dir, seed] of [
        ["a", "11"],
        ["b", "11"],
        ["c", "12"],
      ] as const) {
        const result = run(["synth", "--persons", "300", "--seed", seed, "--out", join(root, dir)]);
        expect(result.stderr).toBe("");
        expect(result.status).toBe(0);
      }
      const files = readdirSync(join(root, "a")).sort();
      expect(files).toEqual([
        "area_years.csv",
        "areas.csv",
        "benefits.csv",
        "departments.csv",
        "dwellings.csv",
        "households.csv",
        "person_years.csv",
        "persons.csv",
        "residences.csv",
      ]);
      for (const file of files)
        expect(readFileSync(join(root, "b", file)).equals(readFileSync(join(root, "a", file)))).toBe(true);
      expect(
        readFileSync(join(root, "c", "persons.csv")).equals(readFileSync(join(root, "a", "persons.csv"))),
      ).toBe(false);
    },
    SLOW,
  );

  it(
    "imports a folder once; the second import says nothing changed",
    () => {
      const first = run(["--data", data, "import", "--dir", join(root, "a")]);
      expect(first.stderr).toBe("");
      expect(first.stdout).toMatch(/^Indlæst batch »a« \(nr\. 1\): areas\.csv 28,/);
      expect(first.stdout).toContain('Næste skridt: udsyn register facts --batch "a"');
      const second = run(["--data", data, "import", "--dir", join(root, "a"), "--batch", "igen"]);
      expect(second.status).toBe(0);
      expect(second.stdout).toContain("Intet nyt: indholdet er allerede indlæst som batch »a«");
    },
    SLOW,
  );

  it(
    "refuses a CPR column unless --pseudonymise is given with UDSYN_PSEUDONYM_KEY",
    () => {
      const dir = join(root, "cpr");
      run(["synth", "--persons", "100", "--seed", "13", "--out", dir]);
      for (const file of readdirSync(dir)) {
        const path = join(dir, file);
        writeFileSync(path, readFileSync(path, "utf8").replaceAll("P0000002,", "020280-1234,"));
      }
      const refused = run(["--data", data, "import", "--dir", dir]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain("CPR-nummer");
      expect(refused.stderr).toContain("--pseudonymise");
      expect(refused.stderr).not.toContain("020280-1234");

      const noKey = run(["--data", data, "import", "--dir", dir, "--pseudonymise"]);
      expect(noKey.status).toBe(1);
      expect(noKey.stderr).toContain("UDSYN_PSEUDONYM_KEY");

      const done = run(["--data", data, "import", "--dir", dir, "--pseudonymise", "--json"], {
        UDSYN_PSEUDONYM_KEY: "nøglen til denne test",
      });
      expect(done.stderr).toBe("");
      expect(JSON.parse(done.stdout)).toMatchObject({ status: "imported", name: "cpr" });
    },
    SLOW,
  );

  it(
    "refuses a population of 0 and a folder it cannot create, in Danish, without a stack trace",
    () => {
      const none = run(["synth", "--persons", "0", "--out", join(root, "tom")]);
      expect(none.status).toBe(1);
      expect(none.stderr).toContain("et positivt heltal");
      const file = join(root, "en-fil");
      writeFileSync(file, "");
      const blocked = run(["synth", "--persons", "10", "--out", join(file, "d")]);
      expect(blocked.status).toBe(1);
      expect(blocked.stderr).toContain(`Kan ikke skrive i ${join(file, "d")}: ENOTDIR`);
      expect(blocked.stderr).not.toMatch(/\n\s+at /);
    },
    SLOW,
  );
});
