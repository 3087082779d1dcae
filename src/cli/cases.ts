import { type Command, InvalidArgumentError } from "commander";
import { AGE_GROUP_LABELS } from "../domain/cases/age-group.ts";
import { type GlobalOptions, withUseCases } from "./context.ts";
import { printJson, printTable } from "./output.ts";

function levelArgument(value: string): number {
  const level = Number(value);
  if (![1, 2, 3, 4].includes(level)) throw new InvalidArgumentError("niveauet skal være 1, 2, 3 eller 4");
  return level;
}

/** `udsyn cases …`: SSP cases as the operator (administrator) sees them, without names. */
export function registerCasesCommands(program: Command, globals: () => GlobalOptions): void {
  const cases = program.command("cases").description("SSP-sager: sager, overskredne handlinger, sletning");

  cases
    .command("list")
    .description("de åbne SSP-sager (læsningen logges)")
    .option("--level <n>", "kun sager på niveau 1-4", levelArgument)
    .option("--committee <code>", "kun ét SSP-lokaludvalg")
    .option("--json", "maskinlæsbart output: en liste af sager")
    .action(async (opts: { level?: number; committee?: string; json?: boolean }) => {
      const { listCases } = await import("../usecases/cases/list-cases.ts");
      const rows = await withUseCases(globals(), (ctx, actor) =>
        listCases(ctx, actor, { level: opts.level, committee: opts.committee }),
      );
      if (opts.json) return printJson(rows);
      printTable(
        ["Nr.", "Niveau", "Lokaludvalg", "Pseudonym", "Aldersgruppe", "Oprettet", "Åbne", "Overskredne"],
        rows.map((r) => [
          String(r.id),
          String(r.level),
          r.committee,
          r.pseudonym,
          r.ageGroup === null ? "" : AGE_GROUP_LABELS[r.ageGroup],
          r.openedOn,
          String(r.openActions),
          String(r.overdueActions),
        ]),
      );
    });

  cases
    .command("overdue")
    .description("handlinger, hvis frist er overskredet, ældste først (læsningen logges)")
    .option("--committee <code>", "kun ét SSP-lokaludvalg")
    .option("--json", "maskinlæsbart output: en liste af sager med handling og frist")
    .action(async (opts: { committee?: string; json?: boolean }) => {
      const { listOverdueActions } = await import("../usecases/cases/list-cases.ts");
      const rows = await withUseCases(globals(), (ctx, actor) =>
        listOverdueActions(ctx, actor, { committee: opts.committee }),
      );
      const items = rows.map((r) => ({
        id: r.caseId,
        level: r.level,
        committee: r.committee,
        actionId: r.actionId,
        action: r.action,
        title: r.title,
        responsible: r.responsible,
        dueOn: r.dueOn,
      }));
      if (opts.json) return printJson(items);
      printTable(
        ["Sag", "Niveau", "Lokaludvalg", "Handling", "Ansvarlig", "Frist"],
        items.map((r) => [String(r.id), String(r.level), r.committee, r.title, r.responsible, r.dueOn]),
      );
    });

  cases
    .command("member <username> [committees...]")
    .description("sæt hvilke SSP-lokaludvalg en bruger er sagsbehandler i (erstatter listen)")
    .action(async (username: string, committees: string[]) => {
      const { setUserCaseCommittees } = await import("../usecases/cases/case-admin.ts");
      const codes = await withUseCases(globals(), (ctx, actor) =>
        setUserCaseCommittees(ctx, actor, { user: username, committees }),
      );
      process.stdout.write(`${username}: ${codes.length === 0 ? "ingen lokaludvalg" : codes.join(", ")}\n`);
    });

  cases
    .command("purge")
    .description(
      "slet tidslinjen og anonymisér de unge i sager, der blev lukket for mere end opbevaringsperioden siden (kobenhavn.ssp.opbevaringsperiode)",
    )
    .option("--dry-run", "vis kun, hvilke sager det gælder")
    .option("--json", "maskinlæsbart output")
    .action(async (opts: { dryRun?: boolean; json?: boolean }) => {
      const { purgeCases } = await import("../usecases/cases/case-admin.ts");
      const result = await withUseCases(globals(), (ctx, actor) =>
        purgeCases(ctx, actor, { dryRun: opts.dryRun }),
      );
      if (opts.json) return printJson(result);
      const verb = result.dryRun ? "ville blive anonymiseret" : "anonymiseret";
      process.stdout.write(
        `${result.purged.length} sager lukket senest ${result.closedBy} (opbevaring ${result.retentionYears} år) ${verb}${result.purged.length > 0 ? `: ${result.purged.join(", ")}` : ""}\n`,
      );
    });
}
