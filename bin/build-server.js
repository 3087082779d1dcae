#!/usr/bin/env node
// `npm run build:server`: the server and the command line bundled by esbuild into build/, then the
// rules snapshot. Why a bundle: a process loads a few dozen files instead of the ~900 ES modules
// of src/ and of packages such as kysely (266 files) and zod, each resolved, read and compiled
// separately; every CLI call paid that. No type checking here (that is `npm run check`).
//
// Layout: every bundled file lies directly in build/ (entry points and the chunks they share), and
// each verb's `import()` stays a chunk of its own, so `udsyn --help` loads the command table only.
// Source code that finds files next to itself (`import.meta.url`, `import.meta.dirname`: rules/,
// config/, fonts, the rules snapshot, worker modules) is given the path its file would have in a
// file-by-file build (build/<path under src>.js): the same depth as src/, so `../../../rules` and
// `../rules-snapshot.json` resolve as they do from the sources. build/manifest.json lists the
// source files in the bundle; bin/udsyn.js runs the bundle only while none is newer.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { posix, relative, resolve, sep } from "node:path";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const src = resolve(root, "src");
const out = resolve(root, "build");

/**
 * Packages read from node_modules as they are, not bundled: native addons, packages that load
 * files relative to their own module (PGlite's wasm and data, pdfmake's fonts and the fonts it
 * reads through its virtual file system, resvg), large CommonJS libraries loaded by one verb only
 * (a report, a workbook, a chart) whose start is not what a CLI call waits for, and optional
 * drivers that are not installed. Bundled: what most calls load, ESM packages of many files
 * (kysely, zod, yaml) and the small CommonJS ones around them (commander, pg).
 */
const BUNDLED = new Set([
  "commander",
  "kysely",
  "kysely-pglite-dialect",
  "zod",
  "yaml",
  "pg",
  "pg-pool",
  "pg-protocol",
  "pg-types",
  "pg-connection-string",
  "pgpass",
  "pg-int8",
  "postgres-array",
  "postgres-bytea",
  "postgres-date",
  "postgres-interval",
  "pg-cloudflare",
  "split2",
  "xtend",
]);

/** A bare import's package name (`@scope/name` or `name`). */
const packageOf = (specifier) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");

/** Source files whose `import.meta` was given its file-by-file path, and the modules they start off-thread. */
const relocated = new Set();
const workerModules = new Set();

const plugin = {
  name: "udsyn",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("node:")) return { path: args.path, external: true };
      return BUNDLED.has(packageOf(args.path)) ? undefined : { path: args.path, external: true };
    });
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!args.path.startsWith(src + sep)) return undefined;
      const text = readFileSync(args.path, "utf8");
      if (!text.includes("import.meta")) return undefined;
      relocated.add(args.path);
      const file = relative(src, args.path).split(sep).join("/").replace(/\.ts$/, ".js");
      for (const [, worker] of text.matchAll(/new URL\("([^"]+\.ts)", import\.meta\.url\)/g))
        workerModules.add(posix.join(posix.dirname(file), worker).replace(/\.ts$/, ""));
      // Every bundled file is directly in build/, so `import.meta.url` there is build/<file>.js.
      const contents = text.replace(/import\.meta\.(url|dirname|filename)\b/g, (_, what) =>
        what === "url"
          ? `new URL(${JSON.stringify(file)}, import.meta.url).href`
          : what === "dirname"
            ? `(import.meta.dirname + ${JSON.stringify(`/${posix.dirname(file)}`)})`
            : `(import.meta.dirname + ${JSON.stringify(`/${file}`)})`,
      );
      return { contents, loader: "ts" };
    });
  },
};

/** Worker modules (off-thread.ts loads them by their file-by-file path, build/<path>.js). */
const WORKERS = ["formats/csv/area-facts-csv", "formats/xlsx/import-workbook"];

/**
 * A hash of every source file and the locked dependencies: the build's identity, which results
 * kept in the database carry (src/usecases/areas/code-identity.ts), so another build's are not served.
 */
function buildId() {
  const hash = createHash("sha256");
  const files = readdirSync(src, { recursive: true })
    .map(String)
    .filter((name) => statSync(resolve(src, name)).isFile())
    .sort();
  for (const name of files) {
    const content = readFileSync(resolve(src, name));
    hash.update(`${name.split(sep).join("/")}\n${content.length}\n`).update(content);
  }
  return hash
    .update(readFileSync(resolve(root, "package-lock.json")))
    .digest("hex")
    .slice(0, 32);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: [
    { in: "src/cli/main.ts", out: "main" },
    { in: "src/rules/write-parameter-snapshot.ts", out: "write-parameter-snapshot" },
    ...WORKERS.map((worker) => ({ in: `src/${worker}.ts`, out: worker })),
  ],
  outdir: out,
  chunkNames: "[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  metafile: true,
  logLevel: "warning",
  // Bundled CommonJS (commander, pg) requires Node's built-ins; an ES module has no `require`.
  banner: {
    js: 'import { createRequire as __udsynCreateRequire } from "node:module"; const require = __udsynCreateRequire(import.meta.url);',
  },
  plugins: [plugin],
  define: { __UDSYN_BUILD_ID__: JSON.stringify(buildId()) },
});

// A worker module's own code must lie in build/ itself (its entry in build/formats/… only
// re-exports a shared chunk), or its relocated paths would be off by its depth.
for (const worker of workerModules)
  if (!WORKERS.includes(worker)) throw new Error(`src/${worker}.ts runs off-thread: add it to WORKERS`);
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  if (!file.endsWith(".js") || !relative(out, resolve(root, file)).includes("/")) continue;
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs))
    if (bytesInOutput > 0 && relocated.has(resolve(root, input)))
      throw new Error(`${input} uses import.meta and was bundled into ${file}, outside build/ itself`);
}

const sources = Object.keys(result.metafile.inputs)
  .filter((input) => input.startsWith("src/"))
  .sort();
writeFileSync(resolve(out, "manifest.json"), `${JSON.stringify({ sources }, null, 1)}\n`);
await import(resolve(out, "write-parameter-snapshot.js"));

const bytes = Object.keys(result.metafile.outputs)
  .filter((file) => file.endsWith(".js"))
  .reduce((sum, file) => sum + statSync(resolve(root, file)).size, 0);
process.stdout.write(
  `build/: ${sources.length} source files, ${Object.keys(result.metafile.outputs).length / 2} files, ${(bytes / 1024).toFixed(0)} KB of JavaScript\n`,
);
