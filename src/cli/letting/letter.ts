import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { formatDate } from "../../domain/format.ts";
import { resultName } from "../../domain/letting/result-labels.ts";
import { type GlobalOptions, withUseCases } from "../context.ts";
import { decisionIdArgument } from "./decision-id-argument.ts";

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerLetterCommand(letting: Command, globals: () => GlobalOptions): void {
  letting
    .command("letter")
    .description("skriv en gemt afgørelse som brev til borgeren (PDF eller tilgængelig HTML)")
    .requiredOption("--id <n>", "afgørelsens nummer", decisionIdArgument)
    .requiredOption("--out <file>", "filen, der skrives")
    .requiredOption("--to <navn>", "modtagerens navn (gemmes ikke)")
    .requiredOption("--address <linje>", "en adresselinje; gentag for flere", collect, [])
    .option("--language <da|en>", "brevets sprog", "da")
    .option("--format <pdf|html>", "pdf, eller html (tilgængelig)", "pdf")
    .action(
      async (opts: {
        id: number;
        out: string;
        to: string;
        address: string[];
        language: string;
        format: string;
      }) => {
        const { decisionLetter } = await import("../../usecases/letting/decision-letter.ts");
        const language = opts.language === "en" ? "en" : "da";
        const format = opts.format === "html" ? "html" : "pdf";
        const { record, body } = await withUseCases(globals(), (ctx, actor) =>
          decisionLetter(ctx, actor, {
            id: opts.id,
            language,
            format,
            recipient: { name: opts.to, address: opts.address },
          }),
        );
        writeFileSync(opts.out, body);
        process.stdout.write(
          `${opts.out}: brev for afgørelse nr. ${record.id} (${formatDate(record.decisionDate)}, ${resultName(record.result)}), ${body.length} byte\n`,
        );
      },
    );
}
