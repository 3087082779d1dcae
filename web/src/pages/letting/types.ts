/** The shapes of the /api/letting answers the pages read (the API's OpenAPI document is the reference). */
export interface Justification {
  readonly legalBasis: string;
  readonly facts: readonly string[];
  readonly reasoning: readonly string[];
  readonly text: string;
}

export interface DecisionSummary {
  readonly id: number;
  readonly kind: "combined_letting" | "relocation_grant" | "flexible_letting";
  readonly decisionDate: string;
  readonly areaId: string;
  readonly subjectPseudonym: string;
  readonly result: string;
  readonly ruleVersion: string;
  readonly decidedBy: string;
  readonly decidedAt: string;
}

export interface DecisionRecord extends DecisionSummary {
  readonly justification: Justification;
  readonly decision: { readonly replacementOffer?: boolean; readonly amount?: number };
  readonly designationSource?: "given" | "facts";
}

export interface ReplayReport {
  readonly id: number;
  readonly kind: "identical" | "different";
  readonly storedResult: string;
  readonly newResult: string;
  readonly changedParameters: readonly { id: string; storedValue: unknown; currentValue: unknown }[];
  readonly summary: string;
}

export interface BenefitMonth {
  readonly month: string;
  readonly benefit: string;
}

export interface AreaOption {
  readonly areaId: string;
  readonly areaName: string;
}
