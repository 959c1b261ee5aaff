import { RateCards1732400000000 } from "./migrations/1732400000000-rate-cards";
import { RateCard } from "./rate-card/rate-card.entity";

export const SCHEMA = "payments";
export const entities = [RateCard];
export const migrations = [RateCards1732400000000];
