import { describe, expect, it } from "vitest";
import { checkGrantPayable } from "./relocation-grant-payment.ts";

const granted = { id: 4, result: "granted", decisionDate: "2010-04-01" };
const code = (run: () => void) => {
  try {
    run();
    return "payable";
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe("when a relocation grant may be paid", () => {
  it("pays a granted grant once, on or after the application date", () => {
    expect(code(() => checkGrantPayable(granted, undefined, "2010-04-01"))).toBe("payable");
    expect(
      code(() => checkGrantPayable(granted, { paidOn: "2010-05-01", amount: 15000 }, "2010-05-02")),
    ).toBe("conflict");
    expect(code(() => checkGrantPayable(granted, undefined, "2010-03-31"))).toBe("invalid_input");
  });

  it("never pays a refused grant", () => {
    expect(code(() => checkGrantPayable({ ...granted, result: "refused" }, undefined, "2010-05-01"))).toBe(
      "conflict",
    );
  });
});
