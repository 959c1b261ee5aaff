import { pageArgsOf, type RequestContext } from "@psg/shared";
import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Benefit } from "../customer/benefit.entity";
import { requireCustomerDetails } from "../customer/customer.access";
import { Customer } from "../customer/customer.entity";
import { voucherLoaders } from "./voucher.loaders";
import { VoucherConnection, VoucherListArgs } from "./voucher.type";

/** What vouchers add to a customer: the vouchers themselves, and the pool as they leave and return to it. */
@Resolver(() => Customer)
export class CustomerVouchersResolver {
  @FieldResolver(() => Benefit, { description: "The customer's pool of planning days, as of now." })
  benefit(@Root() customer: Customer, @Ctx() ctx: RequestContext): Promise<Benefit | null> {
    requireCustomerDetails(ctx.principal, customer.id);
    return voucherLoaders(ctx).pool.load(customer.id);
  }

  @FieldResolver(() => VoucherConnection, { description: "The customer's vouchers, oldest first." })
  vouchers(@Root() customer: Customer, @Args() args: VoucherListArgs, @Ctx() ctx: RequestContext) {
    requireCustomerDetails(ctx.principal, customer.id);
    return voucherLoaders(ctx)
      .ofParent("customerId", args.status ?? null)
      .load({ parentId: customer.id, ...pageArgsOf(args) });
  }
}
