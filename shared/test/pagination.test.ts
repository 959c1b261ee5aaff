import { checkPageSize, decodeCursor, encodeCursor, pageOf, toConnection, toPage, withLazyTotal } from "../src/pagination";

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
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor(["a"]),
      endCursor: encodeCursor(["b"]),
    });
    expect(page.totalCount).toBe(7);
  });

  it("pages backward with last: rows read newest first come back in order, and the extra row means more before", () => {
    const request = pageOf({ first: 20, last: 2, before: encodeCursor(["2026-01-09T00:00:00.000Z", "z"]) });
    expect(request).toEqual({ size: 2, backward: true, after: null, before: ["2026-01-09T00:00:00.000Z", "z"] });
    const page = toPage([{ id: "e" }, { id: "d" }, { id: "c" }], request, (r) => [r.id]);
    expect(page.edges.map((e) => e.node.id)).toEqual(["d", "e"]);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(["d"]),
      endCursor: encodeCursor(["e"]),
    });
    const first = toPage([{ id: "a" }], pageOf({ last: 2 }), (r) => [r.id]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it("a page after a cursor has items before it; an empty page has no cursors", () => {
    const page = toPage([], pageOf({ first: 5, after: encodeCursor(["x", "y"]) }), (r: { id: string }) => [r.id]);
    expect(page.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it("refuses bad page sizes and forged cursors in every paging argument", () => {
    expect(() => pageOf({ last: 0 })).toThrow(/last must be from 1 to 100/);
    expect(() => pageOf({ first: 101 })).toThrow(/first must be from 1 to 100/);
    expect(() => pageOf({ before: "nope" })).toThrow(/`before`/);
    expect(pageOf({})).toEqual({ size: 20, backward: false, after: null, before: null });
  });

  it("counts the total only when it is read, and only once", async () => {
    let counted = 0;
    const page = withLazyTotal(
      toPage([], pageOf({}), (r: { id: string }) => [r.id]),
      async () => {
        counted += 1;
        return 42;
      },
    );
    expect(counted).toBe(0);
    expect(await page.totalCount).toBe(42);
    expect(await page.totalCount).toBe(42);
    expect(counted).toBe(1);
  });
});
