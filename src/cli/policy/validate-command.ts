import type { Command } from "commander";
import { roundStatusLabels } from "../../domain/policy/report/round-workflow.ts";
import type { Finding } from "../../domain/policy/validation/finding.ts";
import { exitWith, type GlobalOptions, withUseCases } from "../context.ts";
import { printJson, printTable } from "../output.ts";
import { type RoundOptions, roundRefOf, withRoundOptions } from "./round-options.ts";

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

/** `udsyn validate`: the findings as a table or JSON; exit code 3 when there are errors. */
export function registerValidateCommand(program: Command, globals: () => GlobalOptions): void {
  withRoundOptions(program.command("validate").description("valider en redegørelses tal og datoer"))
    .option("--json", "maskinlæsbart output")
    .action(async (opts: RoundOptions & { json?: boolean }) => {
      const [{ validateRound }, { severityCounts }] = await Promise.all([
        import("../../usecases/policy/validate-round.ts"),
        import("../../domain/policy/validation/finding.ts"),
      ]);
      const { round, findings } = await withUseCases(globals(), (ctx, actor) =>
        validateRound(ctx, actor, roundRefOf(opts)),
      );
      const counts = severityCounts(findings);
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
    });
}
