/** The languages udsyn speaks to people in: Danish first, English when the user picks it. */
export const LANGUAGES = ["da", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The language an HTTP `Accept-Language` value asks for, among udsyn's: the first tag we speak,
 * Danish when none is named (the municipality's language, never the server's locale).
 */
export function languageOf(acceptLanguage: string | undefined): Language {
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().toLowerCase() ?? "";
    if (tag === "en" || tag.startsWith("en-")) return "en";
    if (tag === "da" || tag.startsWith("da-")) return "da";
  }
  return "da";
}

/** One text in every language; the one place a generated text has its translations. */
export type Texts = Readonly<Record<Language, string>>;
