import { readdir, readFile } from "node:fs/promises";
import { join, sep } from "node:path";
import type { ParameterSet } from "../domain/law/parameter.ts";
import { parseParameterFiles } from "./parse-parameter-files.ts";

/**
 * Reads every `*.yaml` under `dir` (recursively) into one parameter set. The only I/O in the
 * rules layer; parsing is `parseParameterFiles`. File names in errors are relative to `dir`.
 */
export async function loadParameters(dir: string): Promise<ParameterSet> {
  const names = (await readdir(dir, { recursive: true })).filter((name) => /\.ya?ml$/.test(name));
  const files = await Promise.all(
    names.map(async (name) => ({
      fileName: name.split(sep).join("/"),
      text: await readFile(join(dir, name), "utf8"),
    })),
  );
  return parseParameterFiles(files);
}
