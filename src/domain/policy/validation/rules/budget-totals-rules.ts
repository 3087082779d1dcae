import { cellAmount, cellOf } from "../../budget/budget-overview.ts";
import { computeTableTotals, sumOfYears } from "../../budget/budget-totals.ts";
import type { RuleHit } from "../finding.ts";
import { mio } from "../money-text.ts";
import type { ValidationRule } from "../validation-rule.ts";

function stated(text: string): string {
  return `(trykt som »${text}«)`;
}

export const rowTotalRule: ValidationRule = {
  id: "budget.row_total",
  severity: "error",
  title: "En linjes angivne i alt svarer til summen af dens år",
  check(round) {
    const hits: RuleHit[] = [];
    for (const table of round.budget.tables) {
      for (const line of table.lines) {
        if (line.distribution.kind !== "by_year" || line.statedTotal === null) continue;
        const sum = sumOfYears(line, table.years);
        if (sum === line.statedTotal.amount) continue;
        hits.push({
          location: {
            table: table.id,
            row: line.id,
            column: "I alt",
            ...(line.initiativeId === null ? {} : { initiativeId: line.initiativeId }),
          },
          message:
            `${line.label}: i alt er angivet til ${mio(line.statedTotal.amount)} ${stated(line.statedTotal.statedText)}, ` +
            `men årene ${table.years[0]}–${table.years.at(-1)} summerer til ${mio(sum)} (forskel ${mio(line.statedTotal.amount - sum)}).`,
        });
      }
    }
    return hits;
  },
};

export const columnTotalRule: ValidationRule = {
  id: "budget.column_total",
  severity: "error",
  title: "Et års angivne i alt og tabellens samlede i alt svarer til summen af linjerne",
  check(round) {
    const hits: RuleHit[] = [];
    for (const table of round.budget.tables) {
      const totals = computeTableTotals(table);
      for (const year of table.years) {
        const statedTotal = table.statedYearTotals[String(year)];
        const computed = totals.yearTotals[String(year)] ?? 0;
        if (statedTotal === null || statedTotal === undefined || statedTotal.amount === computed) continue;
        hits.push({
          location: { table: table.id, row: "I alt", column: String(year) },
          message:
            `${table.title}, ${year}: i alt er angivet til ${mio(statedTotal.amount)} ${stated(statedTotal.statedText)}, ` +
            `men linjerne summerer til ${mio(computed)} (forskel ${mio(statedTotal.amount - computed)}).`,
        });
      }
      const grand = table.statedGrandTotal;
      if (grand !== null && grand.amount !== totals.grandTotal) {
        const excluded = table.lines.filter((l) => totals.excludedLineIds.includes(l.id)).map((l) => l.label);
        hits.push({
          location: { table: table.id, row: "I alt", column: "I alt" },
          message:
            `${table.title}: samlet i alt er angivet til ${mio(grand.amount)} ${stated(grand.statedText)}, ` +
            `men linjerne fordelt på år summerer til ${mio(totals.grandTotal)}` +
            (excluded.length > 0 ? ` (uden ${excluded.join(", ")}, der ikke er fordelt på år).` : "."),
        });
      }
    }
    return hits;
  },
};

export const notDistributedRule: ValidationRule = {
  id: "budget.not_distributed",
  severity: "info",
  title: "Et samlet beløb, der ikke er fordelt på år, står uden for års- og samlede totaler (med fodnote)",
  check(round) {
    const hits: RuleHit[] = [];
    for (const table of round.budget.tables) {
      for (const line of table.lines) {
        if (line.distribution.kind !== "not_distributed" || line.footnoteMarkers.length === 0) continue;
        const amount = line.statedTotal === null ? "et beløb" : mio(line.statedTotal.amount);
        hits.push({
          location: {
            table: table.id,
            row: line.id,
            column: "I alt",
            ...(line.initiativeId === null ? {} : { initiativeId: line.initiativeId }),
          },
          message:
            `${line.label}: ${amount} er et samlet beløb, der ikke er fordelt på år (fodnote ${line.footnoteMarkers.join(", ")}); ` +
            "beløbet indgår ikke i årstotalerne eller i tabellens samlede i alt.",
        });
      }
    }
    return hits;
  },
};

export const silentExclusionRule: ValidationRule = {
  id: "budget.exclusion_without_footnote",
  severity: "warning",
  title: "Et beløb, der står uden for totalerne, skal forklares med en fodnote",
  check(round) {
    return round.budget.tables.flatMap((table) =>
      table.lines
        .filter((line) => line.distribution.kind === "not_distributed" && line.footnoteMarkers.length === 0)
        .map((line) => ({
          location: { table: table.id, row: line.id, column: "I alt" },
          message: `${line.label}: beløbet er ikke fordelt på år og står uden for totalerne, men ingen fodnote forklarer det.`,
        })),
    );
  },
};

export const subLinesRule: ValidationRule = {
  id: "budget.sub_lines",
  severity: "error",
  title: "Underlinjerne summerer til linjens beløb i hvert år, hvor alle underlinjer har et beløb",
  check(round) {
    const hits: RuleHit[] = [];
    for (const table of round.budget.tables) {
      for (const line of table.lines) {
        if (line.subLines.length === 0) continue;
        for (const year of table.years) {
          const amounts = line.subLines.map((sub) => cellAmount(cellOf(sub.cells, year)));
          if (amounts.some((a) => a === null)) continue;
          const sum = amounts.reduce<number>((s, a) => s + (a ?? 0), 0);
          const lineAmount = cellAmount(cellOf(line.cells, year));
          if (lineAmount === sum) continue;
          hits.push({
            location: { table: table.id, row: line.id, column: String(year) },
            message:
              `${line.label}, ${year}: underlinjerne (${line.subLines.map((s) => s.label).join(", ")}) summerer til ` +
              `${mio(sum)}, men linjen viser ${lineAmount === null ? "intet beløb" : mio(lineAmount)}.`,
          });
        }
      }
    }
    return hits;
  },
};
