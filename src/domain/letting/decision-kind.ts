/** The kinds of letting decision udsyn stores (each with rule version, facts, result and justification). */
export const lettingDecisionKinds = ["combined_letting", "relocation_grant", "flexible_letting"] as const;
export type LettingDecisionKind = (typeof lettingDecisionKinds)[number];
