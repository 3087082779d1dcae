import type { Command } from "commander";
import { formatNumber, formatPercent } from "../domain/format.ts";
import type { StandardiseResult } from "../usecases/stats/standardise.ts";
import { withoutDatabase } from "./context.ts";
import { readTextFile } from "./files.ts";
import { printJson, printTable } from "./output.ts";

const percent = (share: number | null) => (share === null ? "-" : formatPercent(share, 2));
const ratio = (value: number | null) => (value === null ? "-" : formatNumber(value, 2));

function printResult(result: StandardiseResult): void {
  printTable(
    ["Gruppe", "Dømte", "Personer", "Rå rate", "Standardiseret", "95 %-interval"],
    [
      [result.groupName, result.group],
      [`${result.referenceName} (reference)`, result.reference],
    ].map(([name, rate]) => {
      const r = rate as StandardiseResult["group"];
      return [
        name as string,
        formatNumber(r.convicted),
        formatNumber(r.persons),
        percent(r.crude),
        percent(r.adjusted),
        `${percent(r.lci)} - ${percent(r.uci)}`,
      ];
    }),
  );
  process.stdout.write(
    `Forhold (standardiseret): ${ratio(result.ratio)} (95 %-interval ${ratio(result.ratioCi.lci)} - ${ratio(result.ratioCi.uci)}, log-normalt)\n`,
  );
  printTable(
    ["Stratum", "Vægt", result.groupName, result.referenceName],
    result.strata.map((s) => [
      s.stratum,
      percent(s.weight),
      ...[s.group, s.reference].map((cell) =>
        cell.suppressed
          ? `vises ikke (${cell.text})`
          : `${formatNumber(cell.convicted)} / ${formatNumber(cell.persons)}`,
      ),
    ]),
  );
  process.stdout.write(`${result.disclosure}\n`);
  for (const note of result.notes) process.stdout.write(`Bemærk: ${note}\n`);
  process.stdout.write(`Metode: ${result.method}.\n`);
}

export function registerStatsCommands(program: Command): void {
  const stats = program.command("stats").description("statistik på aggregerede data (mål c)");
  stats
    .command("standardise")
    .description(
      "domme pr. person i en gruppe mod en referencegruppe: rå og direkte standardiseret rate, forhold og 95 %-intervaller (Fay & Feuer)",
    )
    .requiredOption(
      "--input <file.csv>",
      "CSV med kolonnerne stratum,group,convicted,persons (flere kolonner må gerne stå)",
    )
    .option("--group <navn>", "gruppen (standard: den første af præcis to grupper i filen)")
    .option("--reference <navn>", "referencegruppen, hvis fordeling over strata er standarden")
    .option("--json", "maskinlæsbart output (rater som brøker)")
    .action(async (opts: { input: string; group?: string; reference?: string; json?: boolean }) => {
      const { standardiseRates } = await import("../usecases/stats/standardise.ts");
      const file = readTextFile(opts.input);
      const result = await withoutDatabase((ctx, actor) =>
        standardiseRates(ctx, actor, {
          content: file.content,
          fileName: file.fileName,
          group: opts.group,
          reference: opts.reference,
        }),
      );
      if (opts.json) return printJson(result);
      printResult(result);
    });
}
