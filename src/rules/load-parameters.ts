import { readdir, readFile } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import type { ParameterSet } from "../domain/law/parameter.ts";
import { decodeSnapshot, snapshotKey } from "./parameter-snapshot.ts";
import type { ParameterFileText } from "./parse-parameter-files.ts";

/**
 * Where the build writes the shipped rules' snapshot: beside the compiled code (build/), so a run
 * from the TypeScript sources, whose parser may have changed since, never reads one.
 */
export const SNAPSHOT_FILE = resolve(import.meta.dirname, "../rules-snapshot.json");

/** Every `*.yaml` under `dir` (recursively), named relative to `dir`. */
export async function readParameterFiles(dir: string): Promise<ParameterFileText[]> {
  const names = (await readdir(dir, { recursive: true })).filter((name) => /\.ya?ml$/.test(name));
  return Promise.all(
    names.map(async (name) => ({
      fileName: name.split(sep).join("/"),
      text: await readFile(join(dir, name), "utf8"),
    })),
  );
}

/**
 * Reads every `*.yaml` under `dir` (recursively) into one parameter set. The only I/O in the
 * rules layer; parsing is `parseParameterFiles`. File names in errors are relative to `dir`.
 * When the build's snapshot was made from exactly these files, it is read instead of the YAML
 * (parameter-snapshot.ts).
 */
export async function loadParameters(dir: string, snapshotFile = SNAPSHOT_FILE): Promise<ParameterSet> {
  const files = await readParameterFiles(dir);
  const snapshot = await readFile(snapshotFile, "utf8").catch(() => undefined);
  const fromSnapshot = snapshot === undefined ? undefined : decodeSnapshot(snapshot, snapshotKey(files));
  if (fromSnapshot !== undefined) return fromSnapshot;
  // The YAML parser and the schema (yaml, zod) are loaded only when there is YAML to parse.
  const { parseParameterFiles } = await import("./parse-parameter-files.ts");
  return parseParameterFiles(files);
}
