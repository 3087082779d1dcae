import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const MAIN = resolve(ROOT, "src/cli/main.ts");

/**
 * The modules `src/cli/main.ts` loads before any verb runs: its static imports, followed
 * through relative files. `import type` is erased; `import { type X }` is not (the project
 * compiles with verbatimModuleSyntax, which keeps it as `import {} from …`), so it counts.
 * Dynamic `import()` inside an action is what a verb loads when it runs: not followed.
 */
function startupGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const statement = /^(?:import|export)\s+(type\s+)?(?:[\s\S]*?\s+from\s+)?"([^"]+)";/gm;
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, typeOnly, specifier] of readFileSync(file, "utf8").matchAll(statement)) {
      if (typeOnly !== undefined || specifier === undefined) continue;
      if (specifier.startsWith(".")) visit(resolve(dirname(file), specifier));
      else if (!specifier.startsWith("node:")) packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

describe("the command line's start-up (what `udsyn --help` and every verb load first)", () => {
  const graph = startupGraph(MAIN);
  const layers = [...graph.files].map((f) => relative(resolve(ROOT, "src"), f).split("/")[0]);

  it("loads commander and no other package: the database, PDF, DOCX, XLSX, YAML, zod load in the verb", () => {
    expect([...graph.packages]).toEqual(["commander"]);
  });

  it("loads the command table and small domain modules, no use case, repository, renderer, rules loader or server", () => {
    for (const heavy of ["db", "server", "render", "formats", "rules"]) expect(layers).not.toContain(heavy);
    const useCases = [...graph.files].filter((f) => readFileSync(f, "utf8").includes("defineUseCase("));
    expect(useCases).toEqual([]);
    // A domain module is pure but may be large (the register synthesiser, classification): only
    // the constants and labels the help texts and argument parsers need belong here.
    expect(graph.files.size).toBeLessThan(60);
  });

  it("the graph reader sees what it must (a check of the check): the server's graph holds Fastify and kysely", () => {
    const server = startupGraph(resolve(ROOT, "src/server/app.ts"));
    expect(server.packages).toContain("fastify");
    expect(server.packages).toContain("kysely");
  });

  it("still prints every verb and a verb's options in --help", () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [resolve(ROOT, "bin/udsyn.js"), ...args], { encoding: "utf8" });
    const top = run("--help");
    expect(top.status).toBe(0);
    for (const verb of ["serve", "db", "areas", "letting", "report", "import", "audit", "cases", "stats"])
      expect(top.stdout).toMatch(new RegExp(`^ {2}${verb}\\b`, "m"));
    const classify = run("areas", "classify", "--help");
    expect(classify.status).toBe(0);
    expect(classify.stdout).toContain("--rules <YYYY-MM-DD>");
    expect(classify.stdout).toContain("combined_letting");
    const report = run("report", "--help");
    expect(report.stdout).toMatch(/--format <format>.*\(choices: "html", "docx", "pdf"\)/s);
  });
});
