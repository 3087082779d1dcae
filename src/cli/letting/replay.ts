import type { Command } from "commander";
import { type GlobalOptions, withUseCases } from "../context.ts";
import { printJson, printTable } from "../output.ts";
import { decisionIdArgument } from "./decision-id-argument.ts";

export function registerReplayCommand(letting: Command, globals: () => GlobalOptions): void {
  letting
    .command("replay")
    .description(
      "genafspil en gemt afgørelse med dagens parametre: identisk, eller hvilke parametre der har ændret den",
    )
    .requiredOption("--id <n>", "afgørelsens nummer", decisionIdArgument)
    .option("--json", "maskinlæsbart output")
    .action(async (opts: { id: number; json?: boolean }) => {
      const { replayStoredDecision } = await import("../../usecases/letting/replay-decision.ts");
      const replay = await withUseCases(globals(), (ctx, actor) =>
        replayStoredDecision(ctx, actor, { id: opts.id }),
      );
      if (opts.json) return printJson(replay);
      process.stdout.write(`${replay.kind === "identical" ? "Identisk" : "Afviger"}: ${replay.summary}\n`);
      if (replay.factsSources !== undefined)
        process.stdout.write(`Områdefakta fra: ${replay.factsSources.join("; ")}\n`);
      if (replay.changedParameters.length > 0) {
        printTable(
          ["Parameter", "Gemt værdi", "Værdi i dag"],
          replay.changedParameters.map((c) => [
            c.id,
            JSON.stringify(c.storedValue),
            JSON.stringify(c.currentValue),
          ]),
          [60, 24, 24],
        );
      }
    });
}
