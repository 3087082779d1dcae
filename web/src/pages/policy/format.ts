import { formatDate } from "../../../../src/domain/format.ts";
import type { Period } from "../../../../src/domain/policy/goals/period.ts";

export { formatDate, formatMillions, formatNumber } from "../../../../src/domain/format.ts";

const monthName = new Intl.DateTimeFormat("da-DK", { month: "long", timeZone: "UTC" });

/**
 * A period the Danish way (`2010`, `2. halvår 2010`, `september 2009`, `21. december 2009`), as the
 * report prints it. The domain has the same function, but its module brings zod into the bundle.
 */
export function formatPeriod(period: Period): string {
  switch (period.kind) {
    case "year":
      return String(period.year);
    case "half_year":
      return `${period.half}. halvår ${period.year}`;
    case "month":
      return `${monthName.format(new Date(Date.UTC(period.year, period.month - 1, 1)))} ${period.year}`;
    case "date":
      return formatDate(period.date);
  }
}

/** A timestamp (ISO) as a Danish date, e.g. `4. marts 2010`. */
export function formatTimestamp(iso: string): string {
  return formatDate(iso.slice(0, 10));
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
