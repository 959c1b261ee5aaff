import { randomBytes } from "node:crypto";
import { DomainError } from "@psg/shared";

const EVENT_TYPE = /^[a-z][a-z_]*\.[a-z][a-z_]*$/;
export const MAX_EVENT_TYPES = 50;
export const MAX_DESCRIPTION = 500;
export const MAX_URL = 2000;

const notAllowed = (message: string): never => {
  throw new DomainError("WEBHOOK_URL_NOT_ALLOWED", message);
};

/** The URL as the endpoint keeps it: absolute http(s), no credentials; https only where `httpsOnly`. */
export function checkWebhookUrl(raw: string, httpsOnly: boolean): URL {
  if (raw.length > MAX_URL) throw new DomainError("BAD_USER_INPUT", `url must be at most ${MAX_URL} characters.`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DomainError("BAD_USER_INPUT", `url must be an absolute URL, got "${raw}".`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") notAllowed("A webhook URL must use https.");
  if (httpsOnly && url.protocol !== "https:") notAllowed("A webhook URL must use https.");
  if (url.username || url.password) notAllowed("A webhook URL may not carry a user name or password.");
  return url;
}

/** Event types to subscribe to: `resource.action` names, no repeats; empty means every type. */
export function checkEventTypes(types: readonly string[]): string[] {
  if (types.length > MAX_EVENT_TYPES) throw new DomainError("BAD_USER_INPUT", `At most ${MAX_EVENT_TYPES} event types.`);
  for (const type of types) {
    if (!EVENT_TYPE.test(type)) {
      throw new DomainError("BAD_USER_INPUT", `"${type}" is not an event type (resource.action, e.g. voucher.reserved).`);
    }
  }
  return [...new Set(types)];
}

export function checkDescription(description: string | null | undefined): string {
  const text = (description ?? "").trim();
  if (text.length > MAX_DESCRIPTION)
    throw new DomainError("BAD_USER_INPUT", `description must be at most ${MAX_DESCRIPTION} characters.`);
  return text;
}

/** A fresh Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
export const newSigningSecret = (): string => `whsec_${randomBytes(32).toString("base64")}`;

/** Does an endpoint subscribed to `eventTypes` (empty: all) want an event of `type`? */
export const wantsEvent = (eventTypes: readonly string[], type: string): boolean =>
  eventTypes.length === 0 || eventTypes.includes(type);
