/**
 * The two status-schema layouts of the yearly report (DOMAIN.md §3). Field keys are English;
 * labels are the form's Danish labels. The `Mål i …` label of the second layout names the round.
 */
export const servingGoalsFieldKeys = [
  "economy",
  "targetGroup",
  "activities",
  "objective",
  "contribution",
  "plannedFollowUp",
  "status",
] as const;

export const beyondGoalsFieldKeys = ["economy", "targetGroup", "activity", "roundGoals", "status"] as const;

export type ServingGoalsFieldKey = (typeof servingGoalsFieldKeys)[number];
export type BeyondGoalsFieldKey = (typeof beyondGoalsFieldKeys)[number];
export type StatusFieldKey = ServingGoalsFieldKey | BeyondGoalsFieldKey;

export type StatusReportKind = "serving_goals" | "beyond_goals";

const servingGoalsLabels: Readonly<Record<ServingGoalsFieldKey, string>> = {
  economy: "Økonomi",
  targetGroup: "Målgruppe",
  activities: "Beskriv aktiviteterne",
  objective: "Indsatsens mål",
  contribution: "Hvordan bidrager indsatsen til opnåelse af mål i integrationspolitikken",
  plannedFollowUp: "Planlagt opfølgning",
  status: "Status i forhold til målopfyldelse",
};

/** Label of a field as the form prints it. `year` is the reporting round's year. */
export function statusFieldLabel(kind: StatusReportKind, key: StatusFieldKey, year: number): string {
  if (kind === "serving_goals") return servingGoalsLabels[key as ServingGoalsFieldKey];
  switch (key as BeyondGoalsFieldKey) {
    case "economy":
      return "Økonomi";
    case "targetGroup":
      return "Målgruppe";
    case "activity":
      return "Aktivitet";
    case "roundGoals":
      return `Mål i ${year - 1}/${year}`;
    case "status":
      return "Status på indsatsen";
  }
}

export function statusFieldKeys(kind: StatusReportKind): readonly StatusFieldKey[] {
  return kind === "serving_goals" ? servingGoalsFieldKeys : beyondGoalsFieldKeys;
}

/** Field key for a printed label, or undefined when the label belongs to no field of the layout. */
export function statusFieldKeyForLabel(
  kind: StatusReportKind,
  label: string,
  year: number,
): StatusFieldKey | undefined {
  return statusFieldKeys(kind).find((key) => statusFieldLabel(kind, key, year) === label);
}
