/**
 * Denmark's five regions (regionsloven, since 1 January 2007), spelt as Danmarks Statistik
 * spells them. The income criterion compares an area with its region, so a region name that
 * matches none of these would silently find no reference income.
 */
export const danishRegions = [
  "Region Hovedstaden",
  "Region Sjælland",
  "Region Syddanmark",
  "Region Midtjylland",
  "Region Nordjylland",
] as const;

export type DanishRegion = (typeof danishRegions)[number];

export function isDanishRegion(name: string): name is DanishRegion {
  return (danishRegions as readonly string[]).includes(name);
}

/** Years a statistics row may name: the registers udsyn reads start long after 1900. */
export const FACTS_YEAR_RANGE = { min: 1900, max: 2100 } as const;
