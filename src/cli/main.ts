import { writeFile } from "node:fs/promises";
import { Command } from "commander";
import { registerAreasCommands } from "./areas.ts";
import { portArgument } from "./arguments.ts";
import { registerAuditCommands } from "./audit.ts";
import { registerCasesCommands } from "./cases.ts";
import { finish, type GlobalOptions, reportFailure, withDatabase } from "./context.ts";
import { registerDbCommands } from "./db.ts";
import { registerEvaluateCommand } from "./evaluate.ts";
import { registerLettingCommands } from "./letting.ts";
import { printJson } from "./output.ts";
import { registerMeasureCommand } from "./policy/measure-command.ts";
import { registerPolicyCommands } from "./policy.ts";
import { registerRegisterCommands } from "./register.ts";
import { registerRegisterFactsCommands } from "./register-facts.ts";
import { registerRulesCommands } from "./rules.ts";
import { registerStatsCommands } from "./stats.ts";
import { registerUsersCommands } from "./users.ts";

// `udsyn … | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

// Start-up loads only the command table: every verb's module defines its options and help with
// commander alone, and imports its use case, the database layer and heavy libraries (PDF, DOCX,
// XLSX, Fastify) inside its action. test/cli/cli-startup.test.ts keeps it so.
const program = new Command()
  .name("udsyn")
  .description("udsyn: opfølgning på integrationspolitik og udlejningsordninger")
  .option(
    "--data <dir>",
    "mappe til den indlejrede database (ellers UDSYN_DATA eller ./.udsyn-data); DATABASE_URL vælger PostgreSQL",
  )
  .showHelpAfterError();

// The verb's name (never its arguments: they may hold a password) goes into the embedded
// database's lock, so a command refused because the folder is in use can say by what.
let runningCommand = "udsyn";
program.hook("preAction", (_program, action) => {
  const names: string[] = [];
  for (let command: Command | null = action; command !== null; command = command.parent) {
    names.unshift(command.name());
  }
  runningCommand = names.join(" ");
});

const globals = (): GlobalOptions => ({ ...program.opts<GlobalOptions>(), command: runningCommand });

program
  .command("serve")
  .description("start web og API")
  .option(
    "--port <n>",
    "port (0: en ledig port, som skrives ud)",
    (value: string) => (value === "0" ? 0 : portArgument(value)),
    Number(process.env.PORT ?? 3000),
  )
  .option("--host <host>", "adresse at lytte på", process.env.HOST ?? "127.0.0.1")
  .action(async (opts: { port: number; host: string }) => {
    // A server runs for days and logs what fails: its traces name the source files (the bundle's
    // maps, read as each of the server's modules loads; a CLI call skips that cost, see
    // source-mapped-stack.ts). Modules loaded before this point are traced via reportFailure.
    process.setSourceMapsEnabled(true);
    const { serve } = await import("./serve.ts");
    await serve({ ...globals(), ...opts });
  });

const dbCommand = registerDbCommands(program, globals);

program
  .command("openapi")
  .description("skriv API'ets OpenAPI 3-dokument (det der ligger i docs/openapi.json)")
  .option("--out <file>", "filen der skrives (ellers standardoutput)")
  .action(async (opts: { out?: string }) => {
    const { openApiDocument } = await import("../server/openapi.ts");
    const document = await openApiDocument();
    if (opts.out === undefined) return printJson(document);
    await writeFile(opts.out, `${JSON.stringify(document, null, 2)}\n`);
    process.stdout.write(`Skrevet: ${opts.out}\n`);
  });

program
  .command("seed-demo")
  .description(
    "indlæs demodata (seedets redegørelse 2010, konstruerede områdefakta, SSP-sager, et syntetisk registerudtræk); kan køres igen uden dubletter",
  )
  .option("--no-register", "uden det syntetiske registerudtræk (det tager sekunder at indlæse)")
  .action(async (opts: { register: boolean }) =>
    withDatabase(globals(), async (handle) => {
      const [{ seedDemo }, { cliActor }] = await Promise.all([
        import("../usecases/demo/demo.service.ts"),
        import("../usecases/actor.ts"),
      ]);
      for (const { name, result } of await seedDemo(handle.db, cliActor(), { register: opts.register })) {
        process.stdout.write(`${name}: ${result === "" ? "intet nyt" : result}\n`);
      }
    }),
  );

registerUsersCommands(program, globals);
registerRulesCommands(program);
registerPolicyCommands(program, globals);
registerMeasureCommand(program, globals);
registerAreasCommands(program, globals);
registerLettingCommands(program, globals);
registerRegisterCommands(program, globals);
registerEvaluateCommand(program, globals);
registerRegisterFactsCommands(program, globals);
registerAuditCommands(program, globals, dbCommand);
registerStatsCommands(program);
registerCasesCommands(program, globals);

export { program };

program.parseAsync(process.argv).then(finish, reportFailure);
