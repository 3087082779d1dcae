import { DomainError } from "../errors.ts";
import { formatDate } from "../format.ts";
import { type DatedPeriod, type IsoDate, inForceOn } from "../law/iso-date.ts";
import type { LegalSource } from "../law/parameter.ts";

/**
 * The one place the rule version of a letting decision is chosen by date. The rules of a
 * decision change mostly through dated parameters (e.g. the benefits list in 2021); a new
 * version marks a new wording of the statute, so a stored decision names the text it applied.
 * Area-list versions live in ../areas/rule-versions.ts: they carry a classify function, these
 * do not.
 */
export type DecisionKind = "combined_letting" | "flexible_letting" | "relocation_grant";

export interface DecisionRuleVersion extends DatedPeriod {
  readonly id: string;
  readonly decision: DecisionKind;
  readonly name: string;
  /** The name in English, for a reader who chose English. */
  readonly nameEn: string;
  readonly source: LegalSource;
}

export const decisionRuleVersions: readonly DecisionRuleVersion[] = [
  {
    id: "combined-letting-decision-2005",
    decision: "combined_letting",
    name: "Kombineret udlejning, afvisning af boligsøgende (§ 51 b, stk. 1-2, 2005)",
    nameEn: "Combined letting, refusal of housing applicants (§ 51 b(1)-(2), 2005)",
    effectiveFrom: "2005-06-01",
    effectiveTo: "2021-11-29",
    source: {
      act: "Lov nr. 328 af 18. maj 2005 (indsats mod ghettoisering)",
      section: "almenboligloven § 51 b, stk. 1-2",
      bill: "L 32 (2004-05)",
      url: "https://www.retsinformation.dk/eli/lta/2005/328",
    },
  },
  {
    id: "combined-letting-decision-2021",
    decision: "combined_letting",
    name: "Kombineret udlejning, afvisning af boligsøgende (§ 51 b, stk. 1-2, 2021)",
    nameEn: "Combined letting, refusal of housing applicants (§ 51 b(1)-(2), 2021)",
    effectiveFrom: "2021-11-30",
    source: { section: "almenboligloven § 51 b, stk. 1-2 (som ændret 2021)", bill: "L 23 (2021-22)" },
  },
  {
    id: "flexible-letting-2007",
    decision: "flexible_letting",
    name: "Fleksibel udlejning efter aftalen med boligorganisationerne (§ 60, stk. 1)",
    nameEn: "Flexible letting under the agreement with the housing organisations (§ 60(1))",
    effectiveFrom: "2007-01-01",
    source: {
      section: "almenboligloven § 60, stk. 1",
      document: "Aftalen med de almene boligorganisationer om nye udlejningsmodeller",
    },
  },
  {
    id: "relocation-grant-2007",
    decision: "relocation_grant",
    name: "Flyttetilskud efter aftalen med boligorganisationerne",
    nameEn: "Relocation grant under the agreement with the housing organisations",
    effectiveFrom: "2007-01-01",
    source: {
      document: "Aftalen med de almene boligorganisationer om nye udlejningsmodeller (seedet, statusskema)",
    },
  },
];

export function decisionRuleVersionFor(decision: DecisionKind, date: IsoDate): DecisionRuleVersion {
  const version = inForceOn(
    decisionRuleVersions.filter((v) => v.decision === decision),
    date,
  );
  if (!version) {
    const first = decisionRuleVersions
      .filter((v) => v.decision === decision)
      .reduce<DecisionRuleVersion | undefined>(
        (a, v) => (a === undefined || v.effectiveFrom < a.effectiveFrom ? v : a),
        undefined,
      );
    const before = first !== undefined && date < first.effectiveFrom ? first : undefined;
    throw new DomainError(
      "rule_not_in_force",
      {
        da: `Ingen regel for ${decision} er i kraft den ${formatDate(date)}${before ? `; den første, ${before.id} (${before.name}), gælder fra ${formatDate(before.effectiveFrom)}` : ""}`,
        en: `No rule for ${decision} is in force on ${formatDate(date, "en")}${before ? `; the first, ${before.id} (${before.nameEn}), applies from ${formatDate(before.effectiveFrom, "en")}` : ""}`,
      },
      [
        {
          field: "applicationDate",
          message: `ingen ${decision}-regel den ${date}`,
          en: `no ${decision} rule on ${date}`,
        },
      ],
    );
  }
  return version;
}

export function decisionRuleVersionById(id: string): DecisionRuleVersion {
  const version = decisionRuleVersions.find((v) => v.id === id);
  if (!version)
    throw new DomainError(
      "not_found",
      { da: `Regelversionen ${id} findes ikke`, en: `There is no rule version ${id}` },
      [{ field: "ruleVersionId", message: id }],
    );
  return version;
}
