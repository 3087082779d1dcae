import type { Command } from "commander";
import { comparatorSymbols } from "../domain/law/comparator.ts";
import { isoDateArgument } from "./arguments.ts";
import { withoutDatabase } from "./context.ts";
import { printJson, printTable } from "./output.ts";

function sourceText(source: {
  act?: string;
  section?: string;
  bill?: string;
  document?: string;
  text?: string;
}): string {
  return [source.act, source.section, source.bill, source.document, source.text]
    .filter((s) => s !== undefined)
    .join(", ");
}

export function registerRulesCommands(program: Command): void {
  const rules = program.command("rules").description("de daterede lovparametre (rules/)");
  rules
    .command("list")
    .description("parametrene i kraft på en dato, med kilde")
    .option("--date <YYYY-MM-DD>", "datoen (standard: i dag)", isoDateArgument)
    .option("--json", "maskinlæsbart output")
    .action(async (opts: { date?: string; json?: boolean }) => {
      const { listRulesInForce } = await import("../usecases/rules/rules-in-force.ts");
      const { date, parameters: inForce } = await withoutDatabase((ctx, actor) =>
        listRulesInForce(ctx, actor, { date: opts.date }),
      );
      if (opts.json) return printJson({ date, parameters: inForce });
      process.stdout.write(`Parametre i kraft ${date}: ${inForce.length}\n`);
      printTable(
        ["Parameter", "Værdi", "Gælder fra", "Kilde"],
        inForce.map((p) => [
          `${p.id}\n${p.description}`,
          `${p.comparator ? `${comparatorSymbols[p.comparator]} ` : ""}${p.display}${p.verify ? "\n(verificeres)" : ""}`,
          p.effectiveFrom,
          sourceText(p.source),
        ]),
        [60, 20, 12, 44],
      );
    });
}
