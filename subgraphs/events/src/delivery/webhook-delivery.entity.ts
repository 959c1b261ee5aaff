import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

export type DeliveryStatus = "PENDING" | "DELIVERED" | "FAILED";

/** One event (or test message) on its way to one endpoint, tried until delivered or given up. */
@Entity({ name: "webhook_deliveries" })
export class WebhookDeliveryRow {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "endpoint_id", type: "uuid" })
  endpointId: string;

  /** The stored event; null for a test message. */
  @Column({ name: "event_id", type: "uuid", nullable: true })
  eventId: string | null;

  /** The `webhook-id` header: the same on every attempt and every endpoint of one event. */
  @Column({ name: "webhook_id" })
  webhookId: string;

  @Column({ name: "event_type" })
  eventType: string;

  /** The body of a test message; an event's body is made from the stored event. */
  @Column({ type: "jsonb", nullable: true })
  payload: Record<string, unknown> | null;

  @Column({ type: "text" })
  status: DeliveryStatus;

  @Column({ type: "int" })
  attempts: number;

  @Column({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "next_attempt_at", type: "timestamptz" })
  nextAttemptAt: Date;

  /** A worker holds the delivery until then while it sends it. */
  @Column({ name: "locked_until", type: "timestamptz", nullable: true })
  lockedUntil: Date | null;

  @Column({ name: "delivered_at", type: "timestamptz", nullable: true })
  deliveredAt: Date | null;
}
