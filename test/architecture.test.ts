import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/gms)].map(
    (m) => m[1] as string,
  );
}

/** Where an import lands, relative to the repository root; bare package names stay as they are. */
function target(file: string, specifier: string): string {
  return specifier.startsWith(".") ? relative(ROOT, resolve(ROOT, dirname(file), specifier)) : specifier;
}

/**
 * The domain may use the pure half of `src/rules` (parameter types, "value of X on date D",
 * rationals, ISO dates); only `load-parameters.ts` reads files, and the domain never does.
 */
function domainMayImport(to: string): boolean {
  if (to.startsWith("src/domain/")) return true;
  if (to.startsWith("src/rules/"))
    return to !== "src/rules/load-parameters.ts" && to !== "src/rules/index.ts";
  if (to.startsWith("src/") || to.startsWith("node:")) return false;
  return !["pg", "kysely", "fastify", "@electric-sql/pglite", "exceljs", "docx", "pdfmake"].includes(to);
}

describe("import direction", () => {
  it("keeps the domain core free of storage, server, CLI, web and I/O", () => {
    const offending = sourceFiles("src/domain").flatMap((file) =>
      importsOf(file)
        .map((s) => ({ file, to: target(file, s) }))
        // Tests may check the domain against the seed's demo data, which is pure data too.
        .filter(
          ({ to }) => !domainMayImport(to) && !(file.endsWith(".test.ts") && to.startsWith("src/demo/")),
        ),
    );
    expect(offending).toEqual([]);
  });

  it("keeps storage free of the server and the CLI", () => {
    const offending = sourceFiles("src/db").flatMap((file) =>
      importsOf(file)
        .map((s) => ({ file, to: target(file, s) }))
        .filter(
          ({ to }) =>
            to.startsWith("src/server/") ||
            to.startsWith("src/cli/") ||
            to.startsWith("src/services/") ||
            to.startsWith("web/"),
        ),
    );
    expect(offending).toEqual([]);
  });

  it("catches a forbidden import when there is one (the check itself works)", () => {
    expect(target("src/domain/areas/x.ts", "../../db/schema.ts")).toBe("src/db/schema.ts");
    expect(domainMayImport("src/db/schema.ts")).toBe(false);
    expect(domainMayImport("node:fs")).toBe(false);
    expect(domainMayImport("src/rules/load-parameters.ts")).toBe(false);
    expect(domainMayImport("src/rules/value-on.ts")).toBe(true);
    expect(importsOf("test/architecture.test.ts")).toContain("node:fs");
  });
});
