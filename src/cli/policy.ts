import { readFile, writeFile } from "node:fs/promises";
import { type Command, Option } from "commander";
import { listRounds } from "../db/policy.repository.ts";
import { roundStatuses, roundStatusLabels } from "../domain/policy/report/round-workflow.ts";
import type { Finding } from "../domain/policy/validation/finding.ts";
import { cliActor } from "../usecases/actor.ts";
import {
  CSV_TABLES,
  type CsvTable,
  exportRoundCsv,
  exportRoundXlsx,
  REPORT_FORMATS,
  type ReportFormat,
  renderReport,
} from "../usecases/policy/report.service.ts";
import {
  findingsOf,
  importRoundXlsx,
  requireRound,
  transitionRound,
} from "../usecases/policy/round.service.ts";
import { yearArgument } from "./arguments.ts";
import { exitWith, type GlobalOptions, withDatabase } from "./context.ts";
import { printJson, printTable } from "./output.ts";

interface RoundOptions {
  readonly committee: string;
  readonly year: number;
  readonly version?: number;
}

function withRoundOptions(command: Command): Command {
  return command
    .requiredOption("--committee <code>", "udvalgets kode, fx SUD", (v) => v.toUpperCase())
    .requiredOption("--year <year>", "redegørelsens år", yearArgument)
    .option("--version <n>", "version (standard: nyeste)", (v) => Number.parseInt(v, 10));
}

const SEVERITY: Readonly<Record<Finding["severity"], string>> = {
  error: "FEJL",
  warning: "advarsel",
  info: "info",
};

function where(f: Finding): string {
  const l = f.location;
  return [l.goalCode && `mål ${l.goalCode}`, l.initiativeId, l.table, l.row, l.column, l.field]
    .filter(Boolean)
    .join(" / ");
}

export function registerPolicyCommands(program: Command, globals: () => GlobalOptions): void {
  withRoundOptions(program.command("validate").description("valider en redegørelses tal og datoer"))
    .option("--json", "maskinlæsbart output")
    .action(async (opts: RoundOptions & { json?: boolean }) =>
      withDatabase(globals(), async ({ db }) => {
        const round = await requireRound(db, opts.committee, opts.year, opts.version);
        const findings = findingsOf(round);
        const counts = { error: 0, warning: 0, info: 0 };
        for (const f of findings) counts[f.severity]++;
        if (opts.json) {
          printJson({
            committee: round.committeeCode,
            year: round.year,
            version: round.version,
            status: round.status,
            counts,
            findings,
          });
        } else {
          process.stdout.write(
            `${round.committeeCode} ${round.year}, version ${round.version} (${roundStatusLabels[round.status]}): ${counts.error} fejl, ${counts.warning} advarsler, ${counts.info} info\n`,
          );
          printTable(
            ["Alvor", "Regel", "Hvor", "Besked"],
            findings.map((f) => [SEVERITY[f.severity], f.ruleId, where(f), f.message]),
            [10, 26, 30, 70],
          );
        }
        // Errors block approval: a script can act on the exit code.
        if (counts.error > 0) exitWith(3);
      }),
    );

  withRoundOptions(
    program.command("report").description("dan udvalgets redegørelse som HTML, DOCX eller PDF"),
  )
    .addOption(new Option("--format <format>", "filformat").choices(REPORT_FORMATS).makeOptionMandatory())
    .requiredOption("--out <file>", "filen der skrives")
    .action(async (opts: RoundOptions & { format: ReportFormat; out: string }) =>
      withDatabase(globals(), async ({ db }) => {
        const round = await requireRound(db, opts.committee, opts.year, opts.version);
        const file = await renderReport(db, round, opts.format);
        await writeFile(opts.out, file.body);
        process.stdout.write(`Skrevet: ${opts.out} (${file.body.length.toLocaleString("da-DK")} bytes)\n`);
      }),
    );

  const rounds = program.command("rounds").description("redegørelsesrunder: liste, arbejdsgang, XLSX og CSV");
  rounds
    .command("list")
    .description("alle runder")
    .option("--json", "maskinlæsbart output")
    .action(async (opts: { json?: boolean }) =>
      withDatabase(globals(), async ({ db }) => {
        const list = await listRounds(db);
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
      }),
    );
  withRoundOptions(
    rounds
      .command("transition")
      .description("flyt runden i arbejdsgangen (godkendelse kræver en fejlfri redegørelse)"),
  )
    .addOption(new Option("--to <status>", "ny status").choices(roundStatuses).makeOptionMandatory())
    .action(async (opts: RoundOptions & { to: (typeof roundStatuses)[number] }) =>
      withDatabase(globals(), async ({ db }) => {
        const round = await requireRound(db, opts.committee, opts.year, opts.version);
        const after = await transitionRound(db, cliActor(), round.id, opts.to);
        process.stdout.write(
          `${after.committeeCode} ${after.year} v${after.version}: ${roundStatusLabels[after.status]}\n`,
        );
      }),
    );
  withRoundOptions(rounds.command("export-xlsx").description("økonomi og statusskemaer i XLSX-skabelonen"))
    .requiredOption("--out <file>", "filen der skrives")
    .action(async (opts: RoundOptions & { out: string }) =>
      withDatabase(globals(), async ({ db }) => {
        const file = await exportRoundXlsx(await requireRound(db, opts.committee, opts.year, opts.version));
        await writeFile(opts.out, file.body);
        process.stdout.write(`Skrevet: ${opts.out}\n`);
      }),
    );
  withRoundOptions(
    rounds.command("import-xlsx").description("indlæs en udfyldt XLSX-skabelon i runden (alt eller intet)"),
  )
    .argument("<file>", "XLSX-filen")
    .action(async (file: string, opts: RoundOptions) =>
      withDatabase(globals(), async ({ db }) => {
        const round = await requireRound(db, opts.committee, opts.year, opts.version);
        await importRoundXlsx(db, cliActor(), round.id, await readFile(file));
        process.stdout.write(`Indlæst i ${round.committeeCode} ${round.year} v${round.version}: ${file}\n`);
      }),
    );
  withRoundOptions(rounds.command("export-csv").description("en tabel som CSV (semikolon, UTF-8 med BOM)"))
    .addOption(new Option("--table <table>", "tabellen").choices(CSV_TABLES).makeOptionMandatory())
    .requiredOption("--out <file>", "filen der skrives")
    .action(async (opts: RoundOptions & { table: CsvTable; out: string }) =>
      withDatabase(globals(), async ({ db }) => {
        const file = exportRoundCsv(
          await requireRound(db, opts.committee, opts.year, opts.version),
          opts.table,
        );
        await writeFile(opts.out, file.body);
        process.stdout.write(`Skrevet: ${opts.out}\n`);
      }),
    );
}
