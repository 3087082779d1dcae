import { createHash } from "node:crypto";
import type { Parameter, ParameterSet } from "../domain/law/parameter.ts";
import { parameterSet } from "../domain/law/parameter.ts";
import type { ParameterFileText } from "./parse-parameter-files.ts";

/**
 * A parsed rules folder as JSON, written when udsyn is built (`npm run build:server`), so a
 * command-line call does not parse and schema-check 70-odd YAML files on every start (a third of
 * a second, more than the classification it serves). It is used only for exactly the texts it was
 * made from: the key is a hash of every file's name and content, so an edited, added or removed
 * file (or another UDSYN_RULES folder) is parsed from YAML, and a broken file is refused as
 * always, naming file, key and date. Bump FORMAT when the parsed shape changes.
 */
const FORMAT = 1;

export function snapshotKey(files: readonly ParameterFileText[]): string {
  const hash = createHash("sha256").update(`udsyn-rules-snapshot ${FORMAT}\n`);
  for (const { fileName, text } of [...files].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    hash.update(`${fileName}\n${Buffer.byteLength(text)}\n`).update(text);
  }
  return hash.digest("hex");
}

interface Snapshot {
  readonly key: string;
  readonly parameters: readonly Parameter[];
}

/** Rationals hold bigints, which JSON has not: written as `{ "$bigint": "123" }`. */
export function encodeSnapshot(key: string, set: ParameterSet): string {
  const snapshot: Snapshot = { key, parameters: [...set.parameters.values()] };
  return JSON.stringify(snapshot, (_key, value: unknown) =>
    typeof value === "bigint" ? { $bigint: value.toString() } : value,
  );
}

/** The parameters in `text` if it is a snapshot of exactly the files whose key is `key`. */
export function decodeSnapshot(text: string, key: string): ParameterSet | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(text, (_key, value: unknown) =>
      value !== null && typeof value === "object" && "$bigint" in value
        ? BigInt((value as { $bigint: string }).$bigint)
        : value,
    ) as Snapshot;
  } catch {
    return undefined;
  }
  if (snapshot?.key !== key || !Array.isArray(snapshot.parameters)) return undefined;
  return parameterSet(snapshot.parameters);
}
