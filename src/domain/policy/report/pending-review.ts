import { z } from "zod";

/**
 * What a roll-forward left for the secretary (`ReportingRound.pendingReview`): a text that names
 * the old year, a case number or date to enter, a goal not yet assessed. Each item is one field,
 * named by a key (`goal.a.text`, `initiative.nexus.status`, `caseNumber` …); editing the field, or
 * marking it reviewed, takes it off the list.
 */
export const pendingReviewReasons = ["old_year", "entry", "assessment"] as const;
export type PendingReviewReason = (typeof pendingReviewReasons)[number];

export const pendingReviewSchema = z
  .object({
    key: z.string().min(1).max(200),
    reason: z.enum(pendingReviewReasons),
    /** The old year the text names (`old_year` only). */
    year: z.number().int().optional(),
  })
  .readonly();
export type PendingReview = z.infer<typeof pendingReviewSchema>;

/** Where a pending field stands in the round, in the terms of a finding's location. */
export interface PendingLocation {
  readonly goalCode?: string;
  readonly initiativeId?: string;
  readonly field: string;
}

/**
 * The location of a key: `goal.<code>.<field>`, `assessment.<code>[.<field>]`,
 * `initiative.<id>.<field>`; any other key is a field of the round itself (`caseNumber`,
 * `sectionHeadings.assessments` …).
 */
export function pendingLocation(key: string): PendingLocation {
  const [head, id, ...rest] = key.split(".");
  if ((head === "goal" || head === "assessment") && id !== undefined) {
    return {
      goalCode: id,
      field: head === "assessment" ? ["assessment", ...rest].join(".") : rest.join("."),
    };
  }
  if (head === "initiative" && id !== undefined) return { initiativeId: id, field: rest.join(".") };
  return { field: key };
}

/** The items left once the fields `touched` were edited: a key goes with itself and with its parent. */
export function withoutTouched(
  pending: readonly PendingReview[] | undefined,
  touched: readonly string[],
): readonly PendingReview[] | undefined {
  if (pending === undefined) return undefined;
  return pending.filter((p) => !touched.some((t) => p.key === t || p.key.startsWith(`${t}.`)));
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  caseNumber: "Sagsnr.",
  documentNumber: "Dokumentnr.",
  caseworker: "Sagsbehandler",
  requestDate: "Dato",
  title: "Titel",
  introduction: "Indledning",
  assessmentIntroduction: "Indledning til afsnit 1",
  "sectionHeadings.assessments": "Overskrift, afsnit 1",
  "sectionHeadings.servingGoals": "Overskrift, afsnit 2",
  "sectionHeadings.beyondGoals": "Overskrift, afsnit 3",
  "sectionHeadings.budget": "Overskrift, afsnit 4",
  text: "målets tekst",
  deadline: "målets frist",
  "assessment.status": "vurdering",
  "assessment.heading": "vurderingens overskrift",
  "assessment.statusBasis": "vurderingens begrundelse",
  "assessment.body": "vurderingens tekst",
  "assessment.recommendationText": "anbefaling",
};

/** A field of the round or of a goal (`caseNumber`, `assessment.status`) in Danish; unknown ones as they are. */
export function roundFieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** The field a key names, in Danish: `Sagsnr.`, `Mål a, vurderingens tekst`, `Nexus, status`. */
export function pendingFieldLabel(
  key: string,
  initiativeName: (id: string) => string | undefined = () => undefined,
  statusFieldName: (initiativeId: string, field: string) => string | undefined = () => undefined,
): string {
  const location = pendingLocation(key);
  if (location.goalCode !== undefined) {
    return `Mål ${location.goalCode}, ${FIELD_LABELS[location.field] ?? location.field}`;
  }
  if (location.initiativeId !== undefined) {
    const name = initiativeName(location.initiativeId) ?? location.initiativeId;
    return `${name}, ${statusFieldName(location.initiativeId, location.field) ?? location.field}`;
  }
  return FIELD_LABELS[key] ?? key;
}

/** What the secretary must do about an item, in one Danish sentence. */
export function pendingReviewMessage(item: PendingReview, fieldLabel: string): string {
  switch (item.reason) {
    case "entry":
      return `${fieldLabel}: udfyld feltet for det nye år.`;
    case "assessment":
      return `${fieldLabel}: målet er endnu ikke vurderet i år.`;
    case "old_year":
      return `${fieldLabel}: teksten nævner ${item.year ?? "sidste år"} og er overført fra sidste års redegørelse; gennemgå den.`;
  }
}
