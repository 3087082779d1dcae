import type { DatabaseHandle } from "../db/database.ts";
import type { Actor } from "../domain/access.ts";
import { DomainError, formatIssue } from "../domain/errors.ts";
import type { UseCaseContext } from "../usecases/use-case.ts";
import { sourceMappedStack } from "./source-mapped-stack.ts";

// The database layer, the use cases' context and the legal parameters are imported when a verb
// runs, not when the command line starts: `udsyn --help` and a mistyped option load neither
// (test/cli/cli-startup.test.ts keeps them out of the start-up graph).

export interface GlobalOptions {
  readonly data?: string;
  /** The verb being run (`udsyn users add`), written into the embedded folder's lock. */
  readonly command?: string;
}

/** Opens the configured database, migrated, runs `work`, and always closes it. */
export async function withDatabase<T>(
  options: GlobalOptions,
  work: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const { databaseConfig, migrateToLatest, openDatabase } = await import("../db/database.ts");
  const handle = await openDatabase(databaseConfig({ dataDir: options.data }), { command: options.command });
  try {
    await migrateToLatest(handle.db);
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/**
 * Opens the database and runs `work` with the use cases' context, as the command line's actor
 * (the operating-system user, role administrator).
 */
export async function withUseCases<T>(
  options: GlobalOptions,
  work: (ctx: UseCaseContext, actor: Actor, handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const [{ createUseCaseContext }, { cliActor }] = await Promise.all([
    import("../usecases/use-case.ts"),
    import("../usecases/actor.ts"),
  ]);
  return withDatabase(options, (handle) => work(createUseCaseContext(handle.db), cliActor(), handle));
}

/** For verbs whose use case reads no database (the legal parameters): starts faster. */
export async function withoutDatabase<T>(
  work: (ctx: UseCaseContext, actor: Actor) => Promise<T>,
): Promise<T> {
  const [{ contextWithoutDatabase }, { cliActor }] = await Promise.all([
    import("../usecases/use-case.ts"),
    import("../usecases/actor.ts"),
  ]);
  return work(contextWithoutDatabase(), cliActor());
}

/** Domain refusals become a readable message and exit code 1; anything else is a bug and shows its stack. */
export function reportFailure(error: unknown): never {
  if (error instanceof DomainError) {
    process.stderr.write(`Fejl (${error.code}): ${error.message}\n`);
    for (const issue of error.details) process.stderr.write(`  - ${formatIssue(issue)}\n`);
    process.exit(1);
  }
  const trace = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`${sourceMappedStack(trace)}\n`);
  process.exit(2);
}

let requestedExitCode: number | undefined;

/**
 * Asks for a non-zero exit when the command is done (e.g. 3: the report has errors). Kept here
 * rather than in process.exitCode, which the embedded database's runtime resets when it closes.
 */
export function exitWith(code: number): void {
  requestedExitCode = code;
}

export function finish(): void {
  if (requestedExitCode !== undefined) process.exit(requestedExitCode);
}
