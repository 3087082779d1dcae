import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { seedDemo } from "../../src/usecases/demo/demo.service.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

/**
 * ≥ 10,000 requests with random paths, queries and bodies against every route of the OpenAPI
 * document, as an administrator with a valid CSRF token (so validation, not access control,
 * is what is exercised). Nothing may answer 5xx. Logged as figures for the closing note.
 */
const REQUESTS: Record<string, number> = { pglite: 10_000, postgres: 3_000 };

interface Route {
  readonly method: "GET" | "POST" | "PUT" | "DELETE";
  readonly path: string;
  readonly query: readonly string[];
}

const nasty = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\ud800",
    "x\udfffy",
    "K\u00f8benhavn",
    "💥",
    "' or 1=1 --",
    "../../etc/passwd",
  ),
  fc.constantFrom("2010-02-30", "2010-13-01", "9999-12-31", "0000-01-01", "", " "),
);
const nastyNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1e308, -0, 0.5),
);
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: "small" },
    nasty,
    nastyNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("any"), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.string(), fc.constantFrom("cell", "kind", "amount", "to", "year", "text")),
      tie("any"),
      {
        maxKeys: 5,
      },
    ),
  ),
})).any;

function routesOf(document: {
  paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
}): Route[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ["get", "post", "put", "delete"].includes(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase() as Route["method"],
        path,
        query: (operation.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
      })),
  );
}

/** Percent-encoding that also sends a lone surrogate, as the invalid UTF-8 bytes an attacker can send. */
function encodeAnything(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80";
  }
}

/** A concrete URL: path parameters and query values random, sometimes valid-looking. */
const urlFor = (route: Route) =>
  fc
    .tuple(
      fc.array(fc.oneof(fc.constantFrom("1", "SUD", "2010", "tingbjerg", "0", "-1", "99999999999"), nasty), {
        minLength: 4,
        maxLength: 4,
      }),
      fc.dictionary(fc.constantFrom(...route.query, "x", "limit"), fc.oneof(nasty, nastyNumber.map(String)), {
        maxKeys: 3,
      }),
    )
    .map(([parts, query]) => {
      let i = 0;
      const path = route.path.replace(/\{[^}]+\}|:[a-zA-Z]+/g, () =>
        encodeAnything(parts[i++ % parts.length] ?? "x"),
      );
      const search = Object.entries(query)
        .map(([k, v]) => `${encodeAnything(k)}=${encodeAnything(v)}`)
        .join("&");
      return search === "" ? path : `${path}?${search}`;
    });

describe.each(testDatabases())("fuzzed requests on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let admin: LoggedIn;

  beforeAll(async () => {
    database = await testDb.open();
    await seedDemo(database.db, cliActor());
    app = await testApp(database);
    await addUser(database, "fuzz-admin", "admin");
    admin = await login(app, "fuzz-admin");
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it("answers every request with a status below 500", async () => {
    const routes = routesOf(app.swagger() as never).filter((r) => r.path !== "/api/logout");
    const total = REQUESTS[testDb.name] ?? 1_000;
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const started = performance.now();
    const samples = fc.sample(
      fc.constantFrom(...routes).chain((route) => fc.tuple(fc.constant(route), urlFor(route), value)),
      { numRuns: total, seed: 20261202 },
    );
    for (const [route, url, body] of samples) {
      const response = await app.inject({
        method: route.method,
        url,
        headers: admin.headers,
        ...(route.method === "GET" || route.method === "DELETE"
          ? {}
          : {
              payload: JSON.stringify(body),
              headers: { ...admin.headers, "content-type": "application/json" },
            }),
      });
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      if (response.statusCode >= 500 && failures.length < 20) {
        failures.push(
          `${route.method} ${url} ${JSON.stringify(body).slice(0, 200)} → ${response.statusCode} ${response.body.slice(0, 200)}`,
        );
      }
    }
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `fuzz ${testDb.name}: ${total} requests over ${routes.length} routes in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}\n`,
    );
    expect(failures).toEqual([]);
  });
});
