import { ConfigError, loadConfig } from "../src/config";

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig("partners", env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
};

describe("loadConfig", () => {
  it("has working defaults for local use", () => {
    const config = loadConfig("vouchers", {});
    expect(config.port).toBe(4002);
    expect(config.sandboxTime).toBe(false);
    expect(config.subgraphUrls.partners).toBe("http://localhost:4001/graphql");
    expect(config.policy.voucherLifetimeDays).toBe(180);
  });

  it("prefers the subgraph's own database URL", () => {
    const config = loadConfig("payments", { DATABASE_URL: "postgres://a/b", PAYMENTS_DATABASE_URL: "postgres://c/d" });
    expect(config.databaseUrl).toBe("postgres://c/d");
  });

  it("lists every bad value at once", () => {
    const problems = problemsOf({
      PORT: "http",
      SANDBOX_TIME: "maybe",
      INTERNAL_SECRET: "short",
      BOOTSTRAP_OPERATOR_KEY: "short",
    });
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toMatch(/PORT/);
    expect(problems.join("\n")).toMatch(/SANDBOX_TIME/);
  });

  it("refuses production without an internal secret, and sandbox time in production", () => {
    const problems = problemsOf({ NODE_ENV: "production", SANDBOX_TIME: "on" });
    expect(problems).toEqual([
      "INTERNAL_SECRET is required when NODE_ENV=production",
      "SANDBOX_TIME=on is refused when NODE_ENV=production",
    ]);
  });
});
