import type { IsoDate } from "../law/iso-date.ts";

/**
 * The SSP target groups (DOMAIN.md §7): under 15, 15–17, and SSP+ 18–23. Only birth year and
 * month are stored (no CPR number, no day), so the age on a date is counted in whole months: a
 * young person is taken to turn a year older on the first day of the birth month. That can add
 * at most a month to the age, and moves someone into the older group at most a month early.
 */
export const AGE_GROUPS = ["under_15", "15_17", "18_23", "over_23"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const AGE_GROUP_LABELS: Record<AgeGroup, string> = {
  under_15: "Under 15 år",
  "15_17": "15–17 år",
  "18_23": "SSP+ 18–23 år",
  over_23: "Over 23 år (uden for målgruppen)",
};

export function ageOn(birthYear: number, birthMonth: number, date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return year - birthYear - (month < birthMonth ? 1 : 0);
}

export function ageGroupOf(age: number): AgeGroup {
  if (age < 15) return "under_15";
  if (age < 18) return "15_17";
  if (age <= 23) return "18_23";
  return "over_23";
}

/** Derived every time it is shown, from the birth month and today, so it is never stale. */
export function ageGroupOn(birthYear: number, birthMonth: number, date: IsoDate): AgeGroup {
  return ageGroupOf(ageOn(birthYear, birthMonth, date));
}
