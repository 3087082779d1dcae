import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../../src/server/openapi.ts";

describe("the committed OpenAPI document", () => {
  it("is the one the routes produce (regenerate with `npx udsyn openapi --out docs/openapi.json`)", async () => {
    const committed = JSON.parse(
      readFileSync(resolve(import.meta.dirname, "../../docs/openapi.json"), "utf8"),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(await openApiDocument())));
  });
});
