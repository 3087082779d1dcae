import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { sourceMappedStack } from "./source-mapped-stack.ts";

describe("a trace printed by the bundled command line", () => {
  // A bundle file and its map as the build writes them: build/x.js naming ../src/… as its source.
  const root = mkdtempSync(join(tmpdir(), "udsyn-trace-"));
  mkdirSync(join(root, "build"));
  const source = ["// a comment", "", "export function fails(): never {", "  throw new Error('x');", "}", ""];
  const { code, map } = transformSync(source.join("\n"), {
    loader: "ts",
    sourcemap: "external",
    sourcefile: "../src/verbs/fails.ts",
  });
  const file = join(root, "build", "chunk-ABC.js");
  writeFileSync(file, code);
  writeFileSync(`${file}.map`, map);
  const lines = code.split("\n");
  const line = lines.findIndex((l) => l.includes("throw")) + 1;
  const column = (lines[line - 1] ?? "").indexOf("throw") + 1;

  it("names the source file, line and column of a frame in the bundle", () => {
    const trace = `Error: x\n    at fails (${file}:${line}:${column})\n    at file ${pathToFileURL(file).href}:${line}:${column}`;
    const mapped = sourceMappedStack(trace).split("\n");
    expect(mapped[1]).toBe(`    at fails (${join(root, "src", "verbs", "fails.ts")}:4:3)`);
    expect(mapped[2]).toBe(`    at file ${join(root, "src", "verbs", "fails.ts")}:4:3`);
  });

  it("leaves frames without a map as they are (packages, node internals, the sources under tsx)", () => {
    const trace = `Error: x\n    at f (${join(root, "build", "no-map.js")}:1:1)\n    at g (node:internal/process/task_queues:95:5)`;
    expect(sourceMappedStack(trace)).toBe(trace);
  });
});
