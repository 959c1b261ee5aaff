import { DomainError, isCountryCode } from "@psg/shared";

/** A location has an MPN location id, an ISO 3166-1 alpha-2 country and an address. */
export function checkNewLocation(input: { mpnLocationId: string; country: string; address: string }): void {
  if (!/^\d{4,20}$/.test(input.mpnLocationId)) throw new DomainError("BAD_USER_INPUT", "mpnLocationId must be 4 to 20 digits.");
  if (!isCountryCode(input.country)) {
    throw new DomainError("BAD_USER_INPUT", `country must be an ISO 3166-1 alpha-2 code, got "${input.country}".`);
  }
  if (input.address.trim() === "" || input.address.length > 500) {
    throw new DomainError("BAD_USER_INPUT", "address must be 1 to 500 characters.");
  }
}
