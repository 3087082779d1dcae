import { existsSync } from "node:fs";
import { resolve } from "node:path";
import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import Fastify, { type FastifyError, type FastifyServerOptions } from "fastify";
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { KyselyPlugin } from "kysely";
import type { DatabaseHandle } from "../db/database.ts";
import { DomainError } from "../domain/errors.ts";
import type { Clock } from "../domain/law/clock.ts";
import { ruleParameters } from "../usecases/rules/rules.service.ts";
import { createUseCaseContext } from "../usecases/use-case.ts";
import type { OidcConfig } from "../usecases/users/oidc-login.ts";
import { SessionCache } from "../usecases/users/session-cache.ts";
import { recordDenied, registerAccessControl } from "./access.ts";
import type { App, AppContext } from "./context.ts";
import { errorHandler, sendRefusal } from "./errors.ts";
import { registerCompression, registerSecurityHeaders, staticCacheHeaders } from "./http-headers.ts";
import { registerInputGuard } from "./input-guard.ts";
import { RequestLog } from "./request-log.ts";
import { apiRoutes } from "./routes/index.ts";
import { validatorCompiler } from "./validation.ts";

export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  readonly database: DatabaseHandle;
  readonly logger?: FastifyServerOptions["logger"];
  /** The built web app; when absent the API runs alone (tests, or before `vite build`). */
  readonly webRoot?: string;
  readonly version?: string;
  /** The one clock (tests pin it); default: the system clock, or UDSYN_NOW. */
  readonly clock?: Clock;
  /** Login with the municipality's identity provider (OIDC); without it the OIDC routes answer 404. */
  readonly oidc?: OidcConfig;
}

/**
 * PGlite runs its queries inside this process, each one synchronously, and a transaction of many
 * queries (an import's hundreds of batches) then runs as one unbroken chain of promise callbacks: no
 * other request is even read until it ends. A turn of the event loop after each query lets
 * the server answer meanwhile (health checks, other users); it costs microseconds per query.
 */
const yieldAfterEachQuery: KyselyPlugin = {
  transformQuery: (args) => args.node,
  transformResult: async (args) => {
    await new Promise((resolve) => setImmediate(resolve));
    return args.result;
  },
};

const sessionCaches = new WeakMap<object, SessionCache>();

/** The app's session cache (tests wait for its notifications with `sync()`). */
export function sessionCacheOf(app: App): SessionCache | undefined {
  return sessionCaches.get(app);
}

export const DEFAULT_WEB_ROOT = resolve(import.meta.dirname, "../../web/dist");

export async function buildApp(options: AppOptions): Promise<App> {
  // A broken parameter file stops the start here, naming file, key and date.
  await ruleParameters();
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: "127.0.0.1",
    // Nothing listens on the request log but our own structured lines; ids help correlate them.
    requestIdHeader: "x-request-id",
    logController: new RequestLog(),
  }).withTypeProvider<ZodTypeProvider>();
  // Live sessions are kept in memory while the database announces every change to them.
  const sessions = new SessionCache();
  sessions.listenTo(options.database);
  app.addHook("onClose", () => sessions.close());
  sessionCaches.set(app, sessions);
  const useCaseDb = options.database.db.withPlugin(sessions.observer);
  const ctx: AppContext = {
    database: options.database,
    useCases: createUseCaseContext(
      options.database.kind === "pglite" ? useCaseDb.withPlugin(yieldAfterEachQuery) : useCaseDb,
      options.clock === undefined ? {} : { clock: options.clock },
    ),
    version: options.version ?? "0.1.0",
    oidc: options.oidc,
  };

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    // A use case's own refusal (its role list, or a per-record rule) is audited like the hook's.
    if (error instanceof DomainError && error.code === "forbidden") {
      await recordDenied(ctx.database.db, request, "forbidden");
    }
    return errorHandler(error, request, reply);
  });

  // Before access control: a refusal from its hook carries the same headers as any answer.
  await registerSecurityHeaders(app);
  await registerCompression(app);
  await app.register(fastifyCookie);
  // Only routes that ask for it (login) are limited, per client address.
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new DomainError("rate_limited", {
        da: `For mange forsøg fra din adresse. Prøv igen om ${Math.ceil(context.ttl / 1000)} sekunder.`,
        en: `Too many attempts from your address. Try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
      }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "udsyn API",
        description: "Opfølgning på integrationspolitik og udlejningsordninger.",
        version: ctx.version,
      },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "udsyn_session" } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  registerAccessControl(app, ctx.database.db, ctx.useCases.clock, sessions);
  registerInputGuard(app);

  app.get("/api/openapi.json", { config: { access: "public" }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  await app.register(async (scope) => apiRoutes(scope as App, ctx));

  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const hasWeb = existsSync(resolve(webRoot, "index.html"));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      // The cache policy is set per file by `setHeaders`, not send's default `max-age=0`.
      cacheControl: false,
      setHeaders: staticCacheHeaders(webRoot),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // A missing hashed asset (an old page after a new release) is a 404, not the app's HTML
    // served as a script.
    const isAsset = request.url.startsWith("/assets/");
    if (request.url.startsWith("/api") || isAsset || !hasWeb || request.method !== "GET") {
      const route = `${request.method} ${request.url.split("?")[0]}`;
      return sendRefusal(request, reply, 404, "not_found", {
        da: `Ingen side eller API på ${route}.`,
        en: `No page or API at ${route}.`,
      });
    }
    // Client-side routes: the web app decides what to show, including its own 404 page.
    return reply.type("text/html").sendFile("index.html");
  });
  return app;
}
