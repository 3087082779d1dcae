import { danishCalendarMonth, formatCalendarMonth, parseCalendarMonth } from "./calendar-month.ts";
import type { BenefitMonth } from "./combined-letting-application.ts";

/** Consecutive calendar months with a counted benefit. */
export interface BenefitRun {
  readonly firstMonth: string;
  readonly lastMonth: string;
  readonly length: number;
}

export interface PersonBenefitAssessment {
  readonly role: "applicant" | "spouse";
  readonly pseudonym: string;
  /** Months with a benefit that counts, ascending, `YYYY-MM`. */
  readonly countedMonths: readonly string[];
  /** Months with a benefit that does not count (it breaks a run like a month without benefit). */
  readonly otherMonths: readonly BenefitMonth[];
  /** The run ending within the allowed lag before the application month, if any. */
  readonly currentRun: BenefitRun | null;
  /** The latest run on or before the application month, current or not (for the justification). */
  readonly latestRun: BenefitRun | null;
  readonly meetsRequirement: boolean;
}

function toRun(first: number, last: number): BenefitRun {
  return {
    firstMonth: formatCalendarMonth(first),
    lastMonth: formatCalendarMonth(last),
    length: last - first + 1,
  };
}

/**
 * The run that is current for an application in `applicationMonth`: the run through the latest
 * counted month on or before the application month, provided that month is at most `maxLag`
 * months before it. Different counted benefits in consecutive months continue one run; a month
 * without a counted benefit ends it. Each person is assessed on their own months (stk. 2).
 */
export function currentRun(
  countedMonths: ReadonlySet<number>,
  applicationMonth: number,
  maxLag: number,
): BenefitRun | undefined {
  let last: number | undefined;
  for (let m = applicationMonth; m >= applicationMonth - maxLag; m--) {
    if (countedMonths.has(m)) {
      last = m;
      break;
    }
  }
  if (last === undefined) return undefined;
  let first = last;
  while (countedMonths.has(first - 1)) first--;
  return toRun(first, last);
}

export function assessPerson(
  role: "applicant" | "spouse",
  person: { readonly pseudonym: string; readonly benefitMonths: readonly BenefitMonth[] },
  countedBenefits: readonly string[],
  applicationMonth: number,
  maxLag: number,
  requiredMonths: number,
): PersonBenefitAssessment {
  const counted = new Set<number>();
  const other: BenefitMonth[] = [];
  for (const entry of person.benefitMonths) {
    const month = parseCalendarMonth(entry.month);
    if (month === undefined) continue; // checkApplication has refused these already
    if (countedBenefits.includes(entry.benefit)) counted.add(month);
    else other.push(entry);
  }
  const run = currentRun(counted, applicationMonth, maxLag) ?? null;
  const earliest = Math.min(applicationMonth, ...counted);
  return {
    role,
    pseudonym: person.pseudonym,
    countedMonths: [...counted].sort((a, b) => a - b).map(formatCalendarMonth),
    otherMonths: [...other].sort((a, b) => a.month.localeCompare(b.month)),
    currentRun: run,
    latestRun: currentRun(counted, applicationMonth, applicationMonth - earliest) ?? null,
    meetsRequirement: run !== null && run.length >= requiredMonths,
  };
}

export function runText(run: BenefitRun): string {
  const from = parseCalendarMonth(run.firstMonth) ?? 0;
  const to = parseCalendarMonth(run.lastMonth) ?? 0;
  return run.length === 1
    ? danishCalendarMonth(from)
    : `${danishCalendarMonth(from)} - ${danishCalendarMonth(to)}`;
}
