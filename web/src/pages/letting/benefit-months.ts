import type { BenefitMonth } from "../../api-types.ts";

const month = String.raw`\d{4}-(?:0[1-9]|1[0-2])`;
const line = new RegExp(String.raw`^(${month})(?:\s*(?:\.\.|–|til)\s*(${month}))?\s+([a-z_]+)$`);

function index(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOf(i: number): string {
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
}

/**
 * Benefit months as a caseworker types them: one line per month or run of months,
 * `2009-07 kontanthjaelp` or `2009-07..2010-02 kontanthjaelp`. Lines that do not read are
 * returned by number; the API checks the months themselves (a month twice, after the application).
 */
export function parseBenefitMonths(text: string): { months: BenefitMonth[]; badLines: number[] } {
  const months: BenefitMonth[] = [];
  const badLines: number[] = [];
  text.split("\n").forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === "") return;
    const match = line.exec(trimmed);
    const [first, last, benefit] = [match?.[1], match?.[2], match?.[3]];
    if (first === undefined || benefit === undefined) {
      badLines.push(i + 1);
      return;
    }
    const [from, to] = [index(first), index(last ?? first)];
    if (to < from || to - from > 240) {
      badLines.push(i + 1);
      return;
    }
    for (let m = from; m <= to; m++) months.push({ month: monthOf(m), benefit });
  });
  return { months, badLines };
}
