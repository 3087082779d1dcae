import { createHmac } from "node:crypto";

/**
 * The register import layout (docs/REGISTER.md): one file per table, CSV or Parquet, read as a
 * stream (`register-source.ts`, `register-rows.ts`); problems are collected in a `ProblemLog`
 * (`register-problems.ts`).
 */

export type { RegisterFile } from "./register-source.ts";

/** A keyed hash (HMAC-SHA256) of a CPR-like identifier: the same person gets the same pseudonym. */
export function pseudonymiser(key: string): (identifier: string) => string {
  return (identifier) =>
    createHmac("sha256", key).update(identifier.replace("-", "")).digest("hex").slice(0, 32);
}
