import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
// @ts-expect-error oidc-provider ships no type declarations; the little used here is typed below.
import Provider from "oidc-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { DomainError } from "../../src/domain/errors.ts";
import { buildApp } from "../../src/server/app.ts";
import type { App } from "../../src/server/context.ts";
import {
  type OidcConfig,
  oidcConfigFromEnv,
  oidcConfigSchema,
  roleFor,
  sanitiseUsername,
  usernameFrom,
} from "../../src/usecases/users/oidc-login.ts";
import { addUser, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

/**
 * Login with the municipality's identity provider, against a real OIDC provider (oidc-provider)
 * on 127.0.0.1: the provider's interaction logs in whichever test account `nextLogin` names and
 * grants the requested scopes, so the flow runs without a browser. The callback is injected into
 * udsyn exactly as the provider sent it.
 */

const REDIRECT_URL = "http://localhost:3000/api/login/oidc/callback";
const CLIENT_ID = "udsyn-test";
const CLIENT_SECRET = "en-hemmelighed-kun-til-test";
const FETCH_TIMEOUT_MS = 5_000;

interface InteractionDetails {
  readonly params: Readonly<Record<string, unknown>>;
}
interface TestGrant {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}
interface TestProvider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: Record<string, unknown>,
    options?: { mergeWithLastSubmission?: boolean },
  ): Promise<void>;
  Grant: new (properties: { accountId: string; clientId: string }) => TestGrant;
}
const OidcProvider = Provider as new (issuer: string, configuration: Record<string, unknown>) => TestProvider;

interface IdentityProvider {
  readonly issuer: string;
  /** The claims of each test account by subject; change them between logins. */
  readonly accounts: Map<string, Record<string, unknown>>;
  /** The account the next login at the provider is for. */
  nextLogin: string;
  stop(): Promise<void>;
}

type ClientAuthMethod = "client_secret_post" | "client_secret_basic";

/** The provider; `authMethod` is the one way it takes the client's secret (and says so in its metadata). */
async function startIdentityProvider(
  authMethod: ClientAuthMethod = "client_secret_post",
): Promise<IdentityProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, Record<string, unknown>>();
  const provider = new OidcProvider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [REDIRECT_URL],
        token_endpoint_auth_method: authMethod,
      },
    ],
    clientAuthMethods: [authMethod],
    // The role claim comes with the profile scope; as the provider's default, only `sub` goes into
    // the ID token and the rest comes from the userinfo endpoint.
    claims: { openid: ["sub"], profile: ["name", "preferred_username", "udsyn_role", "grupper"] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, sub: string) => {
      const claims = accounts.get(sub);
      return claims && { accountId: sub, claims: async () => ({ sub, ...claims }) };
    },
    cookies: { keys: ["test-cookie-key"] },
    ttl: {
      Interaction: 600,
      Grant: 600,
      Session: 600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
  });
  const handle = provider.callback();
  const idp: IdentityProvider = {
    issuer,
    accounts,
    nextLogin: "",
    stop: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith("/interaction/")) return handle(req, res);
    // The login and consent screens, answered at once for the chosen account.
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      const grant = new provider.Grant({
        accountId: idp.nextLogin,
        clientId: String(details.params.client_id),
      });
      grant.addOIDCScope(String(details.params.scope));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: idp.nextLogin }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  return idp;
}

/** Follows the provider's redirects (keeping its cookies) until it sends the browser back to udsyn. */
async function atProvider(start: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = start;
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(url, {
      redirect: "manual",
      headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; ") },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.split(";")[0] ?? "";
      const at = pair.indexOf("=");
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1)];
      if (value === "") jar.delete(name);
      else jar.set(name, value);
    }
    const body = await response.text();
    const location = response.headers.get("location");
    if (location === null)
      throw new Error(`provider answered ${response.status} at ${url}: ${body.slice(0, 300)}`);
    const next = new URL(location, url);
    if (next.href.startsWith(REDIRECT_URL)) return next;
    url = next.href;
  }
  throw new Error("too many redirects at the provider");
}

/** The whole flow for one account; `tamper` may change the provider's answer before udsyn sees it. */
async function loginVia(
  app: App,
  idp: IdentityProvider,
  account: string,
  tamper: (callback: URL) => void = () => {},
) {
  idp.nextLogin = account;
  const begin = await app.inject({ method: "GET", url: "/api/login/oidc" });
  expect(begin.statusCode).toBe(302);
  const attempt = begin.cookies.find((c) => c.name === "udsyn_oidc");
  expect(attempt).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/api/login/oidc" });
  const authorization = new URL(String(begin.headers.location));
  expect(authorization.origin).toBe(idp.issuer);
  expect(authorization.searchParams.get("code_challenge_method")).toBe("S256");
  expect(authorization.searchParams.get("state")).toBeTruthy();
  expect(authorization.searchParams.get("nonce")).toBeTruthy();
  const callback = await atProvider(authorization.href);
  tamper(callback);
  const answer = await app.inject({
    method: "GET",
    url: `${callback.pathname}${callback.search}`,
    cookies: { udsyn_oidc: attempt?.value ?? "" },
  });
  const session = answer.cookies.find((c) => c.name === "udsyn_session");
  return { answer, session, callback, attemptCookie: attempt?.value ?? "" };
}

describe.each(testDatabases())("OIDC login on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let idp: IdentityProvider;
  let config: OidcConfig;

  beforeAll(async () => {
    idp = await startIdentityProvider();
    idp.accounts.set("sub-gerd", {
      preferred_username: "Gerd.Ærø@kk.dk",
      name: "Gerd Ærø",
      udsyn_role: "analyst",
    });
    idp.accounts.set("sub-ingen", { preferred_username: "ingen.rolle", name: "Ingen Rolle" });
    idp.accounts.set("sub-anna", {
      preferred_username: "anna",
      name: "Anna fra kommunen",
      udsyn_role: ["andet", "committee"],
    });
    database = await testDb.open();
    config = oidcConfigSchema.parse({
      issuer: idp.issuer,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUrl: REDIRECT_URL,
      name: "KK Login",
    });
    app = await buildApp({ database, webRoot: "/nonexistent", oidc: config });
    await addUser(database, "anna", "admin");
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await idp?.stop();
  });

  const oidcLogin = (account: string, tamper?: (callback: URL) => void) =>
    loginVia(app, idp, account, tamper);

  const me = (cookie: string) =>
    app.inject({ method: "GET", url: "/api/me", cookies: { udsyn_session: cookie } });

  const audit = (action: string) =>
    database.db
      .selectFrom("audit_log")
      .select(["actor_name", "actor_id", "details"])
      .where("action", "=", action)
      .orderBy("id")
      .execute();

  it("tells the web app that OIDC login is offered, and its name", async () => {
    const methods = await app.inject({ method: "GET", url: "/api/login/methods" });
    expect(methods.json()).toEqual({ password: true, oidc: { name: "KK Login", url: "/api/login/oidc" } });
  });

  it("logs in an analyst: a new account, a session like the local login's, audited with method oidc", async () => {
    const { answer, session } = await oidcLogin("sub-gerd");
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe("/");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
    const who = await me(session?.value ?? "");
    expect(who.statusCode).toBe(200);
    expect(who.json().user).toMatchObject({
      username: "gerd.aeroe",
      displayName: "Gerd Ærø",
      role: "analyst",
    });
    // The same CSRF flow: a state-changing request needs the token /api/me gives.
    const csrf = who.json().csrfToken as string;
    const logout = await app.inject({
      method: "POST",
      url: "/api/logout",
      cookies: { udsyn_session: session?.value ?? "" },
      headers: { "x-csrf-token": csrf },
    });
    expect(logout.statusCode).toBe(204);

    const logins = await audit("login");
    expect(logins.at(-1)).toMatchObject({
      actor_name: "gerd.aeroe",
      details: { method: "oidc", role: "analyst" },
    });
    expect((await audit("user.create")).at(-1)).toMatchObject({
      details: { username: "gerd.aeroe", method: "oidc", subject: "sub-gerd" },
    });
  });

  it("sets the role from the claim at every login, on the same account", async () => {
    const before = await database.db
      .selectFrom("app_user")
      .select("id")
      .where("oidc_subject", "=", "sub-gerd")
      .executeTakeFirstOrThrow();
    idp.accounts.set("sub-gerd", {
      preferred_username: "gerd.aeroe",
      name: "Gerd Ærø",
      udsyn_role: "caseworker",
    });
    const { session } = await oidcLogin("sub-gerd");
    const who = await me(session?.value ?? "");
    expect(who.json().user).toMatchObject({ id: before.id, username: "gerd.aeroe", role: "caseworker" });
    expect((await audit("login")).at(-1)?.details).toMatchObject({
      method: "oidc",
      role: "caseworker",
      previousRole: "analyst",
    });
  });

  it("refuses an administrator's change of an OIDC account's role, which the next login would undo", async () => {
    const admin = await login(app, "anna");
    const listed = (await app.inject({ method: "GET", url: "/api/users", headers: admin.headers })).json();
    expect(listed.users.find((u: { username: string }) => u.username === "gerd.aeroe")).toMatchObject({
      role: "caseworker",
      signIn: "oidc",
    });
    expect(listed.users.find((u: { username: string }) => u.username === "anna")?.signIn).toBe("password");
    const change = await app.inject({
      method: "PUT",
      url: "/api/users/gerd.aeroe/role",
      headers: admin.headers,
      payload: { role: "admin" },
    });
    expect(change.statusCode).toBe(409);
    expect(change.json().error.message).toContain("Ret rollen hos identitetsudbyderen");
    expect(change.json().error.details[0].field).toBe("role");
    // Nothing changed, and the provider's role still holds at the next login.
    const { session } = await oidcLogin("sub-gerd");
    expect((await me(session?.value ?? "")).json().user.role).toBe("caseworker");
    expect((await audit("user.role")).filter((r) => r.actor_name === "anna")).toEqual([]);
  });

  it("refuses a user without the role claim, with no account, no session, and an audit row", async () => {
    const { answer, session } = await oidcLogin("sub-ingen");
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe("/?oidc_error=no_role");
    expect(session).toBeUndefined();
    const account = await database.db
      .selectFrom("app_user")
      .select("id")
      .where("oidc_subject", "=", "sub-ingen")
      .executeTakeFirst();
    expect(account).toBeUndefined();
    expect((await audit("login.failed")).at(-1)).toMatchObject({
      actor_name: "ingen.rolle",
      details: { method: "oidc", reason: "no_role", subject: "sub-ingen", claim: "udsyn_role" },
    });
  });

  it("refuses a tampered state", async () => {
    const { answer, session } = await oidcLogin("sub-gerd", (callback) =>
      callback.searchParams.set("state", "forfalsket"),
    );
    expect(answer.headers.location).toBe("/?oidc_error=failed");
    expect(session).toBeUndefined();
    expect((await audit("login.failed")).at(-1)?.details).toMatchObject({
      method: "oidc",
      reason: "failed",
      error: expect.stringMatching(/state/),
    });
  });

  it("uses a login in progress once: the same answer again is refused", async () => {
    const { answer, callback, attemptCookie } = await oidcLogin("sub-gerd");
    expect(answer.headers.location).toBe("/");
    const again = await app.inject({
      method: "GET",
      url: `${callback.pathname}${callback.search}`,
      cookies: { udsyn_oidc: attemptCookie },
    });
    expect(again.headers.location).toBe("/?oidc_error=expired");
    const without = await app.inject({ method: "GET", url: `${callback.pathname}${callback.search}` });
    expect(without.headers.location).toBe("/?oidc_error=expired");
  });

  it("never takes over a local account of the same name, and picks the first role of several", async () => {
    const { session } = await oidcLogin("sub-anna");
    const who = await me(session?.value ?? "");
    expect(who.json().user).toMatchObject({ username: "anna-2", role: "committee" });
    const local = await database.db
      .selectFrom("app_user")
      .select(["role", "oidc_subject"])
      .where("username", "=", "anna")
      .executeTakeFirstOrThrow();
    expect(local).toEqual({ role: "admin", oidc_subject: null });
  });

  it("refuses a disabled account", async () => {
    await database.db
      .updateTable("app_user")
      .set({ disabled: true })
      .where("username", "=", "anna-2")
      .execute();
    const { answer, session } = await oidcLogin("sub-anna");
    expect(answer.headers.location).toBe("/?oidc_error=disabled");
    expect(session).toBeUndefined();
  });

  it("without an OIDC configuration: no OIDC routes, and the methods say so", async () => {
    const plain = await testApp(database);
    try {
      expect((await plain.inject({ method: "GET", url: "/api/login/methods" })).json()).toEqual({
        password: true,
        oidc: null,
      });
      expect((await plain.inject({ method: "GET", url: "/api/login/oidc" })).statusCode).toBe(404);
      expect((await plain.inject({ method: "GET", url: "/api/login/oidc/callback?code=x" })).statusCode).toBe(
        404,
      );
    } finally {
      await plain.close();
    }
  });
});

describe("OIDC configuration and claims", () => {
  const env = {
    UDSYN_OIDC_ISSUER: "https://login.kk.dk/realms/kk",
    UDSYN_OIDC_CLIENT_ID: "udsyn",
    UDSYN_OIDC_CLIENT_SECRET: "s",
    UDSYN_OIDC_REDIRECT_URL: "https://udsyn.kk.dk/api/login/oidc/callback",
  };

  it("reads the environment once, with defaults; none without an issuer", () => {
    expect(oidcConfigFromEnv({})).toBeUndefined();
    expect(
      oidcConfigFromEnv({ ...env, UDSYN_OIDC_ROLE_MAP: "kk-admin=admin, kk-analytiker=analyst" }),
    ).toEqual({
      issuer: env.UDSYN_OIDC_ISSUER,
      clientId: "udsyn",
      clientSecret: "s",
      redirectUrl: env.UDSYN_OIDC_REDIRECT_URL,
      roleClaim: "udsyn_role",
      roleMap: { "kk-admin": "admin", "kk-analytiker": "analyst" },
      name: "Kommunens login",
      scope: "openid profile",
    });
  });

  it("names each missing or wrong variable", () => {
    const read = () =>
      oidcConfigFromEnv({
        UDSYN_OIDC_ISSUER: "http://login.kk.dk",
        UDSYN_OIDC_CLIENT_ID: "udsyn",
        UDSYN_OIDC_ROLE_MAP: "kk=chef",
      });
    expect(read).toThrow(DomainError);
    try {
      read();
    } catch (error) {
      const fields = (error as DomainError).details.map((d) => d.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          "UDSYN_OIDC_ISSUER",
          "UDSYN_OIDC_CLIENT_SECRET",
          "UDSYN_OIDC_REDIRECT_URL",
          "UDSYN_OIDC_ROLE_MAP.kk",
        ]),
      );
    }
  });

  it("maps the claim's values to one role", () => {
    expect(roleFor(["analyst"], undefined)).toBe("analyst");
    expect(roleFor(["Analyst", "chef"], undefined)).toBeUndefined();
    expect(roleFor(["committee", "admin"], undefined)).toBe("admin");
    const map = { "kk-admin": "admin", "kk-analytiker": "analyst" } as const;
    expect(roleFor(["kk-analytiker"], map)).toBe("analyst");
    // With a map, only the map counts; no prototype names.
    expect(roleFor(["admin", "constructor"], map)).toBeUndefined();
  });

  it("makes user names udsyn allows", () => {
    expect(sanitiseUsername("Søren.Åberg@kk.dk")).toBe("soeren.aaberg");
    expect(sanitiseUsername("KK\\Jens Hansen")).toBe("kk-jens-hansen");
    expect(sanitiseUsername("Zoë")).toBe("zoe");
    expect(usernameFrom({ sub: "abc", preferred_username: "ø" })).toBe("oe");
    expect(usernameFrom({ sub: "abc", preferred_username: "!" })).toMatch(/^oidc-[0-9a-f]{12}$/);
    expect(usernameFrom({ sub: "abc", email: "x".repeat(100) })).toHaveLength(64);
  });
});

describe("OIDC login with a provider that takes the secret only in Basic", () => {
  let idp: IdentityProvider;
  let database: DatabaseHandle;
  let app: App;

  beforeAll(async () => {
    idp = await startIdentityProvider("client_secret_basic");
    const testDb = testDatabases()[0];
    if (testDb === undefined) throw new Error("no test database");
    database = await testDb.open();
    const config = oidcConfigSchema.parse({
      issuer: idp.issuer,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUrl: REDIRECT_URL,
      roleClaim: "grupper",
      roleMap: { "kk-udvalg": "committee" },
    });
    app = await buildApp({ database, webRoot: "/nonexistent", oidc: config });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await idp?.stop();
  });

  it("logs in, the role mapped from a group claim", async () => {
    idp.accounts.set("sub-bo", { preferred_username: "bo", grupper: ["kk-alle", "kk-udvalg"] });
    const { answer, session } = await loginVia(app, idp, "sub-bo");
    expect(answer.headers.location).toBe("/");
    const me = await app.inject({
      method: "GET",
      url: "/api/me",
      cookies: { udsyn_session: session?.value ?? "" },
    });
    expect(me.json().user).toMatchObject({ username: "bo", role: "committee" });
  });
});
