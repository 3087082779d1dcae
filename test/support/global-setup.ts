import pg from "pg";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

export const DEFAULT_TEST_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * Database tests run on PGlite and, when a PostgreSQL server answers, on PostgreSQL too.
 * UDSYN_TEST_POSTGRES_URL names the server (default: the local one); UDSYN_TEST_POSTGRES=off
 * opts out; on CI a missing server fails the run instead of quietly testing less.
 */
export default async function setup(project: TestProject): Promise<void> {
  if (process.env.UDSYN_TEST_POSTGRES === "off") {
    project.provide("postgresUrl", null);
    return;
  }
  const url = process.env.UDSYN_TEST_POSTGRES_URL ?? DEFAULT_TEST_POSTGRES_URL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    await client.end();
    project.provide("postgresUrl", url);
    process.stdout.write(`Database tests: PGlite and PostgreSQL (${url})\n`);
  } catch (error) {
    if (process.env.CI === "true" || process.env.UDSYN_TEST_POSTGRES === "required") {
      throw new Error(`PostgreSQL at ${url} is required for the database tests: ${(error as Error).message}`);
    }
    process.stdout.write(
      `Database tests: PGlite only (no PostgreSQL at ${url}: ${(error as Error).message})\n`,
    );
    project.provide("postgresUrl", null);
  }
}
