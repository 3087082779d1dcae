import type { DepartmentYearFacts, ReferenceFacts } from "./department-year-facts.ts";
import type { PublishedListEntry } from "./published-list.ts";

/** Everything a classification reads: the departments' facts, the reference facts, the published lists. */
export interface AreaFactsSource {
  readonly facts: readonly DepartmentYearFacts[];
  readonly reference: ReferenceFacts;
  readonly published: readonly PublishedListEntry[];
}
