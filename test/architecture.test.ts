import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The import rules of docs/ARCHITECTURE.md as a test: every layer's allowed imports, followed
 * through indirect imports, and no import cycle between files.
 */

const ROOT = resolve(import.meta.dirname, "..");

/** A layer: a folder and what its files may import (folders or single files, and npm packages). */
interface Layer {
  readonly folder: string;
  readonly may: readonly string[];
  /** npm packages and node: modules its production files may use; `"*"` for any. */
  readonly packages: readonly string[] | "*";
}

const PURE_PACKAGES = ["zod"];

/** Innermost first. A layer may import only what it lists: nothing listed means nothing outside itself. */
const LAYERS: readonly Layer[] = [
  { folder: "src/domain", may: [], packages: PURE_PACKAGES },
  { folder: "src/demo", may: ["src/domain"], packages: ["node:fs"] },
  {
    folder: "src/rules",
    may: ["src/domain"],
    // node:crypto: the parameter snapshot is used only when a hash of every rules file matches.
    packages: ["node:crypto", "node:fs", "node:fs/promises", "node:path", "yaml", "zod"],
  },
  { folder: "src/formats", may: ["src/domain"], packages: "*" },
  { folder: "src/render", may: ["src/domain"], packages: "*" },
  { folder: "src/db", may: ["src/domain"], packages: "*" },
  {
    folder: "src/usecases",
    may: ["src/domain", "src/demo", "src/rules", "src/formats", "src/render", "src/db"],
    packages: "*",
  },
  // Faces: HTTP and the command line call use cases; they open the database but never query it.
  {
    folder: "src/server",
    may: [
      "src/usecases",
      "src/domain",
      "src/render",
      "src/db/database.ts",
      "src/db/schema.ts",
      "src/db/migrations/index.ts",
    ],
    packages: "*",
  },
  {
    folder: "src/cli",
    may: [
      "src/usecases",
      "src/domain",
      "src/render",
      "src/server/app.ts",
      "src/server/openapi.ts",
      "src/db/database.ts",
    ],
    packages: "*",
  },
  // The browser app talks to the API; it shares only the pure domain (labels, formatting).
  { folder: "web/src", may: ["src/domain"], packages: "*" },
];

function sourceFiles(dir: string): string[] {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.parentPath.includes("node_modules"))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

const isTest = (file: string) => /\.(test|property\.test|acceptance\.test)\.tsx?$/.test(file);

/** TypeScript's own pre-processor: it scans tokens, so an import inside a string or comment is not one. */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** Where an import lands, relative to the repository root; bare package names stay as they are. */
function target(file: string, specifier: string): string {
  return specifier.startsWith(".") ? relative(ROOT, resolve(ROOT, dirname(file), specifier)) : specifier;
}

const isLocal = (to: string) => to.startsWith("src/") || to.startsWith("web/") || to.startsWith("test/");
const packageName = (to: string) =>
  to.startsWith("@")
    ? to.split("/").slice(0, 2).join("/")
    : to.startsWith("node:")
      ? to
      : (to.split("/")[0] ?? to);

function layerOf(file: string, layers: readonly Layer[] = LAYERS): Layer | undefined {
  return layers.find((l) => file === l.folder || file.startsWith(`${l.folder}/`));
}

function within(to: string, place: string): boolean {
  return to === place || to.startsWith(`${place}/`);
}

/** The reasons `file`'s import of `to` breaks the rules, or none. */
function violation(file: string, to: string, layers: readonly Layer[] = LAYERS): string | undefined {
  const layer = layerOf(file, layers);
  if (layer === undefined) return undefined;
  const test = isTest(file);
  if (isLocal(to)) {
    if (within(to, layer.folder)) return undefined;
    // Tests may use test support and check themselves against the seed's demo data.
    if (test && (within(to, "test/support") || within(to, "src/demo"))) return undefined;
    if (layer.may.some((place) => within(to, place))) return undefined;
    return `${file} → ${to}`;
  }
  if (layer.packages === "*" || test) return undefined;
  return layer.packages.includes(packageName(to)) ? undefined : `${file} → ${to} (pakke)`;
}

interface Graph {
  readonly edges: ReadonlyMap<string, readonly string[]>;
}

function importGraph(): Graph {
  const files = [...LAYERS.flatMap((l) => sourceFiles(l.folder)), ...sourceFiles("test")];
  const edges = new Map<string, string[]>();
  for (const file of new Set(files)) {
    const text = readFileSync(join(ROOT, file), "utf8");
    edges.set(
      file,
      importsOf(text).map((s) => target(file, s)),
    );
  }
  return { edges };
}

/** Files in import cycles, as strongly connected components of more than one file (Tarjan). */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    indices.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!edges.has(next)) continue;
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, indices.get(next) ?? 0));
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!indices.has(node)) visit(node);
  return found;
}

/** Every file reachable from `start` through local imports (the indirect imports). */
function reachable(edges: ReadonlyMap<string, readonly string[]>, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const to of edges.get(next) ?? []) {
      if (!seen.has(to) && edges.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

describe("import direction", () => {
  const { edges } = importGraph();

  it("every layer imports only what docs/ARCHITECTURE.md allows it", () => {
    const found = [...edges].flatMap(([file, targets]) => targets.flatMap((to) => violation(file, to) ?? []));
    expect(found).toEqual([]);
  });

  it("the pure core stays pure through indirect imports (domain and web reach no storage or Node I/O)", () => {
    const pureLayers = ["src/domain", "web/src"];
    const leaks = [...edges.keys()]
      .filter((file) => pureLayers.some((p) => within(file, p)) && !isTest(file))
      .flatMap((file) =>
        [...reachable(edges, file)].flatMap((dependency) =>
          (edges.get(dependency) ?? [])
            .filter((to) => !isLocal(to))
            .filter(
              (to) =>
                to.startsWith("node:") ||
                ["pg", "kysely", "fastify", "@electric-sql/pglite"].includes(packageName(to)),
            )
            .map((to) => `${file} ⇒ ${dependency} → ${to}`),
        ),
      );
    expect(leaks).toEqual([]);
  });

  it("has no import cycle between files", () => {
    expect(cycles(edges)).toEqual([]);
  });

  it("the architecture document names every source folder", () => {
    const doc = readFileSync(join(ROOT, "docs/ARCHITECTURE.md"), "utf8");
    const folders = ["src", "web/src"].flatMap((root) =>
      readdirSync(join(ROOT, root), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => `${root}/${e.name}`),
    );
    expect(folders.filter((f) => !doc.includes(`\`${f}/\``))).toEqual([]);
  });
});

describe("the checks themselves catch what they should", () => {
  it("a wrong-way import is a violation, a right-way one is not", () => {
    expect(violation("src/domain/areas/x.ts", "src/db/schema.ts")).toBeDefined();
    expect(violation("src/domain/areas/x.ts", "node:fs")).toBeDefined();
    expect(violation("src/domain/areas/x.ts", "src/rules/load-parameters.ts")).toBeDefined();
    expect(violation("src/domain/areas/x.ts", "src/domain/law/value-on.ts")).toBeUndefined();
    expect(violation("src/server/routes/x.routes.ts", "src/db/letting.repository.ts")).toBeDefined();
    expect(violation("src/server/routes/x.routes.ts", "src/usecases/letting/decide.ts")).toBeUndefined();
    expect(violation("src/db/x.ts", "src/usecases/areas/classify-areas.ts")).toBeDefined();
    expect(violation("web/src/pages/x.tsx", "src/db/schema.ts")).toBeDefined();
  });

  it("finds a cycle, also a long one, and follows indirect imports", () => {
    const edges = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(cycles(edges)).toEqual([["a", "b", "c"]]);
    expect(
      cycles(
        new Map([
          ["a", ["b"]],
          ["b", []],
        ]),
      ),
    ).toEqual([]);
    expect([...reachable(edges, "d")].sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("reads every import form", () => {
    const text = `import a from "./a.ts";\nexport { b } from "./b.ts";\nimport "./c.ts";\nconst d = await import("./d.ts");\nimport type {\n  E,\n} from "./e.ts";\nexport * from "./f.ts";`;
    expect(importsOf(text).sort()).toEqual(["./a.ts", "./b.ts", "./c.ts", "./d.ts", "./e.ts", "./f.ts"]);
  });

  it("does not read an import written inside a string or a comment", () => {
    const text =
      'const example = `\nimport z from "./z.ts";\n`;\n// import y from "./y.ts";\nimport a from "./a.ts";';
    expect(importsOf(text)).toEqual(["./a.ts"]);
  });
});
