import type { KeyPrincipal } from "@psg/shared";
import { canManageKeysOf } from "../src/api-key/api-key.access";
import { checkNewKey } from "../src/api-key/api-key.rules";

const partnerAdmin: KeyPrincipal = {
  kind: "KEY",
  apiKeyId: "k",
  organizationKind: "PARTNER",
  organizationId: "p1",
  roles: ["GLOBAL_ADMIN"],
};
const now = new Date("2026-01-01T00:00:00Z");
const request = {
  name: "ci",
  organizationKind: "PARTNER" as const,
  organizationId: "p1",
  roles: ["PARTNER_ADMIN" as const],
  expiresAt: null,
};

describe("API key rules", () => {
  it("a partner GLOBAL_ADMIN manages its own partner's keys only", () => {
    expect(canManageKeysOf(partnerAdmin, "PARTNER", "p1")).toBe(true);
    expect(canManageKeysOf(partnerAdmin, "PARTNER", "p2")).toBe(false);
    expect(canManageKeysOf(partnerAdmin, "OPERATOR", null)).toBe(false);
    expect(canManageKeysOf({ ...partnerAdmin, roles: ["PARTNER_ADMIN"] }, "PARTNER", "p1")).toBe(false);
  });

  it("accepts a well-formed key for the caller's own organisation", () => {
    expect(() => checkNewKey(partnerAdmin, request, now)).not.toThrow();
  });

  it.each([
    ["another partner", { organizationId: "p2" }, "FORBIDDEN"],
    ["a customer role", { roles: ["BENEFITS_ADMIN" as const] }, "BAD_USER_INPUT"],
    ["no roles", { roles: [] }, "BAD_USER_INPUT"],
    ["no organisation", { organizationId: null }, "BAD_USER_INPUT"],
    ["an expiry in the past", { expiresAt: new Date("2025-01-01T00:00:00Z") }, "BAD_USER_INPUT"],
  ])("refuses %s", (_, change, code) => {
    expect(() => checkNewKey(partnerAdmin, { ...request, ...change }, now)).toThrow(expect.objectContaining({ code }));
  });
});
