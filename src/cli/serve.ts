import type { AddressInfo } from "node:net";
import { databaseConfig, migrateToLatest, openDatabase } from "../db/database.ts";
import { cliActor } from "../usecases/actor.ts";
import { seedDemo } from "../usecases/demo/demo.service.ts";
import { createUseCaseContext } from "../usecases/use-case.ts";
import { createUser, ensureDemoAdmin } from "../usecases/users/accounts.ts";
import { oidcConfigFromEnv } from "../usecases/users/oidc-login.ts";
import type { GlobalOptions } from "./context.ts";

export interface ServeOptions extends GlobalOptions {
  readonly port: number;
  readonly host: string;
}

export async function serve(options: ServeOptions): Promise<void> {
  // Read before the database opens: a half-made OIDC configuration stops the start at once.
  const oidc = oidcConfigFromEnv(process.env);
  // On the embedded database this takes the folder's lock: while the server runs, every other
  // udsyn process is refused the folder and told to use this server instead.
  const handle = await openDatabase(databaseConfig({ dataDir: options.data }), {
    command: options.command ?? "udsyn serve",
  });
  const migration = await migrateToLatest(handle.db);
  if (handle.kind === "pglite") {
    const ctx = createUseCaseContext(handle.db);
    const admin = await ensureDemoAdmin(handle.db, (user) => createUser(ctx, cliActor(), user));
    if (admin !== undefined) {
      process.stdout.write(
        `\nNy indlejret database: demo-administrator oprettet (vises kun denne ene gang)\n  brugernavn: ${admin.username}\n  adgangskode: ${admin.password}\n\n`,
      );
    }
    // The embedded default is the demo: the seed's report and the constructed area facts.
    for (const { name, result } of await seedDemo(handle.db, cliActor(), { register: true })) {
      if (result !== "") process.stdout.write(`Demodata (${name}): ${result}\n`);
    }
  }
  // Fastify and its plugins are loaded by the verb that serves, not at every start of the CLI.
  const { buildApp } = await import("../server/app.ts");
  const app = await buildApp({
    database: handle,
    logger: { level: process.env.LOG_LEVEL ?? "info" },
    ...(oidc === undefined ? {} : { oidc }),
  });
  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    // A second Ctrl+C while closing hangs ends the process; the lock goes with the exit.
    if (closing) process.exit(1);
    closing = true;
    app.log.info({ signal }, "shutting down");
    await app.close();
    await handle.close();
    process.exit(0);
  };
  // `on`, not `once`: the embedded folder's lock leaves signals to a program that handles them,
  // and it tells so by the number of listeners, which `once` would lower before we are done.
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  await app.listen({ port: options.port, host: options.host });
  const address = serverAddress(app.server.address() as AddressInfo, options.host);
  handle.folderLock?.setAddress(address);
  app.log.info(
    {
      database: handle.kind,
      location: handle.location,
      migration: migration.current,
      address,
      oidc: oidc === undefined ? null : oidc.issuer,
    },
    "udsyn is running",
  );
  process.stdout.write(`udsyn kører på ${address} (database: ${handle.kind}, ${handle.location})\n`);
}

/** The address a person on this machine opens: the port actually bound (also for --port 0). */
function serverAddress(bound: AddressInfo, host: string): string {
  const shown = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  return `http://${shown.includes(":") ? `[${shown}]` : shown}:${bound.port}`;
}
