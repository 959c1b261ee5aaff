import type { InternalKeyPrincipal, OrganizationKind, Role } from "@psg/shared";
import { ConnectionType } from "@psg/shared";
import { Directive, Field, ID, InputType, ObjectType } from "type-graphql";
import { OrganizationKind as OrganizationKindEnum, Role as RoleEnum } from "../enums";
import { ApiKey } from "./api-key.entity";

@InputType({ description: "A new API key." })
export class CreateApiKeyInput {
  @Field({ description: "What the key is for, 1 to 100 characters." })
  name: string;

  @Field(() => OrganizationKindEnum, { description: "The kind of organisation the key acts for." })
  organizationKind: OrganizationKind;

  @Field(() => ID, { nullable: true, description: "Required for PARTNER and CUSTOMER keys." })
  organizationId?: string | null;

  @Field(() => [RoleEnum], { description: "The roles the key holds; they must belong to its kind of organisation." })
  roles: Role[];

  @Field(() => Date, { nullable: true, description: "When the key stops working by itself (in the future); omit for never." })
  expiresAt?: Date | null;
}

@ObjectType({ description: "A new API key and its secret, shown only this once." })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: "The new key." })
  apiKey: ApiKey;

  @Field({ description: "The key itself. Shown only now: store it safely." })
  secret: string;
}

export const ApiKeyConnection = ConnectionType("ApiKey", ApiKey);

@Directive("@inaccessible")
@ObjectType({ description: "A principal as services see it (internal)." })
export class KeyPrincipalView implements InternalKeyPrincipal {
  @Field(() => ID, { description: "The key's id." })
  apiKeyId: string;

  @Field(() => OrganizationKindEnum, { description: "The kind of organisation the key acts for." })
  organizationKind: OrganizationKind;

  @Field(() => ID, { nullable: true, description: "The partner or customer the key acts for; null for operator keys." })
  organizationId: string | null;

  @Field(() => [RoleEnum], { description: "The roles the key holds." })
  roles: Role[];
}
