import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** A country's daily rate from a date on; it holds until the country's next rate starts. */
@Entity({ name: "rate_cards" })
export class RateCard {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "char", length: 2 })
  country: string;

  @Column({ type: "char", length: 3 })
  currency: string;

  /** bigint arrives from pg as a string; it is converted to bigint at the edge. */
  @Column({ name: "daily_rate_minor", type: "bigint" })
  dailyRateMinor: string;

  @Column({ name: "valid_from", type: "date" })
  validFrom: string;

  @Column({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}
