import { formatDate } from "../../domain/format.ts";
import { renderLetterPdf } from "../letter/render-letter-pdf.ts";

/** A stored letting decision, as far as its letter shows it. */
export interface LetterDecision {
  readonly id: number;
  readonly ruleVersion: string;
  /** When the decision was made (ISO 8601 instant); the letter is dated that day. */
  readonly decidedAt: string;
  readonly justification: { readonly text: string };
}

/**
 * The letter of a stored decision as PDF: its justification, referenced by the decision's
 * number. The date is the day part of the stored instant, as the letters have always been
 * dated (it is the UTC day, which differs from Copenhagen's only between midnight and 01-02).
 */
export function decisionLetterPdf(decision: LetterDecision): Promise<Buffer> {
  return renderLetterPdf({
    text: decision.justification.text,
    reference: `Afgørelse nr. ${decision.id}`,
    date: formatDate(decision.decidedAt.slice(0, 10)),
    ruleVersion: decision.ruleVersion,
  });
}
