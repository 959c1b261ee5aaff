import { createQualifiedPartner, dataOf, redeemVoucher, startTestStack, type TestStack } from "@psg/testing";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

describe("from benefit to redemption", () => {
  it("walks a voucher through every step", async () => {
    const partner = await createQualifiedPartner(stack);
    const redeemed = await redeemVoucher(stack, partner);
    expect(redeemed.number).toMatch(/^PSV-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const data = dataOf(
      await stack.request<{ voucher: { status: string; engagement: { status: string } } }>(
        "query ($id: ID!) { voucher(id: $id) { status engagement { status } } }",
        { key: partner.keys.partnerAdmin, variables: { id: redeemed.voucherId } },
      ),
    );
    expect(data.voucher).toEqual({ status: "REDEEMED", engagement: { status: "REPORTED" } });
  });
});
