import type { BenefitMonth } from "../../api-types.ts";

/** One row of the benefit table: a benefit received by one person in every month from–to. */
export interface BenefitRow {
  readonly key: number;
  readonly person: "applicant" | "spouse";
  readonly benefit: string;
  /** `YYYY-MM`, as the month picker gives it. */
  readonly from: string;
  readonly to: string;
}

/** What is wrong with a row, by field, in words the form shows beside it (keys of the locale). */
export type RowProblem = "fromMissing" | "toBeforeFrom" | "tooLong";

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

function index(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOf(i: number): string {
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
}

export function rowProblem(row: BenefitRow): RowProblem | undefined {
  if (!monthPattern.test(row.from)) return "fromMissing";
  if (row.to === "") return undefined;
  if (!monthPattern.test(row.to) || index(row.to) < index(row.from)) return "toBeforeFrom";
  return index(row.to) - index(row.from) > 240 ? "tooLong" : undefined;
}

/**
 * The months of one person's rows, one entry per month (an empty "to" is the "from" month alone).
 * Rows with a problem are left out: the form marks them and does not send. The API checks the
 * months themselves (a month twice, a month after the application).
 */
export function monthsOf(rows: readonly BenefitRow[], person: BenefitRow["person"]): BenefitMonth[] {
  const months: BenefitMonth[] = [];
  for (const row of rows) {
    if (row.person !== person || rowProblem(row) !== undefined) continue;
    const last = row.to === "" ? row.from : row.to;
    for (let m = index(row.from); m <= index(last); m++)
      months.push({ month: monthOf(m), benefit: row.benefit });
  }
  return months;
}
