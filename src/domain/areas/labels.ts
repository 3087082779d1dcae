import { formatNumber } from "../format.ts";
import type { Language } from "../language.ts";
import { type Comparator, comparatorWords } from "../law/comparator.ts";
import { formatRatio, formatShare } from "../law/format-parameter.ts";
import type { Threshold } from "../law/parameter-reader.ts";

/** The statute's comparison words in each language (Danish: the words of the law). */
export const comparatorWordsIn: Readonly<Record<Language, Readonly<Record<Comparator, string>>>> = {
  da: comparatorWords,
  en: { gte: "at least", gt: "more than", lt: "less than", lte: "at most" },
};

function capitalised(comparator: Comparator, language: Language): string {
  const word = comparatorWordsIn[language][comparator];
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Labels depend on the threshold, the text and the language only, so every area of a
 * classification shares its criteria's labels: each is formatted once (formatting a share
 * exactly is bigint arithmetic and an Intl call) and reused. The cache is bounded by the rules'
 * thresholds times the criteria's texts, which is small.
 */
const labels = new Map<string, string>();
function memoised(kind: string, threshold: Threshold, text: string, language: Language, make: () => string) {
  const key = `${kind}|${threshold.comparator}|${threshold.value.num}/${threshold.value.den}|${language}|${text}`;
  let label = labels.get(key);
  if (label === undefined) {
    label = make();
    labels.set(key, label);
  }
  return label;
}

/** "Mindst 40 % af …" from the parameter, so a label can never disagree with the threshold used. */
export function shareLabel(threshold: Threshold, text: string, language: Language = "da"): string {
  return memoised(
    "share",
    threshold,
    text,
    language,
    () => `${capitalised(threshold.comparator, language)} ${formatShare(threshold.value, language)} ${text}`,
  );
}

export function countLabel(threshold: Threshold, text: string, language: Language = "da"): string {
  return memoised("count", threshold, text, language, () => {
    const count = formatNumber(Number(threshold.value.num) / Number(threshold.value.den), 0, language);
    return `${capitalised(threshold.comparator, language)} ${count} ${text}`;
  });
}

export function ratioLabel(threshold: Threshold, text: string, language: Language = "da"): string {
  return memoised(
    "ratio",
    threshold,
    text,
    language,
    () => `${capitalised(threshold.comparator, language)} ${formatRatio(threshold.value, language)} ${text}`,
  );
}

export function yearsText(years: readonly number[], language: Language = "da"): string {
  if (years.length <= 1) return `(${years.join("")})`;
  const sorted = [...years].sort((a, b) => a - b);
  return `(${language === "en" ? "average" : "gennemsnit"} ${sorted[0]}-${sorted.at(-1)})`;
}
