import type { IsoDate } from "../law/iso-date.ts";
import type { PersonBenefitAssessment } from "./benefit-run.ts";
import type { AreaDesignation, CombinedLettingApplication } from "./combined-letting-application.ts";

/** What a combined-letting decision found: the facts its justification states and replay compares. */
export type CombinedLettingResult = "approved" | "rejected" | "not_applicable";

export interface SpouseFacts {
  readonly relation: "married" | "cohabitant";
  readonly cohabitingSinceDate?: IsoDate;
  readonly countsAsSpouse: boolean;
}

export interface CombinedLettingFacts {
  readonly applicationDate: IsoDate;
  readonly applicationMonth: string;
  readonly areaId: string;
  readonly designation: AreaDesignation;
  readonly alreadyResidentInDepartment: boolean;
  readonly countedBenefits: readonly string[];
  /** Optional benefits the municipality chose that count by receipt alone (førtidspension). */
  readonly receiptOnlyBenefits?: readonly string[];
  readonly requiredMonths?: number;
  /** § 51 b, stk. 1, 3. pkt.: the benefit must be received in the application month. */
  readonly receiptInApplicationMonth?: boolean;
  readonly bothOrEither?: "both" | "either";
  readonly spouse: SpouseFacts | null;
  readonly persons: readonly PersonBenefitAssessment[];
  readonly waitingList: CombinedLettingApplication["waitingList"];
  /** Why an application is not covered (result not_applicable). */
  readonly notCoveredReason?: "not_designated" | "before_scheme_start";
  /** The later of the municipality's scheme start and the area's designation. */
  readonly schemeInForceInArea?: IsoDate;
}
