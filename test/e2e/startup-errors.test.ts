import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, graphqlRequest } from "@psg/shared";
import { ensureBuilt, runToExit, startProcess, startProcessStack, workerDatabaseUrl } from "@psg/testing";
import { Client } from "pg";

/** Every bad configuration ends quickly, with one line that names the variable and no stack trace. */
function expectOneLineNaming(result: { code: number | null; output: string; ms: number }, variable: string, fix: RegExp) {
  expect({ code: result.code, fast: result.ms < 10_000 }).toEqual({ code: 1, fast: true });
  const lines = result.output.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(variable);
  expect(lines[0]).toMatch(fix);
  expect(result.output).not.toMatch(/\n\s+at |"stack"|Error:/);
}

let databaseUrl: string;
const base = { INTERNAL_SECRET: "startup-test-internal-secret-0123456789abcdef", HOST: "127.0.0.1" };
/** A gateway keeps shared rate limits in a database; these cases are about other variables. */
const gatewayBase = { ...base, RATE_LIMIT_PER_MINUTE: "0" };

beforeAll(async () => {
  ensureBuilt();
  databaseUrl = await workerDatabaseUrl();
}, 240_000);

describe("a service with a bad configuration", () => {
  it.each([
    ["LOG_LEVEL", { LOG_LEVEL: "loud" }, /one of fatal, error, warn, info, debug, trace, silent/],
    ["HOST", { HOST: "not a host!" }, /IP address or host name/],
    ["PORT", { PORT: "http" }, /whole number/],
    ["DATABASE_URL", { DATABASE_URL: "mysql://db.example/planning" }, /PostgreSQL URL such as postgres:\/\//],
  ])("%s", async (variable, env, fix) => {
    expectOneLineNaming(await runToExit("partners", { ...base, DATABASE_URL: databaseUrl, PORT: "0", ...env }), variable, fix);
  });

  it("HOST that is not an address of this machine", async () => {
    // 192.0.2.1 is TEST-NET-1: never assigned to a machine; binding to it fails locally
    const result = await runToExit("gateway", { ...gatewayBase, HOST: "192.0.2.1", PORT: "0" });
    expectOneLineNaming(result, "HOST=192.0.2.1", /not an address of this machine/);
  });

  it("PORT in use", async () => {
    const first = startProcess("gateway", { ...gatewayBase, PORT: String(await freePort()) });
    try {
      const port = await new Promise<string>((resolve) => {
        const poll = setInterval(() => {
          const match = /"port":(\d+)/.exec(first.output());
          if (match) {
            clearInterval(poll);
            resolve(match[1]);
          }
        }, 100);
      });
      expectOneLineNaming(await runToExit("gateway", { ...gatewayBase, PORT: port }), `PORT=${port}`, /already in use/);
    } finally {
      await first.stop();
    }
  });

  it.each([
    ["nothing listens there", async (u: URL) => (u.port = String(await freePort())), /nothing accepts connections/],
    ["the database does not exist", async (u: URL) => (u.pathname = "/no_such_database"), /does not exist/],
    ["the password is wrong", async (u: URL) => (u.password = "wrong"), /password is wrong/],
  ])("DATABASE_URL where %s", async (_, change, fix) => {
    const url = new URL(databaseUrl);
    await change(url);
    const result = await runToExit("partners", { ...base, PORT: "0", DATABASE_URL: url.toString() });
    expectOneLineNaming(result, "DATABASE_URL", fix);
    expect(result.output).not.toContain(`:${url.password}@`); // no password on the line
  });

  it("npm start with an unreachable DATABASE_URL says so within seconds, not after a minute of restarts", async () => {
    const unreachable = new URL(databaseUrl);
    unreachable.port = String(await freePort());
    const result = await runToExit("stack", {
      ...base,
      DATABASE_URL: unreachable.toString(),
      PSG_DATA_DIR: mkdtempSync(join(tmpdir(), "psg-")),
    });
    expectOneLineNaming(result, "DATABASE_URL", /nothing accepts connections/);
  });
});

describe("unix-socket DATABASE_URLs", () => {
  it.each([
    ["postgresql:///db?host=/dir", (db: string, port: string) => `postgresql:///${db}?host=/tmp&port=${port}`],
    ["postgresql://%2Fdir/db", (db: string, port: string) => `postgresql://postgres:postgres@%2Ftmp:${port}/${db}`],
  ])("are accepted: %s", async (_, form) => {
    const tcp = new URL(databaseUrl);
    const url = form(tcp.pathname.slice(1), tcp.port);
    const port = await freePort();
    const service = startProcess("partners", {
      ...base,
      PORT: String(port),
      DATABASE_URL: url,
      PGUSER: "postgres",
      PGPASSWORD: "postgres",
    });
    try {
      const deadline = Date.now() + 30_000;
      let status = 0;
      while (Date.now() < deadline && status !== 200 && service.child.exitCode === null) {
        status = await fetch(`http://127.0.0.1:${port}/ready`).then(
          (r) => r.status,
          () => 0,
        );
        if (status !== 200) await new Promise((r) => setTimeout(r, 200));
      }
      expect({ status, output: status === 200 ? "" : service.output() }).toEqual({ status: 200, output: "" });
    } finally {
      await service.stop();
    }
  });
});

describe("npm run reset", () => {
  it("without DATABASE_URL removes the local data directory", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "psg-")), "data");
    mkdirSync(join(dir, "postgres"), { recursive: true });
    writeFileSync(join(dir, "demo-keys.json"), "[]");
    const result = await runToExit("reset", { PSG_DATA_DIR: dir });
    expect(result.code).toBe(0);
    expect(existsSync(dir)).toBe(false);
  });

  it("with DATABASE_URL drops the subgraphs' schemas, so the next start begins empty", async () => {
    const url = await workerDatabaseUrl(true);
    const stack = await startProcessStack(url);
    const created = await graphqlRequest(
      stack.gatewayUrl,
      'mutation { createPartner(input: { mpnId: "4499001", legalName: "Reset Test", membershipStart: "2026-01-01", membershipEnd: "2028-12-31" }) { id } }',
      {},
      { authorization: `Bearer ${stack.operatorKey}` },
    );
    expect(created.errors).toBeUndefined();
    await stack.stop();
    const dir = mkdtempSync(join(tmpdir(), "psg-"));
    const result = await runToExit("reset", { DATABASE_URL: url, PSG_DATA_DIR: dir });
    expect(result).toMatchObject({ code: 0 });
    const client = new Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(
      "SELECT schema_name FROM information_schema.schemata WHERE schema_name IN ('partners', 'vouchers', 'payments')",
    );
    await client.end();
    expect(rows).toEqual([]);
  }, 120_000);
});
