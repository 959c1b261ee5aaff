import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { sendMessage } from "../src/delivery/send";
import { isBlockedAddress } from "../src/webhook-endpoint/destination";

describe("isBlockedAddress", () => {
  it.each([
    "127.0.0.1",
    "10.0.0.1",
    "172.31.255.255",
    "192.168.0.1",
    "169.254.1.1",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "::1",
    "::",
    "fe80::1",
    "fd00::1",
    "::ffff:10.0.0.1",
    "not an ip",
  ])("blocks %s", (address) => expect(isBlockedAddress(address)).toBe(true));
  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:93.184.215.14"])("allows %s", (address) =>
    expect(isBlockedAddress(address)).toBe(false),
  );
});

describe("sendMessage with production destination rules", () => {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits += 1;
    res.writeHead(204).end();
  });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const message = (url: string) => ({
    url,
    secret: `whsec_${Buffer.alloc(32, 1).toString("base64")}`,
    webhookId: "msg_1",
    body: "{}",
  });

  it("reaches a local receiver when unrestricted", async () => {
    const result = await sendMessage(message(`http://127.0.0.1:${port}/`), new Date(), { timeoutMs: 2_000, restricted: false });
    expect(result).toMatchObject({ succeeded: true, statusCode: 204 });
    expect(hits).toBe(1);
  });

  it.each([
    ["plain http", () => `http://127.0.0.1:${port}/`],
    ["a loopback address", () => `https://127.0.0.1:${port}/`],
    ["a name resolving to loopback when sending", () => `https://localhost:${port}/`],
  ])("refuses %s at delivery time without connecting", async (_what, url) => {
    const before = hits;
    const result = await sendMessage(message(url()), new Date(), { timeoutMs: 2_000, restricted: true });
    expect(result.succeeded).toBe(false);
    expect(result.error).toMatch(/WEBHOOK_URL_NOT_ALLOWED/);
    expect(hits).toBe(before);
  });
});
