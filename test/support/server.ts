import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DatabaseHandle, migrateToLatest, openDatabase } from "../../src/db/database.ts";
import { buildApp } from "../../src/server/app.ts";
import type { App } from "../../src/server/context.ts";

export interface RunningServer {
  readonly url: string;
  readonly database: DatabaseHandle;
  readonly app: App;
  stop(): Promise<void>;
}

/** The real server with the built web app, on an embedded database in a temporary folder. */
export async function startServer(
  prepare?: (database: DatabaseHandle) => Promise<void>,
): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), "udsyn-e2e-"));
  const database = await openDatabase({ kind: "pglite", dataDir: dir });
  await migrateToLatest(database.db);
  if (prepare !== undefined) await prepare(database);
  const app = await buildApp({ database });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    app,
    async stop() {
      await app.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
