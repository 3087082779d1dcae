import { formatDate } from "../../format.ts";
import type { Language, Texts } from "../../language.ts";
import type { ListKind } from "../rule-version.ts";

/**
 * The watch list's sentences (why an area cannot be assessed, the notes on the list) in every
 * language, in one place: the numbers are the run's, the words the reader's.
 */
export const listKindTexts: Readonly<Record<ListKind, Texts>> = {
  combined_letting: {
    da: "områder, hvor kombineret udlejning kan benyttes",
    en: "areas where combined letting may be used",
  },
  vulnerable_areas: {
    da: "ghettolisten / udsatte boligområder",
    en: "the ghetto list / vulnerable housing areas",
  },
  copenhagen_typology: {
    da: "Københavns Kommunes områdetypologi",
    en: "the City of Copenhagen's area typology",
  },
};

const years = (list: readonly number[], language: Language) =>
  list.length === 0 ? (language === "en" ? "no years" : "ingen år") : list.join(", ");

export const watchTexts = {
  noNextList: (language: Language) =>
    language === "en"
      ? "Cannot be assessed: no new list comes within three years of the date."
      : "Kan ikke vurderes: der kommer ingen ny liste inden for tre år efter datoen.",
  tooFewYears: (
    trendYears: readonly number[],
    window: { readonly from: number; readonly to: number },
    minimum: number,
    language: Language,
  ) =>
    language === "en"
      ? `Cannot be assessed: the area has area facts for only ${trendYears.length} years (${years(trendYears, language)}) in ${window.from}-${window.to}; a trend needs at least ${minimum} years.`
      : `Kan ikke vurderes: området har områdefakta for kun ${trendYears.length} år (${years(trendYears, language)}) i årene ${window.from}-${window.to}; en tendens kræver mindst ${minimum} år.`,
  noModel: (trendYears: readonly number[], minimum: number, language: Language) =>
    language === "en"
      ? `Cannot be assessed: the area facts for ${years(trendYears, language)} do not give at least ${minimum} years with the columns the rule reads.`
      : `Kan ikke vurderes: områdefakta for ${years(trendYears, language)} giver ikke mindst ${minimum} år med de kolonner, reglen læser.`,
  missingYear: (
    missing: { year: number; ruleVersionId: string; yearsRead: readonly number[] },
    language: Language,
  ) =>
    language === "en"
      ? `Cannot be assessed: area facts for ${missing.year} are missing (rule version ${missing.ruleVersionId} reads the years ${missing.yearsRead.join(", ")}).`
      : `Kan ikke vurderes: områdefakta for ${missing.year} mangler (regelversion ${missing.ruleVersionId} læser årene ${missing.yearsRead.join(", ")}).`,
  refused: (message: string, language: Language) =>
    language === "en" ? `Cannot be assessed: ${message}.` : `Kan ikke vurderes: ${message}.`,
  basis: (known: number, date: string, language: Language) =>
    language === "en"
      ? `The projection builds on area facts up to and including ${known}, the latest facts year the list in force on ${formatDate(date, language)} builds on; later facts are used only to show the actual outcome.`
      : `Fremskrivningen bygger på områdefakta til og med ${known}, det seneste faktaår listen i kraft den ${formatDate(date)} bygger på; senere fakta bruges kun til at vise det faktiske udfald.`,
  noCurrentRule: (kind: ListKind, date: string, nextVersion: string, nextDate: string, language: Language) =>
    language === "en"
      ? `No rule for the list of ${listKindTexts[kind].en} is in force on ${formatDate(date, language)}; the first list after ${nextVersion} applies from ${formatDate(nextDate, language)}.`
      : `Ingen regel for listen ${listKindTexts[kind].da} er i kraft den ${formatDate(date)}; den første liste efter ${nextVersion} gælder fra ${formatDate(nextDate)}.`,
  noDistances: (message: string, language: Language) =>
    language === "en"
      ? `The distances under the next list's rules cannot be computed: ${message}`
      : `Afstandene efter den næste listes regler kan ikke beregnes: ${message}`,
  nextYearKnown: (nextDate: string, factsYear: number, language: Language) =>
    language === "en"
      ? `The next list (${formatDate(nextDate, language)}) builds on the facts year ${factsYear}, which is already known: the probability is 0 or 1 under the rules, not a projection.`
      : `Den næste liste (${formatDate(nextDate)}) bygger på faktaåret ${factsYear}, som allerede er kendt: sandsynligheden er 0 eller 1 efter reglerne, ikke en fremskrivning.`,
  anyCategory: (language: Language) =>
    language === "en"
      ? "The probability is of being on the list in any category; whether an area becomes a hard ghetto area/transformation area (years in a row) is not included."
      : "Sandsynligheden gælder optagelse på listen i en hvilken som helst kategori; om et område bliver hårdt ghettoområde/omdannelsesområde (år i træk) indgår ikke.",
  listLeftOut: (kind: ListKind, message: string, language: Language) =>
    language === "en"
      ? `The list of ${listKindTexts[kind].en} is left out: ${message}`
      : `Listen ${listKindTexts[kind].da} er udeladt: ${message}`,
} as const;
