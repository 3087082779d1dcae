import { writeFile } from "node:fs/promises";
import { type Command, Option } from "commander";
import { REPORT_FORMATS, type ReportFormat } from "../../usecases/policy/round-file-kinds.ts";
import { type GlobalOptions, withUseCases } from "../context.ts";
import { type RoundOptions, roundRefOf, withRoundOptions } from "./round-options.ts";

/** `udsyn report`: the committee report written to a file. */
export function registerReportCommand(program: Command, globals: () => GlobalOptions): void {
  withRoundOptions(
    program.command("report").description("dan udvalgets redegørelse som HTML, DOCX eller PDF"),
  )
    .addOption(new Option("--format <format>", "filformat").choices(REPORT_FORMATS).makeOptionMandatory())
    .requiredOption("--out <file>", "filen der skrives")
    .action(async (opts: RoundOptions & { format: ReportFormat; out: string }) => {
      const { reportDocument } = await import("../../usecases/policy/report-document.ts");
      const file = await withUseCases(globals(), (ctx, actor) =>
        reportDocument(ctx, actor, { ...roundRefOf(opts), format: opts.format }),
      );
      await writeFile(opts.out, file.body);
      process.stdout.write(`Skrevet: ${opts.out} (${file.body.length.toLocaleString("da-DK")} bytes)\n`);
    });
}
