/** The shapes of the /api/areas answers the pages read (the API's OpenAPI document is the reference). */
export type ListKind = "combined_letting" | "vulnerable_areas" | "copenhagen_typology";
export const LIST_KINDS: readonly ListKind[] = [
  "combined_letting",
  "vulnerable_areas",
  "copenhagen_typology",
];

export interface LegalSource {
  readonly act?: string;
  readonly section?: string;
  readonly bill?: string;
  readonly document?: string;
  readonly text?: string;
  readonly url?: string;
}

export interface CriterionView {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly threshold: number;
  readonly comparator: "gte" | "gt" | "lt" | "lte";
  readonly comparatorSymbol: string;
  readonly met: boolean;
  readonly valueText: string;
  readonly thresholdText: string;
  readonly years?: readonly number[];
  readonly departmentId?: string;
  readonly note?: string;
}

export interface AreaView {
  readonly areaId: string;
  readonly areaName: string;
  readonly listed: boolean;
  readonly category: string | null;
  readonly criteria: readonly CriterionView[];
}

export interface ClassificationView {
  readonly ruleVersion: { readonly id: string; readonly name: string; readonly source: LegalSource };
  readonly sourceText: string;
  readonly listKind: ListKind;
  readonly date: string;
  readonly listYear: number;
  readonly factsYear: number;
  readonly areas: readonly AreaView[];
}

export interface AttributionSide {
  readonly date: string;
  readonly ruleVersionId: string;
  readonly factsYear: number;
  readonly listed: number;
}

export interface AttributionView {
  readonly listKind: ListKind;
  readonly before: AttributionSide;
  readonly counterfactual: AttributionSide;
  readonly after: AttributionSide;
  readonly ruleChangeEffect: number;
  readonly realChangeEffect: number;
  readonly areas: readonly {
    readonly areaId: string;
    readonly areaName: string;
    readonly oldRulesOldFacts: boolean;
    readonly newRulesOldFacts: boolean;
    readonly newRulesNewFacts: boolean;
    readonly ruleChangeEffect: -1 | 0 | 1;
    readonly realChangeEffect: -1 | 0 | 1;
    readonly explanation: string;
  }[];
  readonly summary: string;
}

export interface FactsOverview {
  readonly years: readonly { year: number; areas: number; departments: number; residents: number }[];
  readonly referenceYears: readonly { year: number; national: boolean; regions: number }[];
  readonly areas: readonly { areaId: string; areaName: string; firstYear: number; lastYear: number }[];
}
