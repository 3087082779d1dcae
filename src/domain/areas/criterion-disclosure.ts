import type { Language } from "../language.ts";
import {
  isSmallCount,
  MINIMUM_CELL_PERSONS,
  type SuppressionReason,
  shareDisclosure,
  suppressParts,
  withheldText,
} from "../statistics/disclosure.ts";
import type { Criterion } from "./criterion.ts";
import { type DistanceUnit, unitOf } from "./watch/distance.ts";

/**
 * Disclosure control of one criterion as published (classification, watch list, report). A
 * criterion is a count of persons over a base of persons, and which of its numbers reveal a small
 * group depends on its unit:
 * - a share of persons (procentpoint, × the national average): the count, the base and the persons
 *   outside the count (`shareDisclosure`); the value (count ÷ base) is withheld with the count;
 * - residents (a count against a count threshold): the count itself;
 * - income (a mean in kroner over taxpayers): the base, since a mean of 1-4 persons' incomes is
 *   theirs; the value and the sum are withheld with it;
 * - criteria met and years in a row count no persons and are always shown.
 * `met` stays: the list itself is public (the ministry publishes it).
 */
export interface CriterionDisclosure {
  readonly unit: DistanceUnit;
  readonly reason: SuppressionReason | undefined;
  /** Whether the base (denominator) is withheld too (it is itself a small cell). */
  readonly baseWithheld: boolean;
}

export function criterionDisclosure(
  c: Pick<Criterion, "id" | "parameterId" | "numerator" | "denominator">,
  minimum: number = MINIMUM_CELL_PERSONS,
): CriterionDisclosure {
  const unit = unitOf(c);
  switch (unit) {
    case "kriterier":
    case "aar":
      return { unit, reason: undefined, baseWithheld: false };
    case "beboere":
      return {
        unit,
        reason: isSmallCount(c.numerator, minimum) ? "under-minimum" : undefined,
        baseWithheld: false,
      };
    case "procentpoint_af_regionens_gennemsnit": {
      const small = isSmallCount(c.denominator, minimum);
      return { unit, reason: small ? "under-minimum" : undefined, baseWithheld: small };
    }
    default:
      return {
        unit,
        reason: shareDisclosure(c.numerator, c.denominator, minimum),
        baseWithheld: isSmallCount(c.denominator, minimum),
      };
  }
}

type DisclosedCriterion = Pick<Criterion, "id" | "parameterId" | "numerator" | "denominator" | "partOf">;

/**
 * Disclosure control of an area's criteria together, by id: each criterion on its own
 * (`criterionDisclosure`), and a department's criterion shown beside its departments' together
 * (`partOf`) withheld as "complementary" when the departments not shown would be a small group:
 * the together's counts less the department's are theirs (`suppressParts`, judged in the
 * together's unit). The together is withheld on its own account only.
 */
export function criteriaDisclosure(
  criteria: readonly DisclosedCriterion[],
  minimum: number = MINIMUM_CELL_PERSONS,
): ReadonlyMap<string, CriterionDisclosure> {
  const result = new Map(criteria.map((c) => [c.id, criterionDisclosure(c, minimum)]));
  for (const whole of criteria) {
    const parts = criteria.filter((c) => c.partOf === whole.id);
    if (parts.length === 0) continue;
    const reasons = suppressParts(
      parts.map((c) => ({ id: c.id, count: c.numerator, base: c.denominator })),
      { count: whole.numerator, base: whole.denominator },
      (count, base) => criterionDisclosure({ ...whole, numerator: count, denominator: base }, minimum).reason,
    );
    for (const [id, reason] of reasons) {
      const own = result.get(id);
      if (own !== undefined && own.reason === undefined) result.set(id, { ...own, reason });
    }
  }
  return result;
}

/** A criterion as published: a withheld number is null, and `suppressed` says why (Danish). */
export type PublishedCriterion<C extends Criterion & { readonly valueText: string }> = Omit<
  C,
  "value" | "numerator" | "denominator"
> & {
  readonly value: number | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly unit: DistanceUnit;
  readonly suppressed?: string;
};

/** An area's criteria as published, judged together (`criteriaDisclosure`). */
export function publishCriteria<C extends Criterion & { readonly valueText: string }>(
  criteria: readonly C[],
  minimum: number = MINIMUM_CELL_PERSONS,
  language: Language = "da",
): PublishedCriterion<C>[] {
  const disclosure = criteriaDisclosure(criteria, minimum);
  return criteria.map((c) => publishCriterion(c, minimum, language, disclosure.get(c.id)));
}

/** One criterion as published; `disclosure` when it was judged with its area's others. */
export function publishCriterion<C extends Criterion & { readonly valueText: string }>(
  c: C,
  minimum: number = MINIMUM_CELL_PERSONS,
  language: Language = "da",
  disclosure: CriterionDisclosure = criterionDisclosure(c, minimum),
): PublishedCriterion<C> {
  const { unit, reason, baseWithheld } = disclosure;
  if (reason === undefined) return { ...c, unit };
  const text =
    language === "en"
      ? reason === "under-minimum"
        ? `fewer than ${minimum} persons`
        : "withheld so that a withheld cell cannot be recomputed"
      : withheldText(reason, minimum);
  return {
    ...c,
    unit,
    value: null,
    numerator: null,
    denominator: baseWithheld ? null : c.denominator,
    valueText: `${language === "en" ? "not shown" : "vises ikke"} (${text})`,
    suppressed: text,
  };
}
