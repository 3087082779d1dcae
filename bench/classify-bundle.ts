import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

type Entry = typeof import("./classify-entry.ts");

/**
 * The classification as users run it: bundled by esbuild for Node 20 as `npm run build:server`
 * bundles the server and the CLI (bin/build-server.js), and imported from the bundle. Not through
 * tsx, which compiles with `keepNames`: every function made per area would carry a
 * defineProperty call that no built udsyn makes. The rule versions come from the same bundle,
 * so their code is the bundled code too.
 */
export async function bundledClassification(workDir: string): Promise<Entry> {
  const root = resolve(import.meta.dirname, "..");
  const outfile = resolve(workDir, "classify.mjs");
  await build({
    absWorkingDir: root,
    entryPoints: [resolve(root, "bench/classify-entry.ts")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
  });
  return (await import(pathToFileURL(outfile).href)) as Entry;
}
