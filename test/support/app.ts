import type { DatabaseHandle } from "../../src/db/database.ts";
import type { Role } from "../../src/db/schema.ts";
import { buildApp } from "../../src/server/app.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { createUseCaseContext } from "../../src/usecases/use-case.ts";
import { createUser } from "../../src/usecases/users/accounts.ts";

export const PASSWORD = "korrekt-hest-batteri";

export async function testApp(database: DatabaseHandle): Promise<App> {
  // No web root: the API alone, as the web build is the browser test's business.
  return buildApp({ database, webRoot: "/nonexistent" });
}

export interface LoggedIn {
  readonly cookie: string;
  readonly csrf: string;
  readonly headers: { cookie: string; "x-csrf-token": string };
}

export async function addUser(database: DatabaseHandle, username: string, role: Role): Promise<void> {
  await createUser(createUseCaseContext(database.db), cliActor(), {
    username,
    displayName: username,
    role,
    password: PASSWORD,
  });
}

export async function login(app: App, username: string, password = PASSWORD): Promise<LoggedIn> {
  const response = await app.inject({ method: "POST", url: "/api/login", payload: { username, password } });
  if (response.statusCode !== 200)
    throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === "udsyn_session");
  if (cookie === undefined) throw new Error("no session cookie");
  const csrf = (response.json() as { csrfToken: string }).csrfToken;
  const header = `udsyn_session=${cookie.value}`;
  return { cookie: header, csrf, headers: { cookie: header, "x-csrf-token": csrf } };
}
