/**
 * The categories a rule version can place an area in. National lists: the combined-letting
 * list, the ghetto lists, and the 2018/2021 categories. Copenhagen's own typology: udsat,
 * hoejrisiko (= "40+ område"), risiko, neutral.
 */
export const areaCategories = [
  "omdannelsesomraade",
  "parallelsamfund",
  "haardt_ghettoomraade",
  "ghettoomraade",
  "udsat_boligomraade",
  "forebyggelsesomraade",
  "kombineret_udlejning",
  "udsat",
  "hoejrisiko",
  "risiko",
  "neutral",
] as const;
export type AreaCategory = (typeof areaCategories)[number];

/** Most severe first; an area's `category` is the first of its categories in this order. */
export function bySeverity(categories: Iterable<AreaCategory>): AreaCategory[] {
  // An area has a few categories at most: a scan beats a Set, for every area of a list.
  const unique: AreaCategory[] = [];
  for (const category of categories) if (!unique.includes(category)) unique.push(category);
  return unique.sort((a, b) => severity[a] - severity[b]);
}

const severity = Object.fromEntries(areaCategories.map((category, i) => [category, i])) as Readonly<
  Record<AreaCategory, number>
>;

export const categoryNames: Readonly<Record<AreaCategory, string>> = {
  omdannelsesomraade: "omdannelsesområde",
  parallelsamfund: "parallelsamfund",
  haardt_ghettoomraade: "hårdt ghettoområde",
  ghettoomraade: "ghettoområde",
  udsat_boligomraade: "udsat boligområde",
  forebyggelsesomraade: "forebyggelsesområde",
  kombineret_udlejning: "område, hvor kombineret udlejning kan benyttes",
  udsat: "udsat område",
  hoejrisiko: "højrisikoområde (40+ område)",
  risiko: "risikoområde",
  neutral: "neutralt område",
};

/** Categories that count towards "N consecutive years" (hard ghetto, omdannelsesområde). */
export const ghettoLikeCategories: ReadonlySet<AreaCategory> = new Set([
  "ghettoomraade",
  "haardt_ghettoomraade",
  "parallelsamfund",
  "omdannelsesomraade",
]);

/** A neutral area in the typology is not "on a list". */
export function isListed(categories: readonly AreaCategory[]): boolean {
  return categories.some((c) => c !== "neutral");
}
