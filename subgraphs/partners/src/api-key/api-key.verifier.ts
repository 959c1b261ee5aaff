import { CachedKeyVerifier } from "@psg/shared";
import type { DataSource } from "typeorm";
import { lookupKeys } from "./api-key.store";

const verifiers = new Set<CachedKeyVerifier>();

/** The partners subgraph owns the keys, so it verifies them against its own tables. */
export function localKeyVerifier(db: DataSource): CachedKeyVerifier {
  const verifier = new CachedKeyVerifier((keyHashes) => lookupKeys(db, keyHashes));
  verifiers.add(verifier);
  return verifier;
}

/** A revocation is seen by this process at once; by other services within 5 s. */
export function forgetKey(keyHash: string): void {
  for (const verifier of verifiers) verifier.forget(keyHash);
}
