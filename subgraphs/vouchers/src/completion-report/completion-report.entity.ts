import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import type { DeliverableKind } from "./deliverable-kind";

@Entity({ name: "completion_reports" })
export class CompletionReport {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ name: "engagement_id", type: "uuid" })
  engagementId: string;

  @Column({ type: "text" })
  summary: string;

  @Column({ name: "deliverable_kind", type: "text" })
  deliverableKind: DeliverableKind;

  @Column({ name: "file_name", type: "text" })
  fileName: string;

  @Column({ name: "content_type", type: "text" })
  contentType: string;

  @Column({ name: "size_bytes", type: "int" })
  sizeBytes: number;

  @Column({ type: "char", length: 64 })
  sha256: string;

  /** The file itself, only read when a client asks for it. */
  @Column({ type: "bytea", select: false })
  content: Buffer;

  @Column({ name: "submitted_at", type: "timestamptz" })
  submittedAt: Date;

  @Column({ name: "submitted_by", type: "text" })
  submittedBy: string;
}
