import { resolve } from "node:path";
import type { ParameterSet } from "../../domain/law/parameter.ts";
import { loadParameters } from "../../rules/load-parameters.ts";

/** The legal parameters shipped with udsyn: `rules/` at the root of the checkout. */
export const RULES_DIR = resolve(import.meta.dirname, "../../../rules");

const loaded = new Map<string, Promise<ParameterSet>>();

/**
 * Loaded and schema-checked once per process: a broken file stops the server at start, naming
 * the file, the key and the date, instead of failing the first decision that needs it.
 */
export function ruleParameters(dir: string = process.env.UDSYN_RULES ?? RULES_DIR): Promise<ParameterSet> {
  let set = loaded.get(dir);
  if (set === undefined) {
    set = loadParameters(dir);
    loaded.set(dir, set);
    set.catch(() => loaded.delete(dir));
  }
  return set;
}
