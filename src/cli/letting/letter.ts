import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { formatDate } from "../../domain/format.ts";
import { resultName } from "../../domain/letting/result-labels.ts";
import { decisionLetter } from "../../usecases/letting/decision-letter.ts";
import { type GlobalOptions, withUseCases } from "../context.ts";
import { decisionIdArgument } from "./decision-id-argument.ts";

export function registerLetterCommand(letting: Command, globals: () => GlobalOptions): void {
  letting
    .command("letter")
    .description("skriv en gemt afgørelses begrundelse som brev (PDF)")
    .requiredOption("--id <n>", "afgørelsens nummer", decisionIdArgument)
    .requiredOption("--out <file.pdf>", "PDF-filen, der skrives")
    .action(async (opts: { id: number; out: string }) => {
      const { record, pdf } = await withUseCases(globals(), (ctx, actor) =>
        decisionLetter(ctx, actor, { id: opts.id }),
      );
      writeFileSync(opts.out, pdf);
      process.stdout.write(
        `${opts.out}: brev for afgørelse nr. ${record.id} (${formatDate(record.decisionDate)}, ${resultName(record.result)}), ${pdf.length} byte\n`,
      );
    });
}
