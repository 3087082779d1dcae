import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { readParameterFiles, SNAPSHOT_FILE } from "./load-parameters.ts";
import { encodeSnapshot, snapshotKey } from "./parameter-snapshot.ts";
import { parseParameterFiles } from "./parse-parameter-files.ts";

/**
 * `npm run build:server`'s last step (run as build/write-parameter-snapshot.js): the shipped
 * rules parsed once into build/rules-snapshot.json. A broken rules file fails the build.
 */
const files = await readParameterFiles(resolve(import.meta.dirname, "../../rules"));
writeFileSync(SNAPSHOT_FILE, encodeSnapshot(snapshotKey(files), parseParameterFiles(files)));
