#!/usr/bin/env node
// udsyn runs compiled JavaScript from build/ (`npm run build:server`, run by `npm install`,
// `npm start` and `npm test`) when it is newer than every source file, and its TypeScript sources
// through tsx otherwise: an edited checkout never runs stale code, and a built one starts without
// a TypeScript loader hooked into every module load.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const compiled = join(root, "build", "cli", "main.js");

/** The newest modification time of a .ts file under `dir` (a few hundred stats: milliseconds). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts"))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const current =
  process.env.UDSYN_FROM_SOURCE !== "1" &&
  existsSync(compiled) &&
  statSync(compiled).mtimeMs >= newestSource(join(root, "src"));

if (current) {
  await import(compiled);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
