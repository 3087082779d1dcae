import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, migrateToLatest, openDatabase } from "../../src/db/database.ts";
import type { App } from "../../src/server/context.ts";
import { errorBody } from "../../src/server/errors.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { areasDemo } from "../../src/usecases/demo/areas.demo.ts";
import { policyDemo } from "../../src/usecases/demo/policy.demo.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

/**
 * Bad input gets a 4xx naming the field, never a 500 (issue 10): NUL and lone surrogates in any
 * string, numbers beyond what a column holds, and random JSON thrown at every POST and PUT route.
 */

const NUL = "\u0000";
const LONE = "\uD800";

describe.each(testDatabases())("characters and numbers no field may hold, on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let admin: LoggedIn;
  let roundId: number;

  beforeAll(async () => {
    database = await testDb.open();
    await policyDemo.seed(database.db, cliActor());
    app = await testApp(database);
    await addUser(database, "anna", "admin");
    admin = await login(app, "anna");
    roundId = (
      await app.inject({ method: "GET", url: "/api/policy/rounds/SUD/2010", headers: admin.headers })
    ).json().id;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const send = (
    method: "GET" | "POST" | "PUT",
    url: string,
    payload?: object,
  ): Promise<LightMyRequestResponse> =>
    app.inject({ method, url, headers: admin.headers, ...(payload === undefined ? {} : { payload }) });

  function expectRefused(response: LightMyRequestResponse, field: string): void {
    expect(response.statusCode, response.body).toBe(400);
    const body = errorBody.parse(response.json());
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.details.map((d) => d.field)).toContain(field);
    // The headline is Danish ("Et felt skal rettes."); the field is named in the details.
    expect(body.error.message).not.toMatch(/expected|Too (small|big)|Invalid/);
  }

  it.each([
    ["NUL", `Status${NUL}`, /NUL/],
    ["a lone surrogate", `Status ${LONE} tekst`, /surrogat/],
  ])("refuses %s in a text the round stores (was a 500 from PostgreSQL)", async (_what, text, message) => {
    const response = await send("PUT", `/api/policy/rounds/${roundId}/initiatives/nexus/fields/status`, {
      revision: 1,
      text,
    });
    expectRefused(response, "body.text");
    expect(response.json().error.details[0].message).toMatch(message);
  });

  it("refuses NUL deep inside a body, naming the path", async () => {
    const response = await send("POST", "/api/letting/relocation-grants", {
      applicationDate: "2024-01-10",
      household: { pseudonym: `H${NUL}1`, livesOnTransferIncome: true },
      from: { areaId: "a" },
      to: { inMunicipality: true, newDwelling: true, vulnerable: false },
    });
    expectRefused(response, "body.household.pseudonym");
  });

  it("refuses NUL in a field name and in a query string", async () => {
    expectRefused(await send("POST", "/api/policy/rounds", { [`x${NUL}`]: 1 }), "body.(feltnavn)");
    expectRefused(await send("GET", "/api/audit?action=login%00"), "querystring.action");
  });

  it("refuses NUL in the login name before it reaches the database", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/login",
      payload: { username: `anna${NUL}`, password: "x" },
    });
    expectRefused(response, "body.username");
  });

  it.each([
    ["a round id", `/api/policy/rounds/3000000000/transition`, "POST", { to: "draft" }, "params.id"],
    ["a version", "/api/policy/rounds/SUD/2010?version=2147483648", "GET", undefined, "querystring.version"],
    ["a decision id", "/api/letting/decisions/99999999999", "GET", undefined, "params.id"],
    [
      "a payment's decision id",
      "/api/letting/relocation-grants/2147483648/payments",
      "POST",
      { paidOn: "2024-01-01" },
      "params.id",
    ],
  ] as const)("refuses %s beyond PostgreSQL's integer", async (_what, url, method, payload, field) => {
    expectRefused(await send(method, url, payload), field);
  });

  it("refuses a JSON number that has lost digits (beyond 2^53)", async () => {
    const response = await app.inject({
      method: "PUT",
      url: `/api/policy/rounds/${roundId}/budget/t/stated-total`,
      headers: { ...admin.headers, "content-type": "application/json" },
      payload: '{"revision": 1, "amount": 123456789012345678901234567890}',
    });
    expectRefused(response, "body.amount");
  });

  it("answers 400, not 500, when only the database can tell a value is too large", async () => {
    const content = [
      "year,area_id,area_name,municipality,department_id,residents",
      "2010,a,Område A,København,a-1,3000000000",
    ].join("\n");
    const response = await send("POST", "/api/areas/facts/import", { fileName: "stor.csv", content });
    expect(response.statusCode, response.body).toBe(400);
    expect(errorBody.parse(response.json()).error.code).toBe("invalid_input");
  });
});

/** An OpenAPI (3.0) schema, as far as the routes' bodies use it. */
interface Schema {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly enum?: readonly unknown[];
  readonly anyOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly nullable?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** Values no validator should be surprised by: the nasty cases of every type. */
const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    NUL,
    `a${LONE}b`,
    "\uDC00",
    "",
    " ",
    "-",
    "0",
    "1e400",
    "2010-02-30",
    "9999-12-31",
    "SUD",
    "nexus",
    "<script>",
    "'; drop table audit_log; --",
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53 + 2,
    1e308,
    -1,
    0,
    0.5,
    null,
    true,
    [],
    {},
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 10 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A string a field might plausibly hold, judged by its name: dates, months, ids, text. */
function plausibleString(name: string): fc.Arbitrary<string> {
  const dates = fc
    .date({ min: new Date("1990-01-01"), max: new Date("2040-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  if (/date|since|On$|deadline/i.test(name)) return dates;
  if (/month/i.test(name)) return dates.map((d) => d.slice(0, 7));
  if (/base64/i.test(name)) return fc.base64String({ maxLength: 200 });
  if (name === "committee") return fc.constantFrom("SUD", "BUU", "XX");
  if (/benefit/i.test(name)) return fc.constantFrom("kontanthjaelp", "dagpenge", "ingen");
  return fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom("a", "a-1", "nexus", "status"));
}

/** Bodies shaped by the route's own schema (so many pass validation and reach the use case), with nasty values mixed in. */
function fromSchema(schema: Schema, name = "", depth = 0): fc.Arbitrary<unknown> {
  const options = schema.anyOf ?? schema.oneOf;
  let shaped: fc.Arbitrary<unknown>;
  if (depth > 6) shaped = nasty;
  else if (options !== undefined) shaped = fc.oneof(...options.map((s) => fromSchema(s, name, depth + 1)));
  else if (schema.enum !== undefined) shaped = fc.constantFrom(...schema.enum);
  else if (schema.type === "object") {
    const properties = schema.properties ?? {};
    const record = Object.fromEntries(
      Object.entries(properties).map(([key, inner]) => [key, fromSchema(inner, key, depth + 1)]),
    );
    shaped = fc.record(record, { requiredKeys: [...(schema.required ?? [])] });
  } else if (schema.type === "array") {
    shaped = fc.array(fromSchema(schema.items ?? {}, name, depth + 1), { maxLength: 4 });
  } else if (schema.type === "string") shaped = plausibleString(name);
  else if (schema.type === "integer" || schema.type === "number") {
    const min = Math.max(schema.minimum ?? -1000, -1_000_000);
    const max = Math.min(schema.maximum ?? 1_000_000, 1_000_000);
    shaped =
      schema.type === "integer"
        ? fc.integer({ min, max: Math.max(min, max) })
        : fc.double({ min, max, noNaN: true });
  } else if (schema.type === "boolean") shaped = fc.boolean();
  else shaped = fc.jsonValue({ maxDepth: 2 });
  const withNull = schema.nullable ? fc.oneof(shaped, fc.constant(null)) : shaped;
  return fc.oneof({ weight: 6, arbitrary: withNull }, { weight: 1, arbitrary: nasty });
}

interface Operation {
  readonly method: "POST" | "PUT";
  readonly path: string;
  readonly body: Schema | undefined;
}

describe("random JSON to every POST and PUT route, as an administrator (PGlite)", () => {
  let database: DatabaseHandle;
  let app: App;
  let admin: LoggedIn;
  let operations: Operation[];
  let params: Record<string, string>;

  beforeAll(async () => {
    database = await openDatabase({ kind: "pglite", dataDir: "memory" });
    await migrateToLatest(database.db);
    await policyDemo.seed(database.db, cliActor());
    await areasDemo.seed(database.db, cliActor());
    app = await testApp(database);
    await addUser(database, "anna", "admin");
    // The target of the user routes: the fuzz may disable or unlock it, never the admin fuzzing.
    await addUser(database, "maal", "analyst");
    admin = await login(app, "anna");
    const round = (
      await app.inject({ method: "GET", url: "/api/policy/rounds/SUD/2010", headers: admin.headers })
    ).json();
    const { tables } = (
      await app.inject({ method: "GET", url: "/api/policy/rounds/SUD/2010/budget", headers: admin.headers })
    ).json();
    params = {
      id: String(round.id),
      initiativeId: "nexus",
      field: "status",
      tableId: tables[0].table.id,
      lineId: tables[0].table.lines[0].id,
      year: "2010",
      username: "maal",
    };
    const document = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>
      >;
    };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => method === "post" || method === "put")
        // Logging out would end the session the fuzz runs in; it takes no body anyway.
        .filter(([method]) => !(path === "/api/logout" && method === "post"))
        .map(([method, op]) => ({
          method: method.toUpperCase() as "POST" | "PUT",
          path,
          body: op.requestBody?.content["application/json"]?.schema,
        })),
    );
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it("covers every POST and PUT route but logout", () => {
    expect(operations.length).toBeGreaterThanOrEqual(17);
  });

  it("never answers 500, and every refusal has the error shape", async () => {
    const seen: string[] = [];
    for (const operation of operations) {
      const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? "1");
      const bodies = fc.oneof(
        { weight: 3, arbitrary: operation.body === undefined ? nasty : fromSchema(operation.body) },
        { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
      );
      await fc.assert(
        fc.asyncProperty(bodies, async (body) => {
          const response = await app.inject({
            method: operation.method,
            url,
            headers: { ...admin.headers, "content-type": "application/json" },
            payload: JSON.stringify(body) ?? "null",
          });
          if (response.statusCode >= 500) {
            throw new Error(`${operation.method} ${url} → ${response.statusCode} ${response.body}`);
          }
          if (response.statusCode >= 400) errorBody.parse(response.json());
        }),
        // A few hundred per route, within a bounded time on a slow machine.
        { numRuns: 200, interruptAfterTimeLimit: 8_000, seed: 20240610 },
      );
      seen.push(`${operation.method} ${operation.path}`);
    }
    expect(seen).toHaveLength(operations.length);
  }, 300_000);
});
