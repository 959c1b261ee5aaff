import { ConnectionArgs, DateScalar, paginate, type RequestContext } from "@psg/shared";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { createCustomer } from "./create-customer";
import { requireCustomerDetails, scopeCustomers } from "./customer.access";
import { Customer } from "./customer.entity";
import { visibleCustomer } from "./customer.reference";
import { CreateCustomerInput, CustomerConnection } from "./customer.type";

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized()
  @Query(() => Customer, { nullable: true, description: "Operators see every customer; a customer's keys see their own." })
  customer(
    @Arg("id", () => ID, { description: "The customer's id." }) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Customer | null> {
    return visibleCustomer(ctx, id);
  }

  @Authorized()
  @Query(() => CustomerConnection, { description: "The customers the caller may see (operators: all), oldest first." })
  customers(@Args() args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return paginate(scopeCustomers(ctx.db.getRepository(Customer).createQueryBuilder("c"), ctx.principal), args, "createdAt");
  }

  @FieldResolver(() => String, { nullable: true, description: "The licensing agreement number." })
  agreementNumber(@Root() customer: Customer, @Ctx() ctx: RequestContext): string | null {
    requireCustomerDetails(ctx.principal, customer.id);
    return customer.agreementNumber;
  }

  @FieldResolver(() => DateScalar, { description: "The last day of the customer's Software Assurance coverage." })
  saCoverageEnd(@Root() customer: Customer, @Ctx() ctx: RequestContext): string {
    requireCustomerDetails(ctx.principal, customer.id);
    return customer.saCoverageEnd;
  }

  @Authorized("OPERATOR")
  @Mutation(() => Customer, { description: "Registers a customer with its pool of planning days (operators only)." })
  createCustomer(
    @Arg("input", { description: "The customer and its pool." }) input: CreateCustomerInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Customer> {
    return createCustomer(ctx, input);
  }
}
