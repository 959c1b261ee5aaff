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

    const db = stack.services.vouchers.db;
    if (!db) throw new Error("the vouchers subgraph has no database");
    const [engagement] = (await db.query(`SELECT "id" FROM "vouchers"."engagements" WHERE "voucher_id" = $1`, [
      redeemed.voucherId,
    ])) as { id: string }[];
    const engagementId = engagement.id;
    const trail = (await db.query(
      `SELECT "action", "actor" FROM "vouchers"."audit_log" WHERE "entity_id" = ANY($1) OR "entity_id" = $2 ORDER BY "id"`,
      [[redeemed.voucherId, engagementId], redeemed.customerId],
    )) as { action: string; actor: string }[];
    expect(trail.map((t) => t.action)).toEqual([
      "customer.created",
      "benefit.activated",
      "voucher.created",
      "voucher.reserved",
      "engagement.started",
      "engagement.delivered",
      "engagement.reported",
      "voucher.redeemed",
    ]);
    expect(trail.every((t) => t.actor.startsWith("key:"))).toBe(true);
  });
});
