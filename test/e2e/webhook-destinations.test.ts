import { codesOf, dataOf, startTestStack, type TestStack } from "@psg/testing";

let stack: TestStack;

const CREATE = "mutation ($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id url } } }";
const create = (url: string) => stack.request(CREATE, { key: stack.operatorKey, variables: { input: { url } } });

beforeAll(async () => {
  stack = await startTestStack({ NODE_ENV: "production", SANDBOX_TIME: "off", WEBHOOKS_ALLOW_PRIVATE: "off" });
});
afterAll(() => stack.stop());

describe("webhook destinations under NODE_ENV=production", () => {
  it.each([
    ["plain http", "http://93.184.215.14/hook"],
    ["a loopback address", "https://127.0.0.1/hook"],
    ["another loopback address", "https://127.8.9.10:8443/hook"],
    ["a private address", "https://10.1.2.3/hook"],
    ["a private address", "https://172.20.0.5/hook"],
    ["a private address", "https://192.168.1.10/hook"],
    ["a link-local address (cloud metadata)", "https://169.254.169.254/latest"],
    ["the unspecified address", "https://0.0.0.0/hook"],
    ["IPv6 loopback", "https://[::1]/hook"],
    ["IPv6 link-local", "https://[fe80::1]/hook"],
    ["IPv6 unique local", "https://[fd12:3456::1]/hook"],
    ["IPv4-mapped loopback", "https://[::ffff:127.0.0.1]/hook"],
    ["a host name that resolves to loopback", "https://localhost/hook"],
    ["a host name that resolves to loopback", "https://localhost.:8443/hook"],
  ])("refuses %s (%s) with WEBHOOK_URL_NOT_ALLOWED and writes nothing", async (_what, url) => {
    expect(codesOf(await create(url))).toEqual(["WEBHOOK_URL_NOT_ALLOWED"]);
  });

  it("accepts an https URL on a public address, and refuses moving it to a private one", async () => {
    const { createWebhookEndpoint } = dataOf(await create("https://93.184.215.14/hook"));
    const endpoint = (createWebhookEndpoint as { endpoint: { id: string; url: string } }).endpoint;
    expect(endpoint.url).toBe("https://93.184.215.14/hook");
    const moved = await stack.request(
      "mutation ($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { url } }",
      {
        key: stack.operatorKey,
        variables: { input: { id: endpoint.id, url: "https://localhost/hook" } },
      },
    );
    expect(codesOf(moved)).toEqual(["WEBHOOK_URL_NOT_ALLOWED"]);
    const { webhookEndpoints } = dataOf(
      await stack.request<{ webhookEndpoints: { url: string }[] }>("{ webhookEndpoints { url } }", { key: stack.operatorKey }),
    );
    expect(webhookEndpoints.map((e) => e.url)).toEqual(["https://93.184.215.14/hook"]);
  });
});
