import { readFileSync } from "node:fs";
import openapiTS, { astToString, COMMENT_HEADER } from "openapi-typescript";
import { describe, expect, it } from "vitest";

const DOCUMENT = new URL("../docs/openapi.json", import.meta.url);
const GENERATED = new URL("../web/src/api-schema.d.ts", import.meta.url);

describe("the web app's API types", () => {
  // The web is typed from this file, so a route change that is not regenerated would leave the
  // pages type-checked against an API that no longer exists.
  it("are generated from the committed OpenAPI document (regenerate with `npm run generate:api`)", async () => {
    // As the openapi-typescript CLI writes it: its header, then the types, with the CLI's defaults.
    const expected = `${COMMENT_HEADER}${astToString(await openapiTS(DOCUMENT, { silent: true }))}`;
    expect(readFileSync(GENERATED, "utf8")).toBe(expected);
  });
});
