import type { Classification } from "../../domain/areas/classify-areas.ts";
import type { Criterion } from "../../domain/areas/criterion.ts";
import type { RuleVersion } from "../../domain/areas/rule-version.ts";
import { formatKroner, formatNumber, formatPercent } from "../../domain/format.ts";
import type { Language } from "../../domain/language.ts";
import { comparatorSymbols } from "../../domain/law/comparator.ts";
import { formatShare } from "../../domain/law/format-parameter.ts";
import type { LegalSource } from "../../domain/law/parameter.ts";
import { parseRational } from "../../domain/law/rational.ts";

/** A criterion's value and threshold as people read them: `6.227`, `43,2 %`, `152.300 kr.`. */
export interface CriterionDisplay {
  readonly valueText: string;
  readonly thresholdText: string;
  readonly comparatorSymbol: string;
}

export function criterionDisplay(c: Criterion, language: Language = "da"): CriterionDisplay {
  const exactThreshold = parseRational(c.thresholdExact);
  const comparatorSymbol = comparatorSymbols[c.comparator];
  if (c.threshold > 1) {
    // A count (residents, criteria met, years) has denominator 1; anything else above 1 is a mean in kroner.
    if (c.denominator === 1) {
      return {
        valueText: formatNumber(c.value, 0, language),
        thresholdText: formatNumber(c.threshold, 0, language),
        comparatorSymbol,
      };
    }
    return {
      valueText: formatKroner(c.value, language),
      thresholdText: formatKroner(c.threshold, language),
      comparatorSymbol,
    };
  }
  // One decimal, or two when one would hide which side of the threshold the value is on.
  const decimals = Math.abs(c.value - c.threshold) < 0.001 ? 2 : 1;
  return {
    valueText: formatPercent(c.value, decimals, language),
    thresholdText: exactThreshold
      ? formatShare(exactThreshold, language)
      : formatPercent(c.threshold, 2, language),
    comparatorSymbol,
  };
}

/** A legal source as one line: act; section; bill; document. */
export function sourceText(source: LegalSource): string {
  return [source.act, source.section, source.bill, source.document]
    .filter((s): s is string => s !== undefined && s !== "")
    .join("; ");
}

export type DisplayedArea = Omit<Classification["areas"][number], "criteria"> & {
  readonly criteria: readonly (Criterion & CriterionDisplay)[];
};

/** The classification with each criterion's display text and the rule version's source as one line. */
export type DisplayedClassification = Omit<Classification, "areas"> & {
  readonly areas: readonly DisplayedArea[];
  readonly sourceText: string;
};

export function displayClassification(
  classification: Classification,
  language: Language = "da",
): DisplayedClassification {
  return {
    ...classification,
    areas: classification.areas.map((a) => ({
      ...a,
      criteria: a.criteria.map((c) => ({ ...c, ...criterionDisplay(c, language) })),
    })),
    sourceText: sourceText(classification.ruleVersion.source),
  };
}

export interface RuleVersionSummary {
  readonly id: string;
  readonly name: string;
  readonly listKind: RuleVersion["listKind"];
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
  readonly source: LegalSource;
  readonly sourceText: string;
}

export function ruleVersionSummary(v: RuleVersion): RuleVersionSummary {
  return {
    id: v.id,
    name: v.name,
    listKind: v.listKind,
    effectiveFrom: v.effectiveFrom,
    ...(v.effectiveTo === undefined ? {} : { effectiveTo: v.effectiveTo }),
    source: v.source,
    sourceText: sourceText(v.source),
  };
}
