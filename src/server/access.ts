import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Access } from "../domain/access.ts";
import { ERROR_CODE_TEXTS } from "../domain/errors.ts";
import type { Clock } from "../domain/law/clock.ts";
import type { Actor } from "../usecases/actor.ts";
import { recordAudit } from "../usecases/use-case.ts";
import type { SessionCache } from "../usecases/users/session-cache.ts";
import { findSession, type Session } from "../usecases/users/sessions.ts";
import { sendRefusal } from "./errors.ts";

/** Every API route says who may call it (the same `Access` its use case checks). */
export type { Access } from "../domain/access.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    session: Session | undefined;
    /** The session cache's count of session and account writes when the request came in. */
    sessionWritesBefore: number;
  }
}

export const SESSION_COOKIE = "udsyn_session";
export const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function actorOf(request: FastifyRequest): Actor {
  const user = request.session?.user;
  if (user === undefined) return { userId: null, name: "anonym", role: "anonymous", ip: request.ip };
  return { userId: user.id, name: user.username, role: user.role, ip: request.ip };
}

export function registerAccessControl(
  app: FastifyInstance,
  db: Kysely<Database>,
  clock: Clock,
  sessions: SessionCache,
): void {
  app.decorateRequest("session", undefined);
  app.decorateRequest("sessionWritesBefore", 0);

  registerSessionWriteBarrier(app, sessions);
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/api") && route.config?.access === undefined) {
      throw new Error(`Route ${route.method} ${route.url} declares no access (config.access).`);
    }
  });

  app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    request.sessionWritesBefore = sessions.writes;
    const access = request.routeOptions.config?.access;
    if (access === undefined) return; // static files and the SPA fallback
    const token = request.cookies[SESSION_COOKIE];
    if (token !== undefined) request.session = await findSession(db, token, clock.now(), sessions);
    if (access === "public") return;
    const session = request.session;
    if (session === undefined) {
      return sendRefusal(request, reply, 401, "unauthenticated", ERROR_CODE_TEXTS.unauthenticated);
    }
    if (access !== "authenticated" && !access.includes(session.user.role)) {
      await recordDenied(db, request, "forbidden");
      return sendRefusal(request, reply, 403, "forbidden", ERROR_CODE_TEXTS.forbidden);
    }
    // The token lives in the session and is sent back in a header a cross-site form cannot set.
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== session.csrfToken) {
      await recordDenied(db, request, "csrf");
      return sendRefusal(
        request,
        reply,
        403,
        "csrf",
        { da: "Manglende eller forkert CSRF-token.", en: "Missing or wrong CSRF token." },
        [{ field: `header.${CSRF_HEADER}`, message: "mangler eller er forkert", en: "missing or wrong" }],
      );
    }
  });
}

/**
 * A request that ended a session or changed an account (logout, disable, role, password, an OIDC
 * login) answers only once the server's session cache has had the change's notification: the
 * next request, from whoever got this answer, is then judged on the new state (src/usecases/users/session-cache.ts).
 */
function registerSessionWriteBarrier(app: FastifyInstance, sessions: SessionCache): void {
  app.addHook("onSend", async (request, _reply, payload) => {
    if (sessions.writes !== request.sessionWritesBefore) await sessions.sync();
    return payload;
  });
}

/**
 * A refused request by a signed-in user, as an `access.denied` audit row: who (user and role),
 * what (method and route) and why. Only 403s are recorded: they need a valid session, so each
 * row names an accountable user and the log grows only as fast as real accounts misbehave. A 401
 * (no or unknown session) is not recorded: anyone on the network can send those by the million,
 * and the rows would say nothing about a person. Writing the row must not turn the 403 into a 500.
 */
export async function recordDenied(
  db: Kysely<Database>,
  request: FastifyRequest,
  reason: "forbidden" | "csrf",
): Promise<void> {
  const actor = actorOf(request);
  if (actor.userId === null) return;
  const route = request.routeOptions.url ?? request.url.split("?")[0] ?? request.url;
  try {
    await recordAudit(db, actor, {
      action: "access.denied",
      entity: "route",
      entityId: `${request.method} ${route}`,
      details: { route, method: request.method, role: actor.role, user: actor.name, reason },
    });
  } catch (error) {
    request.log.error({ err: error }, "access.denied could not be audited");
  }
}
