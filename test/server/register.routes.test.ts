import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { countRegisterRows } from "../../src/db/register.repository.ts";
import { synthesiseRegister } from "../../src/domain/register/synth/synthesise.ts";
import type { App } from "../../src/server/context.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";

const SLOW = 240_000;

/** A multipart body as a browser's FormData would send it. */
async function multipart(
  files: Record<string, string | Uint8Array>,
  fields: Record<string, string>,
): Promise<{ payload: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const [name, content] of Object.entries(files))
    form.append("files", new Blob([typeof content === "string" ? content : new Uint8Array(content)]), name);
  const response = new Response(form);
  return {
    payload: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get("content-type") ?? "",
  };
}

const dataRows = (text: string) => text.trimEnd().split("\n").length - 1;

describe.each(testDatabases())("POST /api/register/batches on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let analyst: LoggedIn;
  let caseworker: LoggedIn;
  const files = synthesiseRegister({ persons: 300, seed: 31 });

  beforeAll(async () => {
    database = await testDb.open();
    app = await testApp(database);
    await addUser(database, "bo", "analyst");
    await addUser(database, "lise", "caseworker");
    analyst = await login(app, "bo");
    caseworker = await login(app, "lise");
  }, SLOW);
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const upload = async (
    who: LoggedIn,
    body: Record<string, string | Uint8Array>,
    fields: Record<string, string>,
  ) => {
    const { payload, contentType } = await multipart(body, fields);
    return app.inject({
      method: "POST",
      url: "/api/register/batches",
      headers: { ...who.headers, "content-type": contentType },
      payload,
    });
  };

  it(
    "imports an uploaded batch, audited, and the same upload again changes nothing",
    async () => {
      const response = await upload(analyst, files, { batch: "upload-1" });
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ status: "imported", name: "upload-1", loaded: "direct" });
      expect(body.rowCounts["benefits.csv"]).toBe(dataRows(files["benefits.csv"]));
      const counts = await countRegisterRows(database.db);
      expect(counts.register_person).toBe(dataRows(files["persons.csv"]));
      const audit = await database.db
        .selectFrom("audit_log")
        .select(["action", "entity_id"])
        .where("action", "=", "register.import")
        .execute();
      expect(audit).toHaveLength(1);
      const again = await upload(analyst, files, { batch: "upload-2" });
      expect(again.json()).toMatchObject({ status: "unchanged", name: "upload-1" });
      expect(await countRegisterRows(database.db)).toEqual(counts);
    },
    SLOW,
  );

  it(
    "answers 400 with the problem report on bad input, 409 on a used name, 403 for a caseworker",
    async () => {
      const bad = {
        ...files,
        "benefits.csv": files["benefits.csv"]
          .split("\n")
          .map((line, i) => (i === 1 ? line.replace(/,[a-z_]+$/, ",kontant") : line))
          .join("\n"),
      };
      const refused = await upload(analyst, bad, { batch: "forkert" });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.message).toContain("ukendt ydelseskode: 1");
      expect(refused.json().error.details).toContainEqual(
        expect.objectContaining({ source: "benefits.csv", row: 2, field: "benefit_code" }),
      );
      const other = synthesiseRegister({ persons: 50, seed: 32 });
      const conflict = await upload(analyst, other, { batch: "upload-1" });
      expect(conflict.statusCode).toBe(409);
      const noName = await upload(analyst, other, {});
      expect(noName.statusCode).toBe(400);
      const badName = await upload(analyst, { "../etc.csv": "x" }, { batch: "x" });
      expect(badName.statusCode).toBe(400);
      const forbidden = await upload(caseworker, other, { batch: "sagsbehandler" });
      expect(forbidden.statusCode).toBe(403);
      const batches = await database.db.selectFrom("import_batch").select("name").execute();
      expect(batches.map((b) => b.name)).toEqual(["upload-1"]);
    },
    SLOW,
  );
});
