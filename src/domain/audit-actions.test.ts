import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, auditActions, isAuditAction } from "./audit-actions.ts";

describe("the table of audit actions", () => {
  it("names every action in Danish and English, never by its code", () => {
    for (const code of auditActions) {
      const { da, en } = AUDIT_ACTIONS[code];
      expect(da.trim(), code).not.toBe("");
      expect(en.trim(), code).not.toBe("");
      expect(da, code).not.toContain(code);
      expect(en, code).not.toMatch(/[a-z]+[._][a-z]+/);
      expect(da, code).not.toMatch(/[a-z]+[._][a-z]+/);
    }
  });

  it("knows its own codes and nothing else", () => {
    expect(auditActions.every(isAuditAction)).toBe(true);
    expect(isAuditAction("user.role")).toBe(true);
    expect(isAuditAction("toString")).toBe(false);
    expect(isAuditAction("round.part.unknown")).toBe(false);
  });
});
