import { audit, ConnectionArgs, canActFor, isUuid, paginate, type RequestContext, requireKey, requireRole } from "@psg/shared";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Benefit } from "./benefit.entity";
import { Customer } from "./customer.entity";
import { customerLoaders } from "./customer.loaders";
import { checkNewCustomer } from "./customer.rules";
import { CreateCustomerInput, CustomerConnection } from "./customer.type";

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
    return customerLoaders(ctx).benefit.load(customer.id);
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
