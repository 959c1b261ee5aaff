import { lookup } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { DomainError } from "@psg/shared";

/** Loopback, private, link-local, shared, unspecified, multicast and reserved ranges: never a webhook destination. */
const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  BLOCKED.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
] as const) {
  BLOCKED.addSubnet(network, prefix, "ipv6");
}

/** Is this resolved address one a webhook may not be sent to? */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, "ipv4");
  if (family !== 6) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return BLOCKED.check(mapped[1], "ipv4");
  return BLOCKED.check(address, "ipv6");
}

const refusal = (host: string) =>
  new DomainError(
    "WEBHOOK_URL_NOT_ALLOWED",
    `The webhook host ${host} is or resolves to a loopback, private or link-local address.`,
  );

/** Every address a host name resolves to (a literal address is itself). */
function resolveAll(host: string): Promise<string[]> {
  const bare = host.replace(/^\[|\]$/g, "");
  if (isIP(bare)) return Promise.resolve([bare]);
  return new Promise((resolve, reject) =>
    lookup(bare, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses.map((a) => a.address)),
    ),
  );
}

/** At creation: refuses a host that is, or resolves to, a blocked address (or does not resolve). */
export async function checkPublicHost(host: string): Promise<void> {
  let addresses: string[];
  try {
    addresses = await resolveAll(host);
  } catch {
    throw new DomainError("WEBHOOK_URL_NOT_ALLOWED", `The webhook host ${host} does not resolve.`);
  }
  if (addresses.length === 0 || addresses.some(isBlockedAddress)) throw refusal(host);
}

/**
 * At delivery: the lookup the HTTP client connects with, refusing a blocked resolved address,
 * so a name that changes what it resolves to after creation still reaches no private host.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 4);
    const list = addresses as unknown as { address: string; family: number }[];
    const blocked = list.find((a) => isBlockedAddress(a.address));
    if (blocked || list.length === 0) {
      const refused = Object.assign(new Error(refusal(hostname).message), { code: "WEBHOOK_URL_NOT_ALLOWED" });
      return callback(refused, "", 4);
    }
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
    return callback(null, list[0].address, list[0].family);
  });
};
