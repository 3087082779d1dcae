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
  /**
   * A benefit the act names by receipt alone (førtidspension, stk. 1, 2. pkt.) received in the
   * application month, when the municipality has chosen it; it meets the requirement without a run.
   */
  readonly receivedWithoutRun: BenefitMonth | null;
  /** The run the rule looks at (through the application month when current receipt is required), if any. */
  readonly currentRun: BenefitRun | null;
  /** The latest run on or before the application month, current or not (for the justification). */
  readonly latestRun: BenefitRun | null;
  readonly meetsRequirement: boolean;
}

/** What the rule in force on the application date counts; every field is a dated parameter. */
export interface BenefitRule {
  /** Benefit codes that count towards the consecutive months. */
  readonly countedBenefits: readonly string[];
  readonly requiredMonths: number;
  /** § 51 b, stk. 1, 3. pkt.: the run must reach the application month (the person receives the benefit). */
  readonly receiptInApplicationMonth: boolean;
  /** Benefits that count by receipt in the application month alone, without a run (førtidspension). */
  readonly receiptOnlyBenefits: readonly string[];
}

function toRun(first: number, last: number): BenefitRun {
  return {
    firstMonth: formatCalendarMonth(first),
    lastMonth: formatCalendarMonth(last),
    length: last - first + 1,
  };
}

/** The run of consecutive counted months that ends in `last`, or undefined when `last` is not counted. */
export function runEndingIn(countedMonths: ReadonlySet<number>, last: number): BenefitRun | undefined {
  if (!countedMonths.has(last)) return undefined;
  let first = last;
  while (countedMonths.has(first - 1)) first--;
  return toRun(first, last);
}

/**
 * The latest run on or before `applicationMonth`. Different counted benefits in consecutive
 * months continue one run; a month without a counted benefit ends it. Each person is assessed
 * on their own months (stk. 2).
 */
export function latestRun(
  countedMonths: ReadonlySet<number>,
  applicationMonth: number,
): BenefitRun | undefined {
  const last = Math.max(-Infinity, ...[...countedMonths].filter((m) => m <= applicationMonth));
  return Number.isFinite(last) ? runEndingIn(countedMonths, last) : undefined;
}

/**
 * The run the rule looks at. Where the act requires that the person receives the benefit
 * (stk. 1, 3. pkt.), only a run through the application month itself: a run that ended
 * earlier, even the month before, is history, not receipt.
 */
export function currentRun(
  countedMonths: ReadonlySet<number>,
  applicationMonth: number,
  receiptInApplicationMonth: boolean,
): BenefitRun | undefined {
  return receiptInApplicationMonth
    ? runEndingIn(countedMonths, applicationMonth)
    : latestRun(countedMonths, applicationMonth);
}

export function assessPerson(
  role: "applicant" | "spouse",
  person: { readonly pseudonym: string; readonly benefitMonths: readonly BenefitMonth[] },
  rule: BenefitRule,
  applicationMonth: number,
): PersonBenefitAssessment {
  const counted = new Set<number>();
  const other: BenefitMonth[] = [];
  let receivedWithoutRun: BenefitMonth | null = null;
  for (const entry of person.benefitMonths) {
    const month = parseCalendarMonth(entry.month);
    if (month === undefined) continue; // checkApplication has refused these already
    if (rule.countedBenefits.includes(entry.benefit)) counted.add(month);
    else if (rule.receiptOnlyBenefits.includes(entry.benefit)) {
      // The act names recipients of these ("som modtager"): only the application month matters.
      if (month === applicationMonth) receivedWithoutRun = entry;
    } else other.push(entry);
  }
  const run = currentRun(counted, applicationMonth, rule.receiptInApplicationMonth) ?? null;
  return {
    role,
    pseudonym: person.pseudonym,
    countedMonths: [...counted].sort((a, b) => a - b).map(formatCalendarMonth),
    otherMonths: [...other].sort((a, b) => a.month.localeCompare(b.month)),
    receivedWithoutRun,
    currentRun: run,
    latestRun: latestRun(counted, applicationMonth) ?? null,
    meetsRequirement: receivedWithoutRun !== null || (run !== null && run.length >= rule.requiredMonths),
  };
}

export function runText(run: BenefitRun): string {
  const from = parseCalendarMonth(run.firstMonth) ?? 0;
  const to = parseCalendarMonth(run.lastMonth) ?? 0;
  return run.length === 1
    ? danishCalendarMonth(from)
    : `${danishCalendarMonth(from)} - ${danishCalendarMonth(to)}`;
}
