import { DomainError, isCountryCode } from "@psg/shared";
import type { CreateCustomerInput } from "./customer.type";

/** A customer has a name, a country (ISO 3166-1 alpha-2) and a pool of 0 to 10000 planning days. */
export function checkNewCustomer(input: CreateCustomerInput): void {
  if (input.name.trim() === "" || input.name.length > 200)
    throw new DomainError("BAD_USER_INPUT", "name must be 1 to 200 characters.");
  if (!isCountryCode(input.country)) {
    throw new DomainError("BAD_USER_INPUT", `country must be an ISO 3166-1 alpha-2 code, got "${input.country}".`);
  }
  if (!Number.isInteger(input.planningDays) || input.planningDays < 0 || input.planningDays > 10_000) {
    throw new DomainError("BAD_USER_INPUT", "planningDays must be a whole number from 0 to 10000.");
  }
}

/** A benefit is activated once, from AVAILABLE: a second activation is refused. */
export function refuseActivation(): never {
  throw new DomainError("INVALID_STATE", "The benefit is already activated.");
}
