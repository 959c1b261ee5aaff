import type { OrganizationKind, Role } from "@psg/shared";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { OrganizationKind as OrganizationKindEnum, Role as RoleEnum } from "../enums";

@ObjectType({ description: "An API key. Its secret is shown once, at creation, and stored only as a hash." })
@Entity({ name: "api_keys" })
export class ApiKey {
  @Field(() => ID, { description: "The key's id (not its secret)." })
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field({ description: 'A name that says what the key is for, e.g. "CRM integration".' })
  @Column()
  name: string;

  @Field(() => OrganizationKindEnum, { description: "The kind of organisation the key acts for." })
  @Column({ name: "organization_kind", type: "text" })
  organizationKind: OrganizationKind;

  @Field(() => ID, { nullable: true, description: "The partner or customer the key acts for; null for operator keys." })
  @Column({ name: "organization_id", type: "uuid", nullable: true })
  organizationId: string | null;

  @Field(() => [RoleEnum], { description: "The roles the key holds; they decide what it may do." })
  @Column({ type: "text", array: true })
  roles: Role[];

  @Column({ name: "key_hash", unique: true })
  keyHash: string;

  @Field({ description: "The last four characters of the secret, to recognise the key." })
  @Column({ name: "last_four" })
  lastFour: string;

  @Field({ description: "When the key was created." })
  @Column({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "When the key stops working by itself; null if never." })
  @Column({ name: "expires_at", type: "timestamptz", nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the key was last used, to the minute; null if never." })
  @Column({ name: "last_used_at", type: "timestamptz", nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the key was revoked; null while it works." })
  @Column({ name: "revoked_at", type: "timestamptz", nullable: true })
  revokedAt: Date | null;
}
