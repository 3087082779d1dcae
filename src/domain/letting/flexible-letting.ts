import { DomainError, type Issue } from "../errors.ts";
import { formatDate } from "../format.ts";
import { formatShare } from "../law/format-parameter.ts";
import { addMonths, covers, INVALID_DATE, type IsoDate, isIsoDate } from "../law/iso-date.ts";
import type { LegalSource, ParameterSet, ScaleBracket } from "../law/parameter.ts";
import { ParameterReader } from "../law/parameter-reader.ts";
import { compare, formatRational, type Rational, rational } from "../law/rational.ts";
import type { ParameterUse } from "../law/value-on.ts";
import { decisionRuleVersionFor, decisionRuleVersions } from "./decision-rule-versions.ts";
import type { Justification } from "./justification.ts";
import { legalBasisSentence, renderLetter } from "./letter.ts";

/**
 * Fleksibel udlejning (almenboligloven § 60, stk. 1, and the municipality's agreement): a share
 * of the vacant dwellings goes first to persons in work, students, old-age pensioners and
 * persons divorced or separated within the last year. The share is graduated by how many in
 * the area are outside the labour market (a scale parameter of the agreement).
 */
const p = {
  categories: "kobenhavn.fleksibel_udlejning.kategorier",
  scale: "kobenhavn.fleksibel_udlejning.andel_af_ledige_boliger",
  divorceMonths: "kobenhavn.fleksibel_udlejning.skilsmisse_inden_for_maaneder",
  ranked: "kobenhavn.fleksibel_udlejning.rangorden_mellem_kategorier",
} as const;

export type PriorityCategory = "i_arbejde" | "studerende" | "alderspensionist" | "skilt_eller_separeret";

const categoryNames: Readonly<Record<PriorityCategory, string>> = {
  i_arbejde: "i arbejde",
  studerende: "studerende",
  alderspensionist: "alderspensionist",
  skilt_eller_separeret: "skilt eller separeret inden for det seneste år",
};

export interface FlexibleLettingVacancy {
  readonly vacancyId: string;
  readonly areaId: string;
  readonly departmentId?: string;
  /** 1-based number of this vacancy among the department's vacancies this year. */
  readonly vacancyNumberInYear: number;
}

export interface FlexibleLettingApplicant {
  readonly pseudonym: string;
  readonly waitingListPosition: number;
  readonly inWork?: boolean;
  readonly student?: boolean;
  readonly oldAgePensioner?: boolean;
  readonly divorcedOrSeparatedOn?: IsoDate;
}

/** Residents 18-64 outside the labour market in the area, as counts. */
export interface AreaShareOutside {
  readonly numerator: number;
  readonly denominator: number;
  readonly factsYear?: number;
}

export interface RankedApplicant {
  readonly rank: number;
  readonly pseudonym: string;
  readonly waitingListPosition: number;
  readonly priority: boolean;
  readonly categories: readonly PriorityCategory[];
  /** Danish. */
  readonly reason: string;
}

export interface FlexibleLettingResult {
  readonly kind: "flexible_letting";
  readonly ruleVersion: { readonly id: string; readonly name: string; readonly source: LegalSource };
  readonly date: IsoDate;
  readonly reservedShare: { readonly exact: string; readonly display: string };
  readonly vacancyIsFlexible: boolean;
  readonly order: readonly RankedApplicant[];
  readonly parametersUsed: readonly ParameterUse[];
  readonly justification: Justification;
}

function check(
  vacancy: FlexibleLettingVacancy,
  applicants: readonly FlexibleLettingApplicant[],
  share: AreaShareOutside,
  date: IsoDate,
): void {
  const issues: Issue[] = [];
  if (!isIsoDate(date)) issues.push({ field: "date", ...INVALID_DATE });
  if (!Number.isInteger(vacancy.vacancyNumberInYear) || vacancy.vacancyNumberInYear < 1) {
    issues.push({
      field: "vacancy.vacancyNumberInYear",
      message: "skal være et helt tal ≥ 1",
      en: "must be a whole number ≥ 1",
    });
  }
  if (
    !Number.isInteger(share.numerator) ||
    !Number.isInteger(share.denominator) ||
    share.numerator < 0 ||
    share.denominator <= 0 ||
    share.numerator > share.denominator
  ) {
    issues.push({
      field: "areaShareOutside",
      message: "tæller og nævner skal være hele tal med 0 ≤ tæller ≤ nævner og nævner > 0",
      en: "numerator and denominator must be whole numbers with 0 ≤ numerator ≤ denominator and denominator > 0",
    });
  }
  const positions = new Map<number, number>();
  const names = new Map<string, number>();
  applicants.forEach((a, i) => {
    const before = positions.get(a.waitingListPosition);
    if (before !== undefined)
      issues.push({
        field: `applicants[${i}].waitingListPosition`,
        message: `samme plads som applicants[${before}]`,
        en: `the same position as applicants[${before}]`,
      });
    positions.set(a.waitingListPosition, i);
    const dup = names.get(a.pseudonym);
    if (dup !== undefined)
      issues.push({
        field: `applicants[${i}].pseudonym`,
        message: `samme person som applicants[${dup}]`,
        en: `the same person as applicants[${dup}]`,
      });
    names.set(a.pseudonym, i);
    if (a.divorcedOrSeparatedOn !== undefined && !isIsoDate(a.divorcedOrSeparatedOn)) {
      issues.push({ field: `applicants[${i}].divorcedOrSeparatedOn`, ...INVALID_DATE });
    }
  });
  if (issues.length > 0)
    throw new DomainError(
      "invalid_input",
      { da: "Fleksibel udlejning: ugyldigt input", en: "Flexible letting: invalid input" },
      issues,
    );
}

/** The bracket whose threshold is the highest one at or below the area's share. */
function bracketFor(scale: readonly ScaleBracket[], share: Rational): ScaleBracket {
  return scale.reduce((found, b) => (compare(b.threshold, share) <= 0 ? b : found), scale[0] as ScaleBracket);
}

/** Vacancy n is flexible when ⌊n·s⌋ > ⌊(n−1)·s⌋: spreads the share evenly (s = 1/2 → every 2nd). */
export function isFlexibleVacancy(n: number, share: Rational): boolean {
  const at = (k: number) => (BigInt(k) * share.num) / share.den;
  return at(n) > at(n - 1);
}

/**
 * Refuses a date that no version of the flexible-letting rule covers, naming the request's
 * `date`: checked before the area's share is looked up, so the refusal names the real cause.
 */
export function checkFlexibleLettingInForce(date: IsoDate): void {
  if (decisionRuleVersions.some((v) => v.decision === "flexible_letting" && covers(v, date))) return;
  throw new DomainError(
    "rule_not_in_force",
    {
      da: `Ingen regel om fleksibel udlejning er i kraft den ${date}`,
      en: `No rule on flexible letting is in force on ${date}`,
    },
    [
      {
        field: "date",
        message: `ingen regelversion for fleksibel udlejning den ${date}`,
        en: `no rule version for flexible letting on ${date}`,
      },
    ],
  );
}

export function prioritiseFlexibleLetting(
  vacancy: FlexibleLettingVacancy,
  applicants: readonly FlexibleLettingApplicant[],
  areaShareOutside: AreaShareOutside,
  params: ParameterSet,
  date: IsoDate,
): FlexibleLettingResult {
  check(vacancy, applicants, areaShareOutside, date);
  const version = decisionRuleVersionFor("flexible_letting", date);
  const reader = new ParameterReader(params, date);
  const categoriesInForce = reader.list(p.categories) as readonly PriorityCategory[];
  const unknown = categoriesInForce.filter((c) => !(c in categoryNames));
  if (unknown.length > 0) {
    throw new DomainError(
      "invalid_input",
      {
        da: `Ukendte kategorier i ${p.categories}: ${unknown.join(", ")}`,
        en: `Unknown categories in ${p.categories}: ${unknown.join(", ")}`,
      },
      [{ field: p.categories, message: "ukendt kategori", en: "unknown category" }],
    );
  }
  const share = rational(areaShareOutside.numerator, areaShareOutside.denominator);
  const bracket = bracketFor(reader.scale(p.scale), share);
  const flexible = isFlexibleVacancy(vacancy.vacancyNumberInYear, bracket.value);
  const divorceSince = addMonths(date, -reader.number(p.divorceMonths));
  const ranked = reader.boolean(p.ranked);

  const qualifies = (a: FlexibleLettingApplicant): PriorityCategory[] =>
    categoriesInForce.filter((c) => {
      if (c === "i_arbejde") return a.inWork === true;
      if (c === "studerende") return a.student === true;
      if (c === "alderspensionist") return a.oldAgePensioner === true;
      return (
        a.divorcedOrSeparatedOn !== undefined &&
        a.divorcedOrSeparatedOn >= divorceSince &&
        a.divorcedOrSeparatedOn <= date
      );
    });
  const rows = applicants.map((a) => ({ a, categories: flexible ? qualifies(a) : [] }));
  // Priority applicants first; with ranked groups, by the group's place in the agreement's list.
  const group = (r: (typeof rows)[number]) => {
    const first = r.categories[0];
    if (first === undefined) return categoriesInForce.length;
    return ranked ? categoriesInForce.indexOf(first) : 0;
  };
  const sorted = [...rows].sort(
    (x, y) => group(x) - group(y) || x.a.waitingListPosition - y.a.waitingListPosition,
  );
  const order: RankedApplicant[] = sorted.map((r, i) => ({
    rank: i + 1,
    pseudonym: r.a.pseudonym,
    waitingListPosition: r.a.waitingListPosition,
    priority: r.categories.length > 0,
    categories: r.categories,
    reason: !flexible
      ? `Almindelig venteliste: plads ${r.a.waitingListPosition}.`
      : r.categories.length > 0
        ? `Fortrinsret som ${r.categories.map((c) => categoryNames[c]).join(" og ")}; derefter ventelisteplads ${r.a.waitingListPosition}.`
        : `Ingen fortrinsret (ikke i arbejde, studerende, alderspensionist eller skilt/separeret inden for det seneste år); ventelisteplads ${r.a.waitingListPosition}.`,
  }));

  const ruleVersion = { id: version.id, name: version.name, source: version.source };
  const parametersUsed = reader.used();
  const shareText = formatShare(share);
  const reservedText = formatShare(bracket.value);
  const legalBasis = legalBasisSentence(version);
  const facts = [
    `Bolig: ${vacancy.vacancyId} i område ${vacancy.areaId}${vacancy.departmentId ? `, afdeling ${vacancy.departmentId}` : ""}; ledig bolig nr. ${vacancy.vacancyNumberInYear} i året.`,
    `Andel af beboerne 18-64 år uden for arbejdsmarkedet i området: ${shareText} (${areaShareOutside.numerator} af ${areaShareOutside.denominator}${areaShareOutside.factsYear ? `, ${areaShareOutside.factsYear}` : ""}).`,
    `Ansøgere: ${applicants.length}; med fortrinsret: ${order.filter((o) => o.priority).length}.`,
  ];
  const reasoning = [
    `Efter aftalen udlejes ${reservedText} af de ledige boliger fleksibelt, når andelen uden for arbejdsmarkedet er mindst ${formatShare(bracket.threshold)} (trinnet, området falder i).`,
    flexible
      ? `Boligen er ledig bolig nr. ${vacancy.vacancyNumberInYear} i året og er en af de fleksibelt udlejede (fordelt jævnt efter andelen ${formatRational(bracket.value)}).`
      : `Boligen er ledig bolig nr. ${vacancy.vacancyNumberInYear} i året og udlejes efter den almindelige venteliste (fordelt jævnt efter andelen ${formatRational(bracket.value)}).`,
    ...(flexible
      ? [
          ranked
            ? "Ansøgere med fortrinsret går forrest i den rækkefølge, aftalen nævner grupperne; inden for en gruppe afgør ventelisten."
            : "Ansøgere med fortrinsret går forrest og er ligestillede indbyrdes; ventelisten afgør rækkefølgen blandt dem og blandt de øvrige.",
          `En skilsmisse eller ophævelse af samliv giver fortrinsret, når den ligger ${formatDate(divorceSince)} eller senere.`,
        ]
      : []),
  ];
  const text = renderLetter({
    title: "Rækkefølge ved fleksibel udlejning",
    header: [
      ["Bolig", vacancy.vacancyId],
      ["Dato", formatDate(date)],
    ],
    decision: flexible
      ? "Boligen udlejes fleksibelt med fortrinsret for de nævnte grupper."
      : "Boligen udlejes efter den almindelige venteliste.",
    reasoning,
    facts,
    legalBasis,
    ruleVersion,
    parametersUsed,
    extra: [{ title: "Rækkefølge", lines: order.map((o) => `${o.rank}. ${o.pseudonym}: ${o.reason}`) }],
  });
  return {
    kind: "flexible_letting",
    ruleVersion,
    date,
    reservedShare: { exact: formatRational(bracket.value), display: reservedText },
    vacancyIsFlexible: flexible,
    order,
    parametersUsed,
    justification: { legalBasis, facts, reasoning, text },
  };
}
