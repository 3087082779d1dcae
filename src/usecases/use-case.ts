import type { Kysely } from "kysely";
import { recordAudit } from "../db/audit.ts";
import type { Database } from "../db/schema.ts";
import { type Access, type Actor, mayAccess } from "../domain/access.ts";
import { DomainError } from "../domain/errors.ts";
import type { Clock } from "../domain/law/clock.ts";
import type { ParameterSet } from "../domain/law/parameter.ts";
import { systemClock } from "./clock.ts";
import { ruleParameters } from "./rules/rules.service.ts";

/**
 * What every use case gets, whichever face (route, CLI verb, job) calls it: the database, the
 * one clock, and the legal parameters. Nothing global: tests pass their own.
 */
export interface UseCaseContext {
  readonly db: Kysely<Database>;
  readonly clock: Clock;
  readonly parameters: () => Promise<ParameterSet>;
}

export function createUseCaseContext(
  db: Kysely<Database>,
  overrides: Partial<Omit<UseCaseContext, "db">> = {},
): UseCaseContext {
  return {
    db,
    clock: overrides.clock ?? systemClock(),
    parameters: overrides.parameters ?? (() => ruleParameters()),
  };
}

/** A context for use cases that read no database; touching `db` is a programming error. */
export function contextWithoutDatabase(overrides: Partial<Omit<UseCaseContext, "db">> = {}): UseCaseContext {
  const base = createUseCaseContext(undefined as never, overrides);
  return {
    ...base,
    get db(): never {
      throw new Error("Denne handling har ingen database.");
    },
  };
}

/**
 * One verb of udsyn. The role check is part of the use case, so a route, a CLI verb and a
 * scheduled job cannot differ on it; per-record rules (whose case, which committee) are checked
 * inside `run`, where the record is read. The route declares `access` from the same value.
 */
export interface UseCase<Input, Output> {
  (ctx: UseCaseContext, actor: Actor, input: Input): Promise<Output>;
  readonly useCaseName: string;
  readonly access: Access;
}

export function defineUseCase<Input, Output>(
  name: string,
  access: Access,
  run: (ctx: UseCaseContext, actor: Actor, input: Input) => Promise<Output>,
): UseCase<Input, Output> {
  const guarded = async (ctx: UseCaseContext, actor: Actor, input: Input): Promise<Output> => {
    authorize(actor, access, name);
    return run(ctx, actor, input);
  };
  return Object.assign(guarded, { useCaseName: name, access });
}

/** Refuses an actor whose role `access` does not name (403 on the API, exit 1 on the CLI). */
export function authorize(actor: Actor, access: Access, what: string): void {
  if (mayAccess(actor, access)) return;
  if (actor.role === "anonymous")
    throw new DomainError("unauthenticated", {
      da: "Du skal være logget ind.",
      en: "You must be logged in.",
    });
  throw new DomainError(
    "forbidden",
    { da: "Din rolle giver ikke adgang til dette.", en: "Your role does not give access to this." },
    [
      {
        field: "role",
        message: `${actor.role} må ikke ${what}`,
        en: `the role ${actor.role} may not do this`,
      },
    ],
  );
}

/** Runs `work` in one transaction and writes its audit row inside it: both commit or neither. */
export function inTransaction<T>(
  ctx: UseCaseContext,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute(work);
}

export { recordAudit };
