import { type OrganizationKind, type RequestContext, type Role, requireKey } from "@psg/shared";
import { Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import { OrganizationKind as OrganizationKindEnum, Role as RoleEnum } from "../enums";

@ObjectType({ description: "Who the API key in this request belongs to." })
export class Viewer {
  @Field(() => OrganizationKindEnum, { description: "The kind of organisation the key belongs to." })
  organizationKind: OrganizationKind;

  @Field(() => ID, { nullable: true, description: "The partner or customer the key belongs to; null for operator keys." })
  organizationId: string | null;

  @Field(() => [RoleEnum], { description: "The roles the key holds." })
  roles: Role[];

  @Field(() => ID, { nullable: true, description: "The key's own id." })
  apiKeyId: string | null;
}

@Resolver()
export class ViewerResolver {
  @Authorized()
  @Query(() => Viewer, { description: "Who the API key of this request belongs to: its organisation and roles." })
  viewer(@Ctx() ctx: RequestContext): Viewer {
    const key = requireKey(ctx.principal);
    return {
      organizationKind: key.organizationKind,
      organizationId: key.organizationId,
      roles: key.roles,
      apiKeyId: key.apiKeyId,
    };
  }
}
