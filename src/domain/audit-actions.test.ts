import { describe, expect, it } from "vitest";
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  auditActions,
  auditEntities,
  isAuditAction,
  isAuditEntity,
} from "./audit-actions.ts";

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

  it("names every kind of record in words too", () => {
    for (const code of auditEntities) {
      expect(AUDIT_ENTITIES[code].da, code).not.toMatch(/_/);
      expect(AUDIT_ENTITIES[code].en, code).not.toMatch(/_/);
    }
    expect(isAuditEntity("reporting_round")).toBe(true);
    expect(isAuditEntity("constructor")).toBe(false);
  });

  it("knows its own codes and nothing else", () => {
    expect(auditActions.every(isAuditAction)).toBe(true);
    expect(isAuditAction("user.role")).toBe(true);
    expect(isAuditAction("toString")).toBe(false);
    expect(isAuditAction("round.part.unknown")).toBe(false);
  });
});
