import { DomainError } from "../src/errors";
import { CROCKFORD_BASE32, idOrNull, isUuid, missing, requireId, requireIds, wellFormedIds } from "../src/ids";

const ID = "7d0b1a52-0001-4000-8000-000000000001";

const refusal = (run: () => unknown): { code: unknown; message: string } => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.extensions.code, message: error.message };
    throw error;
  }
  throw new Error("expected a refusal");
};

describe("ids at the edge", () => {
  it("accept UUIDs only", () => {
    expect(isUuid(ID)).toBe(true);
    expect(isUuid(ID.toUpperCase())).toBe(true);
    expect(isUuid("not-an-id")).toBe(false);
    expect(isUuid(`${ID}0`)).toBe(false);
  });

  it("answer a malformed id as the concept answers an unknown one", () => {
    const voucher = missing("Voucher", "VOUCHER_NOT_FOUND");
    expect(requireId(ID, voucher)).toBe(ID);
    expect(refusal(() => requireId("42", voucher))).toEqual({ code: "VOUCHER_NOT_FOUND", message: "Voucher was not found." });
    expect(refusal(() => requireId("42", missing("Customer")))).toEqual({
      code: "NOT_FOUND",
      message: "Customer was not found.",
    });
    expect(refusal(() => requireIds([ID, "x"], voucher)).code).toBe("VOUCHER_NOT_FOUND");
    expect(requireIds([ID], voucher)).toEqual([ID]);
  });

  it("let batches and nullable lookups skip what names nothing", () => {
    expect(wellFormedIds([ID, "x", ""])).toEqual([ID]);
    expect(idOrNull("x")).toBeNull();
    expect(idOrNull(ID)).toBe(ID);
  });

  it("spell readable codes in Crockford base32", () => {
    expect(CROCKFORD_BASE32).toHaveLength(32);
    expect(CROCKFORD_BASE32).not.toMatch(/[ILOU]/);
  });
});
