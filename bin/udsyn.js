#!/usr/bin/env node
// udsyn runs the bundle in build/ (`npm run build:server`, run by `npm install`, `npm start` and
// `npm test`) when no source file in it has changed since it was built, and its TypeScript sources
// through tsx otherwise: an edited checkout never runs stale code, and a built one starts without
// a TypeScript loader hooked into every module load.
import { readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

const root = dirname(import.meta.dirname);
const manifest = join(root, "build", "manifest.json");

/**
 * Whether the bundle is current: the build writes build/manifest.json last, naming every source
 * file it bundled, so one stat per bundled file (no directory walk) tells. A file added to src/
 * is only bundled once an import names it, and that import is an edit to a bundled file; a file
 * removed fails its stat.
 */
function bundleIsCurrent() {
  try {
    const built = statSync(manifest).mtimeMs;
    const { sources } = JSON.parse(readFileSync(manifest, "utf8"));
    // Concatenated, not path.join()ed: the names are the build's own, relative and normal.
    return sources.every((source) => statSync(`${root}/${source}`).mtimeMs <= built);
  } catch {
    return false;
  }
}

if (process.env.UDSYN_FROM_SOURCE !== "1" && bundleIsCurrent()) {
  await import("../build/main.js");
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
