import { idempotencyKeysMigration } from "@psg/shared";

/** The outcomes of mutations sent with an Idempotency-Key, kept 24 hours. */
export const IdempotencyKeys1732720000000 = idempotencyKeysMigration("partners", 1732720000000);
