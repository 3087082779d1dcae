import type { Command } from "commander";
import { exitWith, type GlobalOptions, withoutDatabase, withUseCases } from "./context.ts";
import { printJson } from "./output.ts";

/** Exit code of `udsyn audit verify` when the chain is broken. */
export const AUDIT_BROKEN_EXIT_CODE = 3;

/**
 * `udsyn audit verify`: walks the audit log's hash chain (exit 0 intact, 3 broken), and
 * `udsyn db grants --role NAME`: the privileges of the server's own database role, as SQL.
 */
export function registerAuditCommands(program: Command, globals: () => GlobalOptions, db: Command): void {
  const audit = program.command("audit").description("revisionssporet");
  audit
    .command("verify")
    .description(
      "kontrollér revisionssporets hash-kæder: hver række genberegnes; i hver brudt kæde nævnes første rettede, slettede eller flyttede række (exitkode 3); ellers skrives seglet over kædernes hoveder",
    )
    .option("--json", "maskinlæsbart output")
    .action(async (opts: { json?: boolean }) => {
      const { verifyAuditLog } = await import("../usecases/audit/verify-audit-log.ts");
      await withUseCases(globals(), async (ctx, actor) => {
        const result = await verifyAuditLog(ctx, actor, undefined);
        if (opts.json) printJson(result);
        else process.stdout.write(`${result.message}\n`);
        if (!result.intact) exitWith(AUDIT_BROKEN_EXIT_CODE);
      });
    });

  db.command("grants")
    .description(
      "skriv GRANT-sætningerne til serverens egen PostgreSQL-rolle (uden ejerskab: kan ikke ændre tabeller, slå triggere fra, tømme eller slette revisionssporet)",
    )
    .requiredOption("--role <name>", "rollen serveren forbinder som")
    .option("--schema <name>", "skemaet", "public")
    .action(async (opts: { role: string; schema: string }) => {
      const { databaseGrants } = await import("../usecases/audit/database-grants.ts");
      const statements = await withoutDatabase((ctx, actor) =>
        databaseGrants(ctx, actor, { role: opts.role, schema: opts.schema }),
      );
      process.stdout.write(
        [
          `-- Rettigheder til serverens rolle ${opts.role}; kør som skemaets ejer efter \`udsyn db migrate\`.`,
          `-- Rollen oprettes først, fx: CREATE ROLE ${opts.role} LOGIN PASSWORD '…';`,
          ...statements,
          "",
        ].join("\n"),
      );
    });
}
