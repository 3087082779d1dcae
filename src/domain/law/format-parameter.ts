import { formatDate, formatKroner, formatNumber, formatPercent } from "../format.ts";
import type { Language } from "../language.ts";
import type { Parameter, ParameterValue } from "./parameter.ts";
import { type Rational, toNumber } from "./rational.ts";

/** Fewest decimals (at most 4) that show a share exactly, e.g. 27/1000 → `2,7 %`, 2/5 → `40 %`. */
export function formatShare(share: Rational, language: Language = "da"): string {
  return formatPercent(toNumber(share), exactDecimals(share, 100n), language);
}

export function formatRatio(ratio: Rational, language: Language = "da"): string {
  return formatNumber(toNumber(ratio), exactDecimals(ratio, 1n), language);
}

function exactDecimals(r: Rational, scale: bigint): number {
  for (let decimals = 0; decimals <= 4; decimals++) {
    if ((r.num * scale * 10n ** BigInt(decimals)) % r.den === 0n) return decimals;
  }
  return 2;
}

/** A parameter value the way a caseworker reads it: `40 %`, `1.200`, `6 måneder`, `15.000 kr.`. */
export function formatParameterValue(
  parameter: Pick<Parameter, "unit">,
  value: ParameterValue | null,
  language: Language = "da",
): string {
  const words = UNIT_WORDS[language];
  if (value === null) return words.repealed;
  switch (value.kind) {
    case "number":
      if (parameter.unit === "kroner") return formatKroner(value.value, language);
      if (parameter.unit === "months")
        return `${formatNumber(value.value, 0, language)} ${value.value === 1 ? words.month : words.months}`;
      if (parameter.unit === "years")
        return `${formatNumber(value.value, 0, language)} ${value.value === 1 ? words.year : words.years}`;
      return formatNumber(value.value, 0, language);
    case "rational":
      return parameter.unit === "share"
        ? formatShare(value.value, language)
        : formatRatio(value.value, language);
    case "list":
      return value.value.join(", ");
    case "boolean":
      return value.value ? words.yes : words.no;
    case "text":
      if (parameter.unit === "date") return formatDate(value.value, language);
      if (parameter.unit === "month_day") {
        const [month, day] = value.value.split("-").map(Number);
        // A day without a year: any year's date gives the month's name in the reader's language.
        const date = `2001-${String(month ?? 1).padStart(2, "0")}-${String(day ?? 1).padStart(2, "0")}`;
        return formatDate(date, language).replace(/ 2001$/, "");
      }
      return value.value;
    case "scale":
      return value.value
        .map((b) => `${words.from} ${formatShare(b.threshold, language)}: ${formatShare(b.value, language)}`)
        .join("; ");
  }
}

const UNIT_WORDS = {
  da: {
    repealed: "ophævet",
    month: "måned",
    months: "måneder",
    year: "år",
    years: "år",
    yes: "ja",
    no: "nej",
    from: "fra",
  },
  en: {
    repealed: "repealed",
    month: "month",
    months: "months",
    year: "year",
    years: "years",
    yes: "yes",
    no: "no",
    from: "from",
  },
} as const satisfies Record<Language, Record<string, string>>;
