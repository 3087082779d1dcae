/**
 * The one way udsyn writes amounts, numbers and dates for people: Danish conventions via Intl.
 * Formatters are made once per shape and reused: building an Intl formatter costs far more
 * than using one (a classification formats thousands of values).
 */
const kroner = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 0 });

const fixedDecimals = new Map<number, Intl.NumberFormat>();
function withDecimals(decimals: number): Intl.NumberFormat {
  let format = fixedDecimals.get(decimals);
  if (format === undefined) {
    format = new Intl.NumberFormat("da-DK", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    fixedDecimals.set(decimals, format);
  }
  return format;
}

export function formatKroner(amount: number): string {
  return `${kroner.format(amount)} kr.`;
}

/** Millions with a fixed number of decimals and the Danish decimal comma, e.g. `85,35`. */
export function formatMillions(amount: number, decimals = 2): string {
  return withDecimals(decimals).format(amount / 1_000_000);
}

/** `1,1 mio. kr.` */
export function formatMillionsKroner(amount: number, decimals = 1): string {
  return `${formatMillions(amount, decimals)} mio. kr.`;
}

export function formatNumber(value: number, decimals = 0): string {
  return withDecimals(decimals).format(value);
}

export function formatPercent(share: number, decimals = 1): string {
  return `${formatNumber(share * 100, decimals)} %`;
}

/** Danish month names, January first: the one list every Danish date text uses. */
export const danishMonthNames: readonly string[] = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
];

const longDate = new Intl.DateTimeFormat("da-DK", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** ISO date (YYYY-MM-DD) to Danish long form, e.g. `21. december 2009`. */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

const dateTime = new Intl.DateTimeFormat("da-DK", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Copenhagen",
});

/** An instant as Copenhagen reads it, e.g. `2. december 2026 kl. 05.15`. */
export function formatDateTime(instant: Date): string {
  return dateTime.format(instant);
}
