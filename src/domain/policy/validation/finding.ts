export type Severity = "error" | "warning" | "info";

/** Where a finding stands in the report; only the parts that apply are set. */
export interface FindingLocation {
  readonly goalCode?: string;
  readonly initiativeId?: string;
  /** Budget table id. */
  readonly table?: string;
  /** Budget line id (or `I alt`). */
  readonly row?: string;
  /** Year or `I alt`. */
  readonly column?: string;
  /** Status field key, or the part of a goal assessment. */
  readonly field?: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly location: FindingLocation;
  /** Danish, names the figures on both sides. */
  readonly message: string;
}

/** What a rule reports; the engine adds the rule's id and severity. */
export interface RuleHit {
  readonly location: FindingLocation;
  readonly message: string;
}

/** How many findings of each severity; errors block approval. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
