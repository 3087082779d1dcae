import { describe, expect, it } from "vitest";
import { shippedRules } from "../../test/support/shipped-rules.ts";
import { loadParameters } from "./load-parameters.ts";

describe("the shipped rules folder", () => {
  it("loads the same parameters from disk as the test bundle does", async () => {
    const fromDisk = await loadParameters(new URL("../../rules", import.meta.url).pathname);
    expect([...fromDisk.parameters.keys()].sort()).toEqual([...shippedRules.parameters.keys()].sort());
    expect(fromDisk.parameters.size).toBeGreaterThan(40);
  });
});
