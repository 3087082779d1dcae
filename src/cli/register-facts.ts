import type { Command } from "commander";
import { formatDateTime, formatNumber } from "../domain/format.ts";
import { isoDateArgument, yearArgument } from "./arguments.ts";
import { type GlobalOptions, withUseCases } from "./context.ts";
import { printJson } from "./output.ts";

/** `udsyn register facts`: area facts computed from an imported register batch (docs/REGISTER.md). */
export function registerRegisterFactsCommands(program: Command, globals: () => GlobalOptions): void {
  const register =
    program.commands.find((c) => c.name() === "register") ??
    program.command("register").description("registerdata: beregninger på indlæste batches");
  register
    .command("facts")
    .description(
      "beregn områdefakta (én række pr. afdeling pr. år) og referencefakta fra en indlæst registerbatch, i databasen; definitionerne er daterede parametre i rules/register/fakta",
    )
    .requiredOption("--batch <name>", "batchens navn (som ved udsyn import)")
    .option("--from <year>", "første faktaår (standard: batchens første år)", yearArgument)
    .option("--to <year>", "sidste faktaår (standard: batchens sidste år)", yearArgument)
    .option(
      "--replace",
      "erstat områdefakta for samme år og afdeling fra en anden kilde (indtastet, CSV eller en anden batch); det erstattede skrives i revisionsloggen",
    )
    .option("--rules <YYYY-MM-DD>", "datoen, hvis definitioner bruges (standard: i dag)", isoDateArgument)
    .option("--municipality <name>", "kommunens navn i faktarækkerne (standard: København)")
    .option(
      "--region <name>",
      "regionen i faktarækkerne og regionens indkomst (standard: Region Hovedstaden)",
    )
    .option("--json", "maskinlæsbart output")
    .action(
      async (opts: {
        batch: string;
        from?: number;
        to?: number;
        replace?: boolean;
        rules?: string;
        municipality?: string;
        region?: string;
        json?: boolean;
      }) => {
        const { computeAreaFacts } = await import("../usecases/register/compute-area-facts.ts");
        await withUseCases(globals(), async (ctx, actor) => {
          const outcome = await computeAreaFacts(ctx, actor, {
            batch: opts.batch,
            fromYear: opts.from,
            toYear: opts.to,
            replace: opts.replace === true,
            rulesDate: opts.rules,
            municipality: opts.municipality,
            region: opts.region,
          });
          if (opts.json) return printJson(outcome);
          const span = `${outcome.years.from}-${outcome.years.to}`;
          if (outcome.status === "unchanged") {
            process.stdout.write(
              `Intet nyt: områdefakta for ${span} fra batch »${outcome.batch.name}« er allerede beregnet med de samme definitioner (beregning nr. ${outcome.computationId}, ${formatDateTime(new Date(outcome.computedAt))}); intet er ændret\n`,
            );
            return;
          }
          const lines = [
            `Beregnet områdefakta fra batch »${outcome.batch.name}« for ${span}: ${formatNumber(outcome.departmentYears)} afdelinger og år, ${outcome.referenceFacts} referencefakta (beregning nr. ${outcome.computationId})`,
          ];
          if (outcome.superseded > 0)
            lines.push(
              `  ${outcome.superseded} rækker fra en tidligere beregning af samme batch er opdateret`,
            );
          if (outcome.replaced.length > 0)
            lines.push(
              `  ${outcome.replaced.length} rækker fra en anden kilde er erstattet (se revisionsloggen)`,
            );
          for (const kept of outcome.referenceKept)
            lines.push(
              `  Referencefakta ${kept.kind} ${kept.year}${kept.region ? ` (${kept.region})` : ""} er bevaret: ${kept.source}`,
            );
          process.stdout.write(`${lines.join("\n")}\n`);
        });
      },
    );
}
