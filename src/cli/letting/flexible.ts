import type { Command } from "commander";
import { type GlobalOptions, withUseCases } from "../context.ts";
import { readJsonFile } from "../files.ts";
import { printJson, printTable } from "../output.ts";

export function registerFlexibleCommand(letting: Command, globals: () => GlobalOptions): void {
  letting
    .command("flexible")
    .description(
      "fleksibel udlejning (almenboligloven § 60): rækkefølgen for én ledig bolig, den reserverede andel og begrundelsen; uden areaShareOutside i filen bruges områdefakta i databasen",
    )
    .requiredOption(
      "--input <vacancy.json>",
      '{"date", "vacancy": {...}, "applicants": [...], "areaShareOutside"?: {...}} (se data/demo/applications/)',
    )
    .option("--json", "maskinlæsbart output")
    .action(async (opts: { input: string; json?: boolean }) => {
      const [{ prioritiseFlexibleLetting }, { parseFlexibleLettingRequest }] = await Promise.all([
        import("../../usecases/letting/flexible-letting.ts"),
        import("../../usecases/letting/letting-input.ts"),
      ]);
      const request = parseFlexibleLettingRequest(readJsonFile(opts.input), opts.input);
      // The database is opened also when the file gives the area's share: the ranking of named
      // applicants is audited there.
      const result = await withUseCases(globals(), (ctx, actor) =>
        prioritiseFlexibleLetting(ctx, actor, request),
      );
      if (opts.json) return printJson(result);
      process.stdout.write(
        `Reserveret andel: ${result.reservedShare.display}; boligen udlejes ${result.vacancyIsFlexible ? "fleksibelt" : "efter den almindelige venteliste"}\n`,
      );
      printTable(
        ["Nr.", "Pseudonym", "Venteliste", "Fortrinsret", "Begrundelse"],
        result.order.map((o) => [
          String(o.rank),
          o.pseudonym,
          String(o.waitingListPosition),
          o.priority ? "ja" : "nej",
          o.reason,
        ]),
        [6, 14, 12, 13, 60],
      );
      process.stdout.write(`\n${result.justification.text}`);
    });
}
