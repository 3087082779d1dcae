import { danishMonthNames, formatDate, formatKroner, formatNumber, formatPercent } from "../format.ts";
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
): string {
  if (value === null) return "ophævet";
  switch (value.kind) {
    case "number":
      if (parameter.unit === "kroner") return formatKroner(value.value);
      if (parameter.unit === "months")
        return `${formatNumber(value.value)} ${value.value === 1 ? "måned" : "måneder"}`;
      if (parameter.unit === "years") return `${formatNumber(value.value)} år`;
      return formatNumber(value.value);
    case "rational":
      return parameter.unit === "share" ? formatShare(value.value) : formatRatio(value.value);
    case "list":
      return value.value.join(", ");
    case "boolean":
      return value.value ? "ja" : "nej";
    case "text":
      if (parameter.unit === "date") return formatDate(value.value);
      if (parameter.unit === "month_day") {
        const [month, day] = value.value.split("-").map(Number);
        return `${day}. ${danishMonthNames[(month ?? 1) - 1]}`;
      }
      return value.value;
    case "scale":
      return value.value.map((b) => `fra ${formatShare(b.threshold)}: ${formatShare(b.value)}`).join("; ");
  }
}
