import type { z } from "zod";
import type { Language, Texts } from "./language.ts";

/**
 * What a person is told when a value they gave does not fit its schema, in every language: words a
 * form shows beside its field ("Udfyld feltet."), never zod's developer English ("Too small:
 * expected string to have >=1 characters"). Schemas that give their own message keep it.
 */
export type RawIssue = z.core.$ZodRawIssue;

const FILL_IN: Texts = { da: "Udfyld feltet.", en: "Fill in this field." };

function isEmpty(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === "string" && input.trim() === "");
}

function numberText(value: number | bigint, language: Language): string {
  return new Intl.NumberFormat(language === "en" ? "en-GB" : "da-DK").format(value);
}

/** Enumerated choices as a person reads them: at most ten, then "…". */
function choices(values: readonly unknown[]): string {
  const shown = values.slice(0, 10).map((v) => String(v));
  return values.length > 10 ? `${shown.join(", ")}, …` : shown.join(", ");
}

function invalidType(expected: string, input: unknown): Texts {
  if (isEmpty(input)) return FILL_IN;
  switch (expected) {
    case "number":
      return { da: "Skriv et tal.", en: "Enter a number." };
    case "int":
      return { da: "Skriv et helt tal.", en: "Enter a whole number." };
    case "string":
      return { da: "Skriv en tekst.", en: "Enter a text." };
    case "boolean":
      return { da: "Vælg ja eller nej.", en: "Choose yes or no." };
    case "array":
      return { da: "Skal være en liste.", en: "Must be a list." };
    case "object":
      return { da: "Skal være en gruppe af felter.", en: "Must be a group of fields." };
    case "date":
      return { da: "Skriv en dato.", en: "Enter a date." };
    default:
      return { da: "Værdien har ikke den rigtige type.", en: "The value has the wrong type." };
  }
}

function bound(
  side: "min" | "max",
  origin: string,
  limit: number | bigint,
  inclusive: boolean | undefined,
  input: unknown,
): Texts {
  const da = numberText(limit, "da");
  const en = numberText(limit, "en");
  if (origin === "string") {
    if (side === "min" && Number(limit) <= 1 && isEmpty(input)) return FILL_IN;
    return side === "min"
      ? { da: `Skriv mindst ${da} tegn.`, en: `Enter at least ${en} characters.` }
      : { da: `Skriv højst ${da} tegn.`, en: `Enter at most ${en} characters.` };
  }
  if (origin === "array" || origin === "set") {
    if (side === "min" && Number(limit) <= 1) return { da: "Tilføj mindst én.", en: "Add at least one." };
    return side === "min"
      ? { da: `Tilføj mindst ${da}.`, en: `Add at least ${en}.` }
      : { da: `Højst ${da} må angives.`, en: `At most ${en} may be given.` };
  }
  if (side === "min") {
    return inclusive === false
      ? { da: `Skal være større end ${da}.`, en: `Must be more than ${en}.` }
      : { da: `Skal være mindst ${da}.`, en: `Must be at least ${en}.` };
  }
  return inclusive === false
    ? { da: `Skal være mindre end ${da}.`, en: `Must be less than ${en}.` }
    : { da: `Må højst være ${da}.`, en: `Must be at most ${en}.` };
}

function invalidFormat(format: string, input: unknown): Texts {
  if (isEmpty(input)) return FILL_IN;
  switch (format) {
    case "date":
      return { da: "Skriv en dato som ÅÅÅÅ-MM-DD.", en: "Enter a date as YYYY-MM-DD." };
    case "datetime":
      return { da: "Skriv et tidspunkt (ISO 8601).", en: "Enter a time (ISO 8601)." };
    case "email":
      return { da: "Skriv en gyldig e-mailadresse.", en: "Enter a valid e-mail address." };
    case "url":
      return { da: "Skriv en gyldig webadresse.", en: "Enter a valid web address." };
    default:
      return { da: "Værdien har ikke det rigtige format.", en: "The value is not in the right format." };
  }
}

/** The texts for one issue as zod raises it (before its message is set). */
export function validationTexts(issue: RawIssue): Texts {
  switch (issue.code) {
    case "invalid_type":
      return invalidType(String(issue.expected), issue.input);
    case "too_small":
      return bound("min", issue.origin, issue.minimum, issue.inclusive, issue.input);
    case "too_big":
      return bound("max", issue.origin, issue.maximum, issue.inclusive, issue.input);
    case "invalid_format":
      return invalidFormat(issue.format, issue.input);
    case "invalid_value":
      if (isEmpty(issue.input)) return FILL_IN;
      return { da: `Vælg en af: ${choices(issue.values)}.`, en: `Choose one of: ${choices(issue.values)}.` };
    case "not_multiple_of":
      return Number(issue.divisor) === 1
        ? { da: "Skriv et helt tal.", en: "Enter a whole number." }
        : {
            da: `Skal gå op i ${String(issue.divisor)}.`,
            en: `Must be a multiple of ${String(issue.divisor)}.`,
          };
    case "unrecognized_keys":
      return { da: "ukendt felt", en: "unknown field" };
    case "invalid_union":
      if (isEmpty(issue.input)) return FILL_IN;
      return {
        da: "Værdien passer ikke til nogen af de tilladte former.",
        en: "The value fits none of the allowed forms.",
      };
    default:
      return { da: "Ugyldig værdi.", en: "Invalid value." };
  }
}

/**
 * zod's global fallback for issues a schema gives no message for, so a schema parsed outside a
 * request (a use case, the CLI) also answers in Danish.
 */
export function danishValidationMessage(issue: RawIssue): string {
  return validationTexts(issue).da;
}

/**
 * A zod error map for `safeParse(data, { error: inEveryLanguage })`: zod's message for an issue is
 * one string, so each issue without a message of its own carries its texts in every language behind
 * a marker until `issueTexts` reads them back. A schema's own message (Danish) is kept as it is.
 */
const TEXTS_MARK = "\u0000udsyn-texts:";

export function inEveryLanguage(issue: RawIssue): string {
  return TEXTS_MARK + JSON.stringify(validationTexts(issue));
}

/** An issue's message as an `Issue`'s Danish `message` and English `en` (a schema's own message: Danish only). */
export function issueTexts(message: string): { readonly message: string; readonly en?: string } {
  if (!message.startsWith(TEXTS_MARK)) return { message };
  const texts = JSON.parse(message.slice(TEXTS_MARK.length)) as Texts;
  return { message: texts.da, en: texts.en };
}
