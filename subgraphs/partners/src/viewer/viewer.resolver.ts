import { type OrganizationKind, type RequestContext, type Role, requireKey } from "@psg/shared";
import { Ctx, Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import { OrganizationKind as OrganizationKindEnum, Role as RoleEnum } from "../enums";

@ObjectType({ description: "Who the API key in this request belongs to." })
export class Viewer {
  @Field(() => OrganizationKindEnum)
  organizationKind: OrganizationKind;

  @Field(() => ID, { nullable: true })
  organizationId: string | null;

  @Field(() => [RoleEnum])
  roles: Role[];

  @Field(() => ID, { nullable: true })
  apiKeyId: string | null;
}

@Resolver()
export class ViewerResolver {
  @Query(() => Viewer)
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
