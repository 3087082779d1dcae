import { z } from "zod";
import { SESSION_HOURS } from "../../../usecases/users/login.ts";
import {
  beginOidcLogin,
  completeOidcLogin,
  createOidcClient,
  OIDC_LOGIN_MINUTES,
  OIDC_REFUSALS,
} from "../../../usecases/users/oidc-login.ts";
import { actorOf, SESSION_COOKIE } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";
import { errorBody, sendRefusal } from "../../errors.ts";
import { LOGIN_RATE_LIMIT } from "./login.routes.ts";

/** Finds the login in progress at the callback. Lax, not Strict: the callback is a navigation from the provider's site. */
export const OIDC_COOKIE = "udsyn_oidc";
const OIDC_COOKIE_PATH = "/api/login/oidc";
const OIDC_PATH = "/api/login/oidc";

/** Where the browser goes after a refusal: the web app's login page, which names the reason. */
const refusedUrl = (reason: string): string => `/?oidc_error=${encodeURIComponent(reason)}`;

const redirect = z.null().describe("Omdirigering (Location-headeren)");
const parameter = z.string().max(4096).optional();

export function oidcRoutes(app: App, ctx: AppContext): void {
  const { useCases } = ctx;
  const client = ctx.oidc === undefined ? undefined : createOidcClient(ctx.oidc);
  const notConfigured = {
    da: "Login med kommunens identitetsudbyder er ikke sat op.",
    en: "Login with the municipality's identity provider is not set up.",
  };

  app.get(
    "/api/login/methods",
    {
      config: { access: "public" },
      schema: {
        summary: "Måderne at logge ind på",
        description: "Lokale brugerkonti altid; kommunens login (OIDC) når det er sat op.",
        tags: ["auth"],
        response: {
          200: z.object({
            password: z.literal(true),
            oidc: z.object({ name: z.string(), url: z.string() }).nullable(),
          }),
        },
      },
    },
    async () => ({
      password: true as const,
      oidc: client === undefined ? null : { name: client.config.name, url: OIDC_PATH },
    }),
  );

  app.get(
    OIDC_PATH,
    {
      config: { access: beginOidcLogin.access, rateLimit: LOGIN_RATE_LIMIT },
      schema: {
        summary: "Log ind med kommunens login (OIDC)",
        description:
          "Sender browseren til identitetsudbyderen (authorization code flow med PKCE, state og nonce); svarer udbyderen ikke, til login-siden med `oidc_error=unavailable`.",
        tags: ["auth"],
        response: { 302: redirect, 404: errorBody },
      },
    },
    async (request, reply) => {
      if (client === undefined) return sendRefusal(request, reply, 404, "not_found", notConfigured);
      let start: Awaited<ReturnType<typeof beginOidcLogin>>;
      try {
        start = await beginOidcLogin(useCases, actorOf(request), { client });
      } catch (error) {
        request.log.error({ err: error }, "OIDC login could not begin");
        return reply.redirect(refusedUrl("unavailable"), 302);
      }
      reply.setCookie(OIDC_COOKIE, start.token, {
        path: OIDC_COOKIE_PATH,
        httpOnly: true,
        sameSite: "lax",
        secure: "auto",
        maxAge: OIDC_LOGIN_MINUTES * 60,
      });
      return reply.redirect(start.url.href, 302);
    },
  );

  app.get(
    `${OIDC_PATH}/callback`,
    {
      config: { access: completeOidcLogin.access, rateLimit: LOGIN_RATE_LIMIT },
      schema: {
        summary: "Identitetsudbyderens svar (OIDC callback)",
        description: `Opretter sessionen og sender browseren til forsiden; et afslag sender til login-siden med \`oidc_error\` (${OIDC_REFUSALS.join(", ")}).`,
        tags: ["auth"],
        querystring: z.looseObject({
          code: parameter,
          state: parameter,
          iss: parameter,
          error: parameter,
          error_description: parameter,
        }),
        response: { 303: redirect, 404: errorBody },
      },
    },
    async (request, reply) => {
      if (client === undefined) return sendRefusal(request, reply, 404, "not_found", notConfigured);
      reply.clearCookie(OIDC_COOKIE, { path: OIDC_COOKIE_PATH });
      const parameters: Record<string, string> = {};
      for (const [key, value] of Object.entries(request.query)) {
        if (typeof value === "string") parameters[key] = value;
      }
      const result = await completeOidcLogin(useCases, actorOf(request), {
        client,
        token: request.cookies[OIDC_COOKIE],
        parameters,
      });
      if (!result.ok) return reply.redirect(refusedUrl(result.reason), 303);
      // The same cookie as the local login; the web app reads the user and CSRF token from /api/me.
      reply.setCookie(SESSION_COOKIE, result.session.token, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
        secure: "auto",
        maxAge: SESSION_HOURS * 3600,
      });
      return reply.redirect("/", 303);
    },
  );
}
