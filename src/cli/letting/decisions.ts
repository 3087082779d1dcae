import { type Command, Option } from "commander";
import type { LettingDecisionKind } from "../../domain/letting/decision-kind.ts";
import { resultName } from "../../domain/letting/result-labels.ts";
import { type GlobalOptions, withUseCases } from "../context.ts";
import { printJson, printTable } from "../output.ts";

export function registerDecisionsCommand(letting: Command, globals: () => GlobalOptions): void {
  letting
    .command("decisions")
    .description("de gemte afgørelser, nyeste først (læsningen logges)")
    .addOption(
      new Option("--kind <kind>", "kun én slags afgørelse").choices(["combined_letting", "relocation_grant"]),
    )
    .option("--json", "maskinlæsbart output")
    .action(async (opts: { kind?: LettingDecisionKind; json?: boolean }) => {
      const { listStoredDecisions } = await import("../../usecases/letting/stored-decisions.ts");
      const decisions = await withUseCases(globals(), (ctx, actor) =>
        listStoredDecisions(ctx, actor, { kind: opts.kind, limit: 500 }),
      );
      if (opts.json) return printJson({ decisions });
      printTable(
        ["Nr.", "Slags", "Dato", "Område", "Pseudonym", "Resultat", "Regelversion"],
        decisions.map((d) => [
          String(d.id),
          d.kind,
          d.decisionDate,
          d.areaId,
          d.subjectPseudonym,
          resultName(d.result),
          d.ruleVersion,
        ]),
      );
    });
}
