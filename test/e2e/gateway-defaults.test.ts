import { loadConfig } from "@psg/shared";
import { dataOf, startTestStack, type TestStack } from "@psg/testing";

const landingPage = async (stack: TestStack): Promise<string> => {
  const response = await fetch(stack.gatewayUrl, { headers: { accept: "text/html" } });
  expect(response.status).toBe(200);
  return response.text();
};

describe("the gateway's defaults", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("keeps the internal types out of the public schema", async () => {
    const data = dataOf(
      await stack.request<Record<string, unknown>>(
        '{ voucher: __type(name: "InternalVoucher") { name } principal: __type(name: "KeyPrincipalView") { name } redeemed: __type(name: "RedeemedVoucher") { name } viewer: __type(name: "Viewer") { name } }',
      ),
    );
    expect(data).toEqual({ voucher: null, principal: null, redeemed: null, viewer: { name: "Viewer" } });
  });

  it("turns @apollo/gateway's own reporting to Apollo off unless the operator opts in", () => {
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe("true");
  });

  it("opens Sandbox on the PartnerDashboard operation, without any key unless npm start gives one", async () => {
    const html = await landingPage(stack);
    expect(html).toContain("query PartnerDashboard($id: ID!)");
    expect(html).not.toMatch(/Bearer/);
  });
});

describe("Sandbox under npm start", () => {
  it("opens with the demo partner in its variables and the demo operator key in its headers", async () => {
    const partnerId = "0b5e4a8e-5a8f-4f1e-9d3c-000000000001";
    const stack = await startTestStack({
      SANDBOX_DEMO_KEY: "psg_demo_operator_key_for_sandbox_0123456789",
      SANDBOX_DEMO_PARTNER_ID: partnerId,
    });
    try {
      const html = await landingPage(stack);
      expect(html).toContain("query PartnerDashboard($id: ID!)");
      expect(html).toContain(partnerId);
      expect(html).toContain("Bearer psg_demo_operator_key_for_sandbox_0123456789");
    } finally {
      await stack.stop();
    }
  });

  it("is refused in production", () => {
    expect(() =>
      loadConfig("gateway", { NODE_ENV: "production", INTERNAL_SECRET: "x".repeat(32), SANDBOX_DEMO_KEY: "y".repeat(40) }),
    ).toThrow(/SANDBOX_DEMO_KEY and SANDBOX_DEMO_PARTNER_ID are refused when NODE_ENV=production/);
  });
});
