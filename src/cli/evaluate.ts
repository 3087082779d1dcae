import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { DomainError } from "../domain/errors.ts";
import { yearArgument } from "./arguments.ts";
import { type GlobalOptions, withUseCases } from "./context.ts";
import { printJson, printTable } from "./output.ts";

/** `udsyn evaluate`: the letting-agreement evaluation from register microdata (docs/REGISTER.md). */
export function registerEvaluateCommand(program: Command, globals: () => GlobalOptions): void {
  program
    .command("evaluate")
    .description(
      "evaluering af udlejningsaftalen fra registerdata: ændringen i antal personer på overførselsindkomst mellem to år efter områdetype, delt på totaltømte og ikke-totaltømte boliger, og andelene blandt ind- og fraflyttere og fastboende; små celler skjules",
    )
    .requiredOption("--from <year>", "det første år", yearArgument)
    .requiredOption("--to <year>", "det sidste år", yearArgument)
    .option("--batch <name>", "registerbatchen (standard: den senest indlæste)")
    .option("--json", "maskinlæsbart output")
    .option("--xlsx <file>", "skriv tabellerne i en XLSX-fil")
    .action(async (opts: { from: number; to: number; batch?: string; json?: boolean; xlsx?: string }) => {
      if (opts.json && opts.xlsx !== undefined)
        throw new DomainError(
          "invalid_input",
          { da: "Vælg enten --json eller --xlsx", en: "Choose either --json or --xlsx" },
          [
            {
              field: "--xlsx",
              message: "kan ikke bruges sammen med --json",
              en: "cannot be used with --json",
            },
          ],
        );
      const [{ evaluateLettingAgreement }, view] = await Promise.all([
        import("../usecases/register/evaluate-letting-agreement.ts"),
        import("../domain/register/evaluation/evaluation-view.ts"),
      ]);
      await withUseCases(globals(), async (ctx, actor) => {
        const evaluation = await evaluateLettingAgreement(ctx, actor, {
          from: opts.from,
          to: opts.to,
          batch: opts.batch,
        });
        if (opts.json) return printJson(evaluation);
        if (opts.xlsx !== undefined) {
          const { lettingEvaluationWorkbook } = await import(
            "../render/evaluation/letting-evaluation-xlsx.ts"
          );
          writeFileSync(opts.xlsx, await lettingEvaluationWorkbook(evaluation));
          process.stdout.write(`Skrevet: ${opts.xlsx}\n`);
          return;
        }
        process.stdout.write(
          `${view.evaluationTitle(evaluation)}\nBatch »${evaluation.batch.name}« (nr. ${evaluation.batch.id})\n\n`,
        );
        printTable(view.changeTableHead, view.changeTableRows(evaluation));
        process.stdout.write("\nAndel på overførselsindkomst, %\n");
        printTable(
          view.shareTableHead(evaluation),
          [...evaluation.rows, evaluation.all].map(view.shareTableRow),
        );
        process.stdout.write("\n");
        for (const line of [...evaluation.definition.text, ...evaluation.notes])
          process.stdout.write(`${line}\n`);
      });
    });
}
