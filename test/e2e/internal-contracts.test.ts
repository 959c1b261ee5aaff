import type { InternalQuery } from "@psg/shared";
import * as shared from "@psg/shared";
import { SUBGRAPH_SCHEMAS } from "@psg/stack";
import { parse, validate } from "graphql";

const isInternalQuery = (value: unknown): value is InternalQuery<unknown, unknown> =>
  typeof value === "object" && value !== null && "target" in value && "text" in value;

const contracts = Object.entries(shared as Record<string, unknown>).filter(
  (entry): entry is [string, InternalQuery<unknown, unknown>] => isInternalQuery(entry[1]),
);

describe("internal contracts", () => {
  it("cover every internal endpoint callers use", () => {
    expect(contracts.map(([name]) => name).sort()).toEqual(
      [
        "API_KEY_PRINCIPALS",
        "CUSTOMERS_EXIST",
        "DELIVERY_CHECKS",
        "ENROLLMENT_DEADLINES",
        "HAS_REDEEMED_VOUCHER",
        "OFFERINGS",
        "PARTNER_LOCATIONS",
        "PAYMENT_DEADLINES",
        "REDEEMED_VOUCHERS",
        "PARTNERS_BY_MPN_ID",
        "SET_VOUCHERS_CLAIMED",
        "VOUCHERS_FOR_PAYMENT",
        "VOUCHER_DEADLINES",
      ].sort(),
    );
  });

  for (const [name, contract] of contracts) {
    it(`${name} is a valid query of the subgraph that serves it`, async () => {
      const errors = validate(await SUBGRAPH_SCHEMAS[contract.target](), parse(contract.text));
      expect(errors.map((e) => e.message)).toEqual([]);
    });
  }

  it("a query naming a field its target does not serve fails validation", async () => {
    const errors = validate(await SUBGRAPH_SCHEMAS.partners(), parse(`{ _partnerLocations(ids: []) { id nickname } }`));
    expect(errors.length).toBeGreaterThan(0);
  });
});
