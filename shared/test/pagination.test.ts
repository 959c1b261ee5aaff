import { checkPageSize, decodeCursor, encodeCursor, toConnection } from "../src/pagination";

describe("pagination", () => {
  it("round-trips cursors and refuses forged ones", () => {
    expect(decodeCursor(encodeCursor(["2026-01-01T00:00:00.000Z", "id-1"]), 2)).toEqual(["2026-01-01T00:00:00.000Z", "id-1"]);
    expect(() => decodeCursor("not-a-cursor", 2)).toThrow(/cursor/);
    expect(() => decodeCursor(encodeCursor(["only-one"]), 2)).toThrow(/cursor/);
  });

  it("allows pages of 1 to 100", () => {
    expect(() => checkPageSize(1)).not.toThrow();
    expect(() => checkPageSize(100)).not.toThrow();
    expect(() => checkPageSize(0)).toThrow();
    expect(() => checkPageSize(101)).toThrow();
  });

  it("uses the extra row only to tell whether another page follows", () => {
    const page = toConnection([{ id: "a" }, { id: "b" }, { id: "c" }], 2, 7, (r) => [r.id]);
    expect(page.edges.map((e) => e.node.id)).toEqual(["a", "b"]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(["b"]) });
    expect(page.totalCount).toBe(7);
  });
});
