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
  readonly source: LegalSource;
}

export const decisionRuleVersions: readonly DecisionRuleVersion[] = [
  {
    id: "combined-letting-decision-2005",
    decision: "combined_letting",
    name: "Kombineret udlejning, afvisning af boligsøgende (§ 51 b, stk. 1-2, 2005)",
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
    effectiveFrom: "2021-11-30",
    source: { section: "almenboligloven § 51 b, stk. 1-2 (som ændret 2021)", bill: "L 23 (2021-22)" },
  },
  {
    id: "flexible-letting-2007",
    decision: "flexible_letting",
    name: "Fleksibel udlejning efter aftalen med boligorganisationerne (§ 60, stk. 1)",
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
    const why =
      first && date < first.effectiveFrom
        ? `; den første, ${first.id} (${first.name}), gælder fra ${formatDate(first.effectiveFrom)}`
        : "";
    throw new DomainError(
      "rule_not_in_force",
      `Ingen regel for ${decision} er i kraft den ${formatDate(date)}${why}`,
      [{ field: "applicationDate", message: `ingen ${decision}-regel den ${date}` }],
    );
  }
  return version;
}

export function decisionRuleVersionById(id: string): DecisionRuleVersion {
  const version = decisionRuleVersions.find((v) => v.id === id);
  if (!version)
    throw new DomainError("not_found", `Regelversionen ${id} findes ikke`, [
      { field: "ruleVersionId", message: id },
    ]);
  return version;
}
