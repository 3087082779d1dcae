import { formatDate } from "../../domain/format.ts";
import type { ReplayOutcome } from "../../domain/letting/replay-decision.ts";
import { resultName } from "../../domain/letting/result-labels.ts";

/** The stored decision a replay started from, as far as its summary names it. */
export interface ReplayedDecision {
  readonly id: number;
  readonly decisionDate: string;
  readonly ruleVersion: string;
  readonly result: string;
}

const show = (value: unknown) => JSON.stringify(value);

/**
 * A replay in one Danish paragraph, for the caseworker: identical, or which values, which rule
 * version and which result changed. The API and the command line show the same text.
 */
export function replaySummary(decision: ReplayedDecision, outcome: ReplayOutcome): string {
  const { id, ruleVersion } = decision;
  const date = formatDate(decision.decisionDate);
  if (outcome.kind === "identical") {
    return `Afgørelse ${id} (${date}) genskabes identisk med dagens parametre: samme regelversion (${ruleVersion}), samme værdier og samme resultat (${resultName(decision.result)}).`;
  }
  const changed = outcome.changedParameters.map(
    (c) => `${c.id} (gemt: ${show(c.storedValue)}, nu: ${show(c.currentValue)})`,
  );
  return [
    `Afgørelse ${id} (${date}) genskabes ikke identisk med dagens parametre.`,
    changed.length > 0
      ? `Ændrede værdier: ${changed.join("; ")}.`
      : "Ingen af de anvendte værdier er ændret.",
    outcome.ruleVersionChanged
      ? `Regelversionen er ændret fra ${ruleVersion} til ${outcome.newDecision.ruleVersion.id}.`
      : `Regelversionen er uændret (${ruleVersion}).`,
    outcome.resultChanged
      ? `Resultatet ville i dag være ${resultName(outcome.newResult)} i stedet for ${resultName(outcome.storedResult)}.`
      : `Resultatet er det samme (${resultName(outcome.storedResult)}).`,
  ].join(" ");
}
