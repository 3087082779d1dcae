import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { DatabaseHandle } from "../db/database.ts";
import type { UseCaseContext } from "../usecases/use-case.ts";
import type { OidcConfig } from "../usecases/users/oidc-login.ts";

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** What every route module gets: the use cases' context (database, clock, parameters) and nothing global. */
export interface AppContext {
  readonly database: DatabaseHandle;
  readonly useCases: UseCaseContext;
  readonly version: string;
  /** The municipality's identity provider; without it only local accounts log in. */
  readonly oidc?: OidcConfig | undefined;
}
