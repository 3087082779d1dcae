import { readFile, writeFile } from "node:fs/promises";
import { type Command, Option } from "commander";
import {
  type RoundStatus,
  roundStatuses,
  roundStatusLabels,
} from "../../domain/policy/report/round-workflow.ts";
import { CSV_TABLES, type CsvTable } from "../../usecases/policy/round-file-kinds.ts";
import { type GlobalOptions, withUseCases } from "../context.ts";
import { printJson, printTable } from "../output.ts";
import { type RoundOptions, roundRefOf, withRoundOptions } from "./round-options.ts";

/** `udsyn rounds …`: the list, the workflow, and the XLSX and CSV files. */
export function registerRoundsCommands(program: Command, globals: () => GlobalOptions): void {
  const rounds = program.command("rounds").description("redegørelsesrunder: liste, arbejdsgang, XLSX og CSV");
  rounds
    .command("list")
    .description("alle runder")
    .option("--json", "maskinlæsbart output")
    .action(async (opts: { json?: boolean }) => {
      const { listRounds } = await import("../../usecases/policy/list-rounds.ts");
      const list = await withUseCases(globals(), (ctx, actor) => listRounds(ctx, actor, {}));
      if (opts.json) return printJson(list);
      printTable(
        ["Udvalg", "År", "Version", "Status", "Frist"],
        list.map((r) => [
          r.committeeCode,
          String(r.year),
          String(r.version),
          roundStatusLabels[r.status],
          r.deadline ?? "",
        ]),
      );
    });

  withRoundOptions(
    rounds
      .command("transition")
      .description("flyt runden i arbejdsgangen (godkendelse kræver en fejlfri redegørelse)"),
  )
    .addOption(new Option("--to <status>", "ny status").choices(roundStatuses).makeOptionMandatory())
    .action(async (opts: RoundOptions & { to: RoundStatus }) => {
      const [{ showRound }, { transitionRound }] = await Promise.all([
        import("../../usecases/policy/show-round.ts"),
        import("../../usecases/policy/transition-round.ts"),
      ]);
      const after = await withUseCases(globals(), async (ctx, actor) => {
        // The command line names the round; the workflow step takes its id.
        const round = await showRound(ctx, actor, roundRefOf(opts));
        return transitionRound(ctx, actor, { roundId: round.id, to: opts.to });
      });
      process.stdout.write(
        `${after.committeeCode} ${after.year} v${after.version}: ${roundStatusLabels[after.status]}\n`,
      );
    });

  withRoundOptions(rounds.command("export-xlsx").description("økonomi og statusskemaer i XLSX-skabelonen"))
    .requiredOption("--out <file>", "filen der skrives")
    .action(async (opts: RoundOptions & { out: string }) => {
      const { exportRoundXlsx } = await import("../../usecases/policy/round-xlsx.ts");
      const file = await withUseCases(globals(), (ctx, actor) =>
        exportRoundXlsx(ctx, actor, roundRefOf(opts)),
      );
      await writeFile(opts.out, file.body);
      process.stdout.write(`Skrevet: ${opts.out}\n`);
    });

  withRoundOptions(
    rounds.command("import-xlsx").description("indlæs en udfyldt XLSX-skabelon i runden (alt eller intet)"),
  )
    .argument("<file>", "XLSX-filen")
    .option(
      "--revision <n>",
      "udgaven af runden, filen er lavet til (afvises, hvis runden er ændret siden); uden: runden som den er nu",
      (value) => Number.parseInt(value, 10),
    )
    .action(async (file: string, opts: RoundOptions & { revision?: number }) => {
      const [{ showRound }, { importRoundXlsx }] = await Promise.all([
        import("../../usecases/policy/show-round.ts"),
        import("../../usecases/policy/import-round-xlsx.ts"),
      ]);
      const round = await withUseCases(globals(), async (ctx, actor) => {
        const named = await showRound(ctx, actor, roundRefOf(opts));
        await importRoundXlsx(ctx, actor, {
          roundId: named.id,
          revision: opts.revision ?? named.revision,
          file: await readFile(file),
        });
        return named;
      });
      process.stdout.write(`Indlæst i ${round.committeeCode} ${round.year} v${round.version}: ${file}\n`);
    });

  withRoundOptions(rounds.command("export-csv").description("en tabel som CSV (semikolon, UTF-8 med BOM)"))
    .addOption(new Option("--table <table>", "tabellen").choices(CSV_TABLES).makeOptionMandatory())
    .requiredOption("--out <file>", "filen der skrives")
    .action(async (opts: RoundOptions & { table: CsvTable; out: string }) => {
      const { exportRoundCsv } = await import("../../usecases/policy/round-csv.ts");
      const file = await withUseCases(globals(), (ctx, actor) =>
        exportRoundCsv(ctx, actor, { ...roundRefOf(opts), table: opts.table }),
      );
      await writeFile(opts.out, file.body);
      process.stdout.write(`Skrevet: ${opts.out}\n`);
    });
}
