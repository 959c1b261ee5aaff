import { randomBytes } from "node:crypto";
import { CROCKFORD_BASE32 } from "@psg/shared";

/** A payment request's reference: "PR-" + year and month + "-" + 8 Crockford base32 characters. */
export function formatReferenceNumber(at: Date, random: Uint8Array): string {
  if (random.length < 8) throw new Error("a reference number needs 8 random bytes");
  const month = `${at.getUTCFullYear()}${String(at.getUTCMonth() + 1).padStart(2, "0")}`;
  const suffix = Array.from(random.subarray(0, 8), (byte) => CROCKFORD_BASE32[byte % 32]).join("");
  return `PR-${month}-${suffix}`;
}

export const REFERENCE_NUMBER = /^PR-\d{6}-[0-9A-HJKMNP-TV-Z]{8}$/;

export const newReferenceNumber = (at: Date): string => formatReferenceNumber(at, randomBytes(8));
