import { openDatabase } from "../db/database.ts";
import { buildApp } from "./app.ts";

/** The API's OpenAPI document, from the same route schemas that validate requests. */
export async function openApiDocument(): Promise<unknown> {
  // Building the routes needs no data: an empty in-memory database is enough.
  const database = await openDatabase({ kind: "pglite", dataDir: "memory" });
  try {
    const app = await buildApp({ database, webRoot: "/nonexistent" });
    await app.ready();
    const document = app.swagger();
    await app.close();
    return document;
  } finally {
    await database.close();
  }
}
