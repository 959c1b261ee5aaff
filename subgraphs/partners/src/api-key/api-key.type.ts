import type { InternalKeyPrincipal, OrganizationKind, Role } from "@psg/shared";
import { ConnectionType } from "@psg/shared";
import { Directive, Field, ID, InputType, ObjectType } from "type-graphql";
import { OrganizationKind as OrganizationKindEnum, Role as RoleEnum } from "../enums";
import { ApiKey } from "./api-key.entity";

@InputType()
export class CreateApiKeyInput {
  @Field()
  name: string;

  @Field(() => OrganizationKindEnum)
  organizationKind: OrganizationKind;

  @Field(() => ID, { nullable: true, description: "Required for PARTNER and CUSTOMER keys." })
  organizationId?: string | null;

  @Field(() => [RoleEnum])
  roles: Role[];

  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: "The key itself. Shown only now: store it safely." })
  secret: string;
}

export const ApiKeyConnection = ConnectionType("ApiKey", ApiKey);

@Directive("@inaccessible")
@ObjectType({ description: "A principal as services see it (internal)." })
export class KeyPrincipalView implements InternalKeyPrincipal {
  @Field(() => ID)
  apiKeyId: string;

  @Field(() => OrganizationKindEnum)
  organizationKind: OrganizationKind;

  @Field(() => ID, { nullable: true })
  organizationId: string | null;

  @Field(() => [RoleEnum])
  roles: Role[];
}
