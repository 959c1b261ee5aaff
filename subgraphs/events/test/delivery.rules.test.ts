import { codeOf } from "@psg/testing";
import { afterFailure, retryDelayMs } from "../src/delivery/delivery.rules";
import { checkEventTypes, checkWebhookUrl, wantsEvent } from "../src/webhook-endpoint/webhook-endpoint.rules";

const policy = { retryBaseMs: 5_000, retryMaxMs: 8 * 3_600_000, retryWindowMs: 3 * 86_400_000 };
const at = (ms: number) => new Date(Date.UTC(2030, 0, 1) + ms);
const HOUR = 3_600_000;

describe("retryDelayMs", () => {
  it("doubles from the base per failed attempt, up to the cap", () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, policy))).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelayMs(30, policy)).toBe(8 * HOUR);
  });

  it("keeps retrying for three days with the defaults: about twenty attempts", () => {
    let elapsed = 0;
    let attempts = 0;
    while (elapsed < policy.retryWindowMs) {
      attempts += 1;
      elapsed += retryDelayMs(attempts, policy);
    }
    expect(attempts).toBeGreaterThan(15);
    expect(attempts).toBeLessThan(30);
  });
});

describe("afterFailure", () => {
  it("retries after the backoff delay while the delivery and the endpoint's failures are young", () => {
    expect(afterFailure(at(HOUR), 3, at(0), at(0), policy)).toEqual({ kind: "retry", at: at(HOUR + 20_000) });
  });

  it("gives a delivery up after the retry window, without disabling an endpoint that succeeded meanwhile", () => {
    expect(afterFailure(at(72 * HOUR), 20, at(0), at(70 * HOUR), policy)).toEqual({ kind: "give_up" });
  });

  it("disables the endpoint once it has failed for the whole window", () => {
    expect(afterFailure(at(72 * HOUR), 20, at(71 * HOUR), at(0), policy)).toEqual({ kind: "disable_endpoint" });
  });
});

describe("endpoint rules", () => {
  it("keep an http(s) URL, https only when restricted", () => {
    expect(checkWebhookUrl("https://example.com/hooks", true).toString()).toBe("https://example.com/hooks");
    expect(checkWebhookUrl("http://localhost:9000/hooks", false).port).toBe("9000");
    expect(codeOf(() => checkWebhookUrl("http://example.com/hooks", true))).toBe("WEBHOOK_URL_NOT_ALLOWED");
    expect(codeOf(() => checkWebhookUrl("https://user:pw@example.com/", false))).toBe("WEBHOOK_URL_NOT_ALLOWED");
    expect(codeOf(() => checkWebhookUrl("example.com", false))).toBe("BAD_USER_INPUT");
  });

  it("take event types as resource.action names; none means every type", () => {
    expect(checkEventTypes(["voucher.reserved", "voucher.reserved", "payment_request.paid"])).toEqual([
      "voucher.reserved",
      "payment_request.paid",
    ]);
    expect(codeOf(() => checkEventTypes(["voucher"]))).toBe("BAD_USER_INPUT");
    expect(wantsEvent([], "voucher.expired")).toBe(true);
    expect(wantsEvent(["voucher.reserved"], "voucher.expired")).toBe(false);
  });
});
