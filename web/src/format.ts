/**
 * How the web writes numbers and dates for people: the domain's formatters (`src/domain/format.ts`,
 * `Intl` with `da-DK`, or `en-GB` when the user reads English) and the few the pages need beside
 * them, built on those. Every page formats through this module, in the UI's language: a page that
 * shows text re-renders when the language changes, and formats again then.
 */
import * as domain from "../../src/domain/format.ts";
import type { Language } from "../../src/domain/language.ts";
import { copenhagenDate } from "../../src/domain/law/clock.ts";
import { isoDate } from "../../src/domain/law/iso-date.ts";
import type { Period } from "../../src/domain/policy/goals/period.ts";
import i18n from "./i18n.ts";

/** The language the UI shows now. */
export function uiLanguage(): Language {
  return i18n.language === "en" ? "en" : "da";
}

const LOCALE: Record<Language, string> = { da: "da-DK", en: "en-GB" };

export function formatDate(iso: string): string {
  return domain.formatDate(iso, uiLanguage());
}
export function formatDateTime(instant: Date): string {
  return domain.formatDateTime(instant, uiLanguage());
}
export function formatMillions(amount: number, decimals?: number): string {
  return domain.formatMillions(amount, decimals, uiLanguage());
}
export function formatNumber(value: number, decimals?: number): string {
  return domain.formatNumber(value, decimals, uiLanguage());
}

/** A month, `september 2009` (`September 2009`): formatDate's words for the month's first day, without the day. */
export function formatMonth(year: number, month: number): string {
  return formatDate(isoDate(year, month, 1)).replace(/^1\.? /, "");
}

/**
 * A period the Danish way (`2010`, `2. halvår 2010`, `september 2009`, `21. december 2009`), as the
 * report prints it. The domain has the same function, but its module brings zod into the bundle.
 */
export function formatPeriod(period: Period): string {
  switch (period.kind) {
    case "year":
      return String(period.year);
    case "half_year":
      return uiLanguage() === "en"
        ? `${period.half === 1 ? "first" : "second"} half of ${period.year}`
        : `${period.half}. halvår ${period.year}`;
    case "month":
      return formatMonth(period.year, period.month);
    case "date":
      return formatDate(period.date);
  }
}

/** A timestamp (ISO, UTC) as the date it fell on in Copenhagen, e.g. `4. marts 2010`. */
export function formatTimestamp(iso: string): string {
  return formatDate(copenhagenDate(new Date(iso)));
}

const figureFormats = new Map<string, Intl.NumberFormat>();
/** A figure with at most `decimals` decimals. */
export function formatFigure(value: number, decimals = 2): string {
  const language = uiLanguage();
  let format = figureFormats.get(`${language}:${decimals}`);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: decimals });
    figureFormats.set(`${language}:${decimals}`, format);
  }
  return format.format(value);
}

const changeFormats = new Map<string, Intl.NumberFormat>();
/** A change with its sign (`+3`, `-2`, `0`), with exactly `decimals` decimals when given. */
export function formatChange(value: number, decimals?: number): string {
  const language = uiLanguage();
  const key = `${language}:${decimals}`;
  let format = changeFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALE[language], {
      signDisplay: "exceptZero",
      ...(decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
    });
    changeFormats.set(key, format);
  }
  return format.format(value);
}

const counts = new Map<string, Intl.NumberFormat>();
/** A whole number in the reader's language: `12.345` in Danish, `12,345` in English. */
export function formatCount(value: number, language: string): string {
  const locale = language === "en" ? "en-GB" : "da-DK";
  let format = counts.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale);
    counts.set(locale, format);
  }
  return format.format(value);
}

/**
 * Millions as typed by a person, the Danish way (`10,35`, `6`, `0,5`; a point is accepted as the
 * decimal sign when there is no comma), to whole kroner. Null when it is not such a number.
 */
export function parseMillions(input: string): number | null {
  let text = input.replace(/[\s\u00a0]/g, "").replace(/mio\.?(kr\.?)?$/i, "");
  if (text.includes(",")) text = text.replace(/\./g, "").replace(",", ".");
  const match = /^(\d+)(?:\.(\d{1,6}))?$/.exec(text);
  if (match === null) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? "").padEnd(6, "0"));
  return whole * 1_000_000 + fraction;
}

const editableMillions = new Intl.NumberFormat("da-DK", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 6,
  useGrouping: false,
});

/** Kroner as millions for an input field: `10350000` → `10,35`. */
export function millionsForInput(kroner: number): string {
  return editableMillions.format(kroner / 1_000_000);
}
