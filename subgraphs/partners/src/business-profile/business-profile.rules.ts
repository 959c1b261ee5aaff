import { DomainError } from "@psg/shared";

export const MAX_DESCRIPTION_LENGTH = 2500;

/** A profile's description has at most 2,500 characters; its website is an http(s) URL; lists name things. */
export function checkBusinessProfile(input: {
  region: string;
  description: string;
  website?: string | null;
  industries: string[];
  products: string[];
}): void {
  if (!/^[A-Za-z][A-Za-z0-9 _-]{0,49}$/.test(input.region)) {
    throw new DomainError("BAD_USER_INPUT", "region must be 1 to 50 letters, digits, spaces, _ or -.");
  }
  if ([...input.description].length > MAX_DESCRIPTION_LENGTH) {
    throw new DomainError("BAD_USER_INPUT", `description may have at most ${MAX_DESCRIPTION_LENGTH} characters.`);
  }
  if (input.website && !isWebUrl(input.website)) {
    throw new DomainError("BAD_USER_INPUT", `website must be an http or https URL, got "${input.website}".`);
  }
  for (const item of [...input.industries, ...input.products]) {
    if (item.trim() === "" || item.length > 100) {
      throw new DomainError("BAD_USER_INPUT", "industries and products must be 1 to 100 characters each.");
    }
  }
  if (input.industries.length > 50 || input.products.length > 50) {
    throw new DomainError("BAD_USER_INPUT", "A profile lists at most 50 industries and 50 products.");
  }
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
