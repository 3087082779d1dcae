import type { AreaCategory } from "./area-category.ts";
import type { ListKind } from "./rule-version.ts";

/**
 * An area on a list the ministry actually published (the legal record). `year` is the year of
 * the list (e.g. 2017 for the list of 1 December 2017), not the facts year.
 */
export interface PublishedListEntry {
  readonly areaId: string;
  readonly year: number;
  readonly category: AreaCategory;
}

/** One area on a list the ministry published: the legal record for "N consecutive years". */
export interface PublishedListRow {
  readonly listKind: ListKind;
  readonly year: number;
  readonly areaId: string;
  readonly category: AreaCategory;
  readonly source: string;
}
