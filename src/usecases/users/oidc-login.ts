import { createHash, randomBytes } from "node:crypto";
import * as oidc from "openid-client";
import { z } from "zod";
import { recordAudit } from "../../db/audit.ts";
import {
  findUserByOidcSubject,
  insertOidcLogin,
  insertSession,
  insertUser,
  takeOidcLogin,
  type User,
  updateOidcUser,
  usernameTaken,
} from "../../db/users.repository.ts";
import { type Actor, ROLES, type Role } from "../../domain/access.ts";
import { DomainError } from "../../domain/errors.ts";
import { inEveryLanguage, issueTexts } from "../../domain/validation-messages.ts";
import { defineUseCase, type UseCaseContext } from "../use-case.ts";
import { type NewSession, SESSION_HOURS } from "./login.ts";
import { hashPassword } from "./password.ts";

/** How long a login may take at the identity provider before its state, nonce and verifier are forgotten. */
export const OIDC_LOGIN_MINUTES = 10;
export const DEFAULT_OIDC_NAME = "Kommunens login";
export const DEFAULT_ROLE_CLAIM = "udsyn_role";
export const DEFAULT_OIDC_SCOPE = "openid profile";

/** For discovery and every later request to the provider. */
const DISCOVERY_TIMEOUT_SECONDS = 10;
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** HTTPS, or plain HTTP on this machine only (a provider started for development or a test). */
function isLoopbackHttp(url: URL): boolean {
  return url.protocol === "http:" && LOOPBACK.has(url.hostname);
}

const providerUrl = z.url().refine((text) => {
  const url = new URL(text);
  return url.protocol === "https:" || isLoopbackHttp(url);
}, "skal være https (http kun på localhost)");

/** The identity provider and how its answer maps to udsyn; tests build their own with `oidcConfigSchema.parse`. */
export const oidcConfigSchema = z.object({
  issuer: providerUrl,
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  /** Where the provider sends the browser back: `…/api/login/oidc/callback`, as registered at the provider. */
  redirectUrl: z.url(),
  /** The claim whose value, or array of values, names the udsyn role. */
  roleClaim: z.string().min(1).default(DEFAULT_ROLE_CLAIM),
  /** The provider's values → udsyn roles; without it a value must be a udsyn role's own name. */
  roleMap: z.record(z.string().min(1), z.enum(ROLES)).optional(),
  /** Shown on the login page: "Log ind med <name>". */
  name: z.string().min(1).max(100).default(DEFAULT_OIDC_NAME),
  scope: z.string().min(1).default(DEFAULT_OIDC_SCOPE),
});
export type OidcConfig = z.output<typeof oidcConfigSchema>;

const ENV_NAMES = {
  issuer: "UDSYN_OIDC_ISSUER",
  clientId: "UDSYN_OIDC_CLIENT_ID",
  clientSecret: "UDSYN_OIDC_CLIENT_SECRET",
  redirectUrl: "UDSYN_OIDC_REDIRECT_URL",
  roleClaim: "UDSYN_OIDC_ROLE_CLAIM",
  roleMap: "UDSYN_OIDC_ROLE_MAP",
  name: "UDSYN_OIDC_NAME",
  scope: "UDSYN_OIDC_SCOPE",
} as const satisfies Record<keyof OidcConfig, string>;

/** `kk-admin=admin,kk-analytiker=analyst` → `{ "kk-admin": "admin", "kk-analytiker": "analyst" }` (roles checked by the schema). */
export function parseRoleMap(text: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const entry of text.split(",")) {
    if (entry.trim() === "") continue;
    const at = entry.lastIndexOf("=");
    if (at <= 0) {
      throw new DomainError(
        "invalid_input",
        {
          da: `${ENV_NAMES.roleMap}: "${entry.trim()}" er ikke værdi=rolle.`,
          en: `${ENV_NAMES.roleMap}: "${entry.trim()}" is not value=role.`,
        },
        [
          {
            field: ENV_NAMES.roleMap,
            message: "forventer værdi=rolle,værdi=rolle",
            en: "expects value=role,value=role",
          },
        ],
      );
    }
    map[entry.slice(0, at).trim()] = entry.slice(at + 1).trim();
  }
  return map;
}

/**
 * The OIDC configuration from the environment, read once at start; undefined when
 * `UDSYN_OIDC_ISSUER` is not set (then only local accounts log in). A half-made configuration
 * stops the start, naming each variable that is missing or wrong.
 */
export function oidcConfigFromEnv(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const value = (key: keyof OidcConfig): string | undefined => {
    const text = env[ENV_NAMES[key]]?.trim();
    return text === undefined || text === "" ? undefined : text;
  };
  if (value("issuer") === undefined) return undefined;
  const roleMap = value("roleMap");
  const parsed = oidcConfigSchema.safeParse(
    {
      issuer: value("issuer"),
      clientId: value("clientId"),
      clientSecret: value("clientSecret"),
      redirectUrl: value("redirectUrl"),
      roleClaim: value("roleClaim"),
      roleMap: roleMap === undefined ? undefined : parseRoleMap(roleMap),
      name: value("name"),
      scope: value("scope"),
    },
    { error: inEveryLanguage },
  );
  if (parsed.success) return parsed.data;
  throw new DomainError(
    "invalid_input",
    {
      da: "OIDC-opsætningen i miljøvariablerne er ufuldstændig eller forkert.",
      en: "The OIDC configuration in the environment variables is incomplete or wrong.",
    },
    parsed.error.issues.map((issue) => {
      const key = issue.path[0] as keyof OidcConfig;
      const field = [ENV_NAMES[key] ?? String(key), ...issue.path.slice(1).map(String)].join(".");
      return issue.code === "invalid_type"
        ? { field, message: "mangler", en: "missing" }
        : { field, ...issueTexts(issue.message) };
    }),
  );
}

/** The configuration and the provider's metadata, discovered at the first login and kept (a failure is retried next time). */
export interface OidcClient {
  readonly config: OidcConfig;
  server(): Promise<oidc.Configuration>;
}

export function createOidcClient(config: OidcConfig): OidcClient {
  let discovered: Promise<oidc.Configuration> | undefined;
  const discover = async (): Promise<oidc.Configuration> => {
    const issuer = new URL(config.issuer);
    const insecure = isLoopbackHttp(issuer) ? { execute: [oidc.allowInsecureRequests] } : {};
    const found = await oidc.discovery(issuer, config.clientId, config.clientSecret, undefined, {
      timeout: DISCOVERY_TIMEOUT_SECONDS,
      ...insecure,
    });
    // The secret goes in the body when the provider says it takes it so, else (the standard's default) in Basic.
    const methods = found.serverMetadata().token_endpoint_auth_methods_supported ?? ["client_secret_basic"];
    if (methods.includes("client_secret_post")) return found;
    const basic = new oidc.Configuration(
      found.serverMetadata(),
      config.clientId,
      config.clientSecret,
      oidc.ClientSecretBasic(config.clientSecret),
    );
    basic.timeout = DISCOVERY_TIMEOUT_SECONDS;
    for (const allow of insecure.execute ?? []) allow(basic);
    return basic;
  };
  return {
    config,
    server() {
      discovered ??= discover().catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
      return discovered;
    },
  };
}

export interface OidcLoginStart {
  /** Where to send the browser: the provider's authorization endpoint with state, nonce and the PKCE challenge. */
  readonly url: URL;
  /** For the short-lived cookie that finds this login again at the callback. */
  readonly token: string;
  readonly expiresAt: Date;
}

/** Begins a login at the identity provider (authorization code flow with PKCE, state and nonce). */
export const beginOidcLogin = defineUseCase(
  "logge ind med kommunens login",
  "public",
  async (ctx, _actor, input: { readonly client: OidcClient }): Promise<OidcLoginStart> => {
    const { config } = input.client;
    const server = await input.client.server();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const url = oidc.buildAuthorizationUrl(server, {
      redirect_uri: config.redirectUrl,
      scope: config.scope,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    const now = ctx.clock.now();
    const expiresAt = new Date(now.getTime() + OIDC_LOGIN_MINUTES * 60_000);
    const token = randomBytes(32).toString("base64url");
    await insertOidcLogin(ctx.db, token, { state, nonce, codeVerifier, expiresAt }, now);
    return { url, token, expiresAt };
  },
);

/** Why an OIDC login was refused; the web app shows a text for each. */
export const OIDC_REFUSALS = ["expired", "denied", "failed", "no_role", "disabled"] as const;
export type OidcRefusal = (typeof OIDC_REFUSALS)[number];

export type OidcLoginOutcome =
  | { readonly ok: true; readonly user: User; readonly session: NewSession }
  | { readonly ok: false; readonly reason: OidcRefusal };

export interface OidcCallback {
  readonly client: OidcClient;
  /** The cookie token from `beginOidcLogin`, if the browser sent it back. */
  readonly token: string | undefined;
  /** The callback's query parameters as the provider sent them (code, state, iss, or error). */
  readonly parameters: Readonly<Record<string, string>>;
}

type Claims = Readonly<Record<string, unknown>>;

/**
 * Completes a login: the login in progress is taken (once), the code is exchanged and the ID
 * token checked (state, nonce, PKCE, issuer, audience, signature: openid-client), the role claim
 * mapped; then the account tied to the provider's subject is found or made, its role set from
 * the claim, and a session made as the local login makes one. Every refusal is audited.
 */
export const completeOidcLogin = defineUseCase(
  "logge ind med kommunens login",
  "public",
  async (ctx, actor, input: OidcCallback): Promise<OidcLoginOutcome> => {
    const { config } = input.client;
    const anonymous: Actor = { userId: null, name: "anonym", role: "anonymous", ip: actor.ip };
    const attempt = input.token === undefined ? undefined : await takeOidcLogin(ctx.db, input.token);
    const now = ctx.clock.now();
    if (attempt === undefined || attempt.expiresAt <= now) {
      return refuse(ctx, anonymous, undefined, "expired", { cause: attempt ? "expired" : "unknown" });
    }

    let claims: Claims;
    try {
      const server = await input.client.server();
      const currentUrl = new URL(config.redirectUrl);
      for (const [key, value] of Object.entries(input.parameters)) currentUrl.searchParams.set(key, value);
      const tokens = await oidc.authorizationCodeGrant(server, currentUrl, {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (idToken === undefined) throw new Error("no ID token");
      claims = idToken;
      if (needsUserInfo(claims, config) && server.serverMetadata().userinfo_endpoint !== undefined) {
        const userInfo = await oidc.fetchUserInfo(server, tokens.access_token, idToken.sub);
        claims = { ...userInfo, ...idToken };
      }
    } catch (error) {
      if (error instanceof oidc.AuthorizationResponseError) {
        return refuse(ctx, anonymous, undefined, "denied", { error: error.error.slice(0, 100) });
      }
      return refuse(ctx, anonymous, undefined, "failed", { error: errorText(error) });
    }

    const issuer = typeof claims.iss === "string" ? claims.iss : config.issuer;
    const subject = String(claims.sub);
    const claimed = claimValues(claimAt(claims, config.roleClaim));
    const role = roleFor(claimed, config.roleMap);
    const existing = await findUserByOidcSubject(ctx.db, issuer, subject);
    const who: Actor = existing
      ? { userId: existing.id, name: existing.username, role: existing.role, ip: actor.ip }
      : { userId: null, name: usernameFrom(claims), role: "anonymous", ip: actor.ip };
    if (role === undefined) {
      return refuse(ctx, who, existing?.id, "no_role", {
        subject,
        claim: config.roleClaim,
        values: claimed.slice(0, 10).map((v) => v.slice(0, 100)),
      });
    }
    if (existing?.disabled) return refuse(ctx, who, existing.id, "disabled", { subject });

    const displayName = displayNameFrom(claims, who.name);
    // Only a new account needs a password hash: a random one nobody knows, as costly to check as any.
    const passwordHash = existing ? undefined : await hashPassword(randomBytes(32).toString("base64url"));
    const session: NewSession = {
      token: randomBytes(32).toString("base64url"),
      csrfToken: randomBytes(32).toString("base64url"),
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
    };
    const user = await ctx.db.transaction().execute(async (trx): Promise<User> => {
      let account: User;
      if (existing) {
        account = await updateOidcUser(trx, existing.id, { role, displayName });
      } else {
        const username = await freeUsername(trx, who.name);
        account = await insertUser(trx, {
          username,
          displayName,
          role,
          passwordHash: passwordHash as string,
          oidc: { issuer, subject },
        });
        const creator: Actor = { userId: account.id, name: account.username, role, ip: actor.ip };
        await recordAudit(trx, creator, {
          action: "user.create",
          entity: "user",
          entityId: account.id,
          details: { username: account.username, role, method: "oidc", subject },
        });
      }
      await insertSession(trx, { ...session, userId: account.id });
      const self: Actor = { userId: account.id, name: account.username, role: account.role, ip: actor.ip };
      await recordAudit(trx, self, {
        action: "login",
        entity: "user",
        entityId: account.id,
        details: {
          method: "oidc",
          role,
          ...(existing && existing.role !== role ? { previousRole: existing.role } : {}),
        },
      });
      return account;
    });
    return { ok: true, user, session };
  },
);

async function refuse(
  ctx: UseCaseContext,
  who: Actor,
  userId: number | undefined,
  reason: OidcRefusal,
  details: Record<string, unknown>,
): Promise<OidcLoginOutcome> {
  await recordAudit(ctx.db, who, {
    action: "login.failed",
    entity: "user",
    entityId: userId ?? null,
    details: { method: "oidc", reason, ...details },
  });
  return { ok: false, reason };
}

/** What went wrong, for the audit log: the error and its causes (openid-client wraps the precise one). */
function errorText(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e !== undefined && depth < 3; depth++) {
    if (!(e instanceof Error)) {
      parts.push(String(e));
      break;
    }
    const code = "code" in e && typeof e.code === "string" ? ` (${e.code})` : "";
    parts.push(`${e.name}: ${e.message}${code}`);
    e = e.cause;
  }
  return parts.join(" ← ").slice(0, 500);
}

/** The role claim, or a name for the account, may come only from the userinfo endpoint (as many providers do). */
function needsUserInfo(claims: Claims, config: OidcConfig): boolean {
  return (
    claimAt(claims, config.roleClaim) === undefined ||
    (claims.preferred_username === undefined && claims.email === undefined) ||
    claims.name === undefined
  );
}

/** A claim by its name, or by a dotted path into nested claims (`realm_access.roles`). */
export function claimAt(claims: Claims, name: string): unknown {
  if (Object.hasOwn(claims, name)) return claims[name];
  let value: unknown = claims;
  for (const part of name.split(".")) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function claimValues(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}

/**
 * The udsyn role for the claim's values: through the map when there is one, else a value that is a
 * role's own name. Several roles: the first in `ROLES` (admin, analyst, caseworker, committee).
 */
export function roleFor(
  values: readonly string[],
  roleMap: Readonly<Record<string, Role>> | undefined,
): Role | undefined {
  const roles = new Set<Role>();
  for (const value of values) {
    const role = roleMap
      ? Object.hasOwn(roleMap, value)
        ? roleMap[value]
        : undefined
      : (ROLES as readonly string[]).includes(value)
        ? (value as Role)
        : undefined;
    if (role !== undefined) roles.add(role);
  }
  return ROLES.find((role) => roles.has(role));
}

const USERNAME = /^[a-z0-9._-]{2,64}$/;
const DANISH: Readonly<Record<string, string>> = { æ: "ae", ø: "oe", å: "aa", ß: "ss" };

/** A user name as udsyn allows it (`^[a-z0-9._-]{2,64}$`) from a provider's name, or "" when nothing is left. */
export function sanitiseUsername(text: string): string {
  const local = text.includes("@") ? text.slice(0, text.indexOf("@")) : text;
  return local
    .toLowerCase()
    .replace(/[æøåß]/g, (c) => DANISH[c] ?? c)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[-._]+|[-._]+$/g, "")
    .slice(0, 64);
}

/** The user name for a new account: `preferred_username`, else `email`'s local part, else one made from the subject. */
export function usernameFrom(claims: Claims): string {
  for (const candidate of [claims.preferred_username, claims.email]) {
    if (typeof candidate !== "string") continue;
    const name = sanitiseUsername(candidate);
    if (USERNAME.test(name)) return name;
  }
  return `oidc-${createHash("sha256").update(String(claims.sub)).digest("hex").slice(0, 12)}`;
}

function displayNameFrom(claims: Claims, fallback: string): string {
  const parts = [claims.given_name, claims.family_name].filter((p): p is string => typeof p === "string");
  const name = typeof claims.name === "string" && claims.name.trim() !== "" ? claims.name : parts.join(" ");
  return (name.trim() === "" ? fallback : name.trim()).slice(0, 200);
}

/**
 * A name no account has. A taken name gets a number, never the existing account: a name chosen
 * at the provider must not log in as a local account of the same name.
 */
async function freeUsername(db: UseCaseContext["db"], base: string): Promise<string> {
  if (!(await usernameTaken(db, base))) return base;
  for (let n = 2; n <= 20; n++) {
    const suffix = `-${n}`;
    const name = `${base.slice(0, 64 - suffix.length)}${suffix}`;
    if (!(await usernameTaken(db, name))) return name;
  }
  const suffix = `-${randomBytes(4).toString("hex")}`;
  return `${base.slice(0, 64 - suffix.length)}${suffix}`;
}
