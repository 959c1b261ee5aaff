import type { OrganizationKind, Role } from "@psg/shared";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { OrganizationKind as OrganizationKindEnum, Role as RoleEnum } from "../enums";

@ObjectType({ description: "An API key. Its secret is shown once, at creation, and stored only as a hash." })
@Entity({ name: "api_keys" })
export class ApiKey {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field()
  @Column()
  name: string;

  @Field(() => OrganizationKindEnum)
  @Column({ name: "organization_kind", type: "text" })
  organizationKind: OrganizationKind;

  @Field(() => ID, { nullable: true })
  @Column({ name: "organization_id", type: "uuid", nullable: true })
  organizationId: string | null;

  @Field(() => [RoleEnum])
  @Column({ type: "text", array: true })
  roles: Role[];

  @Column({ name: "key_hash", unique: true })
  keyHash: string;

  @Field()
  @Column({ name: "last_four" })
  lastFour: string;

  @Field()
  @Column({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: "expires_at", type: "timestamptz", nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "last_used_at", type: "timestamptz", nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;
}
