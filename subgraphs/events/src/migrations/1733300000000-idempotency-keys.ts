import { idempotencyKeysMigration } from "@psg/shared";

/** The outcomes of mutations sent with an Idempotency-Key, kept 24 hours: the events subgraph's mutations are guarded too. */
export const IdempotencyKeys1733300000000 = idempotencyKeysMigration("events", 1733300000000);
