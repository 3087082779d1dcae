import { addYears, type IsoDate, maxDate } from "../law/iso-date.ts";
import type { LegalSource, ParameterSet } from "../law/parameter.ts";
import { ParameterReader } from "../law/parameter-reader.ts";
import type { ParameterUse } from "../law/value-on.ts";
import { assessPerson } from "./benefit-run.ts";
import { formatCalendarMonth, monthOfDate } from "./calendar-month.ts";
import {
  type AreaDesignation,
  type CombinedLettingApplication,
  checkApplication,
} from "./combined-letting-application.ts";
import type { CombinedLettingFacts, CombinedLettingResult, SpouseFacts } from "./combined-letting-facts.ts";
import { combinedLettingJustification } from "./combined-letting-letter.ts";
import { decisionRuleVersionFor } from "./decision-rule-versions.ts";
import type { Justification } from "./justification.ts";

/**
 * Almenboligloven § 51 b, stk. 1-2 (combined letting). In a designated area the municipality
 * may reject an applicant on the waiting list who does not already live in the department when
 * the applicant and any spouse (a cohabitant of at least 2 years counts as a spouse) have
 * received a listed benefit for 6 consecutive calendar months, counted for each person
 * separately (stk. 2); rejection may happen while they receive it (stk. 1, 3rd sentence), so
 * the run must reach the application month: a run that ended before it, with other income
 * since, is not a reason to reject (RULES.md §10).
 * The seed says "i mere end de seneste seks måneder i træk"; the statute is encoded.
 */
const p = {
  benefits: "kombineret_udlejning.afgoerelse.ydelser",
  optionalBenefits: "kombineret_udlejning.afgoerelse.valgfrie_ydelser",
  optionalByReceipt: "kombineret_udlejning.afgoerelse.valgfrie_ydelser_uden_loeb",
  chosenOptionalBenefits: "kobenhavn.kombineret_udlejning.valgte_valgfrie_ydelser",
  months: "kombineret_udlejning.afgoerelse.sammenhaengende_kalendermaaneder",
  receiptInApplicationMonth: "kombineret_udlejning.afgoerelse.modtager_ydelse_i_ansoegningsmaaneden",
  bothOrEither: "kombineret_udlejning.afgoerelse.ansoeger_og_aegtefaelle",
  cohabitation: "kombineret_udlejning.afgoerelse.samlivets_mindste_varighed",
  schemeStart: "kobenhavn.kombineret_udlejning.ordningens_start",
  replacementOffer: "kobenhavn.kombineret_udlejning.erstatningsbolig",
} as const;

export type { CombinedLettingFacts, CombinedLettingResult, SpouseFacts } from "./combined-letting-facts.ts";

export interface CombinedLettingInput {
  readonly application: CombinedLettingApplication;
  readonly designation: AreaDesignation;
}

export interface CombinedLettingDecision {
  readonly kind: "combined_letting";
  readonly result: CombinedLettingResult;
  readonly replacementOffer: boolean;
  readonly ruleVersion: { readonly id: string; readonly name: string; readonly source: LegalSource };
  readonly parametersUsed: readonly ParameterUse[];
  /** The exact input, so the decision can be stored and replayed. */
  readonly input: CombinedLettingInput;
  readonly facts: CombinedLettingFacts;
  readonly justification: Justification;
}

function spouseFacts(application: CombinedLettingApplication, reader: ParameterReader): SpouseFacts | null {
  const spouse = application.household.spouse;
  if (!spouse) return null;
  if (spouse.relation === "married") return { relation: "married", countsAsSpouse: true };
  const since = spouse.cohabitingSinceDate as IsoDate; // checkApplication requires it
  const years = reader.number(p.cohabitation);
  return {
    relation: "cohabitant",
    cohabitingSinceDate: since,
    countsAsSpouse: addYears(since, years) <= application.applicationDate,
  };
}

export function decideCombinedLetting(
  application: CombinedLettingApplication,
  params: ParameterSet,
  designation: AreaDesignation,
): CombinedLettingDecision {
  checkApplication(application);
  const version = decisionRuleVersionFor("combined_letting", application.applicationDate);
  const reader = new ParameterReader(params, application.applicationDate);
  const base = {
    applicationDate: application.applicationDate,
    applicationMonth: formatCalendarMonth(monthOfDate(application.applicationDate)),
    areaId: application.areaId,
    designation,
    alreadyResidentInDepartment: application.alreadyResidentInDepartment,
    waitingList: application.waitingList,
  };
  const decide = (
    result: CombinedLettingResult,
    facts: CombinedLettingFacts,
    replacementOffer = false,
  ): CombinedLettingDecision => {
    const ruleVersion = { id: version.id, name: version.name, source: version.source };
    const parametersUsed = reader.used();
    return {
      kind: "combined_letting",
      result,
      replacementOffer,
      ruleVersion,
      parametersUsed,
      input: { application, designation },
      facts,
      justification: combinedLettingJustification({
        application,
        result,
        replacementOffer,
        ruleVersion,
        parametersUsed,
        facts,
      }),
    };
  };

  const none = { countedBenefits: [], spouse: null, persons: [] };
  // The scheme only applies in an area designated on the application date.
  if (!designation.designated)
    return decide("not_applicable", { ...base, ...none, notCoveredReason: "not_designated" });
  // Nor before the municipality's scheme reached the area: the application is not covered,
  // whatever the benefit history (RULES.md §10), so nothing else is read.
  const schemeStart = reader.text(p.schemeStart);
  const schemeInForceInArea = maxDate(schemeStart, designation.designatedSince ?? schemeStart);
  if (application.applicationDate < schemeInForceInArea)
    return decide("not_applicable", {
      ...base,
      ...none,
      notCoveredReason: "before_scheme_start",
      schemeInForceInArea,
    });
  // Stk. 1 only concerns applicants who do not already live in the department.
  if (application.alreadyResidentInDepartment) return decide("approved", { ...base, ...none });

  // Stk. 1, 2. pkt.: what the municipality has chosen of the optional benefits. Dagpenge,
  // sygedagpenge and ressourceforløbsydelse need the 6-month run; the act names recipients of
  // førtidspension without it, so receipt in the application month is enough (RULES.md §10).
  const chosen = reader.tryRead(p.chosenOptionalBenefits) ? reader.list(p.chosenOptionalBenefits) : [];
  const withRun = chosen.length > 0 ? reader.list(p.optionalBenefits) : [];
  const byReceipt = chosen.length > 0 ? reader.list(p.optionalByReceipt) : [];
  const countedBenefits = [...reader.list(p.benefits), ...chosen.filter((b) => withRun.includes(b))];
  const receiptOnlyBenefits = chosen.filter((b) => byReceipt.includes(b));
  const requiredMonths = reader.number(p.months);
  const receiptInApplicationMonth = reader.boolean(p.receiptInApplicationMonth);
  const bothOrEither = reader.text(p.bothOrEither) as "both" | "either";
  const applicationMonth = monthOfDate(application.applicationDate);
  const rule = { countedBenefits, requiredMonths, receiptInApplicationMonth, receiptOnlyBenefits };
  const assess = (
    role: "applicant" | "spouse",
    person: CombinedLettingApplication["household"]["applicant"],
  ) => assessPerson(role, person, rule, applicationMonth);
  const spouse = spouseFacts(application, reader);
  const applicant = assess("applicant", application.household.applicant);
  const spouseAssessment = application.household.spouse
    ? assess("spouse", application.household.spouse)
    : undefined;
  const counting = spouse?.countsAsSpouse && spouseAssessment ? [applicant, spouseAssessment] : [applicant];
  const rejected =
    bothOrEither === "both"
      ? counting.every((a) => a.meetsRequirement)
      : counting.some((a) => a.meetsRequirement);
  const facts: CombinedLettingFacts = {
    ...base,
    countedBenefits,
    receiptOnlyBenefits,
    requiredMonths,
    receiptInApplicationMonth,
    bothOrEither,
    spouse,
    persons: spouseAssessment ? [applicant, spouseAssessment] : [applicant],
  };
  if (!rejected) return decide("approved", facts);

  // The municipality's agreement: a replacement dwelling for a rejected applicant at the top of
  // the waiting list who registered before the scheme came into force in the area.
  const replacementOffer =
    reader.boolean(p.replacementOffer) &&
    application.waitingList.topOfList &&
    application.waitingList.registeredDate < schemeInForceInArea;
  return decide("rejected", { ...facts, schemeInForceInArea }, replacementOffer);
}
