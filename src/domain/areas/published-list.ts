import type { AreaCategory } from "./area-category.ts";

/**
 * An area on a list the ministry actually published (the legal record). `year` is the year of
 * the list (e.g. 2017 for the list of 1 December 2017), not the facts year.
 */
export interface PublishedListEntry {
  readonly areaId: string;
  readonly year: number;
  readonly category: AreaCategory;
}
