import { formatNumber } from "../format.ts";
import { type Comparator, comparatorWords } from "../law/comparator.ts";
import { formatRatio, formatShare } from "../law/format-parameter.ts";
import type { Threshold } from "../law/parameter-reader.ts";

function capitalised(comparator: Comparator): string {
  const word = comparatorWords[comparator];
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "Mindst 40 % af …" from the parameter, so a label can never disagree with the threshold used. */
export function shareLabel(threshold: Threshold, text: string): string {
  return `${capitalised(threshold.comparator)} ${formatShare(threshold.value)} ${text}`;
}

export function countLabel(threshold: Threshold, text: string): string {
  return `${capitalised(threshold.comparator)} ${formatNumber(Number(threshold.value.num) / Number(threshold.value.den))} ${text}`;
}

export function ratioLabel(threshold: Threshold, text: string): string {
  return `${capitalised(threshold.comparator)} ${formatRatio(threshold.value)} ${text}`;
}

export function yearsText(years: readonly number[]): string {
  if (years.length <= 1) return `(${years.join("")})`;
  const sorted = [...years].sort((a, b) => a - b);
  return `(gennemsnit ${sorted[0]}-${sorted.at(-1)})`;
}
