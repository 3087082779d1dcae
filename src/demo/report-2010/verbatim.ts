import { readFileSync } from "node:fs";
import type { RichText } from "../../domain/policy/goals/rich-text.ts";
import type { ReportingRound } from "../../domain/policy/report/reporting-round.ts";

/**
 * The seed's text reduced to words: markup (`<p>`, `**`), bullets, list dashes and line breaks
 * removed, whitespace collapsed. The same reduction applied to the data makes "verbatim" checkable.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/<[^>]+>/g, " ")
    .replace(/\*/g, "")
    .replace(/•/g, " ")
    .replace(/(^|\s)-(?=\s)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function readSource(): string {
  // From src/ also when this runs compiled from build/ (the same depth below the checkout).
  return normaliseText(
    readFileSync(new URL("../../../src/demo/report-2010/source.txt", import.meta.url), "utf8"),
  );
}

function richTextPieces(text: RichText): readonly string[] {
  return text.flatMap((block) => (block.kind === "paragraph" ? [block.text] : block.items));
}

/** Every piece of text in a round that claims to quote the report, with where it sits. */
export function quotedPieces(
  round: ReportingRound,
): readonly { readonly where: string; readonly text: string }[] {
  const pieces: { where: string; text: string }[] = [];
  const add = (where: string, ...texts: readonly string[]) => {
    for (const text of texts) pieces.push({ where, text });
  };
  add("title", round.title);
  add("introduction", ...richTextPieces(round.introduction));
  add("headings", ...Object.values(round.sectionHeadings), round.budget.heading);
  add("assessment intro", ...richTextPieces(round.assessmentIntroduction));
  for (const goal of round.goals) {
    add(`goal ${goal.code}`, goal.text);
    for (const tracked of goal.indicators) {
      if (tracked.target !== null) add(`goal ${goal.code} target`, tracked.target.statedUnitText);
      add(`goal ${goal.code} measurements`, ...tracked.measurements.map((m) => m.statedText));
    }
  }
  for (const a of round.assessments) {
    const where = `assessment ${a.goalCode}`;
    add(where, a.heading, a.statusBasis, a.recommendationText, ...a.caveats.map((c) => c.text));
    add(where, ...a.body.flatMap((b) => (b.kind === "evidence" ? [] : richTextPieces([b]))));
    add(where, ...a.datedStatements.map((d) => d.excerpt));
    for (const e of a.evidence) {
      if (e.kind === "statement") add(where, e.text);
      if (e.kind === "moving_pattern_table") add(where, e.table.title, ...e.table.rows.map((r) => r.label));
    }
  }
  for (const i of round.initiatives) {
    const where = `initiative ${i.id}`;
    add(where, i.isNew ? `${i.name} (ny)` : i.name);
    for (const [field, text] of Object.entries(i.statusReport.fields))
      add(`${where} ${field}`, ...richTextPieces(text));
    add(`${where} amounts`, ...i.statusReport.amountLines.map((l) => l.statedText));
    add(`${where} dates`, ...i.statusReport.datedStatements.map((d) => d.excerpt));
    add(`${where} links`, ...i.goalLinks.map((l) => l.excerpt));
    for (const c of i.successCriteria) {
      add(`${where} criterion ${c.id}`, c.text, ...c.measurements.map((m) => m.statedText));
      if (c.target !== null) add(`${where} criterion ${c.id}`, c.target.statedUnitText);
    }
  }
  for (const table of round.budget.tables) {
    const where = `budget ${table.id}`;
    add(where, table.title);
    for (const line of table.lines) {
      add(`${where} ${line.id}`, line.label, ...line.fundingSources.map((f) => f.statedText));
      if (line.statedTotal !== null) add(`${where} ${line.id}`, line.statedTotal.statedText);
      for (const cell of Object.values(line.cells))
        if (cell.kind === "amount" && cell.statedText) add(`${where} ${line.id}`, cell.statedText);
    }
    for (const total of [...Object.values(table.statedYearTotals), table.statedGrandTotal]) {
      if (total !== null && total !== undefined) add(`${where} I alt`, total.statedText);
    }
  }
  add("footnotes", ...round.budget.footnotes.map((f) => f.text));
  return pieces;
}
