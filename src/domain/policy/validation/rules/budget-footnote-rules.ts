import { computeLineTotal } from "../../budget/budget-totals.ts";
import type { RuleHit } from "../finding.ts";
import { mio } from "../money-text.ts";
import type { ValidationRule } from "../validation-rule.ts";

export const footnoteReferenceRule: ValidationRule = {
  id: "budget.footnote_reference",
  severity: "warning",
  title: "Hver fodnotemarkør har en fodnote, og hver fodnote bruges",
  check(round) {
    const hits: RuleHit[] = [];
    const defined = new Set(round.budget.footnotes.map((f) => f.marker));
    const used = new Set<string>();
    for (const table of round.budget.tables) {
      for (const line of table.lines) {
        for (const marker of line.footnoteMarkers) {
          used.add(marker);
          if (defined.has(marker)) continue;
          hits.push({
            location: { table: table.id, row: line.id },
            message: `${line.label}: fodnotemarkør ${marker} har ingen fodnote.`,
          });
        }
      }
    }
    for (const footnote of round.budget.footnotes) {
      if (used.has(footnote.marker)) continue;
      hits.push({
        location: { field: `fodnote ${footnote.marker}` },
        message: `Fodnote ${footnote.marker} henvises der ikke til.`,
      });
    }
    return hits;
  },
};

const tolerance = 1e-9;

export const fundingSourcesRule: ValidationRule = {
  id: "budget.funding_sources",
  severity: "error",
  title: "Finansieringskilder summerer til 100 % eller til linjens beløb",
  check(round) {
    const hits: RuleHit[] = [];
    for (const table of round.budget.tables) {
      for (const line of table.lines) {
        const location = { table: table.id, row: line.id, field: "finansiering" };
        const shares = line.fundingSources.flatMap((s) => (s.kind === "share" ? [s.share] : []));
        const shareSum = shares.reduce((a, b) => a + b, 0);
        if (shares.length > 0 && Math.abs(shareSum - 1) > tolerance) {
          hits.push({
            location,
            message: `${line.label}: finansieringsandelene summerer til ${Math.round(shareSum * 1000) / 10} %, ikke 100 %.`,
          });
        }
        const amounts = line.fundingSources.flatMap((s) => (s.kind === "amount" ? [s.amount] : []));
        const amountSum = amounts.reduce((a, b) => a + b, 0);
        const lineTotal = computeLineTotal(line, table.years);
        if (amounts.length > 0 && amountSum !== lineTotal) {
          hits.push({
            location,
            message: `${line.label}: finansieringskilderne summerer til ${mio(amountSum)}, men linjen er på ${mio(lineTotal)}.`,
          });
        }
      }
    }
    return hits;
  },
};
