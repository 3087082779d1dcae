import type { Command } from "commander";
import { resultName } from "../../domain/letting/result-labels.ts";
import type { DecidedCombinedLetting } from "../../usecases/letting/decide-combined-letting.ts";
import { type GlobalOptions, withoutDatabase, withUseCases } from "../context.ts";
import { readJsonFile } from "../files.ts";
import { printJson } from "../output.ts";

function printDecision(decided: DecidedCombinedLetting, id: number | undefined, json: boolean): void {
  const { decision, designationSource } = decided;
  if (json) {
    printJson({ ...(id === undefined ? {} : { id }), decision, designationSource });
    return;
  }
  process.stdout.write(decision.justification.text);
  process.stdout.write(
    `\n---\nResultat: ${resultName(decision.result)}; erstatningsbolig: ${decision.replacementOffer ? "ja" : "nej"}; regelversion: ${decision.ruleVersion.id}; udpegning: ${designationSource === "given" ? "oplyst i filen" : "slået op i områdefakta"}\n`,
  );
  if (id !== undefined) process.stdout.write(`Gemt som afgørelse nr. ${id}.\n`);
}

export function registerDecideCommand(letting: Command, globals: () => GlobalOptions): void {
  letting
    .command("decide")
    .description(
      "afgør en ansøgning om kombineret udlejning (almenboligloven § 51 b) og skriv begrundelsen; uden designation i filen slås områdets udpegning op i områdefakta i databasen",
    )
    .requiredOption(
      "--input <application.json>",
      'ansøgningen: {"application": {...}, "designation"?: {...}} (se data/demo/applications/)',
    )
    .option("--store", "gem afgørelsen i databasen med regelversion, input, parametre og begrundelse")
    .option("--json", "maskinlæsbart output")
    .action(async (opts: { input: string; store?: boolean; json?: boolean }) => {
      const [{ decideCombinedLetting, previewCombinedLetting }, { parseCombinedLettingRequest }] =
        await Promise.all([
          import("../../usecases/letting/decide-combined-letting.ts"),
          import("../../usecases/letting/letting-input.ts"),
        ]);
      const request = parseCombinedLettingRequest(readJsonFile(opts.input), opts.input);
      const json = opts.json === true;
      if (opts.store) {
        const { record, ...decided } = await withUseCases(globals(), (ctx, actor) =>
          decideCombinedLetting(ctx, actor, request),
        );
        return printDecision(decided, record.id, json);
      }
      // A trial run with the designation in the file needs no database: none is opened or created.
      const decided =
        request.designation === undefined
          ? await withUseCases(globals(), (ctx, actor) => previewCombinedLetting(ctx, actor, request))
          : await withoutDatabase((ctx, actor) => previewCombinedLetting(ctx, actor, request));
      printDecision(decided, undefined, json);
    });
}
