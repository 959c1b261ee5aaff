import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** Where an organisation wants its events pushed, signed with the endpoint's own secret. */
@Entity({ name: "webhook_endpoints" })
export class WebhookEndpointRow {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "organization_kind" })
  organizationKind: string;

  @Column({ name: "organization_id", type: "text", nullable: true })
  organizationId: string | null;

  @Column()
  url: string;

  /** Empty: every event type. */
  @Column({ name: "event_types", type: "text", array: true })
  eventTypes: string[];

  @Column()
  description: string;

  /** The Standard Webhooks signing secret (`whsec_...`); shown to the client once. */
  @Column()
  secret: string;

  @Column()
  enabled: boolean;

  @Column({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Column({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;

  /** Since when every attempt has failed; cleared by a success. */
  @Column({ name: "failing_since", type: "timestamptz", nullable: true })
  failingSince: Date | null;

  @Column({ name: "disabled_at", type: "timestamptz", nullable: true })
  disabledAt: Date | null;
}
