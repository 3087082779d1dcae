import { covers, type IsoDate } from "../law/iso-date.ts";
import { type ListKind, listKinds } from "./rule-version.ts";
import { ruleVersions } from "./rule-versions.ts";

/**
 * Without a list kind: the combined-letting list when one is in force on every date given
 * (it is the list the letting schemes use), else the national list of vulnerable areas.
 */
export function defaultListKind(...dates: readonly IsoDate[]): ListKind {
  const combined = ruleVersions.filter((v) => v.listKind === "combined_letting");
  return dates.every((d) => combined.some((v) => covers(v, d))) ? "combined_letting" : "vulnerable_areas";
}

export function isListKind(value: string): value is ListKind {
  return (listKinds as readonly string[]).includes(value);
}
