import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { ROLES } from "../../db/schema.ts";
import {
  authenticate,
  createSession,
  deleteSession,
  SESSION_HOURS,
} from "../../usecases/users/user.service.ts";
import { SESSION_COOKIE } from "../access.ts";
import type { App, AppContext } from "../context.ts";
import { errorBody, sendError } from "../errors.ts";

const userBody = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
});
const meBody = z.object({ user: userBody, csrfToken: z.string() });

/** Failed logins take at least this long, on top of argon2 and the lock-out, to slow guessing. */
const FAILED_LOGIN_DELAY_MS = 300;

export function authRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.database;

  app.post(
    "/api/login",
    {
      config: { access: "public" },
      schema: {
        summary: "Log ind",
        tags: ["auth"],
        body: z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }),
        response: { 200: meBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      const result = await authenticate(db, request.body.username, request.body.password, request.ip);
      if (!result.ok) {
        await sleep(FAILED_LOGIN_DELAY_MS);
        return sendError(reply, 401, "invalid_credentials", "Forkert brugernavn eller adgangskode.");
      }
      const session = await createSession(db, result.user.id);
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
        secure: "auto",
        maxAge: SESSION_HOURS * 3600,
      });
      return { user: result.user, csrfToken: session.csrfToken };
    },
  );

  app.post(
    "/api/logout",
    {
      config: { access: "authenticated" },
      schema: { summary: "Log ud", tags: ["auth"], response: { 204: z.null() } },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token !== undefined) await deleteSession(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/me",
    {
      config: { access: "authenticated" },
      schema: { summary: "Den indloggede bruger", tags: ["auth"], response: { 200: meBody, 401: errorBody } },
    },
    async (request) => {
      // access "authenticated" guarantees a session here.
      const session = request.session as NonNullable<typeof request.session>;
      return { user: session.user, csrfToken: session.csrfToken };
    },
  );
}
