/**
 * Reads an amount the way Danish reports write it, into kroner:
 * `1,1 mio. kr.` → 1 100 000, `950.000 kr.` → 950 000, `100.000,- kr.` → 100 000,
 * `½ mio.` → 500 000, `1,37 mill. kr.` → 1 370 000. Reports also write an English decimal point
 * (`6.9 mio. kr.`, `3. mio.`): a point followed by exactly three digits is a thousands separator,
 * otherwise a decimal point. Returns null when the text holds no amount.
 */
export function parseDanishAmount(text: string): number | null {
  const match = /(½|\d[\d.]*(?:,\d+)?)(?:,-)?\s*(mio\.?|mill\.?|millioner)?/i.exec(text.replace(/\*/g, ""));
  if (match === null || match[1] === undefined) return null;
  const number = parseDanishNumber(match[1]);
  if (number === null) return null;
  const millions = match[2] !== undefined;
  return Math.round(millions ? number * 1_000_000 : number);
}

/** `1,25` → 1.25, `950.000` → 950000, `6.9` → 6.9, `3.` → 3, `½` → 0.5. */
export function parseDanishNumber(raw: string): number | null {
  if (raw === "½") return 0.5;
  let text = raw.replace(/\.$/, "");
  if (text.includes(",")) {
    text = text.replace(/\./g, "").replace(",", ".");
  } else if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    text = text.replace(/\./g, "");
  }
  const value = Number(text);
  return Number.isFinite(value) && text !== "" ? value : null;
}

/** Every number in a text, in order (for checking that a stated figure is one unambiguous number). */
export function numbersIn(text: string): readonly number[] {
  const numbers: number[] = [];
  for (const match of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const value = parseDanishNumber(match[0]);
    if (value !== null) numbers.push(value);
  }
  return numbers;
}
