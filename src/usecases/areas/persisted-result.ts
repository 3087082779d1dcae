import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import {
  readClassificationResult,
  writeClassificationResult,
} from "../../db/classification-result.repository.ts";
import type { Database } from "../../db/schema.ts";
import type { ParameterSet } from "../../domain/law/parameter.ts";
import { encodeSnapshot } from "../../rules/parameter-snapshot.ts";
import { CODE_IDENTITY } from "./code-identity.ts";

/**
 * A value computed from the area facts, kept in the database for every process at the facts
 * version it was computed at (migration 0024). facts-cache.ts keeps values in one process's
 * memory; this is the layer under it for what a new process (every `udsyn areas classify`) would
 * otherwise compute cold: at national scale seconds, where reading the stored JSON is a fraction.
 * The value must be plain JSON (what the CLI prints and the API sends): it comes back parsed.
 *
 * `version` is the facts version read before the facts (facts-cache.ts): a value stored under it
 * was computed from facts at least that new, and once the facts change no reader asks for it.
 * Without one (undefined) the value is computed and not stored.
 */
export async function persistedForFactsVersion<T>(
  db: Kysely<Database>,
  version: string | undefined,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  // No version to key on (no version row), or inside a transaction, which may have changed the
  // facts itself and not committed them: computed, not stored.
  if (version === undefined || db.isTransaction) return compute();
  const stored = await readClassificationResult(db, key, version, CODE_IDENTITY);
  if (stored !== undefined) return JSON.parse(stored) as T;
  const value = await compute();
  // Keeping it is a saving, not part of the answer: a database that refuses the write (a
  // read-only replica, a role without the grant) still gets its classification.
  await writeClassificationResult(db, key, version, CODE_IDENTITY, JSON.stringify(value)).catch(
    () => undefined,
  );
  return value;
}

const rulesIdentities = new WeakMap<ParameterSet, string>();

/**
 * A hash of the rules' content: part of a stored result's key, so another rules folder
 * (UDSYN_RULES), an edited rule or a test's own parameters never meet another's result.
 */
export function rulesIdentity(params: ParameterSet): string {
  let id = rulesIdentities.get(params);
  if (id === undefined) {
    id = createHash("sha256").update(encodeSnapshot("", params)).digest("hex").slice(0, 32);
    rulesIdentities.set(params, id);
  }
  return id;
}
