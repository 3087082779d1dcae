import { randomBytes } from "node:crypto";
import { type Command, Option } from "commander";
import { ROLES, type Role } from "../domain/access.ts";
import { formatDateTime } from "../domain/format.ts";
import { type GlobalOptions, withUseCases } from "./context.ts";
import { printJson, printTable } from "./output.ts";

/** The accounts' use cases (argon2, the database): loaded when a `users` verb runs. */
const accounts = () => import("../usecases/users/accounts.ts");

/** `udsyn users …`: the same use cases as the administration pages, run as the operating-system user. */
export function registerUsersCommands(program: Command, globals: () => GlobalOptions): void {
  const users = program.command("users").description("brugere");

  users
    .command("add")
    .description("opret en bruger; uden --password dannes en tilfældig adgangskode, som vises én gang")
    .requiredOption("--username <name>", "brugernavn (små bogstaver, tal, . _ -)")
    .addOption(new Option("--role <role>", "rolle").choices(ROLES).makeOptionMandatory())
    .option("--display-name <name>", "visningsnavn")
    .option("--password <password>", "adgangskode (mindst 10 tegn); ellers UDSYN_PASSWORD eller en tilfældig")
    .action(async (opts: { username: string; role: Role; displayName?: string; password?: string }) =>
      withUseCases(globals(), async (ctx, actor) => {
        const given = opts.password ?? process.env.UDSYN_PASSWORD;
        const password = given ?? randomBytes(12).toString("base64url");
        const { createUser } = await accounts();
        const user = await createUser(ctx, actor, {
          username: opts.username,
          displayName: opts.displayName ?? opts.username,
          role: opts.role,
          password,
        });
        process.stdout.write(
          `Oprettet: ${user.username} (${user.role})${given === undefined ? `, adgangskode: ${password}` : ""}\n`,
        );
      }),
    );

  users
    .command("list")
    .description("brugerne med rolle, spærring og lås (læsningen logges)")
    .option("--json", "maskinlæsbart output")
    .action(async (opts: { json?: boolean }) =>
      withUseCases(globals(), async (ctx, actor) => {
        const { listUserAccounts } = await accounts();
        const list = await listUserAccounts(ctx, actor, undefined);
        if (opts.json) return printJson(list);
        const now = ctx.clock.now();
        printTable(
          ["Brugernavn", "Navn", "Rolle", "Spærret", "Låst til"],
          list.map((u) => [
            u.username,
            u.displayName,
            u.role,
            u.disabled ? "ja" : "nej",
            u.lockedUntil !== null && u.lockedUntil > now ? formatDateTime(u.lockedUntil) : "-",
          ]),
        );
      }),
    );

  users
    .command("unlock")
    .description("lås en bruger op efter for mange forkerte forsøg")
    .argument("<username>", "brugernavnet")
    .action(async (username: string) =>
      withUseCases(globals(), async (ctx, actor) => {
        const { unlockUser } = await accounts();
        const result = await unlockUser(ctx, actor, { username });
        process.stdout.write(`${result.username}: ${result.wasLocked ? "låst op" : "var ikke låst"}\n`);
      }),
    );

  for (const [verb, disabled, text] of [
    ["disable", true, "spær en bruger (afslutter brugerens sessioner)"],
    ["enable", false, "genåbn en spærret bruger"],
  ] as const) {
    users
      .command(verb)
      .description(text)
      .argument("<username>", "brugernavnet")
      .action(async (username: string) =>
        withUseCases(globals(), async (ctx, actor) => {
          const { setUserDisabled } = await accounts();
          const result = await setUserDisabled(ctx, actor, { username, disabled });
          process.stdout.write(
            `${result.username}: ${result.disabled ? `spærret (${result.sessionsEnded} sessioner afsluttet)` : "genåbnet"}\n`,
          );
        }),
      );
  }
}
