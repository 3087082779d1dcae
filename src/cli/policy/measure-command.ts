import type { Command } from "commander";
import { yearArgument } from "../arguments.ts";
import type { GlobalOptions } from "../context.ts";
import { withUseCases } from "../context.ts";
import { printJson, printTable } from "../output.ts";

/** `udsyn measure`: the round's computed indicators measured from a batch of register data. */
export function registerMeasureCommand(program: Command, globals: () => GlobalOptions): void {
  program
    .command("measure")
    .description(
      "mål redegørelsens beregnede indikatorer (mål a, b og c) fra et indlæst registerudtræk og skriv målingerne i redegørelsen",
    )
    .requiredOption("--committee <code>", "udvalgets kode, fx SUD", (v) => v.toUpperCase())
    .requiredOption("--year <year>", "redegørelsens år", yearArgument)
    .option("--batch <navn>", "registerbatchen (standard: den senest indlæste)")
    .option("--json", "maskinlæsbart output")
    .action(async (opts: { committee: string; year: number; batch?: string; json?: boolean }) => {
      const { measureGoals, unmeasuredText } = await import("../../usecases/register/measure-goals.ts");
      const outcome = await withUseCases(globals(), (ctx, actor) =>
        measureGoals(ctx, actor, { committee: opts.committee, year: opts.year, batch: opts.batch }),
      );
      if (opts.json) return printJson(outcome);
      process.stdout.write(
        `${outcome.committee} ${outcome.year}, version ${outcome.version}: målt fra registerbatch »${outcome.batch}«\n`,
      );
      for (const indicator of outcome.indicators) {
        process.stdout.write(`\n${indicator.name}\n`);
        if (indicator.unmeasured !== undefined) {
          process.stdout.write(
            `Ingen måling: ${unmeasuredText(indicator.unmeasured, outcome.batch, outcome.requestDate)}\n`,
          );
          continue;
        }
        printTable(
          ["Periode", "Værdi", "Bemærkning"],
          indicator.measurements.map((m) => [
            m.period === null
              ? "-"
              : m.period.kind === "year"
                ? String(m.period.year)
                : m.period.kind === "date"
                  ? m.period.date
                  : `${m.period.year}`,
            m.statedText,
            m.note ?? "",
          ]),
        );
        if (indicator.afterRoundDate > 0)
          process.stdout.write(
            `${indicator.afterRoundDate} ${indicator.afterRoundDate === 1 ? "periode" : "perioder"} efter redegørelsens dato er ikke skrevet ind.\n`,
          );
      }
    });
}
