import type { RunningWorker } from "@psg/events";
import { recordEvent, type SubgraphName } from "@psg/shared";
import { codesOf, pullEvents, startTestStack, type TestStack } from "@psg/testing";

let stack: TestStack;
let worker: RunningWorker;

/** Events written to the outboxes of several subgraphs, as their transitions write them. */
async function write(source: SubgraphName, tag: string, count: number): Promise<void> {
  const db = stack.services[source].db;
  if (!db) throw new Error(`${source} has no database`);
  for (let n = 0; n < count; n += 1) {
    await db.transaction((manager) =>
      recordEvent(
        manager,
        { type: "load.written", subjectType: "load", subjectId: `${tag}-${n}`, audiences: [], data: { tag, n } },
        new Date(),
      ),
    );
  }
}

beforeAll(async () => {
  stack = await startTestStack({ RELAY_POLL_MS: "20" }, { freshDatabase: true });
  worker = await stack.startWorker();
});
afterAll(() => stack.stop());

describe("events(after:)", () => {
  it("resumes exactly where a page stopped, with no gap and no repeat, while new events are being written", async () => {
    const writing = Promise.all([
      write("partners", "p", 60),
      write("vouchers", "v", 60),
      write("payments", "m", 60),
      write("events", "e", 60),
    ]);
    const seen: string[] = [];
    let after: string | null = null;
    let done = false;
    void writing.then(() => (done = true));
    for (let pages = 0; pages < 1_000; pages += 1) {
      const page = await pullEvents(stack, stack.operatorKey, { first: 7, after, types: ["load.written"] });
      seen.push(...page.edges.map((e) => e.node.subjectId));
      after = page.pageInfo.endCursor ?? after;
      if (!page.pageInfo.hasNextPage && done) {
        await worker.relay();
        const rest = await pullEvents(stack, stack.operatorKey, { first: 100, after, types: ["load.written"] });
        seen.push(...rest.edges.map((e) => e.node.subjectId));
        if (rest.edges.length === 0 && seen.length >= 240) break;
        after = rest.pageInfo.endCursor ?? after;
      }
    }
    const all: string[] = [];
    let cursor: string | null = null;
    for (;;) {
      const page = await pullEvents(stack, stack.operatorKey, { first: 100, after: cursor, types: ["load.written"] });
      all.push(...page.edges.map((e) => e.node.subjectId));
      if (!page.pageInfo.hasNextPage) break;
      cursor = page.pageInfo.endCursor;
    }
    expect(all).toHaveLength(240);
    expect(new Set(all).size).toBe(240);
    expect(seen).toEqual(all);
    // each subgraph's events keep their own order within the global one
    for (const tag of ["p", "v", "m", "e"]) {
      expect(all.filter((id) => id.startsWith(`${tag}-`))).toEqual(Array.from({ length: 60 }, (_, n) => `${tag}-${n}`));
    }
  });

  it("gives the same continuation from an old cursor, and refuses a cursor it never gave or too large a page", async () => {
    const first = await pullEvents(stack, stack.operatorKey, { first: 5, types: ["load.written"] });
    const next = await pullEvents(stack, stack.operatorKey, {
      first: 5,
      after: first.pageInfo.endCursor,
      types: ["load.written"],
    });
    await write("payments", "late", 3);
    await worker.relay();
    const again = await pullEvents(stack, stack.operatorKey, {
      first: 5,
      after: first.pageInfo.endCursor,
      types: ["load.written"],
    });
    expect(again.edges.map((e) => e.node.id)).toEqual(next.edges.map((e) => e.node.id));

    const EVENTS = "query ($after: String, $first: Int) { events(first: $first, after: $after) { totalCount } }";
    const ask = (variables: Record<string, unknown>) => stack.request(EVENTS, { key: stack.operatorKey, variables });
    expect(codesOf(await ask({ after: "bm90IGEgY3Vyc29y" }))).toEqual(["BAD_USER_INPUT"]);
    expect(codesOf(await ask({ after: Buffer.from(JSON.stringify(["1; drop"])).toString("base64url") }))).toEqual([
      "BAD_USER_INPUT",
    ]);
    expect(codesOf(await ask({ first: 101 }))).toEqual(["BAD_USER_INPUT"]);
    expect(codesOf(await stack.request(EVENTS, { variables: {} }))).toEqual(["UNAUTHENTICATED"]);
  });
});
