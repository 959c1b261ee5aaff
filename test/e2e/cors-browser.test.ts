import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startTestStack, type TestStack } from "@psg/testing";
import { type Browser, chromium } from "playwright-core";
import { CHROMIUM } from "../support/chromium";

const CATALOG = "{ offerings { code name } }";

// without a browser the same preflight and headers are checked over HTTP (observability.test.ts)
const withBrowser = existsSync(CHROMIUM) ? describe : describe.skip;

withBrowser("a page on another origin, in headless Chromium", () => {
  let browser: Browser;
  let page: Server;
  let pageOrigin: string;

  beforeAll(async () => {
    page = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>frontend</title><p>frontend</p>");
    });
    await new Promise<void>((resolve) => page.listen(0, "127.0.0.1", resolve));
    pageOrigin = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => page?.close(resolve));
  });

  /** What the page's own script gets when it runs the catalog query against the gateway. */
  async function runCatalogFromPage(stack: TestStack): Promise<string> {
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      await tab.goto(pageOrigin);
      return await tab.evaluate(
        async ({ url, query }) => {
          try {
            const response = await fetch(url, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ query }),
            });
            const body = (await response.json()) as { data: { offerings: unknown[] } };
            return `offerings: ${body.data.offerings.length}, request id: ${response.headers.get("x-request-id") ? "readable" : "hidden"}`;
          } catch (error) {
            return `refused: ${(error as Error).message}`;
          }
        },
        { url: stack.gatewayUrl, query: CATALOG },
      );
    } finally {
      await context.close();
    }
  }

  it("runs the catalog query when CORS_ORIGINS names its origin", async () => {
    const stack = await startTestStack({ CORS_ORIGINS: pageOrigin });
    try {
      expect(await runCatalogFromPage(stack)).toMatch(/^offerings: [1-9]\d*, request id: readable$/);
    } finally {
      await stack.stop();
    }
  });

  it("is refused without it", async () => {
    const stack = await startTestStack({ CORS_ORIGINS: "https://another-frontend.example" });
    try {
      expect(await runCatalogFromPage(stack)).toMatch(/^refused: Failed to fetch/);
    } finally {
      await stack.stop();
    }
  });
});
