import { Column, Entity, PrimaryColumn } from "typeorm";

/** One HTTP attempt of a delivery: what the receiver answered, how long it took, what went wrong. */
@Entity({ name: "webhook_attempts" })
export class WebhookAttemptRow {
  @PrimaryColumn({ type: "bigint" })
  id: string;

  @Column({ name: "delivery_id", type: "uuid" })
  deliveryId: string;

  @Column({ type: "int" })
  attempt: number;

  @Column({ name: "attempted_at", type: "timestamptz" })
  attemptedAt: Date;

  @Column()
  succeeded: boolean;

  @Column({ name: "status_code", type: "int", nullable: true })
  statusCode: number | null;

  @Column({ name: "duration_ms", type: "int" })
  durationMs: number;

  @Column({ type: "text", nullable: true })
  error: string | null;
}
