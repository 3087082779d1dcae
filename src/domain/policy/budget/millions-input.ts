import { formatKroner, formatMillions, formatMillionsKroner } from "../../format.ts";
import type { Language } from "../../language.ts";

/** One way to read what was typed, in kroner, with the words that say which reading it is. */
export interface AmountReadingOption {
  readonly kroner: number;
  /** `950,00 mio. kr.` or `950.000 kr. (0,95 mio. kr.)`; in English `DKK 950.00m` or `DKK 950,000 (DKK 0.95m)`. */
  readonly wording: string;
}

/**
 * What a person typed in a table in millions, read. `question`: the input can mean amounts a
 * thousand or a million times apart, or it is far out of line with the table; the person picks a
 * reading before anything is stored, so `950.000` never silently becomes 950 mio. kr.
 */
export type MillionsReading =
  | { readonly kind: "amount"; readonly kroner: number }
  | { readonly kind: "question"; readonly message: string; readonly options: readonly AmountReadingOption[] }
  | { readonly kind: "invalid"; readonly message: string };

/** An amount above this many times the table's largest other amount is questioned. */
export const OUT_OF_LINE_FACTOR = 20;
/** No line of a committee's overview is a billion kroner or more: such an amount is questioned. */
export const IMPLAUSIBLE_KRONER = 1_000_000_000;

const asMillions = (kroner: number, language: Language): AmountReadingOption => ({
  kroner,
  wording: formatMillionsKroner(kroner, 2, language),
});
const asKroner = (kroner: number, language: Language): AmountReadingOption => ({
  kroner,
  wording: `${formatKroner(kroner, language)} (${formatMillionsKroner(kroner, 2, language)})`,
});

function millionsToKroner(whole: string, fraction: string): number {
  return Number(whole) * 1_000_000 + Number(fraction.padEnd(6, "0").slice(0, 6));
}

/**
 * Reads a cell typed in millions (`10,35`, `6`, `0,5`), the Danish way: a comma is the decimal sign
 * and points group thousands. Without a comma, `950.000` is either 950 mio. kr. (a point typed as
 * the decimal sign) or 950.000 kr. (points grouping thousands): it is questioned with both
 * readings. `largestInTable` (kroner, the largest other amount of the table) makes an amount far
 * out of line a question too. The input is read the Danish way in every language (the table is
 * Danish); the question, its readings and the refusal are written in `language`.
 */
export function readMillionsInput(
  input: string,
  largestInTable = 0,
  language: Language = "da",
): MillionsReading {
  const text = input.replace(/[\s\u00a0]/g, "").replace(/(mio\.?)?(kr\.?)?$/i, "");
  const typed = input.trim();
  const invalid = {
    kind: "invalid",
    message:
      language === "en"
        ? `"${typed}" is not an amount in DKK millions; write e.g. 10,35 (a comma before the decimals).`
        : `»${typed}« er ikke et beløb i mio. kr.; skriv fx 10,35.`,
  } as const;
  let reading: AmountReadingOption;
  const comma =
    /^(\d{1,3}(?:\.\d{3})+|\d+),(\d{1,6})$/.exec(text) ?? /^(\d{1,3}(?:\.\d{3})+|\d+)$/.exec(text);
  const grouped = /^\d{1,3}(\.\d{3})+$/.test(text);
  if (grouped) {
    const kroner = Number(text.replace(/\./g, ""));
    const options = /^\d{1,3}\.\d{3}$/.test(text)
      ? [millionsToKroner(...(text.split(".") as [string, string])), kroner]
      : [kroner];
    return {
      kind: "question",
      message:
        language === "en"
          ? `The table is in DKK millions. Should "${typed}" be read as ${options.length === 2 ? "one of these amounts" : "kroner"}?`
          : `Tabellen er i mio. kr. Skal »${typed}« læses som ${options.length === 2 ? "et af disse beløb" : "kroner"}?`,
      options: options.map((k, i) =>
        options.length === 2 && i === 0 ? asMillions(k, language) : asKroner(k, language),
      ),
    };
  }
  if (comma !== null) {
    reading = asMillions(millionsToKroner((comma[1] ?? "").replace(/\./g, ""), comma[2] ?? ""), language);
  } else {
    const point = /^(\d+)\.(\d{1,6})$/.exec(text);
    if (point === null) return invalid;
    reading = asMillions(millionsToKroner(point[1] ?? "", point[2] ?? ""), language);
  }
  const outOfLine = largestInTable > 0 && reading.kroner > largestInTable * OUT_OF_LINE_FACTOR;
  if (reading.kroner >= IMPLAUSIBLE_KRONER || outOfLine) {
    const alternative = Math.round(reading.kroner / 1_000_000);
    return {
      kind: "question",
      message:
        language === "en"
          ? `${reading.wording} is unusually large for the table${
              outOfLine
                ? ` (the largest other amount is ${formatMillionsKroner(largestInTable, 2, "en")})`
                : ""
            }. Which amount do you mean?`
          : `${reading.wording} er usædvanligt stort for tabellen${
              outOfLine ? ` (det største andet beløb er ${formatMillions(largestInTable)} mio. kr.)` : ""
            }. Hvilket beløb mener du?`,
      options: [reading, asKroner(alternative, language)],
    };
  }
  return { kind: "amount", kroner: reading.kroner };
}
