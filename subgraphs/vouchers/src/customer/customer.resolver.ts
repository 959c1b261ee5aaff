import {
  audit,
  ConnectionArgs,
  canActFor,
  DateScalar,
  DomainError,
  isUuid,
  pageArgsOf,
  paginate,
  type RequestContext,
  requireKey,
  requireRole,
} from "@psg/shared";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { voucherLoaders } from "../voucher/voucher.loaders";
import { VoucherConnection, VoucherListArgs } from "../voucher/voucher.type";
import { Benefit } from "./benefit.entity";
import { Customer } from "./customer.entity";
import { customerLoaders } from "./customer.loaders";
import { checkNewCustomer } from "./customer.rules";
import { CreateCustomerInput, CustomerConnection } from "./customer.type";

/** A partner holding a voucher sees only the customer's name and country. */
function requireCustomerAccess(ctx: RequestContext, customerId: string): void {
  if (!canActFor(ctx.principal, "CUSTOMER", customerId)) {
    throw new DomainError("FORBIDDEN", "Only the customer itself and operators see this.");
  }
}

@Resolver(() => Customer)
export class CustomerResolver {
  @Query(() => Customer, { nullable: true, description: "Operators see every customer; a customer's keys see their own." })
  async customer(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Customer | null> {
    requireKey(ctx.principal);
    if (!isUuid(id) || !canActFor(ctx.principal, "CUSTOMER", id)) return null;
    return customerLoaders(ctx).customer.load(id);
  }

  @Query(() => CustomerConnection)
  async customers(@Args() args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    const caller = requireKey(ctx.principal);
    const qb = ctx.db.getRepository(Customer).createQueryBuilder("c");
    if (caller.organizationKind !== "OPERATOR") {
      if (caller.organizationKind !== "CUSTOMER") qb.where("false");
      else qb.where("c.id = :id", { id: caller.organizationId });
    }
    return paginate(qb, args, "createdAt");
  }

  @FieldResolver(() => Benefit)
  benefit(@Root() customer: Customer, @Ctx() ctx: RequestContext): Promise<Benefit | null> {
    requireCustomerAccess(ctx, customer.id);
    return customerLoaders(ctx).benefit.load(customer.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "The licensing agreement number." })
  agreementNumber(@Root() customer: Customer, @Ctx() ctx: RequestContext): string | null {
    requireCustomerAccess(ctx, customer.id);
    return customer.agreementNumber;
  }

  @FieldResolver(() => DateScalar, { description: "The last day of the customer's Software Assurance coverage." })
  saCoverageEnd(@Root() customer: Customer, @Ctx() ctx: RequestContext): string {
    requireCustomerAccess(ctx, customer.id);
    return customer.saCoverageEnd;
  }

  @FieldResolver(() => VoucherConnection, { description: "The customer's vouchers, oldest first." })
  vouchers(@Root() customer: Customer, @Args() args: VoucherListArgs, @Ctx() ctx: RequestContext) {
    requireCustomerAccess(ctx, customer.id);
    return voucherLoaders(ctx)
      .ofParent("customerId", args.status ?? null)
      .load({ parentId: customer.id, ...pageArgsOf(args) });
  }

  @Mutation(() => Customer)
  async createCustomer(@Arg("input") input: CreateCustomerInput, @Ctx() ctx: RequestContext): Promise<Customer> {
    const caller = requireRole(ctx.principal, "OPERATOR");
    checkNewCustomer(input);
    return ctx.db.transaction(async (manager) => {
      const customer = await manager.save(
        manager.create(Customer, {
          name: input.name.trim(),
          country: input.country,
          agreementNumber: input.agreementNumber ?? null,
          saCoverageEnd: input.saCoverageEnd,
          createdAt: ctx.now,
        }),
      );
      const benefit = await manager.save(
        manager.create(Benefit, {
          customerId: customer.id,
          status: "AVAILABLE",
          totalDays: input.planningDays,
          remainingDays: input.planningDays,
          activatedAt: null,
        }),
      );
      await audit(manager, {
        actor: caller,
        action: "customer.created",
        entity: "customer",
        entityId: customer.id,
        after: { customer, benefit },
        at: ctx.now,
      });
      return customer;
    });
  }
}
