/**
 * B3's server process: udsyn's app on PostgreSQL (DATABASE_URL, migrated, demo areas, one
 * caseworker) and, in the same process, a bare Fastify route returning a constant. Prints the
 * two ports as one JSON line; the parent drives both with autocannon from another process.
 */
import type { AddressInfo } from "node:net";
import Fastify from "fastify";
import { migrateToLatest, openDatabase } from "../src/db/database.ts";
import { buildApp } from "../src/server/app.ts";
import { cliActor } from "../src/usecases/actor.ts";
import { areasDemo } from "../src/usecases/demo/areas.demo.ts";
import { createUseCaseContext } from "../src/usecases/use-case.ts";
import { createUser } from "../src/usecases/users/accounts.ts";

const url = process.env.DATABASE_URL as string;
const database = await openDatabase({ kind: "postgres", url });
await migrateToLatest(database.db);
await areasDemo.seed(database.db, cliActor());
await createUser(createUseCaseContext(database.db), cliActor(), {
  username: "bench",
  displayName: "bench",
  role: "caseworker",
  password: "bench-adgangskode-1",
}).catch(() => undefined);
const app = await buildApp({ database });
await app.listen({ port: 0, host: "127.0.0.1" });
const bare = Fastify();
bare.get("/constant", async () => ({ ok: true }));
await bare.listen({ port: 0, host: "127.0.0.1" });
process.stdout.write(
  `${JSON.stringify({
    udsyn: (app.server.address() as AddressInfo).port,
    bare: (bare.server.address() as AddressInfo).port,
  })}\n`,
);
process.on("SIGTERM", async () => {
  await app.close();
  await bare.close();
  await database.close();
  process.exit(0);
});
