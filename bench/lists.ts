import type { Classification } from "../src/domain/areas/classify-areas.ts";

/** An area list as compared between udsyn and the SQL baselines: area id → categories, sorted. */
export type AreaList = ReadonlyMap<string, string>;

const normalised = (categories: Iterable<string>) =>
  [...categories]
    .filter((c) => c !== "")
    .sort()
    .join(",");

/** udsyn's list: every assessable area with its categories (an area on no list has ""). */
export function udsynList(classification: Classification): AreaList {
  return new Map(
    classification.areas.filter((a) => a.assessable).map((a) => [a.areaId, normalised(a.categories)]),
  );
}

/** A list from SQL rows of (area_id, cats) with cats comma-separated. */
export function sqlList(rows: readonly { area_id: unknown; cats: unknown }[]): AreaList {
  return new Map(rows.map((r) => [String(r.area_id), normalised(String(r.cats ?? "").split(","))]));
}

/** The differences between two lists, at most `limit` of them, named so a reader can look them up. */
export function listDifferences(expected: AreaList, actual: AreaList, limit = 10): string[] {
  const differences: string[] = [];
  for (const id of new Set([...expected.keys(), ...actual.keys()])) {
    const a = expected.get(id);
    const b = actual.get(id);
    if (a !== b)
      differences.push(
        `${id}: ${a === undefined ? "(absent)" : `[${a}]`} vs ${b === undefined ? "(absent)" : `[${b}]`}`,
      );
    if (differences.length >= limit) break;
  }
  return differences;
}

export class ListMismatch extends Error {}

/** Fails the benchmark loudly: a fast wrong answer is not a result. */
export function assertSameList(what: string, expected: AreaList, actual: AreaList): void {
  const differences = listDifferences(expected, actual);
  if (differences.length > 0) {
    throw new ListMismatch(
      `${what}: the lists differ (${expected.size} vs ${actual.size} areas):\n  ${differences.join("\n  ")}`,
    );
  }
}
