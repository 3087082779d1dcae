import { parseDanishAmount } from "../../budget/danish-amount.ts";
import { richTextToPlain } from "../../goals/rich-text.ts";
import type { AmountLine } from "../../initiatives/amount-line.ts";
import { initiativeHeading } from "../../initiatives/initiative.ts";
import { statusField } from "../../initiatives/status-report.ts";
import type { RuleHit } from "../finding.ts";
import { mio } from "../money-text.ts";
import { compareSchemaAmounts } from "../schema-amount-comparison.ts";
import type { ValidationRule } from "../validation-rule.ts";

function quoted(lines: readonly AmountLine[]): string {
  return lines.map((l) => `»${l.statedText}«`).join(" + ");
}

function yearList(years: readonly number[]): string {
  if (years.length <= 1) return years.join("");
  return `${years.slice(0, -1).join(", ")} og ${years[years.length - 1]}`;
}

export const schemaAmountMismatchRule: ValidationRule = {
  id: "schema.amount_mismatch",
  severity: "error",
  title: "Statusskemaets beløb svarer til indsatsens linje i den økonomiske oversigt",
  check(round) {
    return compareSchemaAmounts(round).flatMap((c): RuleHit[] =>
      c.kind === "mismatch"
        ? [
            {
              location: {
                initiativeId: c.initiative.id,
                table: c.table.id,
                row: c.line.id,
                column: c.column,
                field: c.amountLines[0]?.field ?? "economy",
              },
              message:
                `${initiativeHeading(c.initiative)}, ${c.column}: statusskemaet angiver ${mio(c.schemaAmount)} ` +
                `(${quoted(c.amountLines)}), men den økonomiske oversigt viser ${mio(c.overviewAmount)} ` +
                `(forskel ${mio(c.schemaAmount - c.overviewAmount)}).`,
            },
          ]
        : [],
    );
  },
};

export const schemaAmountOutsideOverviewRule: ValidationRule = {
  id: "schema.amount_outside_overview",
  severity: "info",
  title: "Statusskemaet angiver beløb for år, som den økonomiske oversigt ikke dækker",
  check(round) {
    return compareSchemaAmounts(round).flatMap((c): RuleHit[] =>
      c.kind === "outside_overview"
        ? [
            {
              location: {
                initiativeId: c.initiative.id,
                table: c.table.id,
                row: c.line.id,
                field: "economy",
              },
              message:
                `${initiativeHeading(c.initiative)}: statusskemaet angiver beløb for ${yearList(c.years)} ` +
                `(${quoted(c.amountLines)}), men oversigten dækker kun ${c.table.years[0]}–${c.table.years.at(-1)}; ` +
                `${c.years.length > 1 ? "de år" : "det år"} kan ikke afstemmes.`,
            },
          ]
        : [],
    );
  },
};

export const schemaAmountNotInOverviewRule: ValidationRule = {
  id: "schema.amount_without_overview_amount",
  severity: "warning",
  title: "Statusskemaet angiver et beløb for et år, hvor oversigtens linje intet beløb har",
  check(round) {
    return compareSchemaAmounts(round).flatMap((c): RuleHit[] =>
      c.kind === "no_overview_amount" && c.line.distribution.kind === "by_year"
        ? [
            {
              location: {
                initiativeId: c.initiative.id,
                table: c.table.id,
                row: c.line.id,
                column: c.years.join(","),
              },
              message:
                `${initiativeHeading(c.initiative)}: statusskemaet angiver beløb for ${yearList(c.years)} ` +
                `(${quoted(c.amountLines)}), men oversigtens linje har intet beløb for ${c.years.length > 1 ? "de år" : "det år"}.`,
            },
          ]
        : [],
    );
  },
};

export const schemaAmountNotComparableRule: ValidationRule = {
  id: "schema.amount_not_comparable",
  severity: "info",
  title: "Statusskemaets årsbeløb kan ikke afstemmes med en linje, der ikke er fordelt på år",
  check(round) {
    return compareSchemaAmounts(round).flatMap((c): RuleHit[] =>
      c.kind === "no_overview_amount" && c.line.distribution.kind === "not_distributed"
        ? [
            {
              location: {
                initiativeId: c.initiative.id,
                table: c.table.id,
                row: c.line.id,
                column: c.years.join(","),
              },
              message:
                `${initiativeHeading(c.initiative)}: statusskemaet angiver ${quoted(c.amountLines)} for ${yearList(c.years)}, ` +
                `men oversigten har kun et samlet beløb${c.line.statedTotal === null ? "" : ` på ${mio(c.line.statedTotal.amount)}`} ` +
                `(fodnote ${c.line.footnoteMarkers.join(", ")}); beløbene kan ikke afstemmes.`,
            },
          ]
        : [],
    );
  },
};

export const schemaWithoutOverviewLineRule: ValidationRule = {
  id: "schema.no_overview_line",
  severity: "warning",
  title: "En indsats med beløb i statusskemaet har en linje i den økonomiske oversigt",
  check(round) {
    return compareSchemaAmounts(round).flatMap((c): RuleHit[] =>
      c.kind === "no_overview_line"
        ? [
            {
              location: { initiativeId: c.initiative.id, field: "economy" },
              message: `${initiativeHeading(c.initiative)}: statusskemaet angiver ${quoted(c.amountLines)}, men indsatsen har ingen linje i den økonomiske oversigt.`,
            },
          ]
        : [],
    );
  },
};

export const amountTextRule: ValidationRule = {
  id: "schema.amount_text",
  severity: "error",
  title: "Et registreret beløb står i feltets tekst og læses som det registrerede beløb",
  check(round) {
    const hits: RuleHit[] = [];
    for (const initiative of round.initiatives) {
      for (const amountLine of initiative.statusReport.amountLines) {
        const text = statusField(initiative.statusReport, amountLine.field);
        const location = { initiativeId: initiative.id, field: amountLine.field };
        if (text === undefined || !richTextToPlain(text).includes(amountLine.statedText)) {
          hits.push({
            location,
            message: `${initiativeHeading(initiative)}: beløbet »${amountLine.statedText}« står ikke i feltet ${amountLine.field}.`,
          });
          continue;
        }
        const parsed = parseDanishAmount(amountLine.statedText);
        if (parsed !== amountLine.amount) {
          hits.push({
            location,
            message: `${initiativeHeading(initiative)}: »${amountLine.statedText}« læses som ${parsed === null ? "intet beløb" : mio(parsed)}, men er registreret som ${mio(amountLine.amount)}.`,
          });
        }
      }
    }
    return hits;
  },
};
