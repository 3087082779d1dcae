/**
 * What every administrative decision states (Danish administrative law requires a
 * justification): the legal basis, the facts relied on, the reasoning, and the full letter text.
 */
export interface Justification {
  readonly legalBasis: string;
  readonly facts: readonly string[];
  readonly reasoning: readonly string[];
  /** A complete Danish letter a caseworker could send. */
  readonly text: string;
}
