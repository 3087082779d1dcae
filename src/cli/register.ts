import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { Command } from "commander";
import { DomainError } from "../domain/errors.ts";
import { synthesiseRegister } from "../domain/register/synth/synthesise.ts";
import { importRegisterBatch } from "../usecases/register/import-register-batch.ts";
import { type GlobalOptions, withUseCases } from "./context.ts";
import { printJson } from "./output.ts";

function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`"${value}" er ikke et positivt heltal`);
  return Number(value);
}

function integer(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new Error(`"${value}" er ikke et heltal`);
  return Number(value);
}

/** The CSV files of a batch folder, as bytes (UTF-8 or Latin-1 is decided per file when read). */
function readBatchFolder(dir: string): { fileName: string; content: Uint8Array }[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.toLowerCase().endsWith(".csv"));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT" ? "mappen findes ikke" : (error as Error).message;
    throw new DomainError("invalid_input", `${dir}: ${reason}`, [{ source: dir, message: reason }]);
  }
  return names.sort().map((name) => ({ fileName: name, content: readFileSync(join(dir, name)) }));
}

export function registerRegisterCommands(program: Command, globals: () => GlobalOptions): void {
  program
    .command("synth")
    .description(
      "skriv en syntetisk, pseudonymiseret registerbefolkning (en København-lignende by 2006-2012) som CSV i importformatet (docs/REGISTER.md); samme --seed giver de samme filer",
    )
    .requiredOption(
      "--persons <n>",
      "antal personer 1. januar 2006 (tilflyttere kommer oveni)",
      positiveInteger,
    )
    .option("--seed <s>", "frø til den tilfældige talrække", integer, 1)
    .requiredOption("--out <dir>", "mappen filerne skrives i (oprettes)")
    .action((opts: { persons: number; seed: number; out: string }) => {
      const files = synthesiseRegister({ persons: opts.persons, seed: opts.seed });
      mkdirSync(opts.out, { recursive: true });
      for (const [name, text] of Object.entries(files)) writeFileSync(join(opts.out, name), text);
      const persons = files["persons.csv"].split("\n").length - 2;
      process.stdout.write(
        `Skrevet: ${Object.keys(files).length} filer med ${persons} personer i ${opts.out}\n`,
      );
    });

  program
    .command("import")
    .description(
      "indlæs en mappe med registerdata (CSV i formatet i docs/REGISTER.md) som én batch: alt eller intet, hver fejl meldes med fil, række og kolonne; samme indhold indlæst igen ændrer intet",
    )
    .requiredOption("--dir <dir>", "mappen med CSV-filerne")
    .option("--batch <name>", "batchens navn (standard: mappens navn)")
    .option(
      "--pseudonymise",
      "erstat CPR-lignende identifikatorer med en nøglet hash (HMAC-SHA256); nøglen læses fra UDSYN_PSEUDONYM_KEY og gemmes ikke",
    )
    .option("--json", "maskinlæsbart output")
    .action(async (opts: { dir: string; batch?: string; pseudonymise?: boolean; json?: boolean }) => {
      const files = readBatchFolder(opts.dir);
      const name = opts.batch ?? basename(resolve(opts.dir));
      await withUseCases(globals(), async (ctx, actor) => {
        const outcome = await importRegisterBatch(ctx, actor, {
          name,
          files,
          pseudonymise: opts.pseudonymise === true,
          pseudonymKey: process.env.UDSYN_PSEUDONYM_KEY,
        });
        if (opts.json) return printJson(outcome);
        if (outcome.status === "unchanged") {
          process.stdout.write(
            `Intet nyt: indholdet er allerede indlæst som batch »${outcome.name}« (nr. ${outcome.batchId}); intet er ændret\n`,
          );
          return;
        }
        const counts = Object.entries(outcome.rowCounts)
          .map(([file, n]) => `${file} ${n}`)
          .join(", ");
        process.stdout.write(`Indlæst batch »${outcome.name}« (nr. ${outcome.batchId}): ${counts}\n`);
      });
    });
}
