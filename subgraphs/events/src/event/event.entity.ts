import { Column, Entity, PrimaryColumn } from "typeorm";

/** One event of any subgraph, copied from its outbox by the relay; `position` is the global order. */
@Entity({ name: "events" })
export class StoredEvent {
  /** bigint arrives from pg as a string. */
  @PrimaryColumn({ type: "bigint" })
  position: string;

  @Column({ type: "uuid" })
  id: string;

  @Column()
  source: string;

  @Column({ name: "outbox_id", type: "bigint" })
  outboxId: string;

  @Column()
  type: string;

  @Column({ name: "subject_type" })
  subjectType: string;

  @Column({ name: "subject_id" })
  subjectId: string;

  @Column({ name: "occurred_at", type: "timestamptz" })
  occurredAt: Date;

  @Column({ name: "recorded_at", type: "timestamptz" })
  recordedAt: Date;

  @Column({ type: "text", array: true })
  audiences: string[];

  @Column({ type: "jsonb" })
  data: Record<string, unknown>;
}
