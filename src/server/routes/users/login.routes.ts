import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { ROLES } from "../../../domain/access.ts";
import { formatDateTime } from "../../../domain/format.ts";
import { logIn, SESSION_HOURS } from "../../../usecases/users/login.ts";
import { logOut } from "../../../usecases/users/sessions.ts";
import { actorOf, SESSION_COOKIE } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { errorBody, sendRefusal } from "../../errors.ts";

const userBody = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
});
const meBody = z.object({ user: userBody, csrfToken: z.string() });

/** Failed logins take at least this long, on top of argon2 and the lock-out, to slow guessing. */
const FAILED_LOGIN_DELAY_MS = 300;

/** Per client address, on top of the per-user lock: slows a guesser who tries many user names. */
export const LOGIN_RATE_LIMIT = { max: 30, timeWindow: "1 minute" } as const;

export function loginRoutes(app: App, ctx: AppContext): void {
  const { useCases } = ctx;

  app.post(
    "/api/login",
    {
      config: { access: logIn.access, rateLimit: LOGIN_RATE_LIMIT },
      schema: {
        summary: "Log ind",
        tags: ["auth"],
        body: z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }),
        response: { 200: meBody, 401: errorBody },
      },
    },
    async (request, reply) => {
      const result = await logIn(useCases, actorOf(request), request.body);
      if (!result.ok) {
        await sleep(FAILED_LOGIN_DELAY_MS);
        if (result.reason === "locked") {
          return sendRefusal(request, reply, 401, "account_locked", {
            da: `For mange forkerte forsøg: brugernavnet er låst til ${formatDateTime(result.until)}. En administrator kan låse op.`,
            en: `Too many wrong attempts: the user name is locked until ${formatDateTime(result.until, "en")}. An administrator can unlock it.`,
          });
        }
        return sendRefusal(request, reply, 401, "invalid_credentials", {
          da: "Forkert brugernavn eller adgangskode.",
          en: "Wrong user name or password.",
        });
      }
      const { session } = result;
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
      config: { access: logOut.access },
      schema: { summary: "Log ud", tags: ["auth"], response: { 204: z.null() } },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token !== undefined) await logOut(useCases, actorOf(request), { token });
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
