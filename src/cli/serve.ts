import { databaseConfig, migrateToLatest, openDatabase } from "../db/database.ts";
import { buildApp } from "../server/app.ts";
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
  const handle = await openDatabase(databaseConfig({ dataDir: options.data }));
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
    for (const { name, result } of await seedDemo(handle.db, cliActor())) {
      if (result !== "") process.stdout.write(`Demodata (${name}): ${result}\n`);
    }
  }
  const app = await buildApp({
    database: handle,
    logger: { level: process.env.LOG_LEVEL ?? "info" },
    ...(oidc === undefined ? {} : { oidc }),
  });
  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  await app.listen({ port: options.port, host: options.host });
  app.log.info(
    {
      database: handle.kind,
      location: handle.location,
      migration: migration.current,
      oidc: oidc === undefined ? null : oidc.issuer,
    },
    "udsyn is running",
  );
  process.stdout.write(
    `udsyn kører på http://localhost:${options.port} (database: ${handle.kind}, ${handle.location})\n`,
  );
}
