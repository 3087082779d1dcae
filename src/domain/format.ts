import type { Language } from "./language.ts";

/**
 * The one way udsyn writes amounts, numbers and dates for people: Danish conventions via Intl, or
 * British English ones when the reader asked for English (`language`; Danish unless given).
 * Formatters are made once per shape and reused: building an Intl formatter costs far more
 * than using one (a classification formats thousands of values).
 */
const LOCALE: Record<Language, string> = { da: "da-DK", en: "en-GB" };

const formats = new Map<string, Intl.NumberFormat>();
function withDecimals(decimals: number, language: Language, fixed = true): Intl.NumberFormat {
  const key = `${language}:${decimals}:${fixed}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALE[language], {
      minimumFractionDigits: fixed ? decimals : 0,
      maximumFractionDigits: decimals,
    });
    formats.set(key, format);
  }
  return format;
}

export function formatKroner(amount: number, language: Language = "da"): string {
  const whole = withDecimals(0, language).format(amount);
  return language === "en" ? `DKK ${whole}` : `${whole} kr.`;
}

/** Millions with a fixed number of decimals and the Danish decimal comma, e.g. `85,35`. */
export function formatMillions(amount: number, decimals = 2, language: Language = "da"): string {
  return withDecimals(decimals, language).format(amount / 1_000_000);
}

/** `1,1 mio. kr.` (`DKK 1.1m` in English) */
export function formatMillionsKroner(amount: number, decimals = 1, language: Language = "da"): string {
  const millions = formatMillions(amount, decimals, language);
  return language === "en" ? `DKK ${millions}m` : `${millions} mio. kr.`;
}

export function formatNumber(value: number, decimals = 0, language: Language = "da"): string {
  return withDecimals(decimals, language).format(value);
}

export function formatPercent(share: number, decimals = 1, language: Language = "da"): string {
  const number = formatNumber(share * 100, decimals, language);
  return language === "en" ? `${number}%` : `${number} %`;
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

function dateFormat(language: Language, withTime: boolean): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: "numeric",
    month: "long",
    year: "numeric",
    ...(withTime
      ? { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Copenhagen" }
      : { timeZone: "UTC" }),
  });
}
// Made on first use, like the number formats: a date formatter loads the time-zone data (tens of
// milliseconds), which a process that formats no date (`udsyn --help`) should not pay for.
const longDates: Partial<Record<Language, Intl.DateTimeFormat>> = {};
const dateTimes: Partial<Record<Language, Intl.DateTimeFormat>> = {};

/** ISO date (YYYY-MM-DD) to the long form, e.g. `21. december 2009` (`21 December 2009`). */
export function formatDate(isoDate: string, language: Language = "da"): string {
  longDates[language] ??= dateFormat(language, false);
  return longDates[language].format(new Date(`${isoDate}T00:00:00Z`));
}

/** An instant as Copenhagen reads it, e.g. `2. december 2026 kl. 05.15`. */
export function formatDateTime(instant: Date, language: Language = "da"): string {
  dateTimes[language] ??= dateFormat(language, true);
  return dateTimes[language].format(instant);
}
