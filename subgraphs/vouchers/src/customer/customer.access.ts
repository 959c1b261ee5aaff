import { canActFor, DomainError, missing, type Principal } from "@psg/shared";
import type { SelectQueryBuilder } from "typeorm";
import type { Customer } from "./customer.entity";

/** The answer for a customer id that names nothing the caller may act on. */
export const noSuchCustomer = missing("Customer");

/** Operators see every customer; a customer's keys see their own. */
export const canSeeCustomer = (p: Principal, customerId: string): boolean => canActFor(p, "CUSTOMER", customerId);

/** A partner holding a voucher sees only the customer's name and country; the rest is the customer's own. */
export function requireCustomerDetails(p: Principal, customerId: string): void {
  if (!canSeeCustomer(p, customerId)) throw new DomainError("FORBIDDEN", "Only the customer itself and operators see this.");
}

/** Limits a customer query to what the caller may see. */
export function scopeCustomers(qb: SelectQueryBuilder<Customer>, p: Principal): SelectQueryBuilder<Customer> {
  if (p.kind !== "KEY" || p.organizationKind === "PARTNER") return qb.andWhere("false");
  if (p.organizationKind === "CUSTOMER") return qb.andWhere(`${qb.alias}.id = :scopeOrg`, { scopeOrg: p.organizationId });
  return qb;
}
